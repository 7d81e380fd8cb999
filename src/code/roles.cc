#include "code/roles.h"

#include <string>
#include <string_view>
#include <unordered_set>

#include "code/pattern_match.h"
#include "util/strings.h"

namespace dyad {
namespace {

constexpr int kMaxDepth = 8;  // bounds climbs through control chains

bool IsRelativePronoun(const ParseView& v, int i) {
  const std::string& l = v.Lemma(i);
  return l == "who" || l == "which" || l == "that" || l == "whom";
}

std::vector<int> SourcesAt(const ParseView& v, int verb, int depth);

// Verbs whose object noun names the event and whose subject is its actor:
// "launched an attack", "held talks", "imposed sanctions". Other verbs
// ("condemned the attack") do not make their subject the noun's actor.
bool IsSupportVerb(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "launch",    "carry",     "conduct",   "mount",     "stage",
      "hold",      "make",      "begin",     "start",     "continue",
      "resume",    "step",      "intensify", "escalate",  "announce",
      "impose",    "express",   "voice",     "offer",     "give",
      "provide",   "extend",    "sign",      "reach",     "conclude",
      "issue",     "deliver",   "order",     "lead",      "organize",
      "organise",  "join",      "pledge",    "promise",   "propose",
      "seek",      "plan",      "prepare",   "vow",       "approve",
      "authorize", "authorise", "unveil",    "introduce", "send",
      "take",      "pursue",    "wage",      "open",      "initiate",
      "renew",     "host",      "attend",    "complete",  "finalize",
      "finalise",  "broker",    "declare",   "perform",   "execute",
      "undertake", "agree",     "file",      "lodge",     "press",
      "expand",    "tighten",   "adopt",     "pass",      "publish",
      "release",   "submit",    "table",     "draft"};
  return kVerbs.count(lemma) > 0;
}

// The actor a reduced relative modifies: "sanctions targeting X" acts
// through the actor of the sanctions, "Putin, who" through Putin.
std::vector<int> ModifiedNounActors(const ParseView& v, int noun) {
  if (v.MentionAt(noun) >= 0) return v.ActorsOf(noun);
  std::vector<int> a = NounSources(v, noun);
  return a.empty() ? v.ActorsOf(noun) : a;
}

// "who" and "whom" stand for people.
bool IsPersonPronoun(const ParseView& v, int pron) {
  return v.Lemma(pron) == "who" || v.Lemma(pron) == "whom";
}

bool IsPersonLike(const ActorMention& m) {
  return m.kind == ActorKind::kPerson || m.kind == ActorKind::kAgent;
}

// The person or agent mentioned right before `pron` ("Putin, who"), or -1:
// the antecedent of "who" when the parse hangs the clause on an earlier
// noun ("in Beijing with President Putin, who will meet Xi").
int PersonRightBefore(const ParseView& v, int pron) {
  int best = -1;
  const auto& actors = v.sentence().actors;
  for (int a = 0; a < static_cast<int>(actors.size()); ++a) {
    const int last = static_cast<int>(actors[a].last);
    if (last >= pron || pron - last > 2 || !IsPersonLike(actors[a])) continue;
    if (best < 0 || last > static_cast<int>(actors[best].last)) best = a;
  }
  return best;
}

// "Putin, who will meet Xi": of the actors the relative clause's head
// denotes, the one nearest before the pronoun (a person for "who").
std::vector<int> RelativeAntecedent(const ParseView& v, int head, int pron) {
  const bool person = IsPersonPronoun(v, pron);
  int best = -1;
  for (int a : v.ActorsOf(head)) {
    const ActorMention& m = v.sentence().actors[a];
    if (static_cast<int>(m.last) >= pron) continue;
    if (person && !IsPersonLike(m)) continue;
    if (best < 0 || m.last > v.sentence().actors[best].last) best = a;
  }
  if (best < 0 && person) best = PersonRightBefore(v, pron);
  if (best < 0) return v.ActorsOf(head);
  return {best};
}

}  // namespace

