#include "extract/text_classify.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/dateline.h"
#include "extract/text_credit.h"
#include "extract/text_tokens.h"
#include "extract/text_vocab.h"

namespace dyad {
namespace {

constexpr size_t kShapeBytes = 512;    // bytes of a unit looked at
constexpr size_t kDetailBytes = 128;   // bytes looked at one by one
constexpr uint32_t kShortWords = 20;   // furniture lines are this short
constexpr uint32_t kNumberWords = 6;   // a line of numbers only
constexpr uint32_t kUiLineWords = 12;  // share bars, date lines
constexpr uint32_t kPromoWords = 15;   // "Download the ... app"
constexpr uint32_t kTitleWords = 20;   // headlines and link titles
constexpr size_t kTitleBytes = 250;
constexpr uint32_t kCaptionWords = 60;  // captions with a credit
constexpr uint32_t kCookieWords = 80;   // cookie notices

std::string_view LineText(std::string_view text, const TextLine& l) {
  return text.substr(l.begin, l.end - l.begin);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLowerAscii(c);
  return out;
}

// Word-level features of a unit.
struct Shape {
  uint32_t words = 0;   // whitespace-separated tokens
  uint32_t glued = 0;   // camel-case humps inside tokens ("ChevronIcon")
  uint32_t icons = 0;   // tokens ending in "Icon"
  bool alnum = false;   // some letter or digit
  bool letter = false;  // some letter
};

// Byte classes for AddShape.
enum ByteClass : uint8_t {
  kOther,
  kSpace,
  kUpper,
  kLower,
  kDigit,
  kDot,
  kHigh
};

struct ByteClasses {
  ByteClass of[256];
  constexpr ByteClasses() : of() {
    for (int c = 0; c < 256; ++c) {
      of[c] = c >= 0x80                              ? kHigh
              : c == ' ' || (c >= '\t' && c <= '\r') ? kSpace
              : c >= 'A' && c <= 'Z'                 ? kUpper
              : c >= 'a' && c <= 'z'                 ? kLower
              : c >= '0' && c <= '9'                 ? kDigit
              : c == '.'                             ? kDot
                                                     : kOther;
    }
  }
};
constexpr ByteClasses kClasses;

// Adds the features of `s` to *sh in one pass over its bytes, a few
// operations per byte. A hump is a small letter followed by a capital
// ("ChevronIcon"), or by "." and a capital ("Sketch.Title").
// s[0, end) ends with "Icon" (compared bytewise: this runs once a word).
bool EndsWithIcon(std::string_view s, size_t end) {
  return end >= 4 && s[end - 1] == 'n' && s[end - 2] == 'o' &&
         s[end - 3] == 'c' && s[end - 4] == 'I';
}

void AddShapeScalar(std::string_view s, Shape* sh) {
  // Locals, not *sh: stores through *sh could alias the bytes read.
  uint32_t words = 0, glued = 0, icons = 0;
  unsigned letter = 0, digit = 0;
  ByteClass prev = kSpace, prev2 = kSpace;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    ByteClass k = kClasses.of[c];
    size_t n = 1;
    if (k == kHigh) {
      n = SpaceLenAt(s, i);
      k = n > 0 ? kSpace : kHigh;
      letter |= k == kHigh && c >= 0xC3;
      n = n > 0 ? n : 1;
    }
    words += (k != kSpace) & (prev == kSpace);
    glued += (k == kUpper) &
             ((prev == kLower) | ((prev == kDot) & (prev2 == kLower)));
    icons += k == kSpace && prev == kLower && EndsWithIcon(s, i);
    letter |= (k == kUpper) | (k == kLower);
    digit |= k == kDigit;
    prev2 = prev;
    prev = k;
    i += n;
  }
  icons += prev == kLower && EndsWithIcon(s, s.size());
  sh->words += words;
  sh->glued += glued;
  sh->icons += icons;
  sh->letter = sh->letter || letter;
  sh->alnum = sh->alnum || letter || digit;
}

#if defined(__SSE2__)
// Byte-class bit masks of up to 64 ASCII bytes (bit i for byte i).
struct ClassMasks {
  uint64_t space = 0, upper = 0, lower = 0, digit = 0, dot = 0, high = 0;
};

// Bytes of v in [lo, hi] (signed compare: right for ASCII bytes).
inline unsigned InRange(__m128i v, char lo, char hi) {
  __m128i ge = _mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1)));
  __m128i le = _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1)));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(ge, le)));
}

