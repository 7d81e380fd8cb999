#include "resolve/importer_syntax.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "resolve/dictionary.h"

namespace dyad {
namespace {

constexpr std::string_view kBlanks = " \t\r";
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kMaxExpansions = 1024;

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

char AsciiUpper(char c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAlnum(char c) {
  char u = AsciiUpper(c);
  return (u >= 'A' && u <= 'Z') || IsDigit(c);
}

// Case-insensitive "<TAG>" test, blanks inside the brackets ignored.
bool IsTag(std::string_view line, std::string_view tag) {
  std::string squeezed;
  for (char c : line) {
    if (kBlanks.find(c) == std::string_view::npos) squeezed += AsciiUpper(c);
  }
  return squeezed == tag;
}

std::string RemoveBlanks(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (kBlanks.find(c) == std::string_view::npos) out += c;
  }
  return out;
}

bool IsNullCode(std::string_view code) {
  return code == "---" || code == "###" || code == "+++";
}

// Strips the '~' that marks an agent role; records which side it was on.
std::string_view StripAgentMarks(std::string_view code, CodeBlock* out) {
  if (!code.empty() && code.front() == '~') {
    out->agent_prefix = true;
    code.remove_prefix(1);
  }
  if (!code.empty() && code.back() == '~') {
    out->agent_suffix = true;
    code.remove_suffix(1);
  }
  return code;
}

// Validates and upper-cases a code; TABARI compound codes "A/B" keep "A".
std::string ParseCode(std::string_view code, CodeBlock* out) {
  if (IsNullCode(code)) return "";
  code = code.substr(0, code.find('/'));
  if (code.empty() || IsDigit(code[0]) || code[0] == '<' || code[0] == '>') {
    return "code block without a code";
  }
  for (char c : code) {
    if (!IsAlnum(c)) return "bad code '" + std::string(code) + "'";
    out->code += AsciiUpper(c);
  }
  return "";
}

std::string BadDate(std::string_view d) {
  return "bad date '" + std::string(d) + "'";
}

// "D1-D2": an unreadable start leaves the range open at the start (noted);
// an unreadable end drops the code.
std::string ParseRange(std::string_view r, CodeBlock* out, std::string* note) {
  size_t dash = r.find('-');
  std::string_view from = r.substr(0, dash), to = r.substr(dash + 1);
  if (!ParseTabariDate(to, &out->end)) return BadDate(to);
  if (!ParseTabariDate(from, &out->start)) {
    out->start = 0;
    *note = BadDate(from) + ": range taken as open at the start";
  }
  return "";
}

std::string ParseRestriction(std::string_view r, CodeBlock* out,
                             std::string* note) {
  if (r.empty()) return "";
  out->dated = true;
  if (r[0] == '<') {
    return ParseTabariDate(r.substr(1), &out->end) ? "" : BadDate(r.substr(1));
  }
  if (r[0] == '>') {
    return ParseTabariDate(r.substr(1), &out->start) ? ""
                                                     : BadDate(r.substr(1));
  }
  if (r.find('-') != std::string_view::npos) return ParseRange(r, out, note);
  if (!ParseTabariDate(r, &out->start)) {
    return "bad date restriction '" + std::string(r) + "'";
  }
  *note = "date '" + std::string(r) + "' without '<' or '>' taken as a start";
  return "";
}

bool IsMarkerName(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return IsAlnum(c) || c == '_';
  });
}

// Appends `piece` to every partial expansion.
void AppendToAll(std::string_view piece, std::vector<std::string>* partial) {
  for (std::string& p : *partial) p += piece;
}

bool IsAsciiUpperCase(char c) { return c >= 'A' && c <= 'Z'; }

char AsciiLowerCase(char c) {
  return IsAsciiUpperCase(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

bool LooksLikeAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 5) return false;
  if (!std::all_of(w.begin(), w.end(), IsAsciiUpperCase)) return false;
  return w.size() <= 3 || w.find_first_of("AEIOU") == std::string_view::npos;
}

// "U.S.", "W.": letters standing alone between dots.
bool IsInitialism(std::string_view w) {
  if (w.find('.') == std::string_view::npos) return false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (IsAlnum(w[i]) && IsAlnum(w[i + 1])) return false;
  }
  return true;
}

// A letter starts a capitalised run at the start or after '-', ' ', '(',
// '/' or '.'; after an apostrophe it stays lower ("Children's").
bool StartsRun(std::string_view s, size_t i) {
  return i == 0 ||
         std::string_view(" -(/.").find(s[i - 1]) != std::string_view::npos;
}

// Function words left in lower case inside a name ("Bank of England").
bool IsSmallWord(std::string_view w) {
  static constexpr std::string_view kSmall[] = {"OF", "THE", "AND", "FOR",
                                                "IN", "ON",  "AT",  "TO"};
  return std::find(std::begin(kSmall), std::end(kSmall), w) != std::end(kSmall);
}

