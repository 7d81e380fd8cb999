// The labeled dependency parser of the English analyzer: greedy arc-hybrid
// transitions scored by an averaged perceptron, with a second perceptron that
// labels each arc (full UD relations with subtypes) as it is built. Trained
// with a dynamic oracle and error exploration (Goldberg & Nivre 2013).
// Internal to src/analyze; the Analyzer facade is the public entry point.
// doc/parser.md describes the model and its features.
//
// Thread safety: a Parser is immutable; Parse() may run from many threads.
// TrainParser is single-threaded and deterministic for a given seed.
//
// Usage:
//   DYAD_ASSIGN_OR_RETURN(auto parser, Parser::Deserialize(blob));
//   parser->Parse(&sentence.tokens);  // needs text, upos, xpos
//   std::cout << sentence.tokens[0].head << sentence.tokens[0].deprel;
#ifndef DYAD_ANALYZE_PARSER_H_
#define DYAD_ANALYZE_PARSER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/parser_features.h"
#include "analyze/perceptron.h"
#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

struct ParserOptions {
  // Longer sentences are parsed in consecutive windows of this many words;
  // each later window's root is attached to the first window's root as
  // "parataxis". Parsing is linear in any case; this bounds scratch memory.
  int max_sentence_tokens = 2000;
};

// Everything a trained parser consists of.
struct ParserModel {
  std::vector<std::string> labels;  // label id → relation; includes "root"
  ParserVocabulary vocab;
  Perceptron moves;    // classes: Move (SHIFT, LEFT, RIGHT)
  Perceptron labeler;  // classes: label ids
};

class Parser {
 public:
  Parser(ParserModel model, const ParserOptions& options);

  // Reads a blob written by Serialize; Corruption if it is damaged.
  static StatusOr<std::unique_ptr<Parser>> Deserialize(
      std::string_view blob, const ParserOptions& options = {});
  // Appends the model to *blob.
  void Serialize(std::string* blob) const;

  // Fills head (0-based, -1 for the root) and deprel of every token from
  // text, upos and xpos. The result is always one tree with a single root.
  void Parse(std::vector<Token>* tokens) const;

  const std::vector<std::string>& labels() const { return model_.labels; }
  // Heap bytes held by the model.
  size_t MemoryBytes() const;

 private:
  void ParseWindow(std::vector<Token>* tokens) const;
  // Parses the m words whose atoms are given; heads in [0, m), or m for
  // the root.
  void ParseWords(const std::vector<WordAtoms>& atoms, int m,
                  std::vector<int>* heads, std::vector<int>* labels) const;
  int LabelId(const char* label);  // adds the label if missing

  ParserModel model_;
  ParserOptions options_;
  int root_label_ = 0;
};

struct ParserTrainOptions {
  // Maximum passes over the training sentences.
  int iterations = 15;
  // Stop after this many passes without a better dev LAS.
  int patience = 3;
  // Seeds the shuffling of sentences and the error exploration.
  uint64_t seed = 1;
  // Training words seen fewer times are replaced by their shape.
  int min_word_count = 2;
  // From this pass on (1-based), wrong moves are followed with
  // explore_probability, so the model learns to recover from its mistakes.
  int explore_from_iteration = 2;
  float explore_probability = 0.9f;
  // Pruning of the averaged model: features in fewer updates are dropped,
  // and so are weights of smaller magnitude.
  uint32_t min_feature_updates = 1;
  float min_abs_weight = 0.0f;
  // Longer training sentences are skipped.
  int max_train_sentence_tokens = 250;
};

// Trains a parser on `train` (tokens with text, upos, xpos, head, deprel);
// `dev` (may be empty) selects the best pass by LAS. `log` (may be null)
// receives one line per pass.
StatusOr<std::unique_ptr<Parser>> TrainParser(
    const std::vector<std::vector<Token>>& train,
    const std::vector<std::vector<Token>>& dev,
    const ParserTrainOptions& options,
    const std::function<void(std::string_view)>& log);

// Attachment scores over all words, punctuation included (CoNLL 2018).
struct AttachmentScores {
  size_t words = 0;
  size_t heads = 0;         // correct head
  size_t labeled = 0;       // correct head and universal relation (no subtype)
  size_t labeled_full = 0;  // correct head and full relation with subtype
  double uas() const { return words ? double(heads) / words : 0; }
  double las() const { return words ? double(labeled) / words : 0; }
  double las_full() const { return words ? double(labeled_full) / words : 0; }
};

// The label of the word attached to the virtual root.
inline constexpr char kRootLabel[] = "root";

// Decoding steps shared by Parse and the trainer.
namespace parser_internal {
// The only move the state allows, or -1 when there is a choice.
int ForcedMove(const ArcHybridState& state);
// The best-scoring move the state allows.
Move BestValidMove(const ArcHybridState& state, const float* scores);
// The best-scoring label other than `excluded` (the root label).
int BestLabel(const float* scores, int n_labels, int excluded);
}  // namespace parser_internal

// Adds the comparison of `predicted` against `gold` (same words) to *scores.
void AddAttachmentScores(const std::vector<Token>& gold,
                         const std::vector<Token>& predicted,
                         AttachmentScores* scores);

}  // namespace dyad

#endif  // DYAD_ANALYZE_PARSER_H_