ClassMasks MasksOf(const char* block) {  // 64 readable bytes
  ClassMasks m;
  for (int b = 0; b < 4; ++b) {
    __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * b));
    const int at = 16 * b;
    unsigned blank = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    m.space |= uint64_t{blank | InRange(v, '\t', '\r')} << at;
    m.upper |= uint64_t{InRange(v, 'A', 'Z')} << at;
    m.lower |= uint64_t{InRange(v, 'a', 'z')} << at;
    m.digit |= uint64_t{InRange(v, '0', '9')} << at;
    m.dot |= uint64_t{static_cast<unsigned>(
                 _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))))}
             << at;
    m.high |= uint64_t{static_cast<unsigned>(_mm_movemask_epi8(v))} << at;
  }
  return m;
}

// "Icon" ending a word of `s` (followed by ASCII whitespace or the end).
uint32_t CountIcons(std::string_view s) {
  uint32_t n = 0;
  for (size_t p = s.find("Icon"); p != std::string_view::npos;
       p = s.find("Icon", p + 4)) {
    n += p + 4 == s.size() ||
         kClasses.of[static_cast<unsigned char>(s[p + 4])] == kSpace;
  }
  return n;
}

// AddShapeScalar for ASCII text, 64 bytes at a time with class bit masks;
// false (nothing added) if `s` has a non-ASCII byte.
bool AddShapeAscii(std::string_view s, Shape* sh) {
  uint32_t words = 0, glued = 0;
  uint64_t letter = 0, digit = 0;
  uint64_t prev_space = 1, prev_lower = 0, prev_dot = 0, prev2_lower = 0;
  for (size_t at = 0; at < s.size(); at += 64) {
    const size_t n = std::min<size_t>(64, s.size() - at);
    char block[64] = {};
    std::memcpy(block, s.data() + at, n);
    const ClassMasks m = MasksOf(block);
    if (m.high != 0) return false;
    const uint64_t valid = n == 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1;
    const uint64_t before_space = (m.space << 1) | prev_space;
    const uint64_t before_lower = (m.lower << 1) | prev_lower;
    const uint64_t before_dot = (m.dot << 1) | prev_dot;
    const uint64_t before2_lower = (m.lower << 2) | prev2_lower;
    words += std::popcount(valid & ~m.space & before_space);
    glued += std::popcount(valid & m.upper &
                           (before_lower | (before_dot & before2_lower)));
    letter |= valid & (m.upper | m.lower);
    digit |= valid & m.digit;
    prev_space = m.space >> 63;
    prev_lower = m.lower >> 63;
    prev_dot = m.dot >> 63;
    prev2_lower = m.lower >> 62;
  }
  sh->words += words;
  sh->glued += glued;
  sh->icons += CountIcons(s);
  sh->letter = sh->letter || letter != 0;
  sh->alnum = sh->alnum || letter != 0 || digit != 0;
  return true;
}
#endif

// Adds the features of `s` to *sh.
void AddShape(std::string_view s, Shape* sh) {
#if defined(__SSE2__)
  if (AddShapeAscii(s, sh)) return;
#endif
  AddShapeScalar(s, sh);
}

// Spaces in s, eight bytes at a time (a per-byte loop is several times
// slower, and this runs over most of the input).
uint32_t CountSpaces(std::string_view s) {
  constexpr uint64_t kSpaces = 0x2020202020202020ull;
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  uint32_t n = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    uint64_t x = word ^ kSpaces;  // zero bytes where there were spaces
    uint64_t zero = ~(((x & kLow7) + kLow7) | x | kLow7);
    // One bit (0x80) per space byte: gather them into the top byte.
    n += static_cast<uint32_t>(((zero >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < s.size(); ++i) n += s[i] == ' ';
  return n;
}

// Features of a unit: every byte of its first kDetailBytes, then only the
// spaces (as word boundaries) up to kShapeBytes.
Shape ShapeOf(std::string_view text, const std::vector<TextLine>& lines,
              const TextUnit& unit) {
  Shape sh;
  size_t seen = 0;
  for (uint32_t i = unit.first; i < unit.last && seen < kShapeBytes; ++i) {
    std::string_view line = LineText(text, lines[i]);
    line = line.substr(0, kShapeBytes - seen);
    size_t detail = seen < kDetailBytes ? kDetailBytes - seen : 0;
    AddShape(line.substr(0, detail), &sh);
    if (line.size() > detail) {
      std::string_view rest = line.substr(detail);
      sh.words += CountSpaces(rest);
    }
    seen += line.size();
  }
  return sh;
}

bool IsIconLine(const Shape& sh, std::string_view first) {
  if (sh.glued >= 3 && sh.glued * 2 >= sh.words) return true;
  if (sh.icons >= 2) return true;
  return sh.glued > 0 &&
         first.substr(0, kShapeBytes).find("Created with Sketch") !=
             std::string_view::npos;
}

// Calls f(part) for the letter runs of `token`, split at camel-case humps
// ("FacebookIcon" -> "Facebook", "Icon").
template <typename F>
void ForEachPart(std::string_view t, F f) {
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && !IsAlphaAscii(t[i])) ++i;
    size_t j = i;
    while (j < t.size() && IsAlphaAscii(t[j])) {
      ++j;
      if (j < t.size() && IsLowerAscii(t[j - 1]) && IsUpperAscii(t[j])) break;
    }
    if (j > i) f(t.substr(i, j - i));
    i = j;
  }
}

