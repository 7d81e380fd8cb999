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

namespace dyad {
namespace {

// One coded trigger before it becomes events.
struct Coded {
  int trigger = -1;
  PatternMatch match;
  std::vector<int> sources;
  ModalityInfo modality;
};

bool IsVerb(const Token& t) { return t.upos == "VERB"; }

// A plain statement with nobody addressed ("X announced on Monday"): 010
// without target says nothing about relations between actors.
bool IsUndirectedStatement(const Coded& c) {
  return c.match.pattern->code == "010" && c.match.targets.empty();
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
      "penalty"};
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

// A participle used as a modifier ("flood-hit Pakistan", "the embattled
// government") is no action.
bool IsModifier(const ParseView& v, int t) {
  std::string_view rel = v.BaseRel(t);
  return rel == "amod" || rel == "compound";
}
bool IsNoun(const Token& t) { return t.upos == "NOUN" || t.upos == "PROPN"; }

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
std::vector<std::string> GuessVerbLemmas(std::string w) {
  for (char& c : w) c = static_cast<char>(std::tolower(c));
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

// Approval, disapproval and rejection react to an earlier event.
bool IsReaction(const std::string& code) {
  std::string_view root = std::string_view(code).substr(0, 2);
  return root == "05" || root == "11" || root == "12";
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

bool Dominates(const ParseView& v, int top, int tok) {
  for (int d = 0; tok >= 0 && d < v.size(); ++d, tok = v.Head(tok)) {
    if (tok == top) return true;
  }
  return false;
}

// CoderOptions::phrase_targets: the first actor after `trigger` in its
// subtree that is not a source, with its conjuncts.
std::vector<int> PhraseTargets(const ParseView& v, int trigger,
                               const std::vector<int>& sources) {
  const std::vector<ActorMention>& actors = v.sentence().actors;
  for (size_t k = 0; k < actors.size(); ++k) {
    const ActorMention& m = actors[k];
    bool source =
        std::find(sources.begin(), sources.end(), int(k)) != sources.end();
    if (source || static_cast<int>(m.first) <= trigger) continue;
    if (Dominates(v, trigger, static_cast<int>(m.head))) {
      return v.ActorsOf(static_cast<int>(m.head));
    }
  }
  return {};
}

class Coder : public EventCoder {
 public:
  Coder(const Lexicon& lex, const Codebook& book, const CoderOptions& opts)
      : lex_(lex), book_(book), opts_(opts) {}

  void Code(const Document& doc, const Article& article,
            const std::vector<Sentence>& sentences, std::string_view date,
            std::vector<Event>* out) const override {
    EventBuilder builder(doc, article, book_, opts_, date);
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (sentences[i].actors.empty()) continue;
      ParseView view(sentences[i]);
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
    std::vector<Coded> out;
    const bool sport = IsSportSentence(v);
    for (Coded& c : found) {
      if (consumed.count(c.trigger) || !Keep(v, c)) continue;
      if (sport && IsContestVerb(v.Lemma(c.trigger))) continue;
      out.push_back(std::move(c));
    }
    return out;
  }

  bool Match(const ParseView& v, int t, Coded* c) const {
    const Token& tok = v.token(t);
    const bool noun = IsNoun(tok);
    if (!noun && (!IsVerb(tok) || IsModifier(v, t))) return false;
    const auto& cands = noun ? lex_.Noun(v.Lemma(t)) : VerbCandidates(v, t);
    if (cands.empty()) return false;
    c->match = BestMatch(v, t, cands);
    if (c->match.pattern == nullptr && !noun && EventNounObject(v, t) >= 0) {
      c->match = BestMatch(v, t, cands, /*implicit_object=*/true);
      if (c->match.pattern && !IsReaction(c->match.pattern->code)) {
        c->match = PatternMatch();
      }
    }
    if (c->match.pattern == nullptr) return false;
    c->trigger = t;
    c->sources = !c->match.sources.empty() ? c->match.sources
                 : noun                    ? NounSources(v, t)
                                           : VerbSources(v, t);
    if (opts_.phrase_targets && c->match.targets.empty()) {
      c->match.targets = PhraseTargets(v, t, c->sources);
    }
    c->modality = ModalityOf(v, t);
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

  // "NATO condemned the attack": a reaction to a definite event noun with
  // no actor of its own targets the actor of the latest such event.
  const EventActor* PriorTarget(const ParseView& v, const Coded& c,
                                const EventBuilder& builder) const {
    if (!c.match.targets.empty() || !IsReaction(c.match.pattern->code) ||
        IsNoun(v.token(c.trigger))) {
      return nullptr;
    }
    int o = EventNounObject(v, c.trigger);
    return o < 0 ? nullptr : builder.LatestSource(NounRoots(v.Lemma(o)));
  }

  // A definite object naming an event, with no actor of its own: "the
  // attack", "these strikes"; -1 if none.
  int EventNounObject(const ParseView& v, int verb) const {
    for (int o : ObjectTokens(v, verb)) {
      if (v.ActorsOf(o).empty() && Definite(v, o) &&
          !lex_.Noun(v.Lemma(o)).empty()) {
        return o;
      }
    }
    return -1;
  }

  std::vector<std::string> NounRoots(const std::string& lemma) const {
    std::vector<std::string> roots;
    for (const Pattern* p : lex_.Noun(lemma))
      roots.push_back(p->code.substr(0, 2));
    return roots;
  }

  bool Keep(const ParseView& v, const Coded& c) const {
    if (!opts_.code_reporting_verbs &&
        (IsBareReport(v, c) || IsUndirectedStatement(c))) {
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
};

}  // namespace

std::unique_ptr<EventCoder> EventCoder::Create(const Lexicon& lexicon,
                                               const Codebook& codebook,
                                               const CoderOptions& options) {
  return std::make_unique<Coder>(lexicon, codebook, options);
}

}  // namespace dyad
