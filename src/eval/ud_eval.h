// Analyzer evaluation on a UD treebank, with CoNLL 2018 shared task metrics.
//
// With gold tokenization the analyzer runs on the gold words of each
// sentence and every metric is an accuracy. With raw text (options.raw) the
// text is rebuilt from the "# text" comments like `dyad eval segment` does
// (sentences of a paragraph joined by a space, paragraphs by "\n\n"), our
// segmenter and the analyzer run on it, and system and gold words are
// aligned as in the CoNLL 2018 evaluation script: by their extents over the
// text with whitespace removed, and by a longest common subsequence of
// lowercased forms inside gold multiword tokens. Metrics are then F1 over
// aligned words. Punctuation counts; LAS compares universal relations
// (subtypes dropped); a gold lemma "_" counts as correct.
//
// Thread safety: pure functions over their arguments.
//
// Usage:
//   dyad::UdEvalResult r;
//   DYAD_RETURN_IF_ERROR(dyad::EvaluateUd(gold, analyzer, {}, &r));
//   std::printf("las=%.3f\n", r.las.F1());
#ifndef DYAD_EVAL_UD_EVAL_H_
#define DYAD_EVAL_UD_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/analyzer.h"
#include "dyad/segmenter.h"
#include "dyad/status.h"
#include "eval/segment_eval.h"  // PrfCounts
#include "util/conllu.h"

namespace dyad {

struct UdEvalOptions {
  // Run our segmenter on the raw text instead of using the gold words.
  bool raw = false;
  // The segmenter used with raw.
  SegmentOptions segment;
  // When set (gold tokenization only), receives every sentence as the
  // analyzer left it, for error analysis (`dyad eval ud --write`).
  std::vector<std::vector<Token>>* analyzed = nullptr;
};

struct UdEvalResult {
  size_t sentences = 0;  // gold sentences
  PrfCounts words;       // word alignment (all correct with gold words)
  PrfCounts upos, xpos, lemma, uas, las;
  // LAS per universal relation: gold counts words with that gold relation,
  // system those the analyzer gave it, correct those with the right head
  // and relation. For error analysis (`dyad eval ud --by-relation`).
  std::map<std::string, PrfCounts> relations;
};

Status EvaluateUd(const std::vector<ConlluSentence>& gold,
                  const Analyzer& analyzer, const UdEvalOptions& options,
                  UdEvalResult* result);

// One word for alignment and scoring (exposed for tests).
struct UdWord {
  uint32_t begin = 0;  // [begin, end) over the text without whitespace
  uint32_t end = 0;
  bool multiword = false;  // part of a gold multiword token (its extent)
  std::string form;
  std::string upos, xpos, lemma, deprel;  // deprel without subtype
  int head = -1;  // index of the head in the same word list; -1: root
};

// CoNLL 2018 word alignment: (*aligned)[s] is the gold index aligned to
// system word s, or -1.
void AlignUdWords(const std::vector<UdWord>& gold,
                  const std::vector<UdWord>& system, std::vector<int>* aligned);

}  // namespace dyad

#endif  // DYAD_EVAL_UD_EVAL_H_
