// Character classes for the tokenizer: what a byte or code point is to it.
//
// ASCII bytes are classified by a 128-entry table; other code points are
// decoded from UTF-8 and classified by their Unicode general category
// (utf8proc). Invalid UTF-8 never crashes: a bad byte is one kOther character.
//
// Thread safety: pure functions over immutable tables; call from any thread.
//
// Usage:
//   dyad::segment::CharInfo ci = dyad::segment::CharAt(text, i);
//   if (ci.cls == dyad::segment::CharClass::kLetter) i += ci.len;
//   bool space = dyad::segment::IsSpaceAt(text, i, &len);
#ifndef DYAD_SEGMENT_CHAR_CLASS_H_
#define DYAD_SEGMENT_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dyad::segment {

enum class CharClass : uint8_t {
  kSpace,   // separates tokens (ASCII and Unicode spaces, line ends)
  kLetter,  // any Unicode letter
  kDigit,   // decimal digit
  kMark,    // combining mark, format character (ZWJ, soft hyphen, variation
            // selector): continues whatever precedes it
  kCjk,     // Han ideograph, kana: one token per character
  kPunct,   // punctuation and symbols
};

struct CharInfo {
  CharClass cls = CharClass::kPunct;
  uint8_t len = 1;  // bytes of the character
  char32_t cp = 0;  // the code point (U+FFFD for an invalid byte)
};

// Builds the table for ASCII bytes: controls are separators.
constexpr std::array<CharClass, 128> MakeAsciiClassTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c <= 0x20 || c == 0x7F) {
      t[c] = CharClass::kSpace;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      t[c] = CharClass::kLetter;
    } else if (c >= '0' && c <= '9') {
      t[c] = CharClass::kDigit;
    } else {
      t[c] = CharClass::kPunct;
    }
  }
  return t;
}

inline constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiClassTable();

// Classifies the character starting at text[i] (i < text.size()).
CharInfo DecodeNonAscii(std::string_view text, size_t i);

inline CharInfo CharAt(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return CharInfo{kAsciiClass[c], 1, c};
  return DecodeNonAscii(text, i);
}

inline bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? c + 32 : c; }

// End of the run of ASCII letters in text[i, e) starting at i (i itself when
// text[i] is no ASCII letter). Sixteen bytes at a time where SSE2 is
// available: most words end inside the first block, without a per-byte
// branch to mispredict.
inline size_t AsciiLetterRunEnd(std::string_view text, size_t i, size_t e) {
#if defined(__SSE2__)
  const __m128i kCase = _mm_set1_epi8(0x20);
  const __m128i kBeforeA = _mm_set1_epi8('a' - 1);
  const __m128i kAfterZ = _mm_set1_epi8('z' + 1);
  for (; i + 16 <= e; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&text[i]));
    __m128i lower = _mm_or_si128(v, kCase);  // bytes >= 0x80 stay negative
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, kBeforeA),
                                   _mm_cmplt_epi8(lower, kAfterZ));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(letter));
    if (mask != 0xFFFF) return i + __builtin_ctz(~mask);
  }
#endif
  while (i < e && IsAsciiLetter(text[i])) ++i;
  return i;
}

// True when the character at text[i] is a letter, digit or mark.
inline bool IsWordCharAt(std::string_view text, size_t i) {
  CharClass cls = CharAt(text, i).cls;
  return cls == CharClass::kLetter || cls == CharClass::kDigit ||
         cls == CharClass::kMark;
}

// True when text[i] starts whitespace; its byte length goes to *len.
inline bool IsSpaceAt(std::string_view text, size_t i, size_t* len) {
  CharInfo ci = CharAt(text, i);
  *len = ci.len;
  return ci.cls == CharClass::kSpace;
}

// First character class of `s` (kSpace for an empty string).
CharClass FirstClass(std::string_view s);

// True when `s` starts with an uppercase letter (any script).
bool StartsUpper(std::string_view s);

// True when `s` starts with a lowercase letter (any script).
bool StartsLower(std::string_view s);

}  // namespace dyad::segment

#endif  // DYAD_SEGMENT_CHAR_CLASS_H_
