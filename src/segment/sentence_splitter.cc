#include "segment/sentence_splitter.h"

#include <algorithm>
#include <initializer_list>

#include "segment/char_class.h"

namespace dyad::segment {
namespace {

std::string_view TextOf(std::string_view text, const Span& s) {
  return text.substr(s.begin, s.end - s.begin);
}

// "..", "...", "…": a pause rather than a full stop.
bool IsEllipsis(std::string_view run) {
  if (run.find_first_of("!?") != std::string_view::npos) return false;
  return run.size() >= 2;
}

// "08/16/2000", "3/4/01".
bool IsSlashDate(std::string_view s) {
  int slashes = 0;
  for (char c : s) {
    if (c == '/') {
      ++slashes;
    } else if (!IsAsciiDigit(c)) {
      return false;
    }
  }
  return slashes == 2 && IsAsciiDigit(s.front()) && IsAsciiDigit(s.back());
}

// "03:48", "10:30:15".
bool IsClockTime(std::string_view s) {
  return s.size() >= 4 && IsAsciiDigit(s.front()) && IsAsciiDigit(s.back()) &&
         s.find(':') != std::string_view::npos;
}

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set) {
    if (s == x) return true;
  }
  return false;
}

// Cheap test before IsWeekday: "Monday" ... "Wednesday".
bool MayBeWeekday(std::string_view s) {
  return s.size() >= 6 && s.size() <= 9 && s.back() == 'y' &&
         IsAsciiUpper(s.front());
}

bool IsWeekday(std::string_view s) {
  return IsOneOf(s, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                     "Saturday", "Sunday"});
}

bool IsMonth(std::string_view s) {
  return IsOneOf(
      s, {"January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"});
}

bool IsNumber(std::string_view s, size_t min_len, size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return false;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

// Words after which a date belongs to the sentence: "on Tuesday, ...".
bool IsDateLead(std::string_view s) {
  return IsOneOf(s, {"on",    "On",   "by",      "until", "since",  "from",
                     "last",  "next", "this",    "of",    "before", "after",
                     "till",  "to",   "through", "and",   "or",     "between",
                     ",",     "(",    "-",       "--",    ":",      "the",
                     "every", "that", "Since",   "Until", "By"});
}

}  // namespace

// Length in spans of a date line starting at span k: 6 for "Tuesday,
// September 1, 2015", 5 for "Tuesday, 1 September 2015"; 0 for none.
size_t SentenceSplitter::DateLineAt(std::string_view text,
                                    const std::vector<Span>& spans,
                                    size_t k) const {
  if (k + 5 > spans.size()) return 0;
  auto at = [&](size_t d) { return TextOf(text, spans[k + d]); };
  if (!IsWeekday(at(0)) || at(1) != ",") return 0;
  if (IsNumber(at(2), 1, 2) && IsMonth(at(3)) && IsNumber(at(4), 4, 4)) {
    return 5;
  }
  bool us = k + 6 <= spans.size() && IsMonth(at(2)) && IsNumber(at(3), 1, 2) &&
            at(4) == "," && IsNumber(at(5), 4, 4);
  return us ? 6 : 0;
}

SentenceSplitter::SentenceSplitter(const Lexicon& lexicon, size_t max_tokens)
    : lexicon_(lexicon), max_tokens_(std::max<size_t>(1, max_tokens)) {}

void SentenceSplitter::Split(std::string_view text,
                             const std::vector<Span>& spans,
                             std::vector<SentenceRange>* out) const {
  const size_t n = spans.size();
  size_t first = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i > first && spans[i].hard_break) {
      out->push_back({first, i});
      first = i;
    }
    size_t end = EndAfter(text, spans, i, first);
    if (end == 0 && i + 1 - first >= max_tokens_) end = i + 1;
    if (end == 0) continue;
    end = std::min(end, first + max_tokens_);
    out->push_back({first, end});
    first = end;
    i = end - 1;
  }
  if (first < n) out->push_back({first, n});
}