// Every word is share-bar, icon or navigation vocabulary (or a function
// word between such words).
bool AllUiWords(std::string_view line) {
  bool all = true;
  size_t ui = 0;
  WordBuf buf;
  auto check = [&](std::string_view w) {
    bool is_ui = !w.empty() && IsUiWord(w);
    ui += is_ui;
    return is_ui || (!w.empty() && IsGlueWord(w));
  };
  ForEachToken(line, [&](std::string_view t) {
    if (check(BareLower(t, &buf))) return true;
    ForEachPart(
        t, [&](std::string_view p) { all = all && check(BareLower(p, &buf)); });
    return all;
  });
  return all && ui > 0;
}

// "Updated 3 hours ago", "February 3, 2022 5:05 PM JST", "5 min read".
bool IsDateLine(std::string_view line) {
  bool all = true, strong = false;
  WordBuf buf;
  ForEachToken(line, [&](std::string_view t) {
    std::string_view w = BareLower(t, &buf);
    bool digits = w.find_first_of("0123456789") != std::string_view::npos;
    bool month = MonthNumber(w) > 0;
    bool clock = digits && w.find(':') != std::string_view::npos;
    strong = strong || month || clock || w == "ago" || w == "min" ||
             w == "updated" || w == "published" || w == "posted";
    all = w.empty() || digits || month || IsDateWord(w);
    return all;
  });
  return all && strong;
}

// "Discover the all new Example app", "Get breaking news alerts".
bool IsPromo(std::string_view line) {
  bool first = true, verb = false, noun = false;
  WordBuf buf;
  ForEachToken(line, [&](std::string_view t) {
    std::string_view w = BareLower(t, &buf);
    if (first) verb = IsPromoVerb(w);
    noun = noun || (!first && IsPromoNoun(w));
    first = false;
    return verb && !noun;
  });
  return verb && noun;
}

// "Free access for everyone - Sep. 30": a teaser ending in a date.
bool EndsWithDashDate(std::string_view line) {
  static constexpr std::string_view kSeps[] = {" - ", " | ", " \u2014 ",
                                               " \u2013 "};
  if (line.empty() || !IsDigitAscii(line.back())) return false;
  size_t at = std::string_view::npos;
  for (std::string_view s : kSeps) {
    size_t p = line.rfind(s);
    if (p != std::string_view::npos &&
        (at == std::string_view::npos || p > at)) {
      at = p + s.size();
    }
  }
  if (at == std::string_view::npos) return false;
  std::string_view rest = TrimView(line.substr(at));
  size_t space = rest.find(' ');
  if (space == std::string_view::npos || CountTokens(rest) > 3) return false;
  std::string_view a = rest.substr(0, space);
  std::string_view b = TrimView(rest.substr(space + 1));
  b = b.substr(0, b.find_first_of(" ,."));
  bool b_day = !b.empty() && b.size() <= 2 && IsDigitAscii(b[0]);
  bool a_day = !a.empty() && a.size() <= 2 && IsDigitAscii(a[0]);
  return (MonthNumber(a) > 0 && b_day) || (a_day && MonthNumber(b) > 0);
}

// "By Jane Doe", "BY JANE DOE, Reuters".
bool IsByline(std::string_view line, const Shape& sh) {
  if (line.size() < 4 || sh.words > kUiLineWords) return false;
  std::string_view by = line.substr(0, 2);
  if (by != "By" && by != "BY" && by != "by") return false;
  size_t n = SpaceLenAt(line, 2);
  return n > 0 && 2 + n < line.size() && IsUpperAscii(line[2 + n]) &&
         !EndsSentence(line);
}

// "cookie" in any case; searches for the rare letter k first.
bool MentionsCookies(std::string_view s) {
  for (char k : {'k', 'K'}) {
    for (size_t i = s.find(k, 3); i != std::string_view::npos;
         i = s.find(k, i + 1)) {
      if (i + 2 < s.size() && ToLowerAscii(s[i - 1]) == 'o' &&
          ToLowerAscii(s[i - 2]) == 'o' && ToLowerAscii(s[i + 1]) == 'i' &&
          ToLowerAscii(s[i + 2]) == 'e') {
        return true;
      }
    }
  }
  return false;
}

