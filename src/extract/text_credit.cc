#include "extract/text_credit.h"

#include <algorithm>

#include "extract/text_tokens.h"
#include "extract/text_vocab.h"

namespace dyad {
namespace {

constexpr size_t kCreditWindow = 160;  // credits sit at a caption's end
constexpr size_t kCreditWords = 8;     // words in a credit

bool CreditAfter(std::string_view line, size_t at, std::string_view* who) {
  std::string_view w = TrimView(line.substr(at));
  while (!w.empty() && (w.back() == ')' || w.back() == '.')) w.remove_suffix(1);
  *who = TrimView(w);
  return !who->empty() && CountTokens(*who) <= kCreditWords;
}

bool CopyrightCredit(std::string_view line, size_t from, Credit* c) {
  size_t p = std::string_view::npos;
  for (size_t q = from; (q = line.find("\u00A9", q)) != std::string_view::npos;
       q += 2) {
    p = q;
  }
  if (p == std::string_view::npos) return false;
  c->begin = p;
  return CreditAfter(line, p + 2, &c->who);
}

// Whether a credit marker may start at line[i]: at the start, after a
// space, or after "(", "|" or ".".
bool MarkerBoundary(std::string_view line, size_t i) {
  return i == 0 || SpaceLenBefore(line, i) > 0 || line[i - 1] == '(' ||
         line[i - 1] == '|' || line[i - 1] == '.';
}

// "Photo: AFP/Getty", "(Photo by Jane Doe)", "Illustration: Jane Smith".
bool MarkerCredit(std::string_view line, size_t from, Credit* c) {
  std::string_view window = line.substr(from);
  if (window.find(':') == std::string_view::npos && !Contains(window, " by ") &&
      !Contains(window, "Credit")) {
    return false;  // every marker has one of these
  }
  static constexpr std::string_view kMarkers[] = {
      "Photo:",    "Photos:",    "Photograph:",   "Picture:",
      "Image:",    "Credit:",    "Photo credit:", "Image credit:",
      "Photo by ", "Photos by ", "Picture by ",   "PHOTO:",
      "IMAGE:",    "Foto:",      "Illustration:", "Illustration by ",
      "Video:",    "Graphic:",   "Credit...",     "Credit\u2026"};
  size_t best = std::string_view::npos, len = 0;
  for (size_t i = from; i < line.size(); ++i) {
    char ch = line[i];
    bool initial = ch == 'P' || ch == 'I' || ch == 'C' || ch == 'F' ||
                   ch == 'V' || ch == 'G';
    if (!initial || !MarkerBoundary(line, i)) continue;
    for (std::string_view m : kMarkers) {
      if (line.substr(i, m.size()) == m) best = i, len = m.size();
    }
  }
  if (best == std::string_view::npos) return false;
  c->begin = best > 0 && line[best - 1] == '(' ? best - 1 : best;
  return CreditAfter(line, best + len, &c->who);
}

// Some word, or part of a "Name/Agency" word, names a photo agency.
bool HasCreditWord(std::string_view s) {
  bool found = false;
  WordBuf buf;
  ForEachToken(s, [&](std::string_view t) {
    for (size_t b = 0; b <= t.size() && !found;) {
      size_t slash = std::min(t.find('/', b), t.size());
      found = IsCreditWord(BareLower(t.substr(b, slash - b), &buf));
      b = slash + 1;
    }
    return !found;
  });
  return found;
}

// "... (Reuters)", "... (AP Photo/Jane Doe)", "... [Jane Doe/Reuters]".
bool ParenCredit(std::string_view line, Credit* c) {
  if (line.empty() || (line.back() != ')' && line.back() != ']')) {
    return false;
  }
  size_t open = line.rfind(line.back() == ')' ? '(' : '[');
  if (open == std::string_view::npos) return false;
  std::string_view inner = line.substr(open + 1, line.size() - open - 2);
  if (!HasCreditWord(inner) || CountTokens(inner) > kCreditWords) return false;
  c->begin = open;
  c->who = inner;
  return true;
}

// "... on Feb. 3. REUTERS/Jane Doe", "... AFP via Getty Images".
bool TailCredit(std::string_view line, size_t from, Credit* c) {
  if (EndsSentence(line)) return false;
  size_t start = 0;  // after the last ". " in the window
  for (size_t i = line.size(); i-- > from + 1;) {
    if (line[i - 1] == '.' && line[i] == ' ') {
      start = i;
      break;
    }
  }
  std::string_view tail = TrimView(line.substr(start));
  if (start > 0 && CountTokens(tail) <= kCreditWords && HasCreditWord(tail) &&
      IsUpperAscii(tail[0])) {
    c->begin = tail.data() - line.data();
    c->who = tail;
    return true;
  }
  size_t space = line.rfind(' ');  // "... border REUTERS/Jane Doe"
  if (space == std::string_view::npos) return false;
  size_t slash = line.find('/', space);
  std::string_view tok = line.substr(space + 1);
  if (slash == std::string_view::npos || !HasCreditWord(tok)) return false;
  c->begin = space + 1;
  c->who = tok;
  return true;
}

}  // namespace

Credit FindCredit(std::string_view line) {
  size_t from = line.size() > kCreditWindow ? line.size() - kCreditWindow : 0;
  Credit c;
  if (CopyrightCredit(line, from, &c) || MarkerCredit(line, from, &c) ||
      ParenCredit(line, &c) || TailCredit(line, from, &c)) {
    return c;
  }
  return Credit();
}

namespace {

// Bytes of a space or a separator ("|", "-", "/", "(", en or em dash)
// ending at line[end), else 0.
size_t SeparatorLenBefore(std::string_view line, size_t end) {
  if (size_t n = SpaceLenBefore(line, end); n > 0) return n;
  if (std::string_view("|-/(").find(line[end - 1]) != std::string_view::npos) {
    return 1;
  }
  std::string_view dash = end >= 3 ? line.substr(end - 3, 3) : "";
  return dash == "\u2014" || dash == "\u2013" ? 3 : 0;
}

}  // namespace

size_t CaptionEnd(std::string_view line, const Credit& c) {
  size_t end = c.begin;
  for (size_t n; end > 0 && (n = SeparatorLenBefore(line, end)) > 0;) {
    end -= n;
  }
  return end;
}

}  // namespace dyad
