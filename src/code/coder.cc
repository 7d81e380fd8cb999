// EventCoder: triggers → patterns → roles → modality → events.
#include "dyad/coder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>

#include "code/event_builder.h"
#include "code/modality.h"
#include "code/parse_view.h"
#include "code/pattern_match.h"
#include "code/roles.h"
#include "code/stance.h"
#include "util/strings.h"

namespace dyad {
namespace {

// One coded trigger before it becomes events.
struct Coded {
  int trigger = -1;
  PatternMatch match;
  std::vector<int> sources;
  ModalityInfo modality;
  bool of_event = false;  // reacts to "it"/"this": an event told before
};

bool IsVerb(const Token& t) { return t.upos == "VERB"; }

// "warned that growth could slow", "warned of lower margins", "warned
// against complacency", "..., officials warned" forecast or advise;
// "warned that an invasion would trigger sanctions" threatens: a warning
// to nobody in particular is a threat only when it names a hostile
// response (in its own phrase, or in the clause it reports).
bool IsForecast(const ParseView& v, int warn) {
  static const std::unordered_set<std::string_view> kHostile = {
      "sanction", "retaliate", "retaliation", "consequence", "response",
      "respond", "measure", "force", "attack", "strike", "punish", "war",
      "action", "reprisal", "tolerate", "crackdown", "arrest", "expel", "ban",
      "retribution",
      // warned against: "any foreign interference", "provocations".
      "interference", "interfere", "intervention", "intervene", "meddling",
      "meddle", "provocation", "provoke", "escalation", "escalate",
      "aggression", "incursion", "invasion"};
  // "..., officials have warned": the warning reports the clause before.
  const int h = v.Head(warn);
  const std::string_view rel = v.BaseRel(warn);
  const bool reporting = h >= 0 && h < warn &&
                         (rel == "parataxis" || rel == "advcl") &&
                         !v.HasChild(warn, "ccomp") && !v.HasChild(warn, "obj");
  // "The Iranian military warned on Sunday": a warning whose content is
  // not told is kept.
  bool told = reporting || v.HasChild(warn, "ccomp");
  for (const char* r : {"obl", "advcl"}) {
    for (int o : v.Children(warn, r)) {
      const std::string c = v.CaseOf(o);
      told = told || c == "of" || c == "against" || c == "about";
    }
  }
  if (!told) return false;
  const int scope = reporting ? v.Head(warn) : warn;
  for (int t = 0; t < v.size(); ++t) {
    if (kHostile.count(v.Lemma(t)) && v.Dominates(scope, t)) return false;
  }
  return true;
}

// A plain, pessimistic or optimistic statement with nobody addressed ("X
// announced on Monday", "investors hoped", "the IMF warned that ...") says
// nothing about relations between actors; nor does a meeting, a
// negotiation, an agreement or a promise to cooperate with no partner
// ("EU finance ministers meet on Thursday", "the G20 adopted a
// declaration").
bool IsUndirected(const ParseView& v, const Coded& c) {
  if (!c.match.targets.empty()) return false;
  const std::string& code = c.match.pattern->code;
  if (code == "010" || code == "012" || code == "013") return true;
  // "the IMF warned that growth could slow": a gloomy forecast, not a
  // threat to anyone.
  if (code == "130" && v.Lemma(c.trigger) == "warn" &&
      IsForecast(v, c.trigger)) {
    return true;
  }
  const bool partnered =
      code == "030" || code == "057" || code == "040" || code == "046";
  return partnered && c.sources.size() < 2;
}

// A score ("2-1", "3-0") or a word of sport: the sentence tells a game.
bool IsSportSentence(const ParseView& v) {
  static const std::unordered_set<std::string_view> kWords = {
      "match",      "friendly",     "game",          "final",     "semifinal",
      "semi-final", "quarterfinal", "quarter-final", "goal",      "cup",
      "league",     "tournament",   "championship",  "qualifier", "innings",
      "wicket",     "striker",      "coach",         "squad",     "stadium",
      "olympic",    "medal",        "rugby",         "football",  "soccer",
      "cricket",    "tennis",       "basketball",    "fixture",   "derby",
      "penalty",    "champion",     "midfielder",    "defender",  "referee",
      "playoff",    "play-off",     "qualifying"};
  for (int i = 0; i < v.size(); ++i) {
    if (kWords.count(v.Lemma(i))) return true;
    const std::string& w = v.token(i).text;
    size_t dash = w.find('-');
    if (dash > 0 && dash != std::string::npos && dash + 1 < w.size() &&
        std::isdigit(static_cast<unsigned char>(w[0])) &&
        std::isdigit(static_cast<unsigned char>(w[dash + 1]))) {
      return true;
    }
  }
  return false;
}

// Verbs that in a sport sentence tell a result, not an event.
bool IsContestVerb(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "beat",  "defeat", "thrash", "crush",   "rout",      "edge",  "overcome",
      "down",  "win",    "lose",   "draw",    "play",      "face",  "host",
      "meet",  "hammer", "stun",   "upset",   "eliminate", "knock", "battle",
      "clash", "fight",  "attack", "protest", "score",     "tie"};
  return kVerbs.count(lemma) > 0;
}

// "called the deal a victory", "what they called a spy headquarters":
// naming something is no appeal and no phone call, though "called the
// verdict a sham" criticises (by the lexicon).
bool IsNaming(const ParseView& v, int t) {
  if (v.Lemma(t) != "call") return false;
  // "what they called a spy headquarters"
  if (v.BaseRel(t) == "acl" && v.Head(t) >= 0 && v.Lemma(v.Head(t)) == "what")
    return true;
  for (int x : v.Children(t, "xcomp")) {
    const std::string& u = v.token(x).upos;
    if (u == "NOUN" || u == "PROPN" || u == "ADJ") return true;
  }
  return false;
}

// A participle used as a modifier ("flood-hit Pakistan", "the embattled
// government") is no action.
bool IsModifier(const ParseView& v, int t) {
  std::string_view rel = v.BaseRel(t);
  return rel == "amod" || rel == "compound";
}

// A bare reporting verb: 010 introducing a clause ("X said that ...") or
// attached to one as a reporting clause ("..., Beijing says").
bool IsBareReport(const ParseView& v, const Coded& c) {
  if (c.match.pattern->code != "010") return false;
  std::string_view rel = v.BaseRel(c.trigger);
  return v.HasChild(c.trigger, "ccomp") || v.HasChild(c.trigger, "parataxis") ||
         rel == "parataxis" || rel == "ccomp";
}

// Base forms an inflected verb may come from: "shelled" → shell, shelle,
// shel; "carried" → carry; "raiding" → raid, raide.
std::vector<std::string> GuessVerbLemmas(const std::string& word) {
  const std::string w = Lowercase(word);
  std::vector<std::string> out;
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && w.ends_with(suf);
  };
  if (ends("ied")) out.push_back(w.substr(0, w.size() - 3) + "y");
  for (std::string_view suf : {"ed", "ing", "es", "s"}) {
    if (!ends(suf)) continue;
    std::string stem = w.substr(0, w.size() - suf.size());
    out.push_back(stem);
    out.push_back(stem + "e");
    size_t n = stem.size();
    if (stem[n - 1] == stem[n - 2]) out.push_back(stem.substr(0, n - 1));
  }
  return out;
}

