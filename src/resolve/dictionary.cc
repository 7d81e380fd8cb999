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

// A short acronym such as "US", "WHO" or "LeT", which would otherwise match
// the ordinary words "us", "who" and "let": its exact spelling, else "".
std::string AcronymCase(const std::vector<Token>& tokens) {
  if (tokens.size() != 1 || tokens[0].text.size() > 5) return "";
  int upper = 0;
  for (char c : tokens[0].text) {
    bool is_upper = c >= 'A' && c <= 'Z';
    if (!is_upper && !(c >= 'a' && c <= 'z')) return "";
    upper += is_upper;
  }
  return upper >= 2 ? tokens[0].text : "";
}

bool IsCapsWord(const std::string& w) {
  int letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

bool IsWord(const std::string& w) {
  int letters = 0;
  for (char c : w) letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return letters >= 2;
}

// A sentence written in capitals ("WHO IS TO BLAME?"): at least three words
// of capitals, making up more than two thirds of its words.
bool IsShouting(const std::vector<Token>& tokens) {
  int caps = 0, words = 0;
  for (const Token& t : tokens) {
    caps += IsCapsWord(t.text);
    words += IsWord(t.text);
  }
  return caps >= 3 && 3 * caps > 2 * words;
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

int32_t Dictionary::Child(int32_t node, int32_t token) const {
  if (node == 0) return root_child_[token];
  for (uint32_t e = child_begin_[node]; e < child_begin_[node + 1]; ++e) {
    if (children_[e].token == token) return children_[e].node;
  }
  return kNone;
}

int32_t Dictionary::FindSingle(std::string_view normalized) const {
  int32_t tok = vocab_.FindNormalized(normalized);
  if (tok == kNone) return kNone;
  int32_t node = Child(0, tok);
  return node == kNone ? kNone : node_entry_[node];
}

bool Dictionary::CaseFits(int32_t node, const std::vector<Token>& tokens,
                          size_t j, MatchState* state) const {
  const std::string& spelling = node_case_[node];
  if (spelling.empty()) return true;
  if (tokens[j].text != spelling) return false;
  if (state->shouting < 0) state->shouting = IsShouting(tokens);
  return state->shouting == 0;
}

bool Dictionary::LongestAt(const std::vector<Token>& tokens,
                           const std::vector<int32_t>& ids, size_t i,
                           MatchState* state, DictMatch* m) const {
  int32_t node = 0;
  bool found = false;
  for (size_t j = i; j < ids.size() && ids[j] != kNone; ++j) {
    node = Child(node, ids[j]);
    if (node == kNone) break;
    if (node_entry_[node] != kNone && CaseFits(node, tokens, j, state)) {
      *m = {static_cast<uint32_t>(i), static_cast<uint32_t>(j),
            static_cast<uint32_t>(node_entry_[node])};
      found = true;
    }
  }
  return found;
}

void Dictionary::Match(const std::vector<Token>& tokens,
                       std::vector<DictMatch>* out) const {
  // Token ids are per call scratch; one buffer per thread avoids allocating.
  thread_local std::vector<int32_t> ids;
  ids.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    ids[i] = vocab_.Find(tokens[i].text);
  }
  MatchState state;
  DictMatch m;
  for (size_t i = 0; i < tokens.size();) {
    if (ids[i] != kNone && root_child_[ids[i]] != kNone &&
        LongestAt(tokens, ids, i, &state, &m)) {
      out->push_back(m);
      i = m.last + 1;
    } else {
      ++i;
    }
  }
}

std::vector<DictMatch> Dictionary::Match(
    const std::vector<Token>& tokens) const {
  std::vector<DictMatch> out;
  Match(tokens, &out);
  return out;
}

DictionaryBuilder::DictionaryBuilder(const Segmenter& segmenter)
    : segmenter_(segmenter), dict_(new Dictionary()) {
  dict_->node_entry_.push_back(Dictionary::kNone);  // the root
  dict_->node_case_.emplace_back();
  dict_->vocab_.Reserve(1 << 13);
  edges_.reserve(1 << 16);
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

void DictionaryBuilder::Insert(const std::vector<std::string>& words,
                               uint32_t id, const std::string& exact_case) {
  int32_t node = 0;
  for (const std::string& w : words) {
    int32_t tok = dict_->vocab_.Intern(w);
    auto [it, inserted] = edges_.try_emplace(
        EdgeKey(node, tok), static_cast<int32_t>(dict_->node_entry_.size()));
    if (inserted) {
      dict_->node_entry_.push_back(Dictionary::kNone);
      dict_->node_case_.emplace_back();
    }
    node = it->second;
  }
  if (dict_->node_entry_[node] == Dictionary::kNone) ++stats().names;
  dict_->node_entry_[node] = static_cast<int32_t>(id);
  dict_->node_case_[node] = exact_case;
}

void DictionaryBuilder::AddName(std::string_view surface, uint32_t id) {
  std::vector<Token> tokens;
  segmenter_.Tokenize(surface, 0, &tokens);
  if (tokens.empty()) return;
  std::vector<std::string> words;
  for (const Token& t : tokens) words.push_back(NormalizeToken(t.text));
  Insert(words, id, AcronymCase(tokens));
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

std::unique_ptr<Dictionary> DictionaryBuilder::Build() {
  Dictionary& d = *dict_;
  const size_t nodes = d.node_entry_.size();
  d.root_child_.assign(d.vocab_.size(), Dictionary::kNone);
  d.child_begin_.assign(nodes + 1, 0);
  for (const auto& [key, child] : edges_) {
    auto node = static_cast<uint32_t>(key >> 32);
    if (node == 0) d.root_child_[static_cast<uint32_t>(key)] = child;
    if (node != 0) ++d.child_begin_[node + 1];
  }
  for (size_t n = 0; n < nodes; ++n) d.child_begin_[n + 1] += d.child_begin_[n];
  d.children_.resize(d.child_begin_[nodes]);
  std::vector<uint32_t> next(d.child_begin_.begin(), d.child_begin_.end() - 1);
  for (const auto& [key, child] : edges_) {
    auto node = static_cast<uint32_t>(key >> 32);
    if (node == 0) continue;
    d.children_[next[node]++] = {static_cast<int32_t>(key & 0xffffffffu),
                                 child};
  }
  edges_.clear();
  return std::move(dict_);
}

}  // namespace dyad
