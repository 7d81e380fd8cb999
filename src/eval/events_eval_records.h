// Readers for the validation suites' record files (internal to src/eval):
// PETRARCH-1 / UD-PETRARCH XML records, the TABARI Validate.text file, the
// CAMEO codebook CSV (example sentences) and story/sentence discard lists.
// Formats and how each is read are in doc/evaluation.md.
//
// Thread safety: plain functions over values.
//
// Usage:
//   std::vector<dyad::SuiteRecord> records;
//   DYAD_RETURN_IF_ERROR(dyad::ParsePetrarchRecords(xml, "file.xml",
//   &records)); for (const auto& r : records) Code(r.text, r.date);
#ifndef DYAD_EVAL_EVENTS_EVAL_RECORDS_H_
#define DYAD_EVAL_EVENTS_EVAL_RECORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "eval/events_eval.h"

namespace dyad {

// PETRARCH XML: <Sentence date id category sentence|evaluate> with
// <EventCoding sourcecode targetcode eventcode | noevents | error>, <Text>
// and <Parse>. Comments are removed first; entities are decoded.
Status ParsePetrarchRecords(std::string_view xml, const std::string& name,
                            std::vector<SuiteRecord>* out);

// TABARI Validate.text: "YYMMDD  ID" header, text up to "/*", a comment up
// to "*/" whose "\n{ SRC / TGT / CODE }" lines are the expected events
// ("-{" disabled, "{+++}" none). Reading stops at the FINAL record.
Status ParseTabariValidation(std::string_view text, const std::string& name,
                             std::vector<SuiteRecord>* out);

// CSV (RFC 4180 quoting) into rows of fields.
std::vector<std::vector<std::string>> ParseCsv(std::string_view data);

// cameo-codes.csv: one record per code with an example sentence; the
// expected event carries only the code.
Status ParseCameoExamples(std::string_view csv, const std::string& name,
                          std::vector<SuiteRecord>* out);

// A PETRARCH discards file: phrases, '+' marking story-level ones. Both
// levels drop the events of a one-sentence record.
class DiscardList {
 public:
  static DiscardList Parse(std::string_view data);
  // The discard phrase found in `text` (whole words, case-insensitive), or
  // "" when none.
  std::string Find(std::string_view text) const;
  size_t size() const { return phrases_.size(); }

 private:
  std::vector<std::string> phrases_;  // " WORD WORD " upper-case
};

// "19950101" or "950101" (years < 50 are 20xx) → "1995-01-01"; "" if bad.
std::string SuiteDate(std::string_view digits);

}  // namespace dyad

#endif  // DYAD_EVAL_EVENTS_EVAL_RECORDS_H_