// "five years after crowds burned down its embassy", "months before the
// army seized power": a verb in a clause set that far back in time tells
// the background of the news, not an event of its day.
bool IsBackground(const ParseView& v, int trigger) {
  static const std::unordered_set<std::string_view> kSpans = {
      "year", "years", "month", "months", "decade", "decades", "week", "weeks"};
  for (int k = trigger - 1; k >= 1 && k >= trigger - 6; --k) {
    const std::string& w = v.token(k).text;
    if (w == "," || w == ";") return false;
    if (w != "after" && w != "before") continue;
    return kSpans.count(v.token(k - 1).text) > 0;
  }
  return false;
}

// What politicians attack or clash over with words: "attacked the
// government's record", "launched an attack on Conservative spending
// plans", "clashed over tax plans".
bool IsAbstractNoun(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kNouns = {
      "policy",   "plan",      "record",    "cost",     "decision",
      "failure",  "way",       "proposal",  "budget",   "reform",
      "bill",     "law",       "idea",      "approach", "stance",
      "spending", "tax",       "strategy",  "handling", "remark",
      "comment",  "statement", "claim",     "report",   "speech",
      "tape",     "u-turn",    "debt",      "system",   "programme",
      "program",  "agenda",    "manifesto", "pledge",   "promise",
      "vision",   "sleaze",    "culture",   "rule",     "regulation",
      "measure",  "move"};
  return kNouns.count(lemma) > 0;
}

