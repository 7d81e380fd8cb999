// Feature extraction of the dependency parser: per-word atoms (hashed once
// per sentence) and the hashed feature templates that score moves (in the
// style of Zhang & Nivre 2011, adapted to arc-hybrid) and arc labels.
//
// Thread safety: ParserVocabulary is immutable after construction; the
// extraction functions are pure.
//
// Usage:
//   ComputeAtoms(tokens, vocab, &atoms);
//   int n = ExtractMoveFeatures(state, atoms, feats);  // feats[kMaxFeatures]
//   moves.Score({feats, n}, scores);
#ifndef DYAD_ANALYZE_PARSER_FEATURES_H_
#define DYAD_ANALYZE_PARSER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "analyze/perceptron.h"
#include "analyze/transition.h"
#include "dyad/sentence.h"

namespace dyad {

// Upper bound on the features one extraction call produces.
inline constexpr int kMaxFeatures = 128;

// The words the parser knows by form; the others are replaced by their shape.
class ParserVocabulary {
 public:
  ParserVocabulary() = default;
  explicit ParserVocabulary(std::vector<uint64_t> hashes);  // any order
  // Counts lowercased forms in `sentences`; keeps those seen >= min_count.
  static ParserVocabulary Build(
      const std::vector<std::vector<Token>>& sentences, int min_count);

  // The atom of a word form: its lowercased hash if known, else its shape's.
  uint64_t WordAtom(std::string_view text) const;
  const std::vector<uint64_t>& hashes() const { return hashes_; }

 private:
  std::vector<uint64_t> hashes_;  // sorted, unique
};

// Hash of the ASCII-lowercased form.
uint64_t LowerHash(std::string_view text);
// A short shape class: "Xxx", "dd.dd", "xx-xx" (runs cut at two, length
// capped), prefixed so it cannot collide with a word.
uint64_t ShapeHash(std::string_view text);

// The hashed atoms of one word.
struct WordAtoms {
  uint64_t w = 0;        // lowercased form or shape
  uint64_t p = 0;        // XPOS (UPOS when XPOS is empty)
  uint64_t u = 0;        // UPOS
  int punct_before = 0;  // punctuation tokens before this one
};

// Fills atoms[0..n) from tokens, atoms[n] with ROOT and atoms[n+1] with the
// "no such word" atoms.
void ComputeAtoms(const std::vector<Token>& tokens,
                  const ParserVocabulary& vocab, std::vector<WordAtoms>* atoms);

// Features for choosing the next move; returns how many were written. When
// `prefetch` is given, each feature's weights in it are prefetched as the
// feature is made (see Perceptron::Prefetch).
int ExtractMoveFeatures(const ArcHybridState& state,
                        const std::vector<WordAtoms>& atoms, uint64_t* out,
                        const Perceptron* prefetch = nullptr);

// Features for labelling the arc head → dep about to be added.
int ExtractLabelFeatures(const ArcHybridState& state,
                         const std::vector<WordAtoms>& atoms, int head, int dep,
                         uint64_t* out, const Perceptron* prefetch = nullptr);

}  // namespace dyad

#endif  // DYAD_ANALYZE_PARSER_FEATURES_H_