std::vector<int> Addressees(const ParseView& v, int verb) {
  for (int o : ObjectTokens(v, verb)) {
    std::vector<int> a = v.ActorsOf(o);
    if (!a.empty()) return a;
  }
  for (int o : v.Children(verb, "obl")) {
    std::string c = v.CaseOf(o);
    if (c == "on" || c == "upon" || c == "to") {
      std::vector<int> a = v.ActorsOf(o);
      if (!a.empty()) return a;
    }
  }
  return {};
}

namespace {

// Subjects of the clause `verb` depends on, for control and coordination.
std::vector<int> Inherited(const ParseView& v, int verb, int depth) {
  int head = v.Head(verb);
  if (head < 0 || depth > kMaxDepth) return {};
  std::string_view rel = v.BaseRel(verb);
  if (rel == "xcomp") {
    // Object control ("asked NATO to bar", "called on NATO to bar") before
    // subject control.
    std::vector<int> a = Addressees(v, head);
    return !a.empty() ? a : SourcesAt(v, head, depth + 1);
  }
  if (rel == "conj") return SourcesAt(v, head, depth + 1);
  if (rel == "acl") return ModifiedNounActors(v, head);  // acl:relcl too
  if (rel == "advcl" && IsNonFiniteAdjunct(v, verb)) {
    // "accused India of violating", "praised Qatar for mediating": a
    // gerund marked "of" or "for" is done by the object.
    const std::string mark = v.CaseOf(verb);
    const std::vector<int> objects = ObjectTokens(v, head);
    if ((mark == "of" || mark == "for") && !objects.empty()) {
      // "fined Apple for breaking EU law": Apple broke it, known or not.
      for (int o : objects) {
        std::vector<int> a = v.ActorsOf(o);
        if (!a.empty()) return a;
      }
      return {};
    }
    return SourcesAt(v, head, depth + 1);
  }
  return {};
}

std::vector<int> SourcesAt(const ParseView& v, int verb, int depth) {
  if (IsPassive(v, verb)) {
    for (int obl : v.Children(verb, "obl")) {
      if (v.CaseOf(obl) == "by") return v.ActorsOf(obl);
    }
    return {};
  }
  for (int subj : v.Children(verb, "nsubj")) {
    if (v.Rel(subj) == "nsubj:pass") continue;
    std::vector<int> a = v.ActorsOf(subj);
    if (!a.empty()) return a;
    if (IsRelativePronoun(v, subj)) {
      if (v.BaseRel(verb) == "acl" && v.Head(verb) >= 0) {
        return RelativeAntecedent(v, v.Head(verb), subj);
      }
      // The parser made the relative clause a clause of its own.
      const int person =
          IsPersonPronoun(v, subj) ? PersonRightBefore(v, subj) : -1;
      if (person >= 0) return {person};
      return Inherited(v, verb, depth);
    }
    return {};
  }
  return Inherited(v, verb, depth);
}

}  // namespace

bool IsNonFiniteAdjunct(const ParseView& v, int verb) {
  if (v.BaseRel(verb) != "advcl" || v.HasChild(verb, "nsubj")) return false;
  const std::string& xpos = v.token(verb).xpos;
  if (xpos == "VBG") return !v.HasChild(verb, "aux");
  return v.CaseOf(verb) == "to" && xpos == "VB";
}

namespace {

// True when the noun phrase of `noun` is an argument of something; false
// when it is the root of the sentence, as when the parser takes "Thousands
// of people protested" for a noun modified by a participle.
bool PhraseIsGoverned(const ParseView& v, int noun) {
  for (int d = 0; noun >= 0 && d < kMaxDepth; ++d) {
    std::string_view rel = v.BaseRel(noun);
    if (rel != "nmod" && rel != "conj" && rel != "appos") break;
    noun = v.Head(noun);
  }
  return noun >= 0 && v.Head(noun) >= 0;
}

}  // namespace

bool IsReducedPassive(const ParseView& v, int verb) {
  return v.Rel(verb) == "acl" && v.token(verb).xpos == "VBN" &&
         !v.HasChild(verb, "nsubj") && !v.HasChild(verb, "obj") &&
         PhraseIsGoverned(v, v.Head(verb));
}

bool IsPassive(const ParseView& v, int verb) {
  return v.HasChild(verb, "nsubj:pass") || v.HasChild(verb, "aux:pass") ||
         IsReducedPassive(v, verb);
}

