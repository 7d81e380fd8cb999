#include "code/parse_view.h"

#include <algorithm>
#include <deque>
#include <string_view>
#include <unordered_set>

#include "code/parse_repair.h"
#include "util/strings.h"

namespace dyad {
namespace {

// Relations that stay inside a noun phrase when looking for its actor.
bool PhraseInternal(std::string_view rel) {
  return rel == "nmod" || rel == "amod" || rel == "compound" || rel == "flat" ||
         rel == "appos" || rel == "det" || rel == "nummod";
}

// Heads of noun phrases in sport, business and markets.
bool IsNonPoliticalHead(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kHeads = {
      "player",    "players",   "team",       "squad",    "side",  "club",
      "coach",     "striker",   "goalkeeper", "captain",  "fan",   "fans",
      "supporter", "athlete",   "share",      "shares",   "stock", "stocks",
      "market",    "markets",   "economy",    "currency", "bond",  "bonds",
      "index",     "price",     "prices",     "company",  "firm",  "bank",
      "investor",  "investors", "exporter",   "importer"};
  return kHeads.count(lemma) > 0;
}

}  // namespace

ParseView::ParseView(const Sentence& s)
    : s_(s),
      children_(s.tokens.size()),
      mention_at_(s.tokens.size(), -1),
      lemmas_(s.tokens.size()),
      joined_(s.tokens.size()),
      compound_(s.tokens.size(), false) {
  const int n = static_cast<int>(s.tokens.size());
  for (const Token& t : s.tokens) {
    heads_.push_back(t.head >= 0 && t.head < n ? t.head : -1);
    rels_.push_back(t.deprel);
  }
  RepairParse(s, &heads_, &rels_);
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    lemmas_[i] = Lowercase(t.lemma.empty() ? t.text : t.lemma);
    if (heads_[i] >= 0) children_[heads_[i]].push_back(i);
  }
  for (int i = 2; i < n; ++i) JoinHyphenated(i);
  for (size_t m = 0; m < s.actors.size(); ++m) {
    for (uint32_t i = s.actors[m].first; i <= s.actors[m].last; ++i) {
      if (i < mention_at_.size() && mention_at_[i] < 0) {
        mention_at_[i] = static_cast<int>(m);
      }
    }
  }
}

std::string_view ParseView::BaseRel(int i) const {
  std::string_view r = rels_[i];
  return r.substr(0, r.find(':'));
}

const std::string& ParseView::Lemma(int i) const { return lemmas_[i]; }

const std::string& ParseView::JoinedLemma(int i) const {
  return joined_[i].empty() ? lemmas_[i] : joined_[i];
}

// "cease - fire": a common noun whose compound modifier is joined to it by
// a hyphen with no space on either side.
void ParseView::JoinHyphenated(int i) {
  const Token& head = s_.tokens[i];
  const Token& dash = s_.tokens[i - 1];
  const Token& word = s_.tokens[i - 2];
  if (head.upos != "NOUN" || dash.text != "-" || heads_[i - 2] != i ||
      BaseRel(i - 2) != "compound" || word.end != dash.begin ||
      dash.end != head.begin) {
    return;
  }
  joined_[i] = Lowercase(word.text) + lemmas_[i];
}

std::vector<int> ParseView::Children(int i, std::string_view rel) const {
  std::vector<int> out;
  for (int c : children_[i]) {
    if (rels_[c] == rel || BaseRel(c) == rel) out.push_back(c);
  }
  return out;
}

bool ParseView::HasChild(int i, std::string_view rel) const {
  return !Children(i, rel).empty();
}

std::string ParseView::CaseOf(int i) const {
  std::string out;
  for (int c : children_[i]) {
    std::string_view r = BaseRel(c);
    if ((r == "case" || r == "mark") && c < i) {
      out += (out.empty() ? "" : "_") + lemmas_[c];
      for (int f : Children(c, "fixed")) out += "_" + lemmas_[f];
    }
  }
  return out;
}

