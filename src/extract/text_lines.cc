#include "extract/text_lines.h"

#include <algorithm>
#include <cstring>

namespace dyad {
namespace {

unsigned char At(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]);
}

// Bytes of a closing quote or bracket ending at s[end), else 0.
size_t CloserLenBefore(std::string_view s, size_t end) {
  if (end == 0) return 0;
  char c = s[end - 1];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (end >= 3) {
    std::string_view t = s.substr(end - 3, 3);
    if (t == "\u201D" || t == "\u2019") return 3;  // ” ’
  }
  if (end >= 2 && s.substr(end - 2, 2) == "\u00BB") return 2;  // »
  return 0;
}

// End of `s` after stripping closing quotes and brackets.
size_t EndBeforeClosers(std::string_view s) {
  size_t end = s.size();
  for (size_t n; (n = CloserLenBefore(s, end)) > 0;) end -= n;
  return end;
}

// How a block of lines is laid out.
struct BlockShape {
  uint32_t min_indent = 0;
  uint32_t wrap_width = 0;  // widest line
  bool wrapped = false;     // looks hard-wrapped at wrap_width
};

size_t FirstWordLen(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && SpaceLenAt(line, n) == 0) ++n;
  return n;
}

// The line continues a sentence: it starts with a lower-case letter, a
// digit or an opening parenthesis.
bool StartsContinuation(std::string_view s) {
  if (s.empty()) return false;
  char c = s[0];
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '(';
}

std::string_view LineText(std::string_view text, const TextLine& l) {
  return text.substr(l.begin, l.end - l.begin);
}

BlockShape ShapeOf(std::string_view text, const std::vector<TextLine>& lines,
                   size_t b, size_t e, size_t max_wrap_width) {
  BlockShape sh;
  sh.min_indent = lines[b].indent;
  bool narrow = true;
  for (size_t i = b; i < e; ++i) {
    sh.min_indent = std::min(sh.min_indent, lines[i].indent);
    sh.wrap_width = std::max(sh.wrap_width, lines[i].Width());
    narrow = narrow && lines[i].Width() <= max_wrap_width;
  }
  // Hard-wrapped prose fills most lines to near the wrap width, and many of
  // its lines go on with a small letter (a list of headlines never does).
  size_t full = 0, goes_on = 0;
  for (size_t i = b; i + 1 < e; ++i) {
    full += lines[i].Width() * 10 >= sh.wrap_width * 6;
    goes_on += StartsContinuation(LineText(text, lines[i + 1]));
  }
  // Two lines are too little evidence: a scrape puts "By Jane Doe" and
  // "Published Feb. 3" in one block as often as a wrapper splits a line.
  size_t breaks = e - b - 1;
  sh.wrapped = narrow && e - b >= 3 && sh.wrap_width >= 30 &&
               full * 2 >= breaks && goes_on > 0 && goes_on * 4 >= breaks;
  return sh;
}

// The line ends with an abbreviation that rarely ends a sentence: one with
// inner periods ("U.S.", "a.m."), an initial ("L."), or a title ("Gen.").
bool EndsWithAbbreviation(std::string_view line) {
  static constexpr std::string_view kTitles[] = {
      "Mr.",  "Mrs.", "Ms.",  "Dr.",  "St.",   "Gen.",  "Sen.", "Rep.",
      "Gov.", "Lt.",  "Col.", "Sgt.", "Capt.", "Prof.", "Rev.", "No."};
  if (line.empty() || line.back() != '.') return false;
  size_t space = line.rfind(' ');
  std::string_view word =
      space == std::string_view::npos ? line : line.substr(space + 1);
  if (word.substr(0, word.size() - 1).find('.') != std::string_view::npos) {
    return true;
  }
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z') return true;
  for (std::string_view t : kTitles) {
    if (word == t) return true;
  }
  return false;
}

// The line ends with a word that cannot end a sentence or a title ("and",
// "the", "of"): the next line goes on with it.
bool EndsWithFunctionWord(std::string_view line) {
  static constexpr std::string_view kWords[] = {
      "and", "or", "the", "a",    "an",   "of",  "to",    "in",  "for", "with",
      "by",  "on", "at",  "from", "that", "its", "their", "his", "her"};
  size_t space = line.rfind(' ');
  if (space == std::string_view::npos) return false;
  std::string_view word = line.substr(space + 1);
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// Whether the break between lines `cur` and `next` of one block separates
// two paragraphs (true) or is a hard wrap inside one (false).
bool BreakBetween(std::string_view text, const TextLine& cur,
                  const TextLine& next, const BlockShape& sh) {
  std::string_view c = LineText(text, cur), n = LineText(text, next);
  if (BulletLen(n) > 0) return true;
  bool terminal = EndsSentence(c) && !EndsWithAbbreviation(c);
  if (StartsContinuation(n) && !terminal) return false;
  if (next.indent > sh.min_indent) return true;
  if (!terminal && EndsWithFunctionWord(c)) return false;
  if (!sh.wrapped) return true;
  // A wrapped line without final punctuation goes on, however short: the
  // first line of wire copy is often short (the dateline was cut off).
  if (!terminal) return false;
  return cur.Width() + 1 + FirstWordLen(n) <= sh.wrap_width;
}

// Appends the units of the block lines[b, e).
void SplitBlock(std::string_view text, const std::vector<TextLine>& lines,
                uint32_t b, uint32_t e, size_t max_wrap_width,
                std::vector<TextUnit>* out) {
  BlockShape sh = ShapeOf(text, lines, b, e, max_wrap_width);
  uint32_t first = b;
  for (uint32_t i = b; i < e; ++i) {
    if (i + 1 < e && !BreakBetween(text, lines[i], lines[i + 1], sh)) continue;
    TextUnit u{first, i + 1, false};
    u.standalone = (first == b && i + 1 == e) || (!sh.wrapped && i == first);
    out->push_back(u);
    first = i + 1;
  }
}

}  // namespace

