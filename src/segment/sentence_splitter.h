// Sentence splitter: groups the token spans of one paragraph into sentences.
//
// A sentence ends at a run of . ! ? (with the closing quotes, brackets and
// emoticons right after it), at an ellipsis followed by a capitalised word,
// after an abbreviation such as "U.S." or "Inc." when a typical sentence
// starter follows ("... the U.S. He said"), never after titles ("Mr.") and
// initials inside names ("J. K. Rowling"), at a blank line, and at the end of
// the paragraph. A sentence is cut after max_tokens tokens.
//
// Thread safety: a SentenceSplitter is immutable; Split() may run on many
// threads.
//
// Usage:
//   dyad::segment::SentenceSplitter splitter(lexicon, 250);
//   std::vector<dyad::segment::SentenceRange> ranges;
//   splitter.Split(text, spans, &ranges);
#ifndef DYAD_SEGMENT_SENTENCE_SPLITTER_H_
#define DYAD_SEGMENT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "segment/lexicon.h"
#include "segment/tokenizer.h"

namespace dyad::segment {

// Spans [first, last) of one sentence.
struct SentenceRange {
  size_t first = 0;
  size_t last = 0;
};

class SentenceSplitter {
 public:
  SentenceSplitter(const Lexicon& lexicon, size_t max_tokens);

  // Appends the sentences of `spans` (scanned from `text`) to *out.
  void Split(std::string_view text, const std::vector<Span>& spans,
             std::vector<SentenceRange>* out) const;

 private:
  // If a sentence ends with span i, returns the index just past its last
  // span (after closing punctuation); otherwise 0.
  size_t EndAfter(std::string_view text, const std::vector<Span>& spans,
                  size_t i, size_t first) const;
  size_t EndAfterTerminal(std::string_view text, const std::vector<Span>& spans,
                          size_t i) const;
  size_t EndAfterLine(std::string_view text, const std::vector<Span>& spans,
                      size_t i, size_t first) const;
  size_t DateLineAt(std::string_view text, const std::vector<Span>& spans,
                    size_t k) const;
  bool StartsSentence(std::string_view text, const Span& span) const;

  const Lexicon& lexicon_;
  size_t max_tokens_;
};

}  // namespace dyad::segment

#endif  // DYAD_SEGMENT_SENTENCE_SPLITTER_H_
