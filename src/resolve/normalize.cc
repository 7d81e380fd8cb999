#include "resolve/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

namespace dyad {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Typographic characters that fold to ASCII after case folding.
struct Fold {
  std::string_view from;
  char to;
};
constexpr Fold kFolds[] = {{"\xE2\x80\x98", '\''},
                           {"\xE2\x80\x99", '\''},
                           {"\xE2\x80\x90", '-'},
                           {"\xE2\x80\x91", '-'},
                           {"\xE2\x80\x93", '-'}};

// Appends s[i...] folded; returns the number of bytes consumed.
size_t AppendFolded(std::string_view s, size_t i, std::string* out) {
  for (const Fold& f : kFolds) {
    if (s.compare(i, f.from.size(), f.from) == 0) {
      out->push_back(f.to);
      return f.from.size();
    }
  }
  out->push_back(s[i]);
  return 1;
}

void AppendUnicode(std::string_view token, std::string* out) {
  utf8proc_uint8_t* folded = nullptr;
  auto n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(token.data()),
      static_cast<utf8proc_ssize_t>(token.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK | UTF8PROC_COMPAT));
  if (n < 0) {
    out->append(token);
    return;
  }
  std::string_view s(reinterpret_cast<const char*>(folded),
                     static_cast<size_t>(n));
  for (size_t i = 0; i < s.size();) i += AppendFolded(s, i, out);
  std::free(folded);
}

}  // namespace

void AppendNormalized(std::string_view token, std::string* out) {
  if (!IsAscii(token)) {
    AppendUnicode(token, out);
    return;
  }
  for (char c : token) {
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
}

std::string NormalizeToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  AppendNormalized(token, &out);
  return out;
}

}  // namespace dyad
