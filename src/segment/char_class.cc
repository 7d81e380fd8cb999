#include "segment/char_class.h"

#include <utf8proc.h>

namespace dyad::segment {
namespace {

bool IsCjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||  // Hiragana, Katakana
         (cp >= 0x3400 && cp <= 0x4DBF) ||  // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK unified ideographs
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // compatibility ideographs
         (cp >= 0x20000 && cp <= 0x3FFFF);  // supplementary ideographs
}

CharClass ClassOf(char32_t cp) {
  if (cp == 0x200B || cp == 0xFEFF) return CharClass::kSpace;
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return CharClass::kMark;  // skin tones
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
      return IsCjk(cp) ? CharClass::kCjk : CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return CharClass::kSpace;
    default:
      return CharClass::kPunct;
  }
}

}  // namespace

CharInfo DecodeNonAscii(std::string_view text, size_t i) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
      static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (n <= 0) return CharInfo{CharClass::kPunct, 1, 0xFFFD};
  char32_t c = static_cast<char32_t>(cp);
  return CharInfo{ClassOf(c), static_cast<uint8_t>(n), c};
}

CharClass FirstClass(std::string_view s) {
  return s.empty() ? CharClass::kSpace : CharAt(s, 0).cls;
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  CharInfo ci = CharAt(s, 0);
  if (ci.len == 1) return IsAsciiUpper(s[0]);
  return ci.cls == CharClass::kLetter &&
         utf8proc_category(static_cast<utf8proc_int32_t>(ci.cp)) ==
             UTF8PROC_CATEGORY_LU;
}

bool StartsLower(std::string_view s) {
  if (s.empty()) return false;
  CharInfo ci = CharAt(s, 0);
  if (ci.len == 1) return IsAsciiLower(s[0]);
  return ci.cls == CharClass::kLetter &&
         utf8proc_category(static_cast<utf8proc_int32_t>(ci.cp)) ==
             UTF8PROC_CATEGORY_LL;
}

}  // namespace dyad::segment
