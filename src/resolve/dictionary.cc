#include "resolve/dictionary.h"

#include <algorithm>
#include <charconv>

#include "resolve/normalize.h"

namespace dyad {
namespace {

constexpr int kMaxWarnings = 300;

int DaysIn(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool ParsePart(std::string_view s, int* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

uint64_t EdgeKey(int32_t node, int32_t token) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(node)) << 32) |
         static_cast<uint32_t>(token);
}

// A short all-capitals name such as "US" or "WHO", which would otherwise
// match the ordinary words "us" and "who".
bool IsAcronym(const std::vector<Token>& tokens) {
  if (tokens.size() != 1 || tokens[0].text.size() > 5) return false;
  for (char c : tokens[0].text) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

bool HasLowercase(const std::string& s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool ParseDictDate(std::string_view s, bool end, int32_t* out) {
  int y = 0, m = end ? 12 : 1, d = 1;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!ParsePart(s.substr(0, 4), &y)) return false;
  if (s.size() >= 7 && (s[4] != '-' || !ParsePart(s.substr(5, 2), &m))) {
    return false;
  }
  if (m < 1 || m > 12) return false;
  d = end ? DaysIn(y, m) : 1;
  if (s.size() == 10 && (s[7] != '-' || !ParsePart(s.substr(8, 2), &d))) {
    return false;
  }
  if (d < 1 || d > DaysIn(y, m)) return false;
  *out = y * 10000 + m * 100 + d;
  return true;
}

std::string CodeForDate(const ActorEntry& entry, int32_t date) {
  if (entry.codes.empty()) return "";
  if (entry.codes.size() == 1 && entry.kind != ActorKind::kPerson) {
    return entry.codes[0].code;
  }
  const DatedCode* best = nullptr;
  int64_t best_gap = INT64_MAX;
  for (const DatedCode& c : entry.codes) {
    if (date == 0 ? c.end == 99991231 : (c.start <= date && date <= c.end)) {
      return c.code;
    }
    int64_t gap = date < c.start ? c.start - date : date - c.end;
    if (date == 0) gap = 99991231 - c.end;
    if (gap < best_gap) best_gap = gap, best = &c;
  }
  // Outside every term: still of that country, no longer in the role.
  const std::string& code = best->code;
  return code.rfind("IGO", 0) == 0 ? code : code.substr(0, 3);
}

std::string PluralOf(std::string_view word) {
  std::string w(word);
  if (EndsWith(w, "man")) return w.substr(0, w.size() - 3) + "men";
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "ch") ||
      EndsWith(w, "sh")) {
    return w + "es";
  }
  if (w.size() > 1 && EndsWith(w, "y") &&
      std::string_view("aeiou").find(w[w.size() - 2]) == std::string::npos) {
    return w.substr(0, w.size() - 1) + "ies";
  }
  return w + "s";
}

int32_t Dictionary::TokenId(std::string_view normalized) const {
  auto it = vocab_.find(normalized);
  return it == vocab_.end() ? kNone : it->second;
}

int32_t Dictionary::Child(int32_t node, int32_t token) const {
  auto it = edges_.find(EdgeKey(node, token));
  return it == edges_.end() ? kNone : it->second;
}

int32_t Dictionary::FindSingle(std::string_view normalized) const {
  int32_t tok = TokenId(normalized);
  if (tok == kNone) return kNone;
  int32_t node = Child(0, tok);
  return node == kNone ? kNone : node_entry_[node];
}

bool Dictionary::LongestAt(const std::vector<Token>& tokens,
                           const std::vector<int32_t>& ids, size_t i,
                           DictMatch* m) const {
  int32_t node = 0;
  bool found = false;
  for (size_t j = i; j < ids.size() && ids[j] != kNone; ++j) {
    node = Child(node, ids[j]);
    if (node == kNone) break;
    if (node_entry_[node] != kNone &&
        !(node_caps_[node] && HasLowercase(tokens[j].text))) {
      *m = {static_cast<uint32_t>(i), static_cast<uint32_t>(j),
            static_cast<uint32_t>(node_entry_[node])};
      found = true;
    }
  }
  return found;
}

std::vector<DictMatch> Dictionary::Match(
    const std::vector<Token>& tokens) const {
  std::vector<int32_t> ids(tokens.size());
  std::string norm;
  for (size_t i = 0; i < tokens.size(); ++i) {
    norm.clear();
    AppendNormalized(tokens[i].text, &norm);
    ids[i] = TokenId(norm);
  }
  std::vector<DictMatch> out;
  for (size_t i = 0; i < tokens.size();) {
    DictMatch m;
    if (LongestAt(tokens, ids, i, &m)) {
      out.push_back(m);
      i = m.last + 1;
    } else {
      ++i;
    }
  }
  return out;
}

DictionaryBuilder::DictionaryBuilder(const Segmenter& segmenter)
    : segmenter_(segmenter), dict_(new Dictionary()) {
  dict_->node_entry_.push_back(Dictionary::kNone);  // the root
  dict_->node_caps_.push_back(false);
}

uint32_t DictionaryBuilder::AddEntry(ActorEntry entry) {
  auto id = static_cast<uint32_t>(dict_->entries_.size());
  by_name_.try_emplace(
      std::to_string(static_cast<int>(entry.kind)) + "\t" + entry.name, id);
  dict_->entries_.push_back(std::move(entry));
  return id;
}

int32_t DictionaryBuilder::FindEntry(ActorKind kind,
                                     std::string_view name) const {
  auto it = by_name_.find(std::to_string(static_cast<int>(kind)) + "\t" +
                          std::string(name));
  return it == by_name_.end() ? -1 : static_cast<int32_t>(it->second);
}

int32_t DictionaryBuilder::InternToken(const std::string& normalized) {
  auto [it, inserted] = dict_->vocab_.try_emplace(
      normalized, static_cast<int32_t>(dict_->vocab_.size()));
  return it->second;
}

void DictionaryBuilder::Insert(const std::vector<std::string>& words,
                               uint32_t id, bool caps) {
  int32_t node = 0;
  for (const std::string& w : words) {
    int32_t tok = InternToken(w);
    auto [it, inserted] = dict_->edges_.try_emplace(
        EdgeKey(node, tok), static_cast<int32_t>(dict_->node_entry_.size()));
    if (inserted) {
      dict_->node_entry_.push_back(Dictionary::kNone);
      dict_->node_caps_.push_back(false);
    }
    node = it->second;
  }
  if (dict_->node_entry_[node] == Dictionary::kNone) ++stats().names;
  dict_->node_entry_[node] = static_cast<int32_t>(id);
  dict_->node_caps_[node] = caps;
}

void DictionaryBuilder::AddName(std::string_view surface, uint32_t id) {
  std::vector<Token> tokens;
  segmenter_.Tokenize(surface, 0, &tokens);
  if (tokens.empty()) return;
  std::vector<std::string> words;
  for (const Token& t : tokens) words.push_back(NormalizeToken(t.text));
  Insert(words, id, IsAcronym(tokens));
}

void DictionaryBuilder::AddNameWithPlural(std::string_view surface,
                                          uint32_t id) {
  AddName(surface, id);
  std::string s(surface);
  size_t space = s.find_last_of(' ');
  size_t start = space == std::string::npos ? 0 : space + 1;
  AddName(s.substr(0, start) + PluralOf(s.substr(start)), id);
}

void DictionaryBuilder::Warn(std::string warning) {
  ++stats().bad_lines;
  if (dict_->warnings_.size() < kMaxWarnings) {
    dict_->warnings_.push_back(std::move(warning));
  }
}

}  // namespace dyad
