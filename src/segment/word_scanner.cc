// Tokenizer word rules: what joins letters and digits into one token and
// what splits them (clitics, units, hyphens, final periods).
#include <array>
#include <string_view>

#include "segment/scanner.h"

namespace dyad::segment {
namespace {

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";  // U+2019

bool EqualsLower(std::string_view text, size_t b, size_t e,
                 std::string_view lower) {
  if (e - b != lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (AsciiLower(text[b + i]) != lower[i]) return false;
  }
  return true;
}

// "s", "re", "ve", "ll", "d", "m" after an apostrophe.
bool IsCliticTail(std::string_view text, size_t b, size_t e) {
  for (std::string_view t : {"s", "re", "ve", "ll", "d", "m"}) {
    if (EqualsLower(text, b, e, t)) return true;
  }
  return false;
}

}  // namespace

// Punctuation that never joins a word to what follows: a word of ASCII
// letters followed by one of these (or by the chunk end) is complete.
constexpr std::array<bool, 128> MakeWordEnders() {
  std::array<bool, 128> t{};
  for (char c : std::string_view(",;!?()[]{}\"<>*%#+=|~^")) t[c] = true;
  return t;
}
constexpr std::array<bool, 128> kWordEnders = MakeWordEnders();

size_t Scanner::ScanWord(size_t q, size_t e) {
  const size_t s = q;
  size_t letters = AsciiLetterRunEnd(text_, q, e);  // fast path: plain word
  if (letters > q &&
      (letters == e || (static_cast<unsigned char>(text_[letters]) < 0x80 &&
                        kWordEnders[text_[letters]]))) {
    EmitWord(q, letters);
    return letters;
  }
  size_t r = WordCharAt(q, e) ? q : q + 1;  // leading '.' or '+' of a number
  bool numeric = true;  // only digits and number separators so far
  for (;;) {
    RunInfo run = ConsumeRun(r, e);
    if (numeric && run.unit_split != 0 &&
        !IsOrdinalSuffix(run.unit_split, run.end)) {
      EmitWord(s, run.unit_split);  // "5pm" -> "5" "pm"
      return run.unit_split;
    }
    r = run.end;
    numeric = numeric && !run.letter;
    if (r >= e) break;
    Step step = Connect(s, r, e, numeric);
    if (step.action == Step::kDone) return step.pos;
    if (step.action == Step::kStop) break;
    r = step.pos;
  }
  EmitWord(s, r);
  return r;
}

Scanner::RunInfo Scanner::ConsumeRun(size_t r, size_t e) const {
  RunInfo run{r, false, 0};
  const size_t start = r;
  r = AsciiLetterRunEnd(text_, r, e);  // the common case
  if (r > start) run.letter = true;
  if (r == e || !IsWordCharAt(text_, r)) {
    run.end = r;
    return run;
  }
  bool digit_after_letter = false;
  size_t first_letter = run.letter ? start : 0;
  while (r < e) {
    CharInfo ci = CharAt(text_, r);
    if (ci.cls == CharClass::kLetter) {
      if (!run.letter) first_letter = r;
      run.letter = true;
    } else if (ci.cls == CharClass::kDigit) {
      digit_after_letter = digit_after_letter || run.letter;
    } else if (ci.cls != CharClass::kMark) {
      break;
    }
    r += ci.len;
  }
  run.end = r;
  if (run.letter && first_letter > start && !digit_after_letter &&
      CharAt(text_, start).cls == CharClass::kDigit) {
    run.unit_split = first_letter;
  }
  return run;
}

bool Scanner::IsOrdinalSuffix(size_t b, size_t e) const {
  for (std::string_view t : {"st", "nd", "rd", "th", "s"}) {
    if (EqualsLower(text_, b, e, t)) return true;
  }
  return false;
}

Scanner::Step Scanner::Connect(size_t s, size_t r, size_t e, bool numeric) {
  const Step stop{Step::kStop, r};
  const Step next{Step::kContinue, r + 1};
  const bool digit_around =
      r + 1 < e && IsAsciiDigit(text_[r - 1]) && IsAsciiDigit(text_[r + 1]);
  switch (text_[r]) {
    case '.':
      if (WordCharAt(r + 1, e)) return next;  // "U.S", "3.5", "bbc.co.uk"
      return Step{Step::kDone, FinishWithPeriod(s, r, e)};
    case ',':  // "115,000"
      return numeric && digit_around && r + 4 <= e &&
                     IsAsciiDigit(text_[r + 2]) && IsAsciiDigit(text_[r + 3]) &&
                     !WordCharAt(r + 4, e)
                 ? next
                 : stop;
    case ':':  // "10:30"
      return numeric && digit_around ? next : stop;
    case '/':  // "9/11", "02/03/2022", "b/c", "w/"; fractions "3/4" split
      if (numeric && digit_around) return SlashJoins(s, e) ? next : stop;
      return r - s == 1 && IsAsciiLetter(text_[s]) ? LetterSlash(s, r, e)
                                                   : stop;
    case '-':
      return HyphenJoins(s, r, e, numeric) ? next : stop;
    case '&':  // "AT&T"
      return AmpersandJoins(s, r, e) ? next : stop;
    case '_':  // "file_name"
      return WordCharAt(r + 1, e) ? next : stop;
    case '\'':
    case '`':
      return Apostrophe(s, r, e, 1);
    case '$':  // "US$"
      if (r - s <= 3 && IsAsciiUpper(text_[s]) && IsAsciiUpper(text_[r - 1])) {
        Emit(s, r + 1, SpanKind::kWord);
        return Step{Step::kDone, r + 1};
      }
      return stop;
  }
  if (text_.compare(r, kCurlyApostrophe.size(), kCurlyApostrophe) == 0) {
    return Apostrophe(s, r, e, kCurlyApostrophe.size());
  }
  return stop;
}

// One letter and a slash: "b/c", "w/o", "n/a" stay whole, "w/" (with)
// is a word of its own.
Scanner::Step Scanner::LetterSlash(size_t s, size_t r, size_t e) {
  if (r + 1 < e && IsAsciiLetter(text_[r + 1]) && !WordCharAt(r + 2, e)) {
    return Step{Step::kContinue, r + 1};
  }
  if (AsciiLower(text_[s]) == 'w') {
    Emit(s, r + 1, SpanKind::kWord);
    return Step{Step::kDone, r + 1};
  }
  return Step{Step::kStop, r};
}

// Hyphenated words split at the hyphen as in UD English, except after a
// prefix ("non-profit"), inside codes mixing letters and digits ("x3-9890"),
// and in phone numbers, ZIP codes and ISO dates.
bool Scanner::HyphenJoins(size_t s, size_t r, size_t e, bool numeric) const {
  if (!WordCharAt(r + 1, e)) return false;
  if (numeric) return NumberChainJoins(s, e);
  size_t seg = r;
  while (seg > s && text_[seg - 1] != '-') --seg;
  if (lex_.IsHyphenPrefix(text_.substr(seg, r - seg))) return true;
  bool letter = false, digit = false;
  for (size_t i = seg; i < r; ++i) {
    letter = letter || IsAsciiLetter(text_[i]);
    digit = digit || IsAsciiDigit(text_[i]);
  }
  return letter && digit;
}

// Digit groups joined by single hyphens from s: three or more groups
// ("2022-02-03", "1-800-555-0100"), or 1, 3 or 5 digits and 4 digits
// ("555-0100", extension "3-5213", ZIP+4); "2001-2002", "10-20" split.
bool Scanner::NumberChainJoins(size_t s, size_t e) const {
  size_t len[2] = {0, 0};
  int groups = 0;
  size_t p = s;
  for (;;) {
    size_t start = p;
    while (p < e && IsAsciiDigit(text_[p])) ++p;
    if (p == start) break;
    if (groups < 2) len[groups] = p - start;
    ++groups;
    if (p + 1 >= e || text_[p] != '-' || !IsAsciiDigit(text_[p + 1])) break;
    ++p;
  }
  if (groups >= 3) return true;
  return groups == 2 && len[1] == 4 &&
         (len[0] == 1 || len[0] == 3 || len[0] == 5);
}

// Digit groups joined by slashes from s: dates ("02/03/2022", "9/11") stay
// whole; fractions and ranges ("1/2", "2001/02", "20/20") are split.
bool Scanner::SlashJoins(size_t s, size_t e) const {
  int value[2] = {0, 0};
  int groups = 0;
  size_t p = s;
  for (;;) {
    size_t start = p;
    int v = 0;
    while (p < e && IsAsciiDigit(text_[p]) && p - start < 5) {
      v = v * 10 + (text_[p++] - '0');
    }
    if (p == start) return false;
    if (groups < 2) value[groups] = v;
    ++groups;
    if (p + 1 >= e || text_[p] != '/' || !IsAsciiDigit(text_[p + 1])) break;
    ++p;
  }
  if (groups >= 3) return true;
  bool month_day =
      value[0] >= 1 && value[0] <= 12 && value[1] >= 1 && value[1] <= 31;
  bool fraction = value[0] < value[1] && value[1] < 10;
  return groups == 2 && month_day && !fraction;
}

// Short letter groups around '&': "AT&T", "P&L", "PG&E".
bool Scanner::AmpersandJoins(size_t s, size_t r, size_t e) const {
  if (r - s > 3) return false;
  for (size_t i = s; i < r; ++i) {
    if (!IsAsciiLetter(text_[i])) return false;
  }
  size_t q = r + 1;
  while (q < e && IsAsciiLetter(text_[q])) ++q;
  return q > r + 1 && q - r - 1 <= 3 && !WordCharAt(q, e);
}

// An apostrophe at r after the word [s, r): clitic split ("do" "n't",
// "John" "'s"), decade ("1990's"), inner apostrophe ("O'Neil"), or a dropped
// letter ("lovin'", plural possessive "students'").
Scanner::Step Scanner::Apostrophe(size_t s, size_t r, size_t e, size_t alen) {
  const size_t a = r + alen;
  size_t tail = a;
  while (tail < e && IsAsciiLetter(text_[tail])) ++tail;
  const bool ends = !WordCharAt(tail, e);
  const char last = AsciiLower(text_[r - 1]);
  if (ends && tail == a + 1 && AsciiLower(text_[a]) == 't' && last == 'n' &&
      r - 1 > s) {
    EmitWord(s, r - 1);
    Emit(r - 1, tail, SpanKind::kClitic);
    return Step{Step::kDone, tail};
  }
  if (ends && tail > a && IsCliticTail(text_, a, tail)) {
    if (IsAsciiDigit(last)) {
      Emit(s, tail, SpanKind::kWord);
      return Step{Step::kDone, tail};
    }
    EmitWord(s, r);
    Emit(r, tail, SpanKind::kClitic);
    return Step{Step::kDone, tail};
  }
  if (WordCharAt(a, e)) return Step{Step::kContinue, a};
  const bool dropped = last == 's' || (r - s > 2 && last == 'n' &&
                                       AsciiLower(text_[r - 2]) == 'i');
  if (dropped && !open_single_) {
    Emit(s, a, SpanKind::kWord);
    return Step{Step::kDone, a};
  }
  return Step{Step::kStop, r};
}

// The word [s, r) is followed by a period at r that is not followed by a
// word character: keep the period for abbreviations and initials.
size_t Scanner::FinishWithPeriod(size_t s, size_t r, size_t e) {
  const bool more_dots = r + 1 < e && text_[r + 1] == '.';
  SpanKind kind = SpanKind::kAbbrev;
  if (IsDottedAbbrev(s, r)) {
    kind = SpanKind::kAbbrev;
  } else if (more_dots && !(r + 2 == e || text_[r + 2] != '.')) {
    EmitWord(s, r);  // "etc..." is a word and an ellipsis
    return r;
  } else if (CharAt(text_, s).cls == CharClass::kLetter &&
             CharAt(text_, s).len == r - s) {
    kind = SpanKind::kInitial;
  } else {
    switch (lex_.Abbreviation(text_.substr(s, r - s))) {
      case AbbrevKind::kTitle:
        kind = SpanKind::kTitle;
        break;
      case AbbrevKind::kGeneral:
        kind = SpanKind::kAbbrev;
        break;
      case AbbrevKind::kNumbered:
        if (NumberFollows(r + 1)) {
          kind = SpanKind::kTitle;
          break;
        }
        [[fallthrough]];
      case AbbrevKind::kNone:
        EmitWord(s, r);
        return r;
    }
  }
  Emit(s, r + 1, kind);
  return r + 1;
}

// Letter groups of at most two letters joined by periods: "U.S", "e.g",
// "Ph.D", "a.m".
bool Scanner::IsDottedAbbrev(size_t s, size_t r) const {
  size_t group = 0;
  bool dot = false;
  for (size_t i = s; i < r; ++i) {
    char c = text_[i];
    if (c == '.') {
      if (group == 0) return false;
      dot = true;
      group = 0;
    } else if (IsAsciiLetter(c) && group < 2) {
      ++group;
    } else {
      return false;
    }
  }
  return dot && group > 0;
}

// True when the next non-space character after p is a digit.
bool Scanner::NumberFollows(size_t p) const {
  while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) ++p;
  return p < text_.size() && IsAsciiDigit(text_[p]);
}

// Emits "cannot" and "gonna"/"wanna"/"gotta" at [s, r) as their two UD
// words; false (nothing emitted) for any other word.
bool Scanner::EmitFused(size_t s, size_t r) {
  const bool fused = (r - s == 6 && EqualsLower(text_, s, r, "cannot")) ||
                     (r - s == 5 && (EqualsLower(text_, s, r, "gonna") ||
                                     EqualsLower(text_, s, r, "wanna") ||
                                     EqualsLower(text_, s, r, "gotta")));
  if (!fused) return false;
  Emit(s, s + 3, SpanKind::kWord);
  Emit(s + 3, r, SpanKind::kClitic);
  return true;
}

}  // namespace dyad::segment
