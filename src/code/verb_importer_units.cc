// PatternTranslator, part 1: pattern tokens -> units (see
// verb_importer_translate.h).
#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "code/verb_importer_translate.h"

namespace dyad {
namespace {

using K = Unit::Kind;

constexpr std::array<std::string_view, 52> kPrepositions = {
    "about",   "above", "across",     "after",      "against", "along",
    "amid",    "among", "around",     "as",         "at",      "before",
    "behind",  "below", "beneath",    "beside",     "besides", "between",
    "beyond",  "by",    "despite",    "during",     "except",  "for",
    "from",    "in",    "inside",     "into",       "like",    "near",
    "of",      "on",    "onto",       "outside",    "over",    "past",
    "per",     "since", "through",    "throughout", "to",      "toward",
    "towards", "under", "underneath", "unlike",     "until",   "upon",
    "via",     "with",  "within",     "without"};

// Words that are particles ("set up", "put forward") and rarely
// prepositions; "over", "in", "on" ... are read as prepositions.
constexpr std::array<std::string_view, 11> kParticles = {
    "up",    "out",     "down",  "off",   "away",    "back",
    "aside", "forward", "apart", "ahead", "together"};

constexpr std::array<std::string_view, 21> kDeterminers = {
    "the", "a",    "an",    "its",  "his",   "her",   "their",
    "our", "my",   "your",  "this", "these", "those", "some",
    "any", "each", "every", "all",  "no",    "such",  "own"};

// Object pronouns, kept as lemmas ("- * EACH OTHER", "- * HIMSELF").
constexpr std::array<std::string_view, 10> kPronouns = {
    "other",      "another",   "himself", "herself", "itself",
    "themselves", "ourselves", "him",     "them",    "us"};

// Words that make a pattern a clause (conjunctions, auxiliaries, negation,
// subject pronouns): dyad cannot express them.
constexpr std::array<std::string_view, 46> kBlockers = {
    "and",   "or",    "but",     "nor",     "that",  "which",  "who",   "whom",
    "whose", "if",    "whether", "because", "while", "when",   "where", "than",
    "so",    "not",   "n't",     "never",   "be",    "is",     "are",   "am",
    "was",   "were",  "been",    "being",   "have",  "has",    "had",   "do",
    "does",  "did",   "will",    "would",   "shall", "should", "can",   "could",
    "may",   "might", "must",    "it",      "they",  "we"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool IsDigitWord(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',';
  });
}

// "by/with" -> {"by", "with"} when every part is a preposition.
std::vector<std::string> Prepositions(const std::string& w) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t slash = w.find('/', start);
    std::string p = w.substr(start, slash - start);
    if (!In(kPrepositions, p)) return {};
    parts.push_back(p);
    if (slash == std::string::npos) return parts;
    start = slash + 1;
  }
}

Unit Make(K kind, std::vector<std::string> words) {
  Unit u;
  u.kind = kind;
  u.words = std::move(words);
  return u;
}

Unit Blocker(std::string why, bool malformed = false) {
  Unit u = Make(K::kBlocker, {std::move(why)});
  u.malformed = malformed;
  return u;
}

void AddAll(std::vector<std::string>* to,
            const std::vector<std::string>& from) {
  for (const std::string& s : from) {
    if (std::find(to->begin(), to->end(), s) == to->end()) to->push_back(s);
  }
}

bool Mergeable(const Unit& u) {
  return u.mergeable && (u.kind == K::kNominal || u.kind == K::kModifier ||
                         u.kind == K::kAdjWord);
}