// "Turkey protested against the Koran burning", "the foreign ministry
// protested": a state that protests complains officially (114); the
// demonstrations of root 14 are collective actions of people.
bool IsOfficialProtest(const ParseView& v, const Coded& c) {
  if (c.match.pattern->code.compare(0, 2, "14") != 0 || c.sources.empty() ||
      v.Lemma(c.trigger) != "protest") {
    return false;
  }
  for (int s : c.sources) {
    const ActorMention& m = v.sentence().actors[s];
    if (!m.role.empty() && m.role != "GOV") return false;
    // "Kenyans protested", "Crimean Tatars protested": people, not a state.
    if (m.role.empty() && m.kind == ActorKind::kAdjective) return false;
  }
  return true;
}

// A violent code given to words ("attacked the plans", "attacked the EC
// for backing the deal", "attacked British imperialists, saying …"): the
// object is an idea, or the verb is followed by the reason for the attack
// or by what was said.
bool IsVerbalAttack(const ParseView& v, const Coded& c) {
  const std::string& code = c.match.pattern->code;
  if (code.compare(0, 2, "19") != 0) return false;
  int t = c.trigger;
  const std::string& l = v.Lemma(t);
  // "Labour and the Tories clashed over tax and spending plans".
  if (l == "clash" || l == "battle" || l == "fight" || l == "spar") {
    for (int o : v.Children(t, v.IsNoun(t) ? "nmod" : "obl")) {
      const std::string cs = v.CaseOf(o);
      if ((cs == "over" || cs == "on") && IsAbstractNoun(v.Lemma(o))) {
        return true;
      }
    }
    return false;
  }
  if (l != "attack" && l != "target") return false;
  if (v.IsNoun(t)) {  // "an attack on Labour's record"
    for (int n : v.Children(t, "nmod")) {
      if (v.CaseOf(n) == "on" && IsAbstractNoun(v.Lemma(n))) return true;
    }
    return false;
  }
  for (int o : ObjectTokens(v, t)) {
    if (IsAbstractNoun(v.Lemma(o))) return true;
  }
  for (int a : v.Children(t, "advcl")) {
    const bool gerund = v.token(a).xpos == "VBG";
    // "attacked the EC for backing …", "attacked X, saying …".
    if (gerund && (v.CaseOf(a) == "for" || v.Lemma(a) == "say")) return true;
  }
  return false;
}

// Approval, disapproval and rejection react to an earlier event.
bool IsReaction(const std::string& code) {
  std::string_view root = std::string_view(code).substr(0, 2);
  return root == "05" || root == "11" || root == "12";
}

// "vowed to retaliate", "hit back", "responded with air strikes": the word,
// or its open complement, answers an earlier act against the speaker.
bool IsResponse(const ParseView& v, int trigger) {
  static const std::unordered_set<std::string_view> kWords = {
      "retaliate", "respond",     "react",    "reply",        "avenge",
      "revenge",   "retaliation", "response", "counterattack"};
  static const std::unordered_set<std::string_view> kParticles = {
      "hit", "strike", "fight"};
  auto responds = [&](int t) {
    if (kWords.count(v.Lemma(t))) return true;
    if (!kParticles.count(v.Lemma(t))) return false;
    for (int p : v.Children(t, "compound:prt")) {
      if (v.Lemma(p) == "back") return true;
    }
    for (int p : v.Children(t, "advmod")) {
      if (v.Lemma(p) == "back") return true;
    }
    return false;
  };
  if (responds(trigger)) return true;
  for (int x : v.Children(trigger, "xcomp")) {
    if (responds(x)) return true;
  }
  return false;
}

// "criticised the move", "dismissed the decision": nouns that stand for an
// act just reported.
bool IsDecisionNoun(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kNouns = {
      "decision", "move", "step", "measure", "announcement", "action"};
  return kNouns.count(lemma) > 0;
}

// Every CAMEO root but statements (01): what "it" may refer to.
const std::vector<std::string> kAnyRoot = {
    "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
    "12", "13", "14", "15", "16", "17", "18", "19", "20"};