// Title-cases one word unless it has lower case letters already or is an
// initialism.
void AppendWordCased(std::string_view w, bool first, std::string* out) {
  bool keep = IsInitialism(w) || std::any_of(w.begin(), w.end(), [](char c) {
                return c >= 'a' && c <= 'z';
              });
  bool small = !first && IsSmallWord(w);
  for (size_t k = 0; k < w.size(); ++k) {
    bool upper = keep || (StartsRun(w, k) && !small);
    *out += upper ? w[k] : AsciiLowerCase(w[k]);
  }
}

}  // namespace

std::string_view TrimBlanks(std::string_view s) {
  size_t b = s.find_first_not_of(kBlanks);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(kBlanks);
  return s.substr(b, e - b + 1);
}

// ---------------------------------------------------------------- reader

DictLineReader::DictLineReader(std::string_view data, LineWarning warn)
    : data_(data), warn_(std::move(warn)) {
  if (StartsWith(data_, kBom)) data_.remove_prefix(kBom.size());
}

bool DictLineReader::NextRaw(std::string_view* raw) {
  if (pos_ >= data_.size()) return false;
  size_t nl = data_.find('\n', pos_);
  if (nl == std::string_view::npos) nl = data_.size();
  *raw = data_.substr(pos_, nl - pos_);
  pos_ = nl + 1;
  ++number_;
  return true;
}

void DictLineReader::StripComments(std::string_view raw, std::string* out) {
  int depth = 0;  // inside [...], where '#' is part of a code
  for (size_t i = 0; i < raw.size();) {
    if (state_ == State::kXmlComment) {
      size_t close = raw.find("-->", i);
      if (close == std::string_view::npos) return;
      state_ = State::kText;
      i = close + 3;
      continue;
    }
    char c = raw[i];
    if (raw.compare(i, 4, "<!--") == 0) {
      state_ = State::kXmlComment;
      opened_at_ = number_;
      i += 4;
      continue;
    }
    if ((c == '#' || c == ';') && depth == 0) return;
    if (c == '[') ++depth;
    if ((c == ']' || c == '}') && depth > 0) --depth;
    out->push_back(c);
    ++i;
  }
}

bool DictLineReader::Markup(std::string_view trimmed) {
  if (IsTag(trimmed, "<NOUN>") || IsTag(trimmed, "<ADJECTIVE>")) {
    state_ = State::kBlock;
    block_ = "</" + RemoveBlanks(trimmed).substr(1);
    for (char& c : block_) c = AsciiUpper(c);
    opened_at_ = number_;
    return true;
  }
  if (StartsWith(trimmed, "<!--")) return false;  // may hold text after -->
  if (StartsWith(trimmed, "<!") &&
      trimmed.find("-->") == std::string_view::npos) {
    state_ = State::kXmlComment;  // "<! -- ..." spanning lines
    opened_at_ = number_;
  }
  return true;  // other markup lines are comments, as in PETRARCH
}

void DictLineReader::WarnUnterminated() {
  if (state_ == State::kXmlComment) {
    warn_(opened_at_, "unterminated <!-- comment");
  } else if (state_ == State::kBlock) {
    warn_(opened_at_, "unterminated block, no " + block_);
  }
  state_ = State::kText;
}

bool DictLineReader::Next(DictLine* line) {
  std::string_view raw;
  while (NextRaw(&raw)) {
    std::string_view trimmed = TrimBlanks(raw);
    if (state_ == State::kBlock) {
      if (IsTag(trimmed, block_)) state_ = State::kText;
      continue;
    }
    if (state_ == State::kText) {
      if (StartsWith(trimmed, "~~FINISH")) break;
      if (StartsWith(trimmed, "<") && Markup(trimmed)) continue;
    }
    line->text.clear();
    StripComments(raw, &line->text);
    line->text.resize(line->text.find_last_not_of(kBlanks) + 1);
    if (line->text.empty()) continue;
    line->number = number_;
    return true;
  }
  pos_ = data_.size();
  WarnUnterminated();
  return false;
}

// ---------------------------------------------------------------- pieces

std::string SplitCodeBlocks(std::string_view line, LineParts* out) {
  *out = LineParts();
  size_t b = line.find('[');
  out->head = TrimBlanks(line.substr(0, b));
  if (out->head.find(']') != std::string_view::npos) return "']' without '['";
  while (b != std::string_view::npos) {
    size_t e = line.find_first_of("]}[", b + 1);
    if (e == std::string_view::npos || line[e] == '[') return "unclosed '['";
    out->blocks.push_back(line.substr(b + 1, e - b - 1));
    size_t next = line.find_first_not_of(kBlanks, e + 1);
    if (next == std::string_view::npos) break;
    if (line[next] != '[') {
      out->trailing = TrimBlanks(line.substr(next));
      if (out->trailing.find_first_of("[]") != std::string_view::npos) {
        return "text between codes";
      }
      break;
    }
    b = next;
  }
  return "";
}

