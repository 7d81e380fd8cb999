// Token normalisation for dictionary matching (internal to src/resolve).
//
// Case-folds, strips diacritics and unifies apostrophes and dashes, so that
// "Côte", "COTE" and "cote" compare equal. ASCII takes a fast path.
//
// Thread safety: pure functions.
//
// Usage:
//   std::string key = dyad::NormalizeToken("Zelenskyy’s");  // "zelenskyy's"
//   bool same = dyad::NormalizeToken("Côte") == dyad::NormalizeToken("cote");
#ifndef DYAD_RESOLVE_NORMALIZE_H_
#define DYAD_RESOLVE_NORMALIZE_H_

#include <string>
#include <string_view>

namespace dyad {

std::string NormalizeToken(std::string_view token);

// Appends the normalised form of `token` to *out (no allocation on the ASCII
// path when *out has capacity).
void AppendNormalized(std::string_view token, std::string* out);

}  // namespace dyad

#endif  // DYAD_RESOLVE_NORMALIZE_H_
