// Feature extraction for the POS tagger (hashed, for the perceptron).
//
// TaggerContext precomputes what every feature of a sentence needs once per
// word (lowercased form, word shape, prefix and suffix hashes, flags);
// TaggerFeatures then lists the hashed features of word i given the tags
// already predicted to its left (greedy left-to-right decoding) and, in the
// second pass, the tags predicted to its right.
//
// Thread safety: plain functions; a TaggerContext is per call.
//
// Usage:
//   TaggerContext ctx(words, &classes);
//   std::vector<uint64_t> f;
//   TaggerFeatures(ctx, i, tags, &f);
#ifndef DYAD_ANALYZE_TAGGER_FEATURES_H_
#define DYAD_ANALYZE_TAGGER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyze/perceptron.h"
#include "dyad/sentence.h"

namespace dyad {

// Per-word atoms of one sentence.
class TaggerContext {
 public:
  // `classes` maps lowercased forms to their ambiguity class (a hash of the
  // set of labels seen with the form in training); may be null.
  using ClassMap = std::unordered_map<std::string, uint64_t>;
  TaggerContext(const std::vector<Token>& words, const ClassMap* classes);

  struct Word {
    uint64_t form = 0;   // hash of the form as written
    uint64_t lower = 0;  // hash of the lowercased form
    uint64_t shape = 0;  // hash of the word shape ("Xxxx", "dd,d")
    uint64_t prefix[4] = {0, 0, 0, 0};  // hashes of lowercase prefixes 1..4
    uint64_t suffix[4] = {0, 0, 0, 0};  // hashes of lowercase suffixes 1..4
    uint32_t flags = 0;                 // kHyphen | kDigit | ...
    uint64_t ambiguity = 0;             // ambiguity class; 0 if unknown
  };
  enum Flag : uint32_t {
    kHyphen = 1,
    kDigit = 2,
    kUpperInitial = 4,
    kAllUpper = 8,
    kHasLower = 16,
    kPunctOnly = 32,
  };

  int size() const { return static_cast<int>(words_.size()); }
  // Word i; out-of-range indices give the padding words "<s>" / "</s>".
  const Word& at(int i) const;
  const std::string& lower(int i) const { return lowered_[i]; }
  // True when most words of the sentence start with a capital (headlines).
  bool title_case() const { return title_case_; }

 private:
  std::vector<Word> words_;
  std::vector<std::string> lowered_;
  Word begin_, end_;
  bool title_case_ = false;
};

// The word shape of `s`: X for upper, x for lower, d for digits, other
// characters as is, runs of one class longer than two collapsed; non-ASCII
// letters are 'u'. At most 12 characters.
std::string WordShape(std::string_view s);

// Tags seen so far: tags[j] for j < i come from the first (left-to-right)
// pass; when `right` is non-null it holds the first-pass tags of the whole
// sentence (second pass). Tag -1 means none; labels are indices.
// When `prefetch` is given, each feature's weights in it are prefetched as
// the feature is made.
void TaggerFeatures(const TaggerContext& ctx, int i,
                    const std::vector<int>& tags, const std::vector<int>* right,
                    std::vector<uint64_t>* out,
                    const Perceptron* prefetch = nullptr);

}  // namespace dyad

#endif  // DYAD_ANALYZE_TAGGER_FEATURES_H_
