// Segmentation evaluator in the style of the CoNLL 2018 shared task.
//
// The raw text is rebuilt from the gold "# text" comments: the sentences of
// one paragraph joined by a single space, paragraphs ("# newpar", "# newdoc")
// separated by "\n\n". The segmenter runs on every paragraph. System and gold
// units are aligned by their [start, end) over the text with whitespace
// removed: a unit is correct when a gold unit has exactly the same extent.
// Gold tokens are surface tokens (a multiword token counts once); system words
// split off one written form (segment/multiword.h) are merged back likewise.
//
// Thread safety: pure functions.
//
// Usage:
//   dyad::SegmentEvalResult r;
//   DYAD_RETURN_IF_ERROR(dyad::EvaluateSegmentationFile(
//       "en_ewt-ud-test.conllu", dyad::SegmentEvalOptions(), &r));
//   double f1 = r.tokens.F1();
#ifndef DYAD_EVAL_SEGMENT_EVAL_H_
#define DYAD_EVAL_SEGMENT_EVAL_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dyad/segmenter.h"
#include "dyad/status.h"
#include "util/conllu.h"

namespace dyad {

// Counts for precision, recall and F1 of one kind of unit.
struct PrfCounts {
  size_t gold = 0;
  size_t system = 0;
  size_t correct = 0;

  double Precision() const { return system ? double(correct) / system : 0; }
  double Recall() const { return gold ? double(correct) / gold : 0; }
  double F1() const {
    return gold + system ? 2.0 * correct / double(gold + system) : 0;
  }
};

// A unit the two sides disagree on, for error analysis.
struct SegmentError {
  bool gold = false;      // true: a gold unit the system missed; else extra
  bool sentence = false;  // true: a sentence; else a token
  std::string text;       // the unit's text
  std::string context;    // the text around it
};

struct SegmentEvalOptions {
  SegmentOptions segment;  // the segmenter under test

  // Keep up to this many disagreements of each kind in the result.
  size_t max_errors = 0;
};

struct SegmentEvalResult {
  PrfCounts tokens;
  PrfCounts sentences;
  size_t paragraphs = 0;
  size_t text_bytes = 0;
  std::vector<SegmentError> errors;
};

// Evaluates `segmenter` on `gold`. Fails when a sentence's forms do not spell
// its "# text".
Status EvaluateSegmentation(const std::vector<ConlluSentence>& gold,
                            const Segmenter& segmenter,
                            const SegmentEvalOptions& options,
                            SegmentEvalResult* result);

// Reads the CoNLL-U file at `path` and evaluates a segmenter made from
// options.segment on it.
Status EvaluateSegmentationFile(const std::string& path,
                                const SegmentEvalOptions& options,
                                SegmentEvalResult* result);

}  // namespace dyad

#endif  // DYAD_EVAL_SEGMENT_EVAL_H_