size_t UnicodeSpaceLenAt(std::string_view s, size_t i) {
  unsigned char c = At(s, i);
  size_t left = s.size() - i;
  if (c == 0xC2) return left >= 2 && At(s, i + 1) == 0xA0 ? 2 : 0;
  if (left < 3) return 0;
  unsigned char c1 = At(s, i + 1), c2 = At(s, i + 2);
  bool space = false;
  if (c == 0xE2) {
    space = (c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xAF)) ||
            (c1 == 0x81 && c2 == 0x9F);
  } else if (c == 0xE3) {
    space = c1 == 0x80 && c2 == 0x80;
  } else if (c == 0xEF) {
    space = c1 == 0xBB && c2 == 0xBF;
  }
  return space ? 3 : 0;
}

size_t SpaceLenBefore(std::string_view s, size_t end) {
  if (end == 0) return 0;
  if (SpaceLenAt(s, end - 1) == 1) return 1;
  if (end >= 2 && SpaceLenAt(s, end - 2) == 2) return 2;
  if (end >= 3 && SpaceLenAt(s, end - 3) == 3) return 3;
  return 0;
}

void TrimSpan(std::string_view s, size_t* begin, size_t* end) {
  for (size_t n; *begin < *end && (n = SpaceLenAt(s, *begin)) > 0;) {
    *begin += n;
  }
  for (size_t n; *end > *begin && (n = SpaceLenBefore(s, *end)) > 0;) {
    *end -= n;
  }
}

std::string_view TrimView(std::string_view s) {
  size_t b = 0, e = s.size();
  TrimSpan(s, &b, &e);
  return s.substr(b, e - b);
}

size_t BulletLen(std::string_view s) {
  static constexpr std::string_view kMarkers[] = {
      "\u2022", "\u00B7", "\u25AA", "\u25E6", "\u2023", "\u25CF",
      "\u25A0", "\u25BA", "\u25B8", "- ",     "* ",     "\u2013 "};
  if (s.empty()) return 0;
  auto c = static_cast<unsigned char>(s[0]);
  if (c != 0xE2 && c != 0xC2 && c != '-' && c != '*') return 0;
  for (std::string_view m : kMarkers) {
    if (s.size() <= m.size() || s.substr(0, m.size()) != m) continue;
    size_t n = m.size();
    for (size_t k; n < s.size() && (k = SpaceLenAt(s, n)) > 0;) n += k;
    return n < s.size() ? n : 0;
  }
  return 0;
}

bool EndsSentence(std::string_view s) {
  size_t end = EndBeforeClosers(s);
  if (end == 0) return false;
  char c = s[end - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  return end >= 3 && s.substr(end - 3, 3) == "\u2026";  // …
}

bool EndsWithPeriod(std::string_view s) {
  size_t end = EndBeforeClosers(s);
  return end > 0 && s[end - 1] == '.';
}

std::vector<TextLine> ScanLines(std::string_view text) {
  std::vector<TextLine> lines;
  bool blank = true;
  size_t pos = 0;
  while (pos < text.size()) {
    const void* hit = std::memchr(text.data() + pos, '\n', text.size() - pos);
    size_t nl = hit ? static_cast<const char*>(hit) - text.data() : text.size();
    size_t b = pos, e = nl;
    TrimSpan(text, &b, &e);
    if (b < e) {
      lines.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e),
                       static_cast<uint32_t>(b - pos), blank});
    }
    blank = b == e;
    pos = nl + 1;
  }
  return lines;
}

std::vector<TextUnit> SplitUnits(std::string_view text,
                                 const std::vector<TextLine>& lines,
                                 size_t max_wrap_width) {
  std::vector<TextUnit> units;
  uint32_t n = static_cast<uint32_t>(lines.size());
  for (uint32_t b = 0; b < n;) {
    uint32_t e = b + 1;
    while (e < n && !lines[e].blank_before) ++e;
    SplitBlock(text, lines, b, e, max_wrap_width, &units);
    b = e;
  }
  return units;
}

}  // namespace dyad