std::vector<int> VerbSources(const ParseView& v, int verb) {
  return SourcesAt(v, verb, 0);
}

int GoverningVerb(const ParseView& v, int noun) {
  int n = noun;
  for (int d = 0; d < kMaxDepth; ++d) {
    const int h = v.Head(n);
    const bool counted = v.BaseRel(n) == "nmod" && h >= 0 &&
                         v.CaseOf(n) == "of" && IsLightNoun(v.Lemma(h));
    if (v.BaseRel(n) != "conj" && !counted) break;
    if (h < 0) return -1;
    n = h;
  }
  std::string_view rel = v.BaseRel(n);
  int head = v.Head(n);
  if (head < 0) return -1;
  bool argument = rel == "obj" || rel == "obl" || rel == "nsubj" ||
                  rel == "iobj" || rel == "xcomp";
  const std::string& upos = v.token(head).upos;
  return argument && (upos == "VERB" || upos == "AUX") ? head : -1;
}

std::vector<int> NounActorModifiers(const ParseView& v, int noun) {
  for (int c : v.Children(noun, "nmod:poss")) {
    std::vector<int> a = v.ActorsOf(c);
    if (!a.empty()) return a;
  }
  for (const char* rel : {"amod", "compound"}) {
    for (int c : v.Children(noun, rel)) {
      const int m = v.MentionAt(c);
      // "the Madrid bombing", "the Moscow talks": a city names the place.
      if (m < 0 || v.sentence().actors[m].kind == ActorKind::kCapital) continue;
      return v.ActorsOf(c);
    }
  }
  return {};
}

namespace {

// "X is responsible for mass killings", "guilty of violating the
// ceasefire", "were engaged in ethnic cleansing", "involved in the attack":
// the subject of the predicate governing the event noun did it; -1 when
// `noun` has no such predicate.
int CulpritPredicate(const ParseView& v, int noun) {
  const int h = v.Head(noun);
  if (h < 0) return -1;
  const std::string& l = v.Lemma(h);
  const std::string c = v.CaseOf(noun);
  const bool adj = (l == "responsible" || l == "guilty" || l == "culpable") &&
                   (c == "for" || c == "of");
  const bool part = (l == "engage" || l == "involve") && c == "in";
  return adj || part ? h : -1;
}

std::vector<int> SubjectActors(const ParseView& v, int pred) {
  for (const char* rel : {"nsubj", "nsubj:pass"}) {
    for (int s : v.Children(pred, rel)) {
      std::vector<int> a = v.ActorsOf(s);
      if (!a.empty()) return a;
    }
  }
  return VerbSources(v, pred);
}

// "ordered a review amid rising concern", "signed despite protests": an
// oblique event noun whose preposition sets the scene is no act of the
// verb's subject. The preposition may be mis-tagged and hung elsewhere:
// then it is the word before the noun's phrase.
bool IsCircumstance(const ParseView& v, int noun) {
  if (v.BaseRel(noun) != "obl") return false;
  static const std::unordered_set<std::string_view> kScene = {
      "amid",   "amidst", "despite", "after", "before",  "following",
      "during", "since",  "over",    "about", "because", "like"};
  std::vector<int> cases = v.Children(noun, "case");
  if (cases.empty()) {
    int start = noun;
    while (start > 0 && v.Dominates(noun, start - 1)) --start;
    if (start > 0) cases.push_back(start - 1);
  }
  for (int c : cases) {
    if (kScene.count(Lowercase(v.token(c).text)) > 0) return true;
  }
  return false;
}

}  // namespace

std::vector<int> NounSources(const ParseView& v, int noun) {
  std::vector<int> own = NounActorModifiers(v, noun);
  if (!own.empty()) return own;
  if (v.MentionAt(noun) >= 0) return {};
  if (int p = CulpritPredicate(v, noun); p >= 0) return SubjectActors(v, p);
  int verb = GoverningVerb(v, noun);
  if (verb < 0 || v.BaseRel(noun) == "nsubj") return {};
  if (!IsSupportVerb(v.Lemma(verb)) || IsCircumstance(v, noun)) return {};
  return VerbSources(v, verb);
}

}  // namespace dyad