// "condemned it", "welcomed this": the pronoun object of a reaction stands
// for an event told before.
bool ObjectIsEventPronoun(const ParseView& v, int verb) {
  for (int o : v.Children(verb, "obj")) {
    const std::string& l = v.Lemma(o);
    if (l == "it" || l == "this" || l == "that") return true;
  }
  return false;
}

// "the attack", "this week's strikes", "these killings".
bool Definite(const ParseView& v, int noun) {
  for (int d : v.Children(noun, "det")) {
    const std::string& l = v.Lemma(d);
    if (l == "the" || l == "this" || l == "these" || l == "that" ||
        l == "those") {
      return true;
    }
  }
  return false;
}

// CoderOptions::phrase_targets: the first actor after `trigger` in its
// subtree that is not a source, with its conjuncts.
std::vector<int> PhraseTargets(const ParseView& v, int trigger,
                               const std::vector<int>& sources) {
  const std::vector<ActorMention>& actors = v.sentence().actors;
  // The sources and their conjuncts ("brokered by Saudi Arabia and the
  // United States") are one side, never the other.
  std::vector<int> side = sources;
  for (int s : sources) {
    for (int c : v.ActorsOf(static_cast<int>(actors[s].head)))
      side.push_back(c);
  }
  auto on_side = [&](int k) {
    return std::find(side.begin(), side.end(), k) != side.end();
  };
  for (size_t k = 0; k < actors.size(); ++k) {
    const ActorMention& m = actors[k];
    if (on_side(int(k)) || static_cast<int>(m.first) <= trigger) continue;
    if (v.Dominates(trigger, static_cast<int>(m.head))) {
      std::vector<int> out = v.ActorsOf(static_cast<int>(m.head));
      std::erase_if(out, on_side);
      return out;
    }
  }
  return {};
}

class Coder : public EventCoder {
 public:
  Coder(const Lexicon& lex, const Codebook& book, const CoderOptions& opts)
      : lex_(lex), book_(book), opts_(opts) {
    for (const std::string& code : StanceCodes()) {
      Pattern& p = stance_patterns_[code];
      p.code = code;
      p.origin = "stance";
    }
    verbal_attack_.code = "111";
    verbal_attack_.origin = "verbal attack";
    official_protest_.code = "114";
    official_protest_.origin = "protest by a state";
  }

