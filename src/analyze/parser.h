// The labeled dependency parser of the English analyzer: greedy arc-hybrid
// transitions scored by a small neural network over a bidirectional LSTM
// encoding of the sentence (Kiperwasser & Goldberg 2016), which also labels
// every arc (full UD relations with subtypes). Trained with a dynamic oracle
// and error exploration (Goldberg & Nivre 2013). Internal to src/analyze;
// the Analyzer facade is the public entry point. doc/parser.md describes
// the network.
//
// Thread safety: a Parser is immutable; Parse() and ParseAll() may run from
// many threads.
// TrainParser uses options.threads threads and is deterministic for a given
// seed and thread count.
//
// Usage:
//   DYAD_ASSIGN_OR_RETURN(auto parser, Parser::Deserialize(blob));
//   parser->Parse(&sentence.tokens);  // needs text, upos, xpos
//   std::cout << sentence.tokens[0].head << sentence.tokens[0].deprel;
#ifndef DYAD_ANALYZE_PARSER_H_
#define DYAD_ANALYZE_PARSER_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/transition.h"
#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

struct ParserOptions {
  // Longer sentences are parsed in consecutive windows of this many words;
  // each later window's root is attached to the first window's root as
  // "parataxis". Parsing is linear in any case; this bounds scratch memory.
  int max_sentence_tokens = 2000;
  // ParseAll encodes sentences together in batches of at most this many
  // words (a longer window alone): about 4 KB of scratch per word.
  int max_batch_tokens = 2000;
};

// The trained network and its vocabularies (analyze/nn.h; opaque here).
struct ParserModel;

class Parser {
 public:
  Parser(std::unique_ptr<ParserModel> model, const ParserOptions& options);
  ~Parser();

  // Reads a blob written by Serialize; Corruption if it is damaged.
  static StatusOr<std::unique_ptr<Parser>> Deserialize(
      std::string_view blob, const ParserOptions& options = {});
  // Appends the model to *blob.
  void Serialize(std::string* blob) const;

  // Fills head (0-based, -1 for the root) and deprel of every token from
  // text, upos and xpos. The result is always one tree with a single root.
  void Parse(std::vector<Token>* tokens) const;
  // Parses several sentences (a document's) as Parse does one by one, with
  // the same trees, faster: their encodings advance together
  // (sentence_encoder.h).
  void ParseAll(std::span<std::vector<Token>* const> sentences) const;

  const std::vector<std::string>& labels() const;
  // Heap bytes held by the model (with the tables built on load).
  size_t MemoryBytes() const;

 private:
  // Parses sentences of at most max_sentence_tokens words, together.
  void ParseBatch(std::span<std::vector<Token>* const> batch) const;
  // Copies the parses of the windows of one long sentence, from
  // (*windows)[*next] on, into *tokens and advances *next.
  void JoinWindows(std::deque<std::vector<Token>>* windows, size_t* next,
                   std::vector<Token>* tokens) const;

  std::unique_ptr<ParserModel> model_;
  ParserOptions options_;
};

struct ParserTrainOptions {
  // Maximum passes over the training sentences.
  int iterations = 20;
  // Stop after this many passes without a better dev LAS.
  int patience = 4;
  // Seeds the initial weights, the shuffling, dropout and exploration.
  uint64_t seed = 1;
  // Worker threads; each takes a fixed share of every batch, so the result
  // depends on the seed and this count only.
  int threads = 2;
  // Sentences per weight update.
  int batch_sentences = 32;
  // Adam step size.
  float learning_rate = 1e-3f;
  // Network sizes: embeddings, LSTM units per direction and layers, hidden
  // units of the move and label scorers.
  int word_dim = 64, xpos_dim = 32, upos_dim = 16, shape_dim = 8;
  int suffix_dim = 24, lstm_units = 64, lstm_layers = 2;
  int move_hidden = 96, label_hidden = 96;
  // Training words and suffixes seen fewer times share the unknown entry.
  int min_word_count = 2;
  // A known word is replaced by the unknown entry with probability
  // alpha / (alpha + count), so the network learns to use it.
  float word_dropout_alpha = 0.25f;
  // Tags replaced by the unknown entry, as they may be wrong at run time.
  float tag_dropout = 0.04f;
  // Dropout on the LSTM input and on its output.
  float input_dropout = 0.2f;
  float output_dropout = 0.3f;
  // From this pass on (1-based), wrong moves are followed with
  // explore_probability, so the model learns to recover from its mistakes.
  int explore_from_iteration = 2;
  float explore_probability = 0.9f;
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
