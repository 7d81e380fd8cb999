#include "resolve/coref.h"

#include <algorithm>
#include <map>
#include <set>

#include "resolve/compose.h"
#include "resolve/normalize.h"

namespace dyad {
namespace {

// Length of the longest word that starts a placeholder ("their").
constexpr size_t kLongestCue = 5;

bool IsCapitalized(const std::string& w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

bool InOffice(const ActorEntry& e, int32_t date) {
  for (const DatedCode& c : e.codes) {
    if (date == 0 ? c.end == 99991231 : (c.start <= date && date <= c.end)) {
      return true;
    }
  }
  return false;
}

ActorMention Placeholder(const char* kind, uint32_t first, uint32_t last) {
  ActorMention m;
  m.kind = ActorKind::kPronoun;
  m.name = kind;
  m.first = first;
  m.last = last;
  m.head = last;
  m.plural = std::string_view(kind).rfind("pair", 0) == 0 ||
             std::string_view(kind) == kPronounPlural;
  return m;
}

// The placeholder kind of a pronoun, or nullptr.
const char* PronounKind(std::string_view w) {
  if (w == "he" || w == "she" || w == "him" || w == "his" || w == "her") {
    return kPronounPerson;
  }
  if (w == "it" || w == "its") return kPronounThing;
  if (w == "they" || w == "them" || w == "their") return kPronounPlural;
  return nullptr;
}

// "the NOUN" naming an organisation met earlier ("The IMF ... the fund").
// "the group" and "the movement" are left out: too often no actor ("the
// group of experts") or an actor the text does not code as one.
bool IsOrganizationNoun(std::string_view w) {
  static const std::set<std::string, std::less<>> kNouns = {
      "fund",         "alliance",     "bloc", "agency",
      "organisation", "organization", "body", "watchdog"};
  return kNouns.count(w) > 0;
}

// Agents (by dictionary name) that "it" can stand for: "the military said
// it killed ...". People ("the minister") and groups of people are "he",
// "she" or "they".
bool IsInstitution(std::string_view name) {
  static const std::set<std::string, std::less<>> kNames = {
      "government",
      "administration",
      "cabinet",
      "ministry",
      "foreign ministry",
      "defence ministry",
      "embassy",
      "regime",
      "central bank",
      "ruling party",
      "army",
      "navy",
      "air force",
      "coast guard",
      "national guard",
      "court",
      "supreme court",
      "parliament",
      "senate",
      "congress",
      "national assembly",
      "assembly",
      "militia",
      "intelligence agency",
      "company",
      "bank",
      "state media",
      "union",
      "NGO",
      "aid agency",
      "charity",
      "human rights group",
      "church"};
  return kNames.count(name) > 0;
}

bool IsPossessive(std::string_view w) {
  return w == "his" || w == "her" || w == "its" || w == "their";
}

// The pair kind of "<both|the two> NOUN", or nullptr.
const char* PairKind(std::string_view noun) {
  static const std::map<std::string_view, const char*> kNouns = {
      {"sides", kPairAny},
      {"parties", kPairAny},
      {"countries", kPairCountries},
      {"nations", kPairCountries},
      {"governments", kPairCountries},
      {"states", kPairCountries},
      {"leaders", kPairPeople},
      {"men", kPairPeople},
      {"ministers", kPairPeople},
      {"presidents", kPairPeople}};
  auto it = kNouns.find(noun);
  return it == kNouns.end() ? nullptr : it->second;
}

void SortByPosition(std::vector<ActorMention>* ms) {
  std::stable_sort(ms->begin(), ms->end(),
                   [](const ActorMention& a, const ActorMention& b) {
                     return a.first < b.first;
                   });
}

void CopyCode(const ActorMention& from, ActorMention* to) {
  to->code = from.code;
  to->country = from.country;
  to->role = from.role;
}

// The normalised token i of `t`, or "" past its end.
std::string WordAt(const std::vector<Token>& t, size_t i) {
  return i < t.size() ? NormalizeToken(t[i].text) : std::string();
}

// "he", "its", "they" (normalised `w` at token i), unless a possessive
// determines the actor after it ("his Chinese counterpart"); elsewhere
// ("near its borders") a possessive names an actor.
const char* PronounAt(const Sentence& s, uint32_t i, std::string_view w) {
  if (IsPossessive(w) && CoveredByActor(s.actors, i + 1)) return nullptr;
  return PronounKind(w);
}

// "The Russian embassy in Warsaw said it ...": a place named by a
// preposition of place is no antecedent within its sentence.
bool IsPlacePhrase(const Sentence& s, const ActorMention& m) {
  static const char* const kPlaces[] = {"in",         "at",      "near",
                                        "inside",     "outside", "across",
                                        "throughout", "around"};
  for (const Token& t : s.tokens) {
    if (t.head != static_cast<int>(m.head) || t.deprel != "case") continue;
    const std::string w = NormalizeToken(t.text);
    for (const char* p : kPlaces) {
      if (w == p) return true;
    }
  }
  return false;
}

// "the island" naming a country or territory met earlier ("Taiwan ... the
// island"). "the country" is left out: too often the place a visitor
// leaves or enters, not an actor.
bool IsCountryNoun(std::string_view w) { return w == "island"; }

// "the fund", "the island" at token i: the placeholder kind, and the last
// token of the description in *last; nullptr if none.
const char* DefiniteAt(const Sentence& s, uint32_t i, std::string_view w,
                       uint32_t* last) {
  if (w != "the" || CoveredByActor(s.actors, i + 1)) return nullptr;
  const std::string noun = WordAt(s.tokens, i + 1);
  const char* kind = IsOrganizationNoun(noun) ? kDefiniteOrganization
                     : IsCountryNoun(noun)    ? kDefiniteCountry
                                              : nullptr;
  if (kind != nullptr) *last = i + 1;
  return kind;
}

// "both sides", "the two leaders" at token i: the pair kind, and its last
// token in *last.
const char* PairAt(const Sentence& s, uint32_t i, std::string_view w,
                   uint32_t* last) {
  bool the_two = w == "the" && WordAt(s.tokens, i + 1) == "two";
  if (w != "both" && !the_two) return nullptr;
  uint32_t noun = i + (the_two ? 2 : 1);
  const char* kind = PairKind(WordAt(s.tokens, noun));
  if (kind != nullptr) *last = noun;
  return kind;
}

}  // namespace

SurnameIndex BuildUniqueSurnames(const Dictionary& dict) {
  SurnameIndex index;
  std::unordered_map<std::string, int> counts;
  const auto& entries = dict.entries();
  for (uint32_t i = 0; i < entries.size(); ++i) {
    if (entries[i].kind != ActorKind::kPerson) continue;
    const std::string code =
        entries[i].codes.empty() ? std::string() : entries[i].codes[0].code;
    std::string last = NormalizeToken(FamilyName(entries[i].name, code));
    // Short family names only where they are the usual short form ("Xi").
    if (last.size() < (FamilyNameFirst(code) ? 2u : 4u)) continue;
    if (IsShortEnglishWord(last)) continue;
    if (++counts[last] == 1) index[last] = i;
  }
  for (const auto& [name, n] : counts) {
    if (n > 1) index.erase(name);
  }
  return index;
}

Coreferencer::Coreferencer(const Dictionary& dict, const SurnameIndex& surnames,
                           const ResolveOptions& options, int32_t date)
    : dict_(dict), unique_surnames_(surnames), options_(options), date_(date) {}

void Coreferencer::Add(Sentence* s) {
  ++sentence_;
  AddSurnames(s);
  if (options_.coreference) {
    doc_names_.Add(s);
    AddPlaceholders(s);
    doc_names_.AddNonActorSubjects(s);
  }
  SortByPosition(&s->actors);
  Resolve(s);
  Remember(*s);
  DropNonActors(s);
}

// Non-actors served as antecedents; they leave the sentence, and the bare
// agents awaiting Finish() keep pointing at the same mentions.
void Coreferencer::DropNonActors(Sentence* s) {
  std::vector<size_t> new_index(s->actors.size());
  size_t kept = 0;
  for (size_t i = 0; i < s->actors.size(); ++i) {
    new_index[i] = kept;
    kept += !IsNonActor(s->actors[i]);
  }
  for (auto& [sentence, index] : pending_) {
    if (sentence == s) index = new_index[index];
  }
  std::erase_if(s->actors, IsNonActor);
}

// The person a bare capitalised token names: a surname already seen in full
// in this document, or a unique surname of someone in office.
int32_t Coreferencer::SurnameEntry(const std::string& key) const {
  auto local = doc_surnames_.find(key);
  if (local != doc_surnames_.end()) return static_cast<int32_t>(local->second);
  if (!options_.unique_surnames || doc_names_.Knows(key)) return -1;
  auto global = unique_surnames_.find(key);
  if (global == unique_surnames_.end()) return -1;
  const ActorEntry& e = dict_.entries()[global->second];
  return InOffice(e, date_) ? static_cast<int32_t>(global->second) : -1;
}

namespace {

// "Michael Howard" is not "John Howard": a proper name right before the
// surname that is not in the entry's name (nor a title the tagger took for
// a name) makes it someone else.
bool OtherGivenName(const Sentence& s, uint32_t i, const ActorEntry& e) {
  if (i == 0) return false;
  const Token& prev = s.tokens[i - 1];
  // Untagged text (the resolver without the analyzer): any capitalised
  // word but an article.
  const bool name = prev.upos == "PROPN" || prev.upos.empty();
  if (!name || !IsCapitalized(prev.text)) return false;
  static const char* const kTitles[] = {
      "mr",       "mrs",        "ms",         "dr",        "president",
      "minister", "premier",    "chancellor", "secretary", "general",
      "prime",    "leader",     "king",       "queen",     "prince",
      "sheikh",   "senator",    "governor",   "mayor",     "chairman",
      "chief",    "ambassador", "envoy",      "judge",     "commander",
      "pope",     "lord",       "sir",        "speaker",   "emir",
      "the",      "a",          "an",         "former",    "new",
      "then"};
  const std::string w = NormalizeToken(prev.text);
  for (const char* t : kTitles) {
    if (w == t) return false;
  }
  return NormalizeToken(e.name).find(w) == std::string::npos;
}

}  // namespace

void Coreferencer::AddSurnames(Sentence* s) {
  for (uint32_t i = 0; i < s->tokens.size(); ++i) {
    const std::string& w = s->tokens[i].text;
    if (!IsCapitalized(w) || CoveredByActor(s->actors, i)) continue;
    int32_t id = SurnameEntry(NormalizeToken(w));
    if (id < 0) continue;
    const ActorEntry& e = dict_.entries()[id];
    if (OtherGivenName(*s, i, e)) continue;
    ActorMention m;
    m.code = CodeForDate(e, date_);
    SplitCode(m.code, &m.country, &m.role);
    m.kind = ActorKind::kPerson;
    m.first = m.last = m.head = i;
    m.name = e.name;
    m.entry = id;
    s->actors.push_back(m);
  }
}

void Coreferencer::AddPlaceholders(Sentence* s) {
  for (uint32_t i = 0; i < s->tokens.size(); ++i) {
    // Pronouns, "both" and "the" are all short: skip the rest cheaply.
    const std::string& text = s->tokens[i].text;
    if (text.size() > kLongestCue || CoveredByActor(s->actors, i)) continue;
    const std::string w = NormalizeToken(text);
    uint32_t last = i;
    const char* kind = PronounAt(*s, i, w);
    if (kind == nullptr) kind = DefiniteAt(*s, i, w, &last);
    if (kind == nullptr) kind = PairAt(*s, i, w, &last);
    if (kind == nullptr) continue;
    s->actors.push_back(Placeholder(kind, i, last));
    i = last;
  }
}

const ActorMention* Coreferencer::FindAntecedent(
    const std::vector<ActorMention>& before,
    const std::function<bool(const ActorMention&)>& fits) const {
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    if (IsPlacePhrase(*current_, *it)) continue;
    if ((!it->code.empty() || IsNonActor(*it)) && fits(*it)) return &*it;
  }
  // Earlier sentences, newest first: the first fitting actor (usually the
  // subject) of the latest sentence that has one.
  int current = -1;
  const ActorMention* best = nullptr;
  for (size_t i = seen_.size(); i-- > 0;) {
    const Seen& seen = seen_[i];
    if (sentence_ - seen.sentence > options_.coreference_window) break;
    if (seen.sentence != current) {
      if (best != nullptr) return best;
      current = seen.sentence;
    }
    if (fits(seen.mention)) best = &seen.mention;
  }
  return best;
}

bool Coreferencer::FindPair(const std::vector<ActorMention>& before,
                            const std::string& kind,
                            std::vector<const ActorMention*>* pair) const {
  auto fits = [&](const ActorMention& m) {
    if (kind == kPairCountries) return !m.country.empty();
    if (kind == kPairPeople)
      return !m.code.empty() && m.kind == ActorKind::kPerson;
    return !m.code.empty();
  };
  // Two sides are two principals: different countries (or codes, for
  // organisations).
  auto key = [&](const ActorMention& m) {
    return m.country.empty() ? m.code : m.country;
  };
  auto consider = [&](const ActorMention& m) {
    if (fits(m) && (pair->empty() || key(*pair->front()) != key(m))) {
      pair->push_back(&m);
    }
  };
  // "Blinken met Xi, and both sides agreed": this sentence first.
  for (size_t i = before.size(); i-- > 0 && pair->size() < 2;) {
    consider(before[i]);
  }
  for (size_t i = seen_.size(); i-- > 0 && pair->size() < 2;) {
    if (sentence_ - seen_[i].sentence > options_.coreference_window) break;
    consider(seen_[i].mention);
  }
  // In the order the text introduced them: "Wang met Lavrov. Both sides"
  // is China and Russia.
  std::reverse(pair->begin(), pair->end());
  return pair->size() == 2;
}

bool Coreferencer::ResolveOne(const std::vector<ActorMention>& before,
                              ActorMention* m,
                              std::vector<ActorMention>* extra) {
  const std::string kind = m->name;
  const ActorMention* a = nullptr;
  if (kind == kPronounPerson) {
    a = FindAntecedent(before, [](const ActorMention& c) {
      if (IsNonActor(c)) return c.name == kUnknownPerson;
      return c.kind == ActorKind::kPerson ||
             (c.kind == ActorKind::kAgent && !c.plural);
    });
  } else if (kind == kPronounThing) {
    a = FindAntecedent(before, [](const ActorMention& c) {
      if (IsNonActor(c)) return c.name == kNonActorThing;
      if (c.kind == ActorKind::kAgent)
        return !c.plural && IsInstitution(c.name);
      return c.kind != ActorKind::kPerson;
    });
  } else if (kind == kPronounPlural) {
    a = FindAntecedent(before, [](const ActorMention& c) {
      if (IsNonActor(c)) return c.name == kNonActorGroup;
      return c.plural || c.kind == ActorKind::kOrganization;
    });
  } else if (kind == kDefiniteOrganization) {
    a = FindAntecedent(before, [](const ActorMention& c) {
      return c.kind == ActorKind::kOrganization;
    });
  } else if (kind == kDefiniteCountry) {
    a = FindAntecedent(before, [](const ActorMention& c) {
      return c.kind == ActorKind::kCountry;
    });
  } else if (kind == kBareAgent) {
    const std::string role = m->role;
    a = FindAntecedent(before, [&](const ActorMention& c) {
      return c.role == role && !c.country.empty();
    });
    if (a == nullptr) return false;
    m->code = a->country + role;
    SplitCode(m->code, &m->country, &m->role);
    m->antecedent_sentence = sentence_;
    return true;
  } else {
    std::vector<const ActorMention*> pair;
    if (!FindPair(before, kind, &pair)) return false;
    CopyCode(*pair[0], m);
    ActorMention second = *m;
    CopyCode(*pair[1], &second);
    extra->push_back(second);
    return true;
  }
  if (a == nullptr || IsNonActor(*a)) return false;
  CopyCode(*a, m);
  m->antecedent_sentence = sentence_;
  const std::string principal = a->country.empty() ? a->code : a->country;
  const ActorMention* alt = FindAntecedent(before, [&](const ActorMention& c) {
    const std::string p = c.country.empty() ? c.code : c.country;
    return p != principal && c.kind != ActorKind::kAgent && !p.empty();
  });
  if (alt != nullptr) m->alt_code = alt->code;
  return true;
}

// "both countries' foreign ministers": the pair's actors take the role.
bool ExpandPairHead(const Sentence& s, const ActorMention& agent,
                    std::vector<ActorMention>* resolved) {
  size_t n = resolved->size();
  if (agent.name != kBareAgent || n < 2) return false;
  ActorMention& a = (*resolved)[n - 2];
  ActorMention& b = (*resolved)[n - 1];
  bool pair = a.first == b.first && a.kind == ActorKind::kPronoun;
  uint32_t gap = agent.first - b.last;
  bool adjacent =
      gap == 1 ||
      (gap == 2 && NormalizeToken(s.tokens[b.last + 1].text).find('\'') !=
                       std::string::npos);
  if (!pair || !adjacent) return false;
  for (ActorMention* m : {&a, &b}) {
    if (m->country.empty()) return false;
    m->code = m->country + agent.role;
    SplitCode(m->code, &m->country, &m->role);
    m->last = agent.last;
    m->head = agent.head;
  }
  return true;
}

void Coreferencer::Resolve(Sentence* s) {
  current_ = s;
  std::vector<ActorMention> resolved, extra;
  for (size_t i = 0; i < s->actors.size(); ++i) {
    ActorMention m = s->actors[i];
    if (ExpandPairHead(*s, m, &resolved)) continue;
    if (IsNonActor(m)) {
      resolved.push_back(m);
      continue;
    }
    bool placeholder = m.kind == ActorKind::kPronoun || m.code.empty();
    if (placeholder && !ResolveOne(resolved, &m, &extra)) {
      if (m.name == kBareAgent) {
        pending_.push_back({s, resolved.size()});
        resolved.push_back(m);
      }
      continue;
    }
    resolved.push_back(m);
    for (ActorMention& e : extra) resolved.push_back(e);
    extra.clear();
  }
  s->actors = std::move(resolved);
}

void Coreferencer::Remember(const Sentence& s) {
  for (const ActorMention& m : s.actors) {
    if (m.code.empty() && !IsNonActor(m)) continue;
    seen_.push_back({sentence_, m});
    if (IsNonActor(m)) continue;
    std::string last = FamilyName(m.name, m.code);
    if (IsShortEnglishWord(NormalizeToken(last))) continue;
    if (m.kind == ActorKind::kPerson && m.entry >= 0 && !last.empty()) {
      doc_surnames_[NormalizeToken(last)] = static_cast<uint32_t>(m.entry);
    }
  }
}

void Coreferencer::Finish() {
  std::map<std::string, int> counts;
  for (const Seen& s : seen_) {
    if (!s.mention.country.empty()) ++counts[s.mention.country];
  }
  std::string main_country;
  int best = 0;
  for (const auto& [c, n] : counts) {
    if (n > best) best = n, main_country = c;
  }
  for (auto& [sentence, index] : pending_) {
    ActorMention& m = sentence->actors[index];
    if (main_country.empty()) continue;
    m.code = main_country + m.role;
    SplitCode(m.code, &m.country, &m.role);
  }
}

}  // namespace dyad
