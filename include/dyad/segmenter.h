// Segmentation: sentences and UD-style English tokens with offsets.
//
// The tokenizer follows Universal Dependencies English conventions: clitics
// split ("do" "n't", "Russia" "'s"), punctuation separated, while "U.S.",
// "Feb.", "Gen.", "Mr.", initials, decimals, "115,000", URLs and e-mail
// addresses stay whole. The sentence splitter never crosses a paragraph, and
// starts a paragraph's first sentence after its dateline.
//
// Thread safety: a Segmenter is immutable after Create(); share one between
// threads.
//
// Usage:
//   auto seg = dyad::Segmenter::Create(dyad::SegmentOptions());
//   std::vector<dyad::Sentence> sentences;
//   seg->Segment(article, &sentences);
#ifndef DYAD_SEGMENTER_H_
#define DYAD_SEGMENTER_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

struct SegmentOptions {
  // A sentence is cut after this many tokens (the rest starts a new one), so
  // that later stages see bounded input.
  size_t max_sentence_tokens = 250;

  // A token longer than this (bytes) is cut into pieces of this size.
  size_t max_token_bytes = 256;
};

class Segmenter {
 public:
  static std::unique_ptr<Segmenter> Create(const SegmentOptions& options);
  virtual ~Segmenter() = default;

  // Appends the sentences of every paragraph of `article` to *out.
  virtual void Segment(const Article& article,
                       std::vector<Sentence>* out) const = 0;

  // Appends the sentences of `text`, one paragraph, to *out; offsets are
  // relative to `text` plus `base`, paragraph index is `paragraph`.
  virtual void SegmentText(std::string_view text, uint32_t base,
                           uint32_t paragraph,
                           std::vector<Sentence>* out) const = 0;

  // Tokenizes `text` without sentence splitting.
  virtual void Tokenize(std::string_view text, uint32_t base,
                        std::vector<Token>* out) const = 0;
};

}  // namespace dyad

#endif  // DYAD_SEGMENTER_H_
