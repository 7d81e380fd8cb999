// Small text helpers shared by the plain-text classifier and the photo
// credit finder: ASCII character tests, whitespace tokens (Unicode spaces
// included) and lower-cased bare words.
//
// Thread safety: pure functions.
//
// Usage:
//   dyad::WordBuf buf;
//   dyad::ForEachToken(line, [&](std::string_view t) {
//     return dyad::BareLower(t, &buf) != "share";  // false stops
//   });
#ifndef DYAD_EXTRACT_TEXT_TOKENS_H_
#define DYAD_EXTRACT_TEXT_TOKENS_H_

#include <array>
#include <cstring>
#include <string_view>

#include "extract/text_lines.h"

namespace dyad {

// Scratch space for BareLower.
using WordBuf = std::array<char, 64>;

inline bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlphaAscii(char c) { return IsLowerAscii(c) || IsUpperAscii(c); }
inline char ToLowerAscii(char c) {
  return IsUpperAscii(c) ? c + ('a' - 'A') : c;
}

inline bool IsPunctAscii(char c) {
  return c > ' ' && c < 0x7F && !IsAlphaAscii(c) && !IsDigitAscii(c);
}

// Calls f(token) for each whitespace-separated token of `s` until f
// returns false.
template <typename F>
void ForEachToken(std::string_view s, F f) {
  size_t i = 0;
  while (i < s.size()) {
    for (size_t n; i < s.size() && (n = SpaceLenAt(s, i)) > 0;) i += n;
    size_t j = i;
    while (j < s.size() && SpaceLenAt(s, j) == 0) ++j;
    if (j > i && !f(s.substr(i, j - i))) return;
    i = j;
  }
}

inline size_t CountTokens(std::string_view s) {
  size_t n = 0;
  ForEachToken(s, [&](std::string_view) { return ++n > 0; });
  return n;
}

// memmem: a fast substring search (string_view::find is slow when the
// first byte of `needle` is frequent).
inline bool Contains(std::string_view hay, std::string_view needle) {
  return memmem(hay.data(), hay.size(), needle.data(), needle.size()) !=
         nullptr;
}

// `w` without ASCII punctuation at either end, lower-cased into `buf`;
// empty if longer than the buffer.
inline std::string_view BareLower(std::string_view w, WordBuf* buf) {
  while (!w.empty() && IsPunctAscii(w[0])) {
    w.remove_prefix(1);
  }
  while (!w.empty() && IsPunctAscii(w.back())) {
    w.remove_suffix(1);
  }
  if (w.size() > buf->size()) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    (*buf)[i] = ToLowerAscii(w[i]);
  }
  return std::string_view(buf->data(), w.size());
}

}  // namespace dyad

#endif  // DYAD_EXTRACT_TEXT_TOKENS_H_
