// Tokenizer: a hand-written byte scanner that cuts one paragraph into token
// spans following UD English (EWT/GUM) conventions.
//
// Whitespace separates chunks; each chunk is cut further: URLs and e-mail
// addresses stay whole, clitics are split ("do" "n't", "Russia" "'s"),
// "cannot", "gonna", "wanna", "gotta" become two words, punctuation is split
// off (runs like "..." "--" "!!" stay one token), abbreviations keep their
// period ("U.S.", "Mr."), numbers keep inner separators ("3.5", "115,000",
// "10:30", "2022-02-03"), hyphenated words split at the hyphen unless the
// first part is a prefix ("non-profit"). See doc/segmentation.md.
// Spans carry a kind the sentence splitter uses.
//
// Thread safety: a Tokenizer is immutable; Scan() may run on many threads.
//
// Usage:
//   dyad::segment::Tokenizer tok(dyad::segment::Lexicon::Default(), 256);
//   std::vector<dyad::segment::Span> spans;
//   tok.Scan(paragraph_text, &spans);
#ifndef DYAD_SEGMENT_TOKENIZER_H_
#define DYAD_SEGMENT_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/lexicon.h"

namespace dyad::segment {

enum class SpanKind : uint8_t {
  kWord,      // word, number, code, hashtag, CJK character
  kAbbrev,    // abbreviation with its period that may end a sentence
  kTitle,     // abbreviation that never ends a sentence ("Mr.", "No. 5")
  kInitial,   // one letter and a period ("J.")
  kClitic,    // split off the previous word ("n't", "'s", "not" of cannot)
  kTerminal,  // run of . ! ? and ellipsis characters
  kOpen,      // opening bracket or quote
  kClose,     // closing bracket or quote
  kPunct,     // any other punctuation or symbol
  kUrl,
  kEmail,
  kEmoticon,
};

struct Span {
  uint32_t begin = 0;  // [begin, end) in the scanned text
  uint32_t end = 0;
  SpanKind kind = SpanKind::kWord;
  bool hard_break = false;  // a blank line precedes this span
};

class Tokenizer {
 public:
  // `max_token_bytes`: longer tokens are cut into pieces (at character
  // boundaries) of at most this many bytes.
  Tokenizer(const Lexicon& lexicon, size_t max_token_bytes);

  // Appends the spans of `text` to *out.
  void Scan(std::string_view text, std::vector<Span>* out) const;

 private:
  const Lexicon& lexicon_;
  size_t max_token_bytes_;
};

}  // namespace dyad::segment

#endif  // DYAD_SEGMENT_TOKENIZER_H_