  void Code(const Document& doc, const Article& article,
            const std::vector<Sentence>& sentences, std::string_view date,
            std::vector<Event>* out) const override {
    EventBuilder builder(doc, article, book_, opts_, date);
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (sentences[i].actors.empty()) continue;
      ParseView view(sentences[i]);
      MarkCompounds(&view);
      for (const Coded& c : CodeSentence(view)) {
        builder.Add(view, static_cast<int>(i), c.trigger, *c.match.pattern,
                    c.match, c.sources, c.modality,
                    PriorTarget(view, c, builder));
      }
    }
    builder.Finish(out);
  }

 private:
  std::vector<Coded> CodeSentence(const ParseView& v) const {
    std::vector<Coded> found;
    std::set<int> consumed;
    for (int t = 0; t < v.size(); ++t) {
      Coded c;
      if (!Match(v, t, &c)) continue;
      for (int x : c.match.consumed) consumed.insert(x);
      found.push_back(std::move(c));
    }
    RefineByConsumedNouns(&found);
    AddStances(v, &found);
    AddUncodedStances(v, &found);
    std::vector<Coded> out;
    const bool sport = IsSportSentence(v);
    for (Coded& c : found) {
      if (consumed.count(c.trigger) || !Keep(v, c)) continue;
      if (sport && IsContestVerb(v.Lemma(c.trigger))) continue;
      out.push_back(std::move(c));
    }
    return out;
  }

  // Nouns the lexicon knows with the modifier before them ("hunger strike",
  // "car bomb", "ethnic cleansing") are read as that compound.
  void MarkCompounds(ParseView* v) const {
    for (int t = 1; t < v->size(); ++t) {
      const int m = t - 1;
      if (v->Head(m) != t || !v->IsNoun(t)) continue;
      if (v->BaseRel(m) != "compound" && v->BaseRel(m) != "amod") continue;
      // The modifier as written: the lemmatizer reads the adjective
      // "hunger" as a comparative.
      std::string lemma = Lowercase(v->token(m).text) + "_" + v->Lemma(t);
      if (!lex_.Noun(lemma).empty()) v->SetCompound(t, std::move(lemma));
    }
  }

  // "staged a strike for the resignation of the president": a verb frame
  // that consumed an event noun ("stage obj:strike", 143) takes the noun's
  // own code when that is a sub-code of the same root (1431), and its
  // target when the frame found none.
  static void RefineByConsumedNouns(std::vector<Coded>* found) {
    for (Coded& verb : *found) {
      for (int n : verb.match.consumed) {
        const Coded* noun = CodedAt(found, n);
        if (noun == nullptr || noun == &verb) continue;
        const std::string& vc = verb.match.pattern->code;
        const std::string& nc = noun->match.pattern->code;
        if (nc.size() <= vc.size() || nc.compare(0, vc.size(), vc) != 0) {
          continue;
        }
        verb.match.pattern = noun->match.pattern;
        if (verb.match.targets.empty())
          verb.match.targets = noun->match.targets;
      }
    }
  }

  bool Match(const ParseView& v, int t, Coded* c) const {
    const Token& tok = v.token(t);
    const bool noun = v.IsNoun(t);
    if (!noun && (!IsVerb(tok) || IsModifier(v, t))) return false;
    if (noun && ClassifiesANoun(v, t)) return false;
    const auto& cands = noun ? NounCandidates(v, t) : VerbCandidates(v, t);
    if (cands.empty()) return false;
    c->match = BestMatch(v, t, cands);
    // "mediation efforts between X and Y": the event noun was the compound.
    if (noun && c->match.pattern != nullptr && lex_.Noun(v.Lemma(t)).empty()) {
      c->match.consumed.push_back(EventCompound(v, t));
    }
    if (c->match.pattern == nullptr && !noun && EventNounObject(v, t) >= 0) {
      c->match = BestMatch(v, t, cands, /*implicit_object=*/true);
      if (c->match.pattern && !IsReaction(c->match.pattern->code)) {
        c->match = PatternMatch();
      }
    }
    if (c->match.pattern == nullptr && !noun && HasDirectiveStance(v, t)) {
      // "urged Israel to release the prisoners": the action asked for needs
      // no actor of its own; the stance event has the actors.
      c->match = BestMatch(v, t, cands, /*implicit_object=*/true);
    }
    if (c->match.pattern == nullptr || c->match.pattern->code == kNotAnEvent) {
      return false;
    }
    if (!noun && IsNaming(v, t) && !c->match.pattern->code.starts_with("11")) {
      return false;
    }
    c->trigger = t;
    c->sources = !c->match.sources.empty() ? c->match.sources
                 : noun                    ? NounSources(v, t)
                                           : VerbSources(v, t);
    if (c->sources.empty() && !noun) c->sources = MeansActors(v, t);
    if (c->match.inferred_targets) DropSelf(v, c->sources, &c->match.targets);
    if (IsReaction(c->match.pattern->code) && ObjectIsEventPronoun(v, t)) {
      // "also condemned it": the attack, not the government named last.
      c->of_event = true;
      c->match.targets.clear();
    }
    if (c->match.targets.empty()) {
      c->match.targets = OpenTargets(v, t, c->match.pattern->code);
      DropSelf(v, c->sources, &c->match.targets);
    }
    if (opts_.phrase_targets && c->match.targets.empty()) {
      c->match.targets = PhraseTargets(v, t, c->sources);
    }
    c->modality = ModalityOf(v, t);
    if (IsVerbalAttack(v, *c)) c->match.pattern = &verbal_attack_;
    if (IsOfficialProtest(v, *c)) c->match.pattern = &official_protest_;
    if (c->match.absorbs_negation) c->modality.negated = false;
    return true;
  }

  // The lexicon entries of a verb: its lemma's or, when the analyzer's lemma
  // is unknown to the lexicon ("shelled" lemmatised as "shel"), those of a
  // lemma guessed from the inflected form ("shell").
  const std::vector<const Pattern*>& VerbCandidates(const ParseView& v,
                                                    int t) const {
    const auto& cands = lex_.Verb(v.Lemma(t));
    if (!cands.empty()) return cands;
    for (const std::string& guess : GuessVerbLemmas(v.token(t).text)) {
      const auto& alt = lex_.Verb(guess);
      if (!alt.empty()) return alt;
    }
    return cands;
  }

  // "was killed in an Israeli drone strike": a passive without agent takes
  // the actor of the event noun it happened in.
  std::vector<int> MeansActors(const ParseView& v, int verb) const {
    if (!IsPassive(v, verb)) return {};
    for (int o : v.Children(verb, "obl")) {
      if (v.CaseOf(o) != "in" || NounCandidates(v, o).empty()) continue;
      std::vector<int> a = NounActorModifiers(v, o);
      if (!a.empty()) return a;
    }
    return {};
  }

  // The lexicon entries of a noun, by its joined lemma first: with the
  // modifier before it ("hunger strike" is n:hunger_strike, not a military
  // strike, see MarkCompounds) or hyphen-joined ("cease-fire" is a
  // ceasefire, not a fire);
  // for a noun that only carries an event ("mediation efforts", "a peace
  // mission"), those of the event.
  const std::vector<const Pattern*>& NounCandidates(const ParseView& v,
                                                    int t) const {
    const auto& joined = lex_.Noun(v.JoinedLemma(t));
    if (!joined.empty()) return joined;
    const auto& own = lex_.Noun(v.Lemma(t));
    const int c = own.empty() ? EventCompound(v, t) : -1;
    return c >= 0 ? lex_.Noun(v.Lemma(c)) : own;
  }

  // "the sanctions bill", "protest leaders", "war crimes": an event noun
  // that only says what kind of thing another noun is names no event,
  // unless that noun carries the event ("mediation efforts") or is one.
  bool ClassifiesANoun(const ParseView& v, int t) const {
    if (v.BaseRel(t) != "compound") return false;
    const int h = v.Head(t);
    if (h < 0 || !v.IsNoun(h) || IsCarrierNoun(v.Lemma(h))) return false;
    return lex_.Noun(v.Lemma(h)).empty() && lex_.Noun(v.JoinedLemma(h)).empty();
  }

  // The compound modifier that names the event of a carrier noun
  // ("mediation" in "mediation efforts"), or -1.
  int EventCompound(const ParseView& v, int t) const {
    if (!IsCarrierNoun(v.Lemma(t))) return -1;
    for (int c : v.Children(t, "compound")) {
      if (c == t - 1 && !lex_.Noun(v.Lemma(c)).empty()) return c;
    }
    return -1;
  }

  // "NATO condemned the attack": a reaction to a definite event noun with
  // no actor of its own targets the actor of the latest such event.
  const EventActor* PriorTarget(const ParseView& v, const Coded& c,
                                const EventBuilder& builder) const {
    if (!c.match.targets.empty()) return nullptr;
    if (IsResponse(v, c.trigger) && !c.sources.empty()) {
      return builder.LatestSourceAgainst(
          v.sentence().actors[c.sources.front()]);
    }
    if (!IsReaction(c.match.pattern->code) || v.IsNoun(c.trigger)) {
      return nullptr;
    }
    if (c.of_event) {
      const EventActor* claimant = builder.LatestClaimant();
      return claimant != nullptr ? claimant : builder.LatestSource(kAnyRoot);
    }
    int o = EventNounObject(v, c.trigger);
    if (o < 0) return nullptr;
    const std::vector<std::string> roots = NounRoots(v.Lemma(o));
    // "Al-Shabaab claimed responsibility for the attack": whoever claimed
    // a violent act is its actor, whatever was told since.
    const bool violent = std::any_of(roots.begin(), roots.end(),
                                     [](const auto& r) { return r >= "18"; });
    const EventActor* claimant = violent ? builder.LatestClaimant() : nullptr;
    return claimant != nullptr ? claimant : builder.LatestSource(roots);
  }

  // A definite object naming an event, with no actor of its own: "the
  // attack", "these strikes"; -1 if none.
  int EventNounObject(const ParseView& v, int verb) const {
    for (int o : ObjectTokens(v, verb)) {
      if (v.ActorsOf(o).empty() && Definite(v, o) &&
          (!lex_.Noun(v.Lemma(o)).empty() || IsDecisionNoun(v.Lemma(o)))) {
        return o;
      }
    }
    return -1;
  }

  // The roots of the events a noun can name: its lexicon codes, or for "the
  // decision", "the move" the roots of decisions taken (intentions,
  // agreements, cooperation, aid, yielding, cuts, coercion).
  std::vector<std::string> NounRoots(const std::string& lemma) const {
    if (IsDecisionNoun(lemma) && lex_.Noun(lemma).empty()) {
      return {"03", "06", "07", "08", "16", "17"};
    }
    std::vector<std::string> roots;
    for (const Pattern* p : lex_.Noun(lemma))
      roots.push_back(p->code.substr(0, 2));
    return roots;
  }

  // Removes the targets that name the same actor as a source (or one inside
  // it: RUS and RUSMIL), or no actor at all.
  static void DropSelf(const ParseView& v, const std::vector<int>& sources,
                       std::vector<int>* targets) {
    const auto& actors = v.sentence().actors;
    std::erase_if(*targets, [&](int t) {
      if (actors[t].code.empty()) return true;  // an unresolved agent
      // A pronoun has its next antecedent to fall back on (EventBuilder).
      if (actors[t].kind == ActorKind::kPronoun &&
          !actors[t].alt_code.empty()) {
        return false;
      }
      // "agreed to disengage troops": India's troops are India's side.
      for (int s : sources) {
        if (SameSide(actors[s].code, actors[t].code)) return true;
      }
      return false;
    });
  }

  static bool HasDirectiveStance(const ParseView& v, int t) {
    Stance s = StanceOf(v, t).stance;
    return s == Stance::kAppeal || s == Stance::kDemand || s == Stance::kReject;
  }

  // An action asked for, demanded or refused (code/stance.h) adds the
  // stance's event at the word expressing it, unless the lexicon already
  // coded that word with a complement frame; a residual code there gives
  // way to the more specific stance code.
  void AddStances(const ParseView& v, std::vector<Coded>* found) const {
    const size_t n = found->size();
    for (size_t i = 0; i < n; ++i) {
      int action = (*found)[i].trigger;
      // "urged X to hold talks": an event noun stands for its light verb.
      if (v.IsNoun(action)) action = GoverningVerb(v, action);
      if (action < 0) continue;
      StanceFrame f = StanceOf(v, action);
      if (f.stance == Stance::kNone || f.stance == Stance::kIntent) continue;
      Coded d = StanceEvent(v, (*found)[i], f);
      if (d.match.pattern == nullptr || d.sources.empty()) continue;
      // What is asked or demanded has not happened.
      ModalityInfo& asked = (*found)[i].modality;
      if (f.stance != Stance::kReject && f.governor != (*found)[i].trigger &&
          asked.modality == Modality::kAsserted) {
        asked.modality = Modality::kHypothetical;
      }
      Coded* at = CodedAt(found, f.governor);
      if (at == nullptr) {
        found->push_back(std::move(d));
        continue;
      }
      // A lexicon frame with a complement, or the stance of a nearer action
      // ("refused to allow X to enter"), stays; a plain statement or a code
      // of the same root gives way; another event there stands beside it.
      const Pattern& p = *at->match.pattern;
      if (p.origin == "stance" || HasComplementSlot(p)) continue;
      if (p.code == "010" ||
          p.code.substr(0, 2) == d.match.pattern->code.substr(0, 2)) {
        *at = std::move(d);
      } else {
        found->push_back(std::move(d));
      }
    }
  }

  // "declared that China must drop barriers", "said Sudan must return the
  // helicopter": a reported clause with "must" or "should" is a demand or an
  // appeal to its subject even when the lexicon has no code for the action
  // asked (the residual 100 or 020).
  void AddUncodedStances(const ParseView& v, std::vector<Coded>* found) const {
    const Pattern blank;
    for (int x = 0; x < v.size(); ++x) {
      std::string_view rel = v.BaseRel(x);
      if ((rel != "ccomp" && rel != "acl") || CodedAt(found, x) != nullptr) {
        continue;
      }
      const StanceFrame f = StanceOf(v, x);
      if (f.stance != Stance::kDemand && f.stance != Stance::kAppeal) continue;
      // "must" / "should" / "ought" written on the clause: "had to cancel
      // flights" or "needed to expand" tell what the subject did or needs.
      if (AuxStance(v, x) == Stance::kNone) continue;
      Coded* at = CodedAt(found, f.governor);
      if (at != nullptr && at->match.pattern->code != "010") continue;
      Coded action;
      action.trigger = x;
      action.match.pattern = &blank;
      action.sources = VerbSources(v, x);
      if (action.sources.empty() || NamesAPronoun(v, action.sources)) continue;
      Coded d = StanceEvent(v, action, f);
      if (d.match.pattern == nullptr || d.sources.empty() ||
          d.match.targets.empty()) {
        continue;
      }
      if (at != nullptr) {
        *at = std::move(d);
      } else {
        found->push_back(std::move(d));
      }
    }
  }

  // "it must ...", "we should ...": in reported speech a pronoun is most
  // often the speaker's own side.
  static bool NamesAPronoun(const ParseView& v, const std::vector<int>& a) {
    for (int k : a) {
      if (v.sentence().actors[k].kind == ActorKind::kPronoun) return true;
    }
    return false;
  }

  static Coded* CodedAt(std::vector<Coded>* found, int trigger) {
    for (Coded& c : *found) {
      if (c.trigger == trigger) return &c;
    }
    return nullptr;
  }

  // A frame restricted to complement lemmas ("ask obj xcomp:extradite").
  static bool HasComplementSlot(const Pattern& p) {
    for (const Slot& s : p.slots) {
      bool complement =
          s.kind == Slot::Kind::kXcomp || s.kind == Slot::Kind::kCcomp;
      if (complement && !s.AnyLemma()) return true;
    }
    return false;
  }

  // The stance event: a refusal keeps the action's actors; an appeal or a
  // demand goes from the speaker to the addressee, else to whoever is to
  // act, else to the action's target.
  Coded StanceEvent(const ParseView& v, const Coded& action,
                    const StanceFrame& f) const {
    Coded d;
    const std::string& code = action.match.pattern->code;
    // "will not attack" reassures rather than refuses: only cooperation
    // that will not happen is a refusal.
    if (f.governor == action.trigger && (code < "03" || code >= "10")) {
      return d;
    }
    auto it = stance_patterns_.find(StanceCode(f.stance, code));
    if (it == stance_patterns_.end()) return d;
    d.trigger = f.governor;
    d.match.pattern = &it->second;
    d.modality = ModalityOf(v, f.governor);
    if (f.governor == action.trigger) {
      // "will not accept": the refusal is stated now, not negated.
      d.modality.negated = false;
      if (d.modality.modality == Modality::kIntended) {
        d.modality.modality = Modality::kAsserted;
      }
    }
    if (f.stance == Stance::kReject) {
      d.sources =
          !action.sources.empty() ? action.sources : VerbSources(v, f.governor);
      d.match.targets = action.match.targets;
      DropSelf(v, d.sources, &d.match.targets);
      return d;
    }
    d.sources = v.IsNoun(f.governor) ? NounSources(v, f.governor)
                                     : VerbSources(v, f.governor);
    d.match.targets = Addressees(v, f.governor);
    if (d.match.targets.empty() && action.sources != d.sources) {
      d.match.targets = action.sources;
    }
    if (d.match.targets.empty()) d.match.targets = action.match.targets;
    DropSelf(v, d.sources, &d.match.targets);
    return d;
  }

  bool Keep(const ParseView& v, const Coded& c) const {
    if (IsBackground(v, c.trigger)) return false;
    if (!opts_.code_reporting_verbs &&
        (IsBareReport(v, c) || IsUndirected(v, c))) {
      return false;
    }
    if (c.modality.modality == Modality::kHypothetical &&
        !opts_.emit_hypothetical) {
      return false;
    }
    return !(c.modality.negated && !opts_.emit_negated);
  }

  const Lexicon& lex_;
  const Codebook& book_;
  CoderOptions opts_;
  // Code-only patterns of the stance events, by code.
  std::map<std::string, Pattern> stance_patterns_;
  // "attacked the government's record": criticism (see IsVerbalAttack).
  Pattern verbal_attack_;
  // "Turkey summoned the ambassador to protest against ...": a complaint
  // (see IsOfficialProtest).
  Pattern official_protest_;
};

}  // namespace

std::unique_ptr<EventCoder> EventCoder::Create(const Lexicon& lexicon,
                                               const Codebook& codebook,
                                               const CoderOptions& options) {
  return std::make_unique<Coder>(lexicon, codebook, options);
}

}  // namespace dyad