// A run of bare words: "DIPLOMATIC TIES" -> tie; "PEACE TREATY" -> peace or
// treaty; words joined by "_" form one phrase whose last noun is the head.
Unit MergeRun(std::vector<Unit>::const_iterator begin,
              std::vector<Unit>::const_iterator end) {
  bool joined =
      std::all_of(begin + 1, end, [](const Unit& u) { return u.joined; });
  Unit out = Make(K::kModifier, {});
  for (auto it = begin; it != end; ++it) {
    if (it->kind == K::kNominal) {
      if (joined || out.kind != K::kNominal) out.words.clear();
      AddAll(&out.words, it->words);
      out.kind = K::kNominal;
    } else if (it->kind == K::kAdjWord && out.kind != K::kNominal) {
      out = Make(K::kAdjWord, it->words);
    }
  }
  out.joined = begin->joined;
  out.base_verbs = begin->base_verbs;
  return out;
}

std::vector<Unit> MergeRuns(std::vector<Unit> units) {
  std::vector<Unit> out;
  for (size_t i = 0; i < units.size();) {
    size_t j = i;
    while (j < units.size() && Mergeable(units[j])) ++j;
    if (j - i > 1) {
      out.push_back(MergeRun(units.begin() + i, units.begin() + j));
      i = j;
    } else {
      out.push_back(std::move(units[i]));
      ++i;
    }
  }
  return out;
}

std::vector<Unit> WithoutModifiers(std::vector<Unit> units) {
  std::erase_if(units, [](const Unit& u) { return u.kind == K::kModifier; });
  return units;
}

// The tokens up to the bracket closing the one at tokens[*i].
std::vector<VerbToken> Inner(const std::vector<VerbToken>& tokens, size_t* i,
                             VerbToken::Kind close) {
  std::vector<VerbToken> inner;
  for (++*i; *i < tokens.size() && tokens[*i].kind != close; ++*i) {
    inner.push_back(tokens[*i]);
  }
  ++*i;
  return inner;
}

}  // namespace

PatternTranslator::PatternTranslator(const Vocabulary& vocab,
                                     const SynsetTable& synsets, bool stems,
                                     int max_extra)
    : vocab_(vocab), synsets_(synsets), stems_(stems), max_extra_(max_extra) {}

bool PatternTranslator::IsSynset(std::string_view key) const {
  return synsets_.find(key) != synsets_.end();
}

WordReading PatternTranslator::Read(const VerbToken& word) const {
  return ReadWord(vocab_, word.text, stems_ && !word.exact, max_extra_);
}

Unit PatternTranslator::WordUnit(const VerbToken& t) const {
  std::string w = Lowercase(t.text);
  if (IsDigitWord(w) || In(kDeterminers, w)) return Make(K::kModifier, {});
  if (std::vector<std::string> p = Prepositions(w); !p.empty()) {
    return Make(K::kPrep, std::move(p));
  }
  if (In(kParticles, w)) return Make(K::kParticle, {w});
  if (In(kPronouns, w)) return Make(K::kNominal, {w});
  if (In(kBlockers, w))
    return Blocker("conjunction, auxiliary or pronoun after the verb");
  WordReading r = Read(t);
  if (!r.nouns.empty()) {
    Unit u = Make(K::kNominal, r.nouns);
    if (std::find(r.verbs.begin(), r.verbs.end(), w) != r.verbs.end()) {
      u.base_verbs = {w};
    }
    return u;
  }
  // "ARMED", "GUIDED": a participle that is also an adjective modifies.
  bool participle = !r.verbs.empty() && r.verbs[0] != w;
  if (r.adj && participle) return Make(K::kAdjWord, {w});
  if (!r.verbs.empty()) return Make(K::kVerbWord, r.verbs);
  if (r.adj) return Make(K::kAdjWord, {w});
  if (r.adv) return Make(K::kModifier, {});
  return Make(K::kNominal, {SingularByRule(w)});
}

std::vector<Unit> PatternTranslator::Units(
    const std::vector<VerbToken>& tokens) {
  std::vector<Unit> units;
  for (size_t i = 0; i < tokens.size();) GroupUnits(tokens, &i, &units);
  return MergeRuns(std::move(units));
}

