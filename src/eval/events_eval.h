// Event-coding evaluation against validation suites (internal to
// src/eval): the PETRARCH-1 unit tests, UD-PETRARCH 2.02, the TABARI
// validation suite, the example sentences of the CAMEO codebook and the
// examples of dyad's own lexicon. The readers (events_eval_records.h) turn
// each suite into SuiteRecords; a SuiteCoder (events_eval_coder.h) codes
// them; this file compares and counts. Definitions in doc/evaluation.md.
//
// Thread safety: plain functions over values; one SuiteCoder per call.
//
// Usage:
//   dyad::EventSuiteOptions o;
//   auto r = dyad::EvaluatePetrarch1("../shared/validation/petrarch1", o);
//   if (r.ok()) std::printf("passed=%zu total=%zu\n", r->passed, r->total);
#ifndef DYAD_EVAL_EVENTS_EVAL_H_
#define DYAD_EVAL_EVENTS_EVAL_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

// One coded event as the suites write it: actor codes and an event code.
struct EventTriple {
  std::string source;
  std::string target;  // "" when the suite or the event has none
  std::string code;
  bool operator<(const EventTriple& o) const;
  bool operator==(const EventTriple& o) const;
  std::string ToString() const;  // "ARN GON 064"
};

// How a record's expected events are compared with what was coded.
enum class MatchRule {
  kExactSet,  // the set of (source, target, code) equals the expected set
  kRootCode,  // some event has the root (first two digits) of the code
  kCode,      // some event has exactly the expected code
};

// One test case of a suite.
struct SuiteRecord {
  std::string id;
  std::string category;
  std::string date;  // YYYY-MM-DD
  std::string text;
  std::vector<EventTriple> expected;  // empty: no event expected
  // False when the suite itself marks the case as not a test (PETRARCH
  // sentence="false", UD-PETRARCH evaluate="false", TABARI records with no
  // active expectation); counted as skipped.
  bool evaluate = true;
  std::string skip_reason;
  std::string error;  // PETRARCH error="..." (the coder must reject it)
  std::string parse;  // bundled CoNLL-U parse (UD-PETRARCH), or ""
};

struct RecordOutcome {
  std::string id;
  std::string category;
  bool passed = false;
  std::vector<EventTriple> expected;
  std::vector<EventTriple> got;
  std::string note;  // why it was coded as it was (discard, error)
};

struct SuiteResult {
  std::string suite;
  size_t passed = 0;
  size_t total = 0;                     // records evaluated
  size_t skipped = 0;                   // records the suite marks as not a test
  std::vector<RecordOutcome> outcomes;  // every evaluated record
  double rate() const { return total ? double(passed) / total : 0; }
};

struct EventSuiteOptions {
  // Analyzer model; empty: the default model (AnalyzerOptions).
  std::string model_path;
  // The coder under test. Suites default to coding every event as the
  // suite's dictionaries name it (see SuiteCoderDefaults()).
  CoderOptions coder;
  // Also evaluate records the suite marks as not a test.
  bool include_disabled = false;
  // UD-PETRARCH: use the parses bundled with the records (UD v1, converted
  // to UD v2 labels) instead of dyad's analyzer.
  bool gold_parses = false;
};

// The coder options the three validation suites are run with: intentions
// keep the verb's own code (the suites code "is about to restore" as the
// restore code), hypothetical events are emitted (the old coders code them
// as facts), negated ones are not.
CoderOptions SuiteCoderDefaults();

// The (source, target, code) triples of `events` that count for the suites:
// dyadic (a target is required, as PETRARCH's require_dyad and TABARI do)
// and not negated, codes upper-cased, without duplicates, sorted.
std::vector<EventTriple> SuiteTriples(const std::vector<Event>& events);

// Every (source, "", code) of `events`, negated ones excluded, sorted.
std::vector<EventTriple> AllTriples(const std::vector<Event>& events);

// Whether `got` satisfies `expected` under `rule`.
bool EventsMatch(const std::vector<EventTriple>& expected,
                 const std::vector<EventTriple>& got, MatchRule rule);

// Adds one outcome to `result` and updates the counts.
void AddOutcome(RecordOutcome outcome, SuiteResult* result);

// The suites. `dir` holds the suite's files as distributed.
StatusOr<SuiteResult> EvaluatePetrarch1(const std::string& dir,
                                        const EventSuiteOptions& options);
StatusOr<SuiteResult> EvaluateUdPetrarch(const std::string& dir,
                                         const EventSuiteOptions& options);
StatusOr<SuiteResult> EvaluateTabari(const std::string& dir,
                                     const EventSuiteOptions& options);
// cameo-codes.csv: every example sentence, built-in dictionaries and the
// default `dyad code` options; a record passes under MatchRule::kRootCode.
StatusOr<SuiteResult> EvaluateCameoExamples(const std::string& csv_path,
                                            const EventSuiteOptions& options);
// dyad's lexicon (data/lexicon/*.tsv, or `dir`): every pattern with an
// example sentence; passes when the example codes the pattern's root.
StatusOr<SuiteResult> EvaluateLexiconExamples(const std::string& dir,
                                              const EventSuiteOptions& options);

}  // namespace dyad

#endif  // DYAD_EVAL_EVENTS_EVAL_H_
