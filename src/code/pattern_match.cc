#include "code/pattern_match.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "code/roles.h"
#include "code/sequence_match.h"

namespace dyad {
namespace {

using K = Slot::Kind;

bool IsMedium(const std::string& lemma) {
  return lemma == "phone" || lemma == "telephone" || lemma == "video" ||
         lemma == "videoconference" || lemma == "link" || lemma == "call";
}

// Prepositional phrases available to a trigger: its own obliques / nmods,
// those of its objects, and for a noun those of the light verb governing it.
std::vector<int> Obliques(const ParseView& v, int trigger, bool noun) {
  std::vector<int> out;
  auto add = [&](int head, const char* rel) {
    for (int c : v.Children(head, rel)) out.push_back(c);
  };
  add(trigger, noun ? "nmod" : "obl");
  if (noun) {
    add(trigger, "obl");  // misattached obliques
    // "expressed understanding and support for X": the phrase may hang on
    // the first conjunct, or on the light verb that governs it.
    int first = trigger;
    while (v.BaseRel(first) == "conj" && v.Head(first) >= 0) {
      first = v.Head(first);
      add(first, "nmod");
    }
    int verb = GoverningVerb(v, trigger);
    if (verb >= 0 && v.BaseRel(first) == "obj") add(verb, "obl");
    return out;
  }
  // "spoke by phone with Xi": the partner may hang on the medium.
  for (int o : v.Children(trigger, "obl")) {
    if (IsMedium(v.Lemma(o))) add(o, "nmod");
  }
  for (int obj : ObjectTokens(v, trigger)) {
    add(obj, "nmod");
    add(obj, "obl");  // an object noun the tagger took for a verb
    // "pledged 50 million euros in aid to Sudan": through a light noun.
    if (!IsLightNoun(v.Lemma(obj))) continue;
    for (int n : v.Children(obj, "nmod")) add(n, "nmod");
  }
  return out;
}

// The lemma, or failing that the singular of the word ("troops", which
// treebanks lemmatise as itself, matches "troop").
bool WordMatches(const ParseView& v, int tok, const Slot& s) {
  // "hunger strike" is hunger_strike, not a strike.
  if (v.IsCompound(tok)) return s.HasLemma(v.JoinedLemma(tok));
  const std::string& lemma = v.Lemma(tok);
  if (s.HasLemma(lemma) || s.HasLemma(v.JoinedLemma(tok))) return true;
  return lemma.size() > 3 && lemma.back() == 's' &&
         s.HasLemma(lemma.substr(0, lemma.size() - 1));
}

// How noun `n` meets a lemma restriction: 0 not at all, 1 by its own
// lemma, 2 by a compound modifier ("halted mediation efforts", "killed in a
// bomb attack", "violated the ceasefire agreement"), which is the more
// specific reading.
int NounMatch(const ParseView& v, int n, const Slot& s) {
  if (WordMatches(v, n, s)) return 1;
  for (int m : v.Children(n, "compound")) {
    if (m < n && WordMatches(v, m, s)) return 2;
  }
  return 0;
}

int LemmaMatch(const ParseView& v, int tok, const Slot& s) {
  for (int c : v.Conjuncts(tok)) {
    if (int k = NounMatch(v, c, s)) return k;
    if (!IsLightNoun(v.Lemma(c))) continue;
    for (int n : v.Children(c, "nmod")) {
      // "700 kg of medicine", "50 million euros in aid", "part of a
      // military aid program".
      const std::string prep = v.CaseOf(n);
      if (prep != "of" && prep != "in") continue;
      if (int k = NounMatch(v, n, s)) return k;
    }
  }
  return 0;
}

bool LemmaIn(const ParseView& v, int tok, const Slot& s) {
  return LemmaMatch(v, tok, s) > 0;
}

// "step down" → "step_down"; the plain lemma when there is no particle.
std::string PhrasalLemma(const ParseView& v, int verb) {
  for (int c : v.Children(verb, "compound:prt")) {
    return v.Lemma(verb) + "_" + v.Lemma(c);
  }
  return v.Lemma(verb);
}

bool HasParticle(const ParseView& v, int verb, const std::string& particle) {
  for (int c : v.Children(verb, "compound:prt")) {
    if (v.Lemma(c) == particle) return true;
  }
  return false;
}

// The actors a complement verb acts on: its object, or its "with" or
// "against" partner ("agreed to restore ties with Qatar", "threatened to
// use force against the coup leaders").
std::vector<int> ComplementTargets(const ParseView& v, int x) {
  for (int o : ObjectTokens(v, x)) {
    std::vector<int> a = v.ActorsOf(o);
    if (!a.empty()) return a;
  }
  for (int o : v.Children(x, "obl")) {
    const std::string c = v.CaseOf(o);
    if (c == "with" || c == "against") return v.ActorsOf(o);
  }
  for (int o : ObjectTokens(v, x)) {
    for (int n : v.Children(o, "nmod")) {
      if (v.CaseOf(n) == "with") return v.ActorsOf(n);
    }
  }
  return {};
}

// The first and last words of the phrase of `i` (its contiguous span).
int PhraseStart(const ParseView& v, int top) {
  int i = top;
  while (i > 0 && v.Dominates(top, i - 1)) --i;
  return i;
}
int PhraseEnd(const ParseView& v, int top) {
  int i = top;
  while (i + 1 < v.size() && v.Dominates(top, i + 1)) ++i;
  return i;
}

// True for the prepositions of a phrase that says where something is or
// whom it is for, not what it is about ("positions on Ukraine").
bool IsPlaceOrPartyCase(const std::string& c) {
  static const char* const kCases[] = {"in",   "at",   "near",    "for", "to",
                                       "from", "into", "against", "with"};
  return std::find(std::begin(kCases), std::end(kCases), c) != std::end(kCases);
}

// The prepositional modifiers of object `o` of `trig`: its nmod phrases and,
// since a phrase of place or party right after the object may modify either
// ("proposed a plan for Ukraine", "condemned the coup in Niger"), such an
// oblique of the verb that starts where the object's phrase ends.
std::vector<int> ObjectModifiers(const ParseView& v, int trig, int o) {
  std::vector<int> out = v.Children(o, "nmod");
  const int end = PhraseEnd(v, o);
  for (int n : v.Children(trig, "obl")) {
    if (n > o && PhraseStart(v, n) == end + 1 &&
        IsPlaceOrPartyCase(v.CaseOf(n)))
      out.push_back(n);
  }
  return out;
}

// The actors of object `o` of `trig`: a "with", "between" or "against"
// phrase of a noun that is no actor, else the noun's actors, else those of
// a phrase that modifies it; for a reduced relative whose noun has none ("a
// deal mediated by Qatar"), the parties to that noun's event.
std::vector<int> ObjectActors(const ParseView& v, int trig, int o) {
  // "closed its border with Afghanistan": the other party before the owner.
  if (v.MentionAt(o) < 0) {
    for (int n : ObjectModifiers(v, trig, o)) {
      const std::string c = v.CaseOf(n);
      if (c != "with" && c != "between" && c != "against") continue;
      std::vector<int> a = v.ActorsOf(n);
      if (!a.empty()) return a;
    }
  }
  std::vector<int> a = v.ActorsOf(o);
  if (a.empty() && o == v.Head(trig)) a = NounSources(v, o);
  if (!a.empty()) return a;
  // ActorsOf(o) has looked into the nmod phrases; the obliques remain.
  for (int n : ObjectModifiers(v, trig, o)) {
    if (v.BaseRel(n) != "obl") continue;
    a = v.ActorsOf(n);
    if (!a.empty()) break;
  }
  return a;
}

// True when `actors`, found for noun `o`, come from a phrase of place ("an
// agreement in Ankara").
bool IsPlaceOf(const ParseView& v, int trig, int o,
               const std::vector<int>& actors) {
  for (int n : ObjectModifiers(v, trig, o)) {
    const std::string c = v.CaseOf(n);
    if (c != "in" && c != "at" && c != "near") continue;
    for (int a : v.ActorsOf(n)) {
      if (std::find(actors.begin(), actors.end(), a) != actors.end()) {
        return true;
      }
    }
  }
  return false;
}

// "gave Tanzania a grant" for "gave a grant to Tanzania": an indirect
// object with actors fills a "to" or "for" target slot.
bool DativeTarget(const ParseView& v, int trig, const Slot& s,
                  PatternMatch* m) {
  if (!s.HasPrep("to") && !s.HasPrep("for")) return false;
  for (int o : v.Children(trig, "iobj")) {
    std::vector<int> a = v.ActorsOf(o);
    if (a.empty()) continue;
    if (!m->object_target) m->targets = a;
    return true;
  }
  return false;
}

// Evaluates one slot; fills `m` and returns false when unsatisfied.
bool SatisfySlot(const ParseView& v, int trig, const Pattern& p, const Slot& s,
                 bool implicit_object, PatternMatch* m) {
  const bool noun = p.noun;
  switch (s.kind) {
    case K::kObject:
      for (int o : noun ? std::vector<int>{} : ObjectTokens(v, trig)) {
        std::vector<int> a = ObjectActors(v, trig, o);
        if (!a.empty()) {
          m->object_target = true;
          return m->targets = a, true;
        }
        if (implicit_object) return m->consumed.push_back(o), true;
      }
      return false;
    case K::kObjectLemma:
      for (int o : noun ? std::vector<int>{} : ObjectTokens(v, trig)) {
        const int how = LemmaMatch(v, o, s);
        if (how == 0) continue;
        if (how == 2) m->by_compound = true;
        // "rejected Russia's demands": the object's possessor is the target
        // unless a target slot says otherwise.
        if (m->targets.empty()) {
          m->targets = ObjectActors(v, trig, o);
          // "signed an agreement in Ankara": talks and agreements are not
          // with the place where they happen.
          bool venue = p.code.starts_with("04") || p.code.starts_with("05");
          if (venue && IsPlaceOf(v, trig, o, m->targets)) m->targets.clear();
          // "renewed its offensive": the possessor may be the source.
          m->inferred_targets = !m->targets.empty();
        }
        m->consumed.push_back(o);
        return true;
      }
      return false;
    case K::kPrep:
    case K::kSourcePrep:
      for (int o : Obliques(v, trig, noun)) {
        if (!s.HasPrep(v.CaseOf(o))) continue;
        std::vector<int> a = v.ActorsOf(o);
        if (a.empty()) continue;
        // "thanked Germany for its aid": the object stays the target.
        if (s.kind == K::kSourcePrep) {
          m->sources = a;
        } else if (!m->object_target) {
          m->targets = a;
        }
        m->between = v.CaseOf(o) == "between";
        return true;
      }
      return s.kind == K::kPrep && !noun && DativeTarget(v, trig, s, m);
    case K::kPrepLemma:
      for (int o : Obliques(v, trig, noun)) {
        if (!s.HasPrep(v.CaseOf(o)) || !LemmaIn(v, o, s)) continue;
        // "clashed with police": in a conflict the phrase's actor is the
        // opponent, unless a target slot names one.
        if (m->targets.empty() && p.code >= "10") {
          m->targets = v.ActorsOf(o);
          m->inferred_targets = !m->targets.empty();
        }
        return m->consumed.push_back(o), true;
      }
      return false;
    case K::kXcomp:
      for (int x : v.Children(trig, "xcomp")) {
        if (s.HasLemma(v.Lemma(x)) || s.HasLemma(PhrasalLemma(v, x))) {
          // "refused to allow UN inspectors": with no target slot of its
          // own, the frame targets the complement's object.
          if (m->targets.empty()) {
            m->targets = ComplementTargets(v, x);
            m->inferred_targets = !m->targets.empty();
          }
          return m->consumed.push_back(x), true;
        }
      }
      return false;
    case K::kNoObject:
      return noun || v.Children(trig, "obj").empty();
    case K::kCcomp:
      for (int c : v.Children(trig, "ccomp")) {
        if (s.HasLemma(v.Lemma(c))) return true;
      }
      return false;
  }
  return false;
}

PatternMatch TryPattern(const ParseView& v, int trig, const Pattern& p,
                        bool implicit_object) {
  PatternMatch m;
  if (!p.sequence.empty()) {
    if (p.noun) return m;
    m.score = MatchSequence(v, trig, p.sequence, &m);
    if (m.score >= 0) m.pattern = &p;
    return m;
  }
  if (!p.noun) {
    bool has_prt = v.HasChild(trig, "compound:prt");
    if (p.particle.empty() ? has_prt : !HasParticle(v, trig, p.particle)) {
      return m;
    }
  }
  for (const Slot& s : p.slots) {
    if (!SatisfySlot(v, trig, p, s, implicit_object, &m)) {
      return PatternMatch();
    }
  }
  // More slots win; at equal count, slots restricted to lemmas beat open
  // ones ("reject obj:demand" over "reject obj").
  int restricted = 0;
  for (const Slot& s : p.slots) restricted += s.AnyLemma() ? 0 : 1;
  m.pattern = &p;
  m.score =
      10 * (static_cast<int>(p.slots.size()) + (p.particle.empty() ? 0 : 1)) +
      restricted + (m.by_compound ? 1 : 0);
  return m;
}

// The country or capital named by an "in" phrase of the trigger or of its
// object.
std::vector<int> PlaceTargets(const ParseView& v, int trigger, bool noun) {
  std::vector<int> places = Obliques(v, trigger, noun);
  for (int o : places) {
    if (v.CaseOf(o) != "in") continue;
    for (int a : v.ActorsOf(o)) {
      ActorKind k = v.sentence().actors[a].kind;
      if (k == ActorKind::kCountry || k == ActorKind::kCapital) return {a};
    }
  }
  return {};
}

// Verbs whose subject provokes the reaction named by their object.
bool IsProvoking(const std::string& lemma) {
  return lemma == "draw" || lemma == "prompt" || lemma == "spark" ||
         lemma == "trigger" || lemma == "provoke" || lemma == "attract" ||
         lemma == "earn" || lemma == "invite" || lemma == "face";
}

}  // namespace

// Nouns of quantity, money, portion or conveyance that pass the match on
// to their "of" or "in" phrase: "delivery of aid", "700 kg of medicine",
// "a batch of missiles", "50 million euros in aid", "dozens of strikes".
bool IsLightNoun(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kNouns = {
      "euro",        "pound",     "yen",      "yuan",     "rouble",
      "ruble",       "rupee",     "delivery", "supply",   "shipment",
      "consignment", "provision", "batch",    "ton",      "tonne",
      "kg",          "kilogram",  "amount",   "quantity", "lot",
      "number",      "worth",     "dollar",   "million",  "billion",
      "kind",        "type",      "form",     "range",    "series",
      "wave",        "flow",      "transfer", "part",     "portion",
      "share",       "convoy",    "load",     "cargo",    "stock",
      "stockpile",   "package",   "dozen",    "hundred",  "thousand",
      "barrage",     "spate",     "string",   "round",    "volley",
      "flurry",      "salvo",     "handful",  "couple",   "score"};
  return kNouns.count(lemma) > 0;
}

bool IsCarrierNoun(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kNouns = {
      "effort",  "mission",   "bid",       "attempt", "initiative",
      "process", "campaign",  "operation", "drive",   "push",
      "package", "programme", "program",   "scheme"};
  return kNouns.count(lemma) > 0;
}

std::vector<int> ObjectTokens(const ParseView& v, int verb) {
  if (IsReducedPassive(v, verb)) return {v.Head(verb)};
  std::vector<int> out = v.Children(verb, "nsubj:pass");
  if (out.empty()) out = v.Children(verb, "obj");
  for (int i : v.Children(verb, "iobj")) out.push_back(i);
  return out;
}

std::vector<int> OpenTargets(const ParseView& v, int trigger,
                             const std::string& code) {
  const int root = std::stoi(code.substr(0, 2));
  if (root < 10) return {};
  const bool noun = v.IsNoun(trigger);
  // "arrived in Taiwan despite warnings from Beijing": what was defied.
  if (noun && v.CaseOf(trigger) == "despite" && v.Head(trigger) >= 0) {
    return VerbSources(v, v.Head(trigger));
  }
  // "fired missiles, drawing condemnation from Tokyo": what drew it.
  if (noun && v.BaseRel(trigger) == "obj" && v.Head(trigger) >= 0 &&
      IsProvoking(v.Lemma(v.Head(trigger)))) {
    return VerbSources(v, v.Head(trigger));
  }
  const bool at = root == 14 || root == 15 || root >= 17;
  for (int o : Obliques(v, trigger, noun)) {
    std::string c = v.CaseOf(o);
    if (c != "against" && !(at && c == "at")) continue;
    std::vector<int> a = v.ActorsOf(o);
    if (!a.empty()) return a;
  }
  if (root < 18) return {};
  // "an offensive that toppled the Afghan government", "a strike that
  // killed three Hamas commanders": what the attack did, it did to them.
  if (noun) {
    for (int r : v.Children(trigger, "acl")) {
      for (int o : ObjectTokens(v, r)) {
        std::vector<int> a = v.ActorsOf(o);
        if (!a.empty()) return a;
      }
    }
  }
  // "struck targets in Syria": violence lands on the country it is in.
  return PlaceTargets(v, trigger, noun);
}

PatternMatch BestMatch(const ParseView& v, int trigger,
                       const std::vector<const Pattern*>& candidates,
                       bool implicit_object) {
  PatternMatch best;
  for (const Pattern* p : candidates) {
    PatternMatch m = TryPattern(v, trigger, *p, implicit_object);
    if (m.score > best.score) best = std::move(m);
  }
  return best;
}

}  // namespace dyad