// Appends the unit(s) starting at tokens[*i] and moves past them.
void PatternTranslator::GroupUnits(const std::vector<VerbToken>& tokens,
                                   size_t* i, std::vector<Unit>* out) {
  const VerbToken& t = tokens[*i];
  size_t before = out->size();
  switch (t.kind) {
    case VerbToken::Kind::kOpen:
      Parenthesized(Inner(tokens, i, VerbToken::Kind::kClose), out);
      break;
    case VerbToken::Kind::kOpenBrace: {
      std::vector<VerbToken> inner =
          Inner(tokens, i, VerbToken::Kind::kCloseBrace);
      bool alt = std::any_of(
          inner.begin(), inner.end(),
          [](const VerbToken& x) { return x.kind == VerbToken::Kind::kBar; });
      out->push_back(alt ? Alternatives(inner) : NounGroup(inner));
      break;
    }
    case VerbToken::Kind::kSynset:
      out->push_back(SynsetUnit(t.text));
      ++*i;
      break;
    case VerbToken::Kind::kWord:
      out->push_back(WordUnit(t));
      out->back().mergeable = true;
      ++*i;
      break;
    case VerbToken::Kind::kTarget:
      out->push_back(Make(K::kTarget, {}));
      ++*i;
      break;
    case VerbToken::Kind::kSource:
      out->push_back(Make(K::kSource, {}));
      ++*i;
      break;
    case VerbToken::Kind::kCompound:
      out->push_back(Make(K::kCompound, {}));
      ++*i;
      break;
    case VerbToken::Kind::kSkip:
      out->push_back(Make(K::kSkip, {}));
      ++*i;
      break;
    default:
      out->push_back(Blocker("misplaced '" + t.text + "'", true));
      ++*i;
  }
  if (out->size() > before) (*out)[before].joined = t.joined;
}

// "(TO {PEACE PLAN})" -> a PP; "(ASIDE RIFT)" -> particle + noun; a group
// that starts with neither is read as if it had no brackets.
void PatternTranslator::Parenthesized(const std::vector<VerbToken>& inner,
                                      std::vector<Unit>* out) {
  std::vector<Unit> units = Units(inner);
  if (units.empty()) {
    out->push_back(Blocker("empty '( )'", true));
    return;
  }
  if (units[0].kind != K::kPrep) {
    for (Unit& u : units) out->push_back(std::move(u));
    return;
  }
  Unit pp = Make(K::kPP, units[0].words);
  pp.content = WithoutModifiers(
      std::vector<Unit>(std::make_move_iterator(units.begin() + 1),
                        std::make_move_iterator(units.end())));
  out->push_back(std::move(pp));
}

// "{PEACE PLAN}" (PETRARCH-2): the last word is the head.
Unit PatternTranslator::NounGroup(const std::vector<VerbToken>& inner) {
  std::vector<Unit> units;
  for (size_t i = 0; i < inner.size();) GroupUnits(inner, &i, &units);
  units = WithoutModifiers(std::move(units));
  for (const Unit& u : units) {
    if (u.kind == K::kBlocker || u.kind == K::kPP || u.kind == K::kTarget ||
        u.kind == K::kSource) {
      return u.kind == K::kBlocker
                 ? u
                 : Blocker("actor marker inside a noun phrase");
    }
  }
  if (units.empty()) return Make(K::kModifier, {});
  if (units.back().kind == K::kNominal)
    return Make(K::kNominal, units.back().words);
  for (auto it = inner.rbegin(); it != inner.rend(); ++it) {
    if (it->kind == VerbToken::Kind::kWord) {
      return Make(K::kNominal, {SingularByRule(it->text)});
    }
  }
  return units.back();
}