size_t SentenceSplitter::EndAfter(std::string_view text,
                                  const std::vector<Span>& spans, size_t i,
                                  size_t first) const {
  const size_t n = spans.size();
  switch (spans[i].kind) {
    case SpanKind::kTerminal:
      return EndAfterTerminal(text, spans, i);
    case SpanKind::kAbbrev:
      if (i + 1 == n) return n;
      return StartsSentence(text, spans[i + 1]) ? i + 1 : 0;
    case SpanKind::kInitial:
      // "vitamin C. The ..." ends a sentence; "John F. Kennedy" does not.
      if (i + 1 == n) return n;
      if (i == first || !StartsLower(TextOf(text, spans[i - 1]))) return 0;
      return StartsSentence(text, spans[i + 1]) ? i + 1 : 0;
    case SpanKind::kEmoticon:
    case SpanKind::kUrl:
    case SpanKind::kEmail:
      // Web text: "... community :-) Posted by", "... at http://x.com Thanks"
      return i + 1 < n && StartsUpper(TextOf(text, spans[i + 1])) ? i + 1 : 0;
    default:
      // Only a digit or a capital letter can start a line of its own.
      if (i + 1 == n || !(IsAsciiUpper(text[spans[i + 1].begin]) ||
                          IsAsciiDigit(text[spans[i + 1].begin]))) {
        return 0;
      }
      return EndAfterLine(text, spans, i, first);
  }
}

// Line-oriented text without final punctuation (e-mail headers and
// signatures): "Scott Neal | 08/16/2000 03:48 PM | John ...", "Regards, |
// Sean".
size_t SentenceSplitter::EndAfterLine(std::string_view text,
                                      const std::vector<Span>& spans, size_t i,
                                      size_t first) const {
  if (i + 1 >= spans.size()) return 0;
  // Cheap byte tests first: this runs for most tokens.
  const char c0 = text[spans[i].begin], n0 = text[spans[i + 1].begin];
  const size_t cur_len = spans[i].end - spans[i].begin;
  if (!IsAsciiDigit(n0) && !IsAsciiUpper(n0)) return 0;
  std::string_view cur = TextOf(text, spans[i]);
  std::string_view next = TextOf(text, spans[i + 1]);
  if (IsAsciiDigit(n0)) {
    return IsSlashDate(next) && StartsUpper(cur) ? i + 1 : 0;
  }
  // A date line after a headline: "... sea anemone | Tuesday, January 21,
  // 2014 | Wikinews interviewed ..."
  if (MayBeWeekday(next) && DateLineAt(text, spans, i + 1) > 0 &&
      !IsDateLead(cur)) {
    return i + 1;
  }
  // A photo credit after a caption: "... at the bar | Image: Jane Doe."
  if (i + 2 < spans.size() && TextOf(text, spans[i + 2]) == ":" &&
      spans[i].kind != SpanKind::kPunct && spans[i].kind != SpanKind::kOpen &&
      lexicon_.IsCreditLabel(next)) {
    return i + 1;
  }
  if (cur_len == 4 && IsAsciiDigit(c0) && IsNumber(cur, 4, 4)) {
    for (size_t len : {5, 6}) {
      if (i + 1 >= first + len && DateLineAt(text, spans, i + 1 - len) == len) {
        return i + 1;
      }
    }
    return 0;
  }
  if (i == first || (cur_len != 2 && c0 != ',')) return 0;
  std::string_view prev = TextOf(text, spans[i - 1]);
  if (cur == "AM" || cur == "PM" || cur == "am" || cur == "pm") {
    return IsClockTime(prev) ? i + 1 : 0;
  }
  return cur == "," && lexicon_.IsSignOff(prev) ? i + 1 : 0;
}

size_t SentenceSplitter::EndAfterTerminal(std::string_view text,
                                          const std::vector<Span>& spans,
                                          size_t i) const {
  const size_t n = spans.size();
  size_t j = i + 1;
  bool closed = false;
  size_t stops = 1;  // terminal spans in a row (". . .")
  while (j < n && (spans[j].kind == SpanKind::kClose ||
                   spans[j].kind == SpanKind::kEmoticon ||
                   spans[j].kind == SpanKind::kTerminal)) {
    closed = closed || spans[j].kind == SpanKind::kClose;
    stops += spans[j].kind == SpanKind::kTerminal;
    ++j;
  }
  if (j == n) return n;
  std::string_view next = TextOf(text, spans[j]);
  if (IsEllipsis(TextOf(text, spans[i])) || stops >= 3) {
    return StartsUpper(next) ? j : 0;
  }
  if (closed && StartsLower(next)) return 0;  // "Why?" he asked.
  return j;
}

bool SentenceSplitter::StartsSentence(std::string_view text,
                                      const Span& span) const {
  return lexicon_.IsStarter(TextOf(text, span));
}

}  // namespace dyad::segment