std::vector<int> ParseView::Conjuncts(int i) const {
  std::vector<int> out = {i};
  for (size_t k = 0; k < out.size(); ++k) {
    for (int c : Children(out[k], "conj")) out.push_back(c);
  }
  return out;
}

bool ParseView::Dominates(int top, int tok) const {
  for (int d = 0; tok >= 0 && d < size(); ++d, tok = Head(tok)) {
    if (tok == top) return true;
  }
  return false;
}

int ParseView::DescribedMention(int t) const {
  const ActorMention& name = s_.actors[mention_at_[t]];
  for (int c : children_[t]) {
    const int m = mention_at_[c];
    if (m < 0 || rels_[c] != "nmod:desc") continue;
    const std::string& code = s_.actors[m].code;
    if (code.size() > name.code.size() && code.starts_with(name.code)) return m;
  }
  return mention_at_[t];
}

int ParseView::NearestInPhrase(int i) const {
  // "Nigeria's players", "China's stocks": people and things that are not
  // political actors do not act for the country that owns them.
  if (mention_at_[i] < 0 && IsNonPoliticalHead(lemmas_[i])) return -1;
  // Breadth-first through phrase-internal dependents: the closest actor.
  std::deque<int> queue = {i};
  while (!queue.empty()) {
    int t = queue.front();
    queue.pop_front();
    if (mention_at_[t] >= 0) return DescribedMention(t);
    for (int c : children_[t]) {
      if (PhraseInternal(BaseRel(c)) || rels_[c] == "nmod:poss") {
        queue.push_back(c);
      }
    }
  }
  return -1;
}

// A pair ("both sides") is two mentions over the same tokens: adds `m` and
// its twins to `out` once.
void ParseView::AddWithTwins(int m, std::vector<int>* out) const {
  for (size_t k = 0; k < s_.actors.size(); ++k) {
    if (s_.actors[k].first == s_.actors[m].first &&
        s_.actors[k].last == s_.actors[m].last &&
        std::find(out->begin(), out->end(), static_cast<int>(k)) ==
            out->end()) {
      out->push_back(static_cast<int>(k));
    }
  }
}

int ParseView::CoordinatedModifier(int head, int m) const {
  const ActorMention& a = s_.actors[m];
  for (uint32_t t = a.first; t <= a.last; ++t) {
    int h = heads_[t];
    if (BaseRel(t) != "conj" || h < 0 || mention_at_[h] < 0 ||
        mention_at_[h] == m || heads_[h] != head) {
      continue;
    }
    std::string_view r = BaseRel(h);
    if (r == "compound" || r == "amod" || r == "nmod") return mention_at_[h];
  }
  return -1;
}

std::vector<int> ParseView::ConjunctsOutside(int m) const {
  const ActorMention& a = s_.actors[m];
  std::vector<int> out;
  for (uint32_t t = a.first; t <= a.last && t < mention_at_.size(); ++t) {
    for (int k : Children(static_cast<int>(t), "conj")) {
      bool inside =
          k >= static_cast<int>(a.first) && k <= static_cast<int>(a.last);
      if (!inside && mention_at_[k] >= 0 && mention_at_[k] != m) {
        out.push_back(mention_at_[k]);
      }
    }
  }
  return out;
}

std::vector<int> ParseView::ActorsOf(int i) const {
  std::vector<int> out;
  for (int c : Conjuncts(i)) {
    int m = NearestInPhrase(c);
    if (m < 0) continue;
    const size_t from = out.size();
    AddWithTwins(m, &out);
    // "U.S. and British warplanes": the first modifier is a second actor.
    int other = CoordinatedModifier(c, m);
    if (other >= 0) AddWithTwins(other, &out);
    // "the leaders of China and India": so is a conjunct of a word inside.
    for (int k : ConjunctsOutside(m)) AddWithTwins(k, &out);
    // In the order of the text, as for separate conjuncts.
    std::stable_sort(
        out.begin() + static_cast<long>(from), out.end(),
        [&](int a, int b) { return s_.actors[a].first < s_.actors[b].first; });
  }
  return out;
}

}  // namespace dyad
