// Line scanning for plain-text extraction.
//
// Splits raw text into trimmed non-blank lines (one linear pass with memchr,
// one small record per line, no copies), then decides inside every
// blank-line separated block which line breaks are hard wraps (the lines are
// joined with a space into one paragraph) and which separate items: bullets,
// short title-like lines, indented paragraph starts (Reuters style) and
// lines that end a sentence where the next word would still have fitted.
//
// Thread safety: pure functions over caller-owned data.
//
// Usage:
//   std::vector<dyad::TextLine> lines = dyad::ScanLines(text);
//   std::vector<dyad::TextUnit> units = dyad::SplitUnits(text, lines, 100);
//   for (const auto& u : units) Use(lines[u.first], lines[u.last - 1]);
#ifndef DYAD_EXTRACT_TEXT_LINES_H_
#define DYAD_EXTRACT_TEXT_LINES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad {

// One non-blank line: [begin, end) in the raw text, whitespace trimmed.
struct TextLine {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t indent = 0;        // leading whitespace bytes before `begin`
  bool blank_before = false;  // starts a block (text start or blank line)
  uint32_t Width() const { return indent + end - begin; }
};

// A paragraph candidate: lines [first, last) to be joined with spaces.
struct TextUnit {
  uint32_t first = 0;
  uint32_t last = 0;
  // The unit stands on its own: it is a whole block, or a single line of a
  // block whose lines are not hard-wrapped (a scrape without blank lines).
  bool standalone = false;
};

// Bytes of the whitespace character at s[i] (ASCII space, tab, newline, or
// a Unicode space such as U+00A0, U+2002..U+200B, U+202F, U+3000, U+FEFF);
// 0 if s[i] starts anything else.
inline size_t SpaceLenAt(std::string_view s, size_t i);

// Bytes of the whitespace character that ends at s[end) (see SpaceLenAt);
// 0 if there is none.
size_t SpaceLenBefore(std::string_view s, size_t end);

// Narrows [*begin, *end) of `s` to exclude surrounding whitespace.
void TrimSpan(std::string_view s, size_t* begin, size_t* end);

// `s` without surrounding whitespace.
std::string_view TrimView(std::string_view s);

// Bytes of a bullet marker ("•", "·", "▪", "‣", "●", "■", "►", "- ", "* ")
// and the spaces after it at the start of `s`; 0 if `s` has none.
size_t BulletLen(std::string_view s);

// True when `s` (trimmed) ends like a sentence: . ! ? : ; or an ellipsis,
// possibly followed by closing quotes or brackets.
bool EndsSentence(std::string_view s);

// True when `s` ends with a period, possibly followed by closing quotes or
// brackets ("Feb. 3." yes, "Monday?" no).
bool EndsWithPeriod(std::string_view s);

// The non-blank lines of `text`.
std::vector<TextLine> ScanLines(std::string_view text);

// Groups `lines` into paragraph candidates. A block counts as hard-wrapped
// when every line but its last is at most `max_wrap_width` bytes wide.
std::vector<TextUnit> SplitUnits(std::string_view text,
                                 const std::vector<TextLine>& lines,
                                 size_t max_wrap_width);

// Non-ASCII part of SpaceLenAt.
size_t UnicodeSpaceLenAt(std::string_view s, size_t i);

inline size_t SpaceLenAt(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') ? 1 : 0;
  return c < 0xC2 ? 0 : UnicodeSpaceLenAt(s, i);
}

}  // namespace dyad

#endif  // DYAD_EXTRACT_TEXT_LINES_H_
