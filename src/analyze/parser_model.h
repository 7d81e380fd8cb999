// What a trained parser consists of: the network (analyze/nn.h), its
// vocabularies, the relation labels, and the tables built on load that make
// decoding fast. Shared by parser.cc (decoding, model blob) and
// parser_train.cc. Internal to src/analyze.
//
// Thread safety: immutable once built; read from many threads.
//
// Usage:
//   SentenceIds ids;  model.Lookup(tokens, &ids);
//   model.net.word.col(ids.word[0]);  // the first word's embedding
#ifndef DYAD_ANALYZE_PARSER_MODEL_H_
#define DYAD_ANALYZE_PARSER_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/nn.h"
#include "analyze/packed_matrix.h"
#include "dyad/sentence.h"

namespace dyad {

// Hash of the lowercased text (ASCII letters folded).
uint64_t LowerHash(std::string_view text);
// Capitalisation class: 0 lower, 1 Capitalised, 2 ALL CAPS, 3 has a digit,
// 4 no letter.
int ShapeClass(std::string_view text);
// Hash of the last three bytes of the lowercased text.
uint64_t SuffixHash(std::string_view text);

// A sorted set of hashes; the id of a member is its rank + 1, 0 otherwise.
class HashVocabulary {
 public:
  HashVocabulary() = default;
  explicit HashVocabulary(std::vector<uint64_t> hashes);
  int Id(uint64_t hash) const;
  // Entries including the unknown one.
  int size() const { return static_cast<int>(hashes_.size()) + 1; }
  const std::vector<uint64_t>& hashes() const { return hashes_; }

 private:
  std::vector<uint64_t> hashes_;
};

// The column of word i in a sentence's encoding (words, then ROOT at n, then
// "no word" at n + 1 for an empty stack or buffer slot, i < 0).
inline int EncodingColumn(int i, int n) { return i < 0 ? n + 1 : i; }

// Table ids of the words of one sentence.
struct SentenceIds {
  std::vector<int> word, xpos, upos, shape, suffix;
};

struct ParserModel {
  nn::NetDims dims;
  std::vector<std::string> labels;  // label id → relation; includes "root"
  int root_label = 0;
  HashVocabulary words, suffixes, xpos, upos;
  nn::NetWeights net;
  // Built by Prepare(): for each direction of the first LSTM layer, each
  // lookup table multiplied by its block of wx (4h × entries); the bias is
  // folded into the shape table.
  std::vector<nn::Matrix> first_layer;  // [direction * 5 + table]
  // For each later layer, the wx and b of both directions stacked (8h rows),
  // and the first layers of both scorers stacked: one product each.
  std::vector<nn::PackedMatrix> upper_wx;  // [layer - 1]
  std::vector<nn::Matrix> upper_b;         // [layer - 1]
  nn::PackedMatrix scorer_in;              // [move_in; label_in]
  // The recurrent weights of every LSTM direction, and the label scorer's
  // output layer, packed for products with one vector.
  std::vector<nn::PackedMatrix> recurrent;  // [2 * layer + direction]
  nn::PackedMatrix label_out;
  // By label id, what the decoding constraints need to know of a relation.
  enum LabelKind : uint8_t {
    kSubordinator = 1,    // mark, advmod
    kCase = 2,            // case
    kCoreArgument = 4,    // obj, iobj, xcomp (and their subtypes)
    kPhraseInternal = 8,  // amod, compound, nmod, case, det, nummod, flat …
    kAdjectival = 16,     // amod, nummod
    kAuxiliaryOrAdverb = 32,  // aux (aux:pass), advmod
  };
  std::vector<uint8_t> label_kinds;

  nn::VocabSizes sizes() const;
  void Lookup(const std::vector<Token>& tokens, SentenceIds* ids) const;
  // Builds the tables above from net; call after the weights are final.
  void Prepare();
  size_t MemoryBytes() const;
};

}  // namespace dyad

#endif  // DYAD_ANALYZE_PARSER_MODEL_H_