bool IsCookieNotice(std::string_view first, const Shape& sh) {
  if (sh.words > kCookieWords) return false;
  std::string_view head = first.substr(0, 800);
  if (!MentionsCookies(head)) return false;
  static constexpr std::string_view kCues[] = {
      "we use",    "this site",   "this website", "our site", "our website",
      "you agree", "you consent", "consent",      "accept"};
  std::string lower = Lower(head);
  for (std::string_view cue : kCues) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  return false;
}

bool IsTitleLike(std::string_view first, std::string_view last, const Shape& sh,
                 size_t bytes) {
  if (sh.words == 0 || sh.words > kTitleWords || bytes > kTitleBytes) {
    return false;
  }
  if (IsLowerAscii(first[0]) || EndsWithPeriod(last)) return false;
  char end = last.back();
  return end != ',' && end != ';' && end != ':';
}

// Classifies a short candidate by vocabulary; false if nothing matched.
bool ClassifyShort(std::string_view first, const Shape& sh, UnitInfo* info) {
  char buf[kNormalizedMax];
  std::string_view norm = NormalizeLine(first, buf);
  info->cls = UnitClass::kJunk;
  bool ui_line = sh.words <= kUiLineWords;
  if (IsTrailerHeading(norm)) {
    info->cls = UnitClass::kTrailer;
  } else if (IsLinkIntro(norm)) {
    info->cls = UnitClass::kLinkIntro;
  } else if (IsByline(first, sh)) {
    info->cls = UnitClass::kByline;
  } else if (!CanonicalAgency(norm).empty()) {
    info->junk = JunkKind::kSignoff;  // "Reuter" closing wire copy
  } else if (ui_line && IsDateLine(first)) {
    info->junk = JunkKind::kWeak;
  } else if (!IsJunkPhrase(norm) && !(ui_line && AllUiWords(first)) &&
             !(sh.words <= kPromoWords && IsPromo(first)) &&
             !EndsWithDashDate(first)) {
    return false;
  }
  return true;
}

// A caption if `last` (the unit's last line, a view into `text`) ends with
// a photo credit; a credit with no caption before it is junk. False if
// there is no credit.
bool ClassifyCaption(std::string_view text, std::string_view last,
                     bool multiline, UnitInfo* info) {
  Credit c = FindCredit(last);
  if (c.begin == std::string_view::npos) return false;
  size_t end = CaptionEnd(last, c);
  bool words = multiline || CountTokens(last.substr(0, end)) >= 2;
  info->cls = words ? UnitClass::kCaption : UnitClass::kJunk;
  info->caption_end = static_cast<uint32_t>(last.data() + end - text.data());
  info->credit = c.who;
  return true;
}

}  // namespace

const char* UnitClassName(UnitClass cls) {
  switch (cls) {
    case UnitClass::kJunk:
      return "junk";
    case UnitClass::kTrailer:
      return "trailer";
    case UnitClass::kLinkIntro:
      return "link-intro";
    case UnitClass::kByline:
      return "byline";
    case UnitClass::kCaption:
      return "caption";
    case UnitClass::kTitle:
      return "title";
    case UnitClass::kText:
      return "text";
  }
  return "?";
}

UnitInfo ClassifyUnit(std::string_view text, const std::vector<TextLine>& lines,
                      const TextUnit& unit) {
  UnitInfo info;
  const TextLine& last_line = lines[unit.last - 1];
  std::string_view first = LineText(text, lines[unit.first]);
  std::string_view last = LineText(text, last_line);
  info.bullet = static_cast<uint32_t>(BulletLen(first));
  first.remove_prefix(info.bullet);
  if (unit.last - unit.first == 1) last = first;
  Shape sh = ShapeOf(text, lines, unit);
  info.words = sh.words;
  info.cls = UnitClass::kJunk;
  if (!sh.alnum) {
    info.junk = JunkKind::kSignoff;  // punctuation only: "___", "|"
    return info;
  }
  if (!sh.letter && sh.words <= kNumberWords) {
    info.junk = JunkKind::kWeak;  // "78,000", share counts
    return info;
  }
  if (IsIconLine(sh, first)) return info;
  if (sh.words <= kShortWords && ClassifyShort(first, sh, &info)) {
    return info;
  }
  if (sh.words <= kCaptionWords &&
      ClassifyCaption(text, last, unit.last - unit.first > 1, &info)) {
    return info;
  }
  if (IsCookieNotice(first, sh)) return info;
  size_t bytes = last_line.end - lines[unit.first].begin;
  info.cls = IsTitleLike(first, last, sh, bytes) ? UnitClass::kTitle
                                                 : UnitClass::kText;
  return info;
}

}  // namespace dyad