std::string ParseCodeBlock(std::string_view inside, CodeBlock* out,
                           std::string* note) {
  *out = CodeBlock();
  std::string_view s = TrimBlanks(inside);
  if (s.empty()) return "empty code block";
  size_t split = s.find_first_of(" \t<>");
  if (split == 0) return "code block without a code";
  std::string_view code = StripAgentMarks(s.substr(0, split), out);
  std::string error = ParseCode(code, out);
  if (!error.empty()) return error;
  std::string rest =
      split == std::string_view::npos ? "" : RemoveBlanks(s.substr(split));
  error = ParseRestriction(rest, out, note);
  if (error.empty() && out->end < out->start) {
    error = "date range ends before it starts";
  }
  return error;
}

bool ParseTabariDate(std::string_view digits, int32_t* out) {
  const size_t n = digits.size();
  if (n != 6 && n != 8) return false;
  if (!std::all_of(digits.begin(), digits.end(), IsDigit)) return false;
  int year = 0;
  for (char c : digits.substr(0, n - 4)) year = year * 10 + (c - '0');
  if (n == 6) year += year <= kTwoDigitYearPivot ? 2000 : 1900;
  char iso[16];
  std::snprintf(iso, sizeof(iso), "%04d-%.2s-%.2s", year, digits.data() + n - 4,
                digits.data() + n - 2);
  return ParseDictDate(iso, false, out);
}

std::string PhraseToSurface(std::string_view phrase) {
  std::string out;
  bool blank = false;
  for (char c : phrase) {
    if (c == '_' || kBlanks.find(c) != std::string_view::npos) {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  size_t open = out.rfind('(');
  if (open != std::string::npos && out.find(')', open) == std::string::npos) {
    out = std::string(TrimBlanks(out.substr(0, open)));
  }
  return out;
}

std::string NameCase(std::string_view surface, bool keep_acronym) {
  if (keep_acronym && LooksLikeAcronym(surface)) return std::string(surface);
  std::string out;
  size_t word = 0;
  for (size_t i = 0; i <= surface.size(); ++i) {
    if (i < surface.size() && surface[i] != ' ') continue;
    AppendWordCased(surface.substr(word, i - word), word == 0, &out);
    if (i < surface.size()) out += ' ';
    word = i + 1;
  }
  return out;
}

// ---------------------------------------------------------- substitutions

bool Substitutions::Define(std::string_view line, std::string* error) {
  line = TrimBlanks(line);
  size_t close = line.find('!', 1);
  if (line.empty() || line[0] != '!' || close == std::string_view::npos) {
    return false;
  }
  std::string_view rest = TrimBlanks(line.substr(close + 1));
  if (rest.empty() || rest[0] != '=') return false;
  std::string name(line.substr(1, close - 1));
  std::vector<std::string>& set = sets_[name];
  set.clear();
  rest.remove_prefix(1);
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string item = RemoveBlanks(rest.substr(0, comma));
    if (!item.empty()) set.push_back(item);
    rest = comma == std::string_view::npos ? "" : rest.substr(comma + 1);
  }
  if (!IsMarkerName(name)) *error = "bad substitution name '" + name + "'";
  if (set.empty()) *error = "empty substitution set !" + name + "!";
  return true;
}

std::string Substitutions::Expand(std::string_view phrase,
                                  std::vector<std::string>* out) const {
  std::vector<std::string> partial = {""};
  size_t i = 0;
  while (i < phrase.size()) {
    size_t open = phrase.find('!', i);
    size_t close =
        open == std::string_view::npos ? open : phrase.find('!', open + 1);
    std::string_view name = close == std::string_view::npos
                                ? std::string_view()
                                : phrase.substr(open + 1, close - open - 1);
    if (!IsMarkerName(name)) {  // no marker: a literal piece
      size_t end = open == std::string_view::npos ? phrase.size() : open + 1;
      AppendToAll(phrase.substr(i, end - i), &partial);
      i = end;
      continue;
    }
    auto it = sets_.find(std::string(name));
    if (it == sets_.end()) {
      return "undefined substitution !" + std::string(name) + "!";
    }
    AppendToAll(phrase.substr(i, open - i), &partial);
    std::vector<std::string> next;
    for (const std::string& p : partial) {
      for (const std::string& alt : it->second) next.push_back(p + alt);
    }
    if (next.size() > kMaxExpansions) return "too many substitutions";
    partial = std::move(next);
    i = close + 1;
  }
  out->insert(out->end(), partial.begin(), partial.end());
  return "";
}

}  // namespace dyad
