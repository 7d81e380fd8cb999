#include "segment/multiword.h"

#include <string_view>

#include "segment/char_class.h"

namespace dyad::segment {
namespace {

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

// Strips a leading apostrophe (', ` or ’); empty when there is none.
std::string_view AfterApostrophe(std::string_view s) {
  if (!s.empty() && (s[0] == '\'' || s[0] == '`')) return s.substr(1);
  if (s.size() > 3 && s.substr(0, 3) == "\xE2\x80\x99") return s.substr(3);
  return {};
}

bool IsClitic(std::string_view s) {
  if (s.size() > 1 && AsciiLower(s[0]) == 'n') {
    return EqualsLower(AfterApostrophe(s.substr(1)), "t");
  }
  std::string_view tail = AfterApostrophe(s);
  for (std::string_view t : {"s", "re", "ve", "ll", "d", "m"}) {
    if (EqualsLower(tail, t)) return true;
  }
  return false;
}

}  // namespace

bool ContinuesSurfaceToken(const Token& prev, const Token& token) {
  if (prev.end != token.begin || prev.text.empty()) return false;
  if (IsClitic(token.text)) return true;
  if (EqualsLower(token.text, "not")) return EqualsLower(prev.text, "can");
  if (EqualsLower(token.text, "na")) {
    return EqualsLower(prev.text, "gon") || EqualsLower(prev.text, "wan");
  }
  return EqualsLower(token.text, "ta") && EqualsLower(prev.text, "got");
}

}  // namespace dyad::segment