// "{ SANCTIONS | BOYCOTT | EMBARGO }" (TABARI): alternatives.
Unit PatternTranslator::Alternatives(const std::vector<VerbToken>& inner) {
  std::vector<std::vector<VerbToken>> alts(1);
  for (const VerbToken& t : inner) {
    if (t.kind == VerbToken::Kind::kBar) {
      alts.emplace_back();
    } else {
      alts.back().push_back(t);
    }
  }
  Unit out;
  for (const std::vector<VerbToken>& alt : alts) {
    std::vector<Unit> units = WithoutModifiers(Units(alt));
    if (units.size() != 1)
      return Blocker("alternatives other than nouns or prepositions");
    const Unit& u = units[0];
    if (u.kind != K::kNominal && u.kind != K::kPrep)
      return Blocker("alternatives other than nouns or prepositions");
    if (!out.words.empty() && u.kind != out.kind)
      return Blocker("alternatives other than nouns or prepositions");
    out.kind = u.kind;
    AddAll(&out.words, u.words);
  }
  if (out.words.empty()) return Blocker("empty '{ | }'", true);
  return out;
}

Unit PatternTranslator::SynsetUnit(const std::string& key) {
  auto it = synset_units_.find(key);
  if (it != synset_units_.end()) return it->second;
  synset_units_[key] = Blocker("synset contains itself");
  Unit u = ClassifySynset(key);
  u.mergeable = u.kind == K::kNominal || u.kind == K::kAdjWord;
  synset_units_[key] = u;
  return u;
}

// A synset of prepositions acts as one preposition; one of nouns as a noun
// with every member's head as an alternative (adjective members dropped).
Unit PatternTranslator::ClassifySynset(const std::string& key) {
  auto def = synsets_.find(key);
  if (def == synsets_.end()) return Blocker("undefined synset &" + key, true);
  Unit nouns = Make(K::kNominal, {}), preps = Make(K::kPrep, {});
  bool adjectives = false;
  for (const std::string& member : def->second) {
    auto tokens =
        Tokenize(member, [&](std::string_view k) { return IsSynset(k); });
    if (!tokens.ok())
      return Blocker("synset &" + key + ": " + tokens.status().message(), true);
    Unit u = MemberUnit(*tokens);
    if (u.kind == K::kNominal)
      AddAll(&nouns.words, u.words);
    else if (u.kind == K::kPrep)
      AddAll(&preps.words, u.words);
    else if (u.kind == K::kAdjWord)
      adjectives = true;
    else if (u.kind == K::kBlocker)
      return u.malformed ? Blocker("synset &" + key + ": " + u.words[0], true)
                         : Blocker("synset of clause words");
    else
      return Blocker("synset of phrases");
  }
  if (!preps.words.empty() && !nouns.words.empty())
    return Blocker("synset of phrases");
  if (!preps.words.empty()) return preps;
  if (!nouns.words.empty()) return nouns;
  return adjectives ? Make(K::kAdjWord, {Lowercase(key)})
                    : Make(K::kModifier, {});
}

// A synset member: one unit, or a phrase whose head is its last word before
// any preposition ("WEAPON_OF_MASS_DESTRUCTION" -> weapon).
Unit PatternTranslator::MemberUnit(const std::vector<VerbToken>& tokens) {
  std::vector<Unit> units = WithoutModifiers(Units(tokens));
  if (units.size() == 1) return units[0];
  if (units.empty() || units[0].kind == K::kPrep) {
    return Blocker("synset of phrases");
  }
  if (units[0].kind == K::kBlocker) return units[0];  // "IS_TO", "DID N'T"
  const VerbToken* head = nullptr;
  for (const VerbToken& t : tokens) {
    if (t.kind != VerbToken::Kind::kWord) continue;
    if (head != nullptr && !Prepositions(Lowercase(t.text)).empty()) break;
    head = &t;
  }
  if (head == nullptr) return Blocker("synset of phrases");
  Unit u = WordUnit(*head);
  return u.kind == K::kNominal
             ? u
             : Make(K::kNominal, {SingularByRule(head->text)});
}

std::string PatternTranslator::MalformedReason(const std::vector<Unit>& units) {
  for (const Unit& u : units) {
    if (u.kind == K::kBlocker && u.malformed) return u.words[0];
    std::string inner = MalformedReason(u.content);
    if (!inner.empty()) return inner;
  }
  return "";
}

}  // namespace dyad
