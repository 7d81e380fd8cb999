// English irregular verbs: the base form of a past tense or past
// participle ("fled" → "flee", "fought" → "fight"). The lemmatizer learns
// its rules from the UD training data, where many irregular verbs of the
// news ("flee", "slay", "forbid") never occur; a suffix rule then strips
// "-ed" from "fled" and gives "fl". This table is consulted for past forms
// the trained exceptions do not know.
//
// Thread safety: a constant table; safe from any thread.
//
// Usage:
//   std::string_view base = IrregularVerbBase("fled");  // "flee"
//   if (base.empty()) { /* not an irregular past form */ }
#ifndef DYAD_ANALYZE_IRREGULAR_VERBS_H_
#define DYAD_ANALYZE_IRREGULAR_VERBS_H_

#include <string_view>

namespace dyad {

// The base form of the lowercased past tense or past participle `lower`,
// or "" if it is none of the table's.
std::string_view IrregularVerbBase(std::string_view lower);

}  // namespace dyad

#endif  // DYAD_ANALYZE_IRREGULAR_VERBS_H_
