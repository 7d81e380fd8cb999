#include "code/parse_repair.h"

#include <string_view>
#include <unordered_set>

#include "code/modality.h"
#include "code/pattern_match.h"
#include "code/stance.h"
#include "util/strings.h"

namespace dyad {
namespace {

struct Tree {
  const Sentence& s;
  std::vector<int>& heads;
  std::vector<std::string>& rels;

  int size() const { return static_cast<int>(heads.size()); }
  std::string_view Base(int i) const {
    std::string_view r = rels[i];
    return r.substr(0, r.find(':'));
  }
  std::vector<int> Children(int head, std::string_view rel) const {
    std::vector<int> out;
    for (int i = 0; i < size(); ++i) {
      if (heads[i] == head && (rels[i] == rel || Base(i) == rel)) {
        out.push_back(i);
      }
    }
    return out;
  }
  const std::string& Text(int i) const { return s.tokens[i].text; }
};

// True when `tok` is `top` or below it.
bool Within(const Tree& t, int top, int tok) {
  for (int h = tok, d = 0; h >= 0 && d < t.size(); h = t.heads[h], ++d) {
    if (h == top) return true;
  }
  return false;
}

// The first token of `i`'s subtree.
int SubtreeStart(const Tree& t, int i) {
  for (int c = 0; c < i; ++c) {
    if (Within(t, i, c)) return c;
  }
  return i;
}

// The last token of `i`'s subtree.
int SubtreeEnd(const Tree& t, int i) {
  for (int c = t.size() - 1; c > i; --c) {
    if (Within(t, i, c)) return c;
  }
  return i;
}

// "as", "while", "when": words that open a clause of time.
bool IsTimeSubordinator(const std::string& lemma) {
  return lemma == "as" || lemma == "while" || lemma == "when";
}

// Only a comma or a coordinator between two subjects: "China, Russia",
// "Sudan's army and the RSF" (the parser may give both to the verb).
bool CommaBetween(const Tree& t, int a, int b) {
  for (int i = a + 1; i < SubtreeStart(t, b); ++i) {
    const std::string& w = t.Text(i);
    if (w != "," && w != "and" && w != "or") return false;
  }
  return true;
}

// "China, Russia coordinated", "the army and the RSF began": the later
// active subjects become conjuncts of the first when only commas or a
// coordinator separate them.
void JoinCommaSubjects(Tree& t) {
  for (int v = 0; v < t.size(); ++v) {
    std::vector<int> subj = t.Children(v, "nsubj");
    for (size_t k = 1; k < subj.size(); ++k) {
      int a = subj[k - 1], b = subj[k];
      // "The leaders of Japan and South Korea met": from the end of the
      // first subject's phrase.
      if (t.rels[a] != t.rels[b] || !CommaBetween(t, SubtreeEnd(t, a), b))
        continue;
      t.heads[b] = subj[0];
      t.rels[b] = "conj";
    }
  }
}

// The code of the actor mentioned at token i, or "".
const std::string& ActorAt(const Tree& t, int i) {
  static const std::string kNone;
  for (const ActorMention& m : t.s.actors) {
    if (static_cast<int>(m.first) <= i && i <= static_cast<int>(m.last))
      return m.code;
  }
  return kNone;
}

// True when tokens a and b name actors of different principals.
bool DifferentActors(const Tree& t, int a, int b) {
  const std::string &x = ActorAt(t, a), &y = ActorAt(t, b);
  return !x.empty() && !y.empty() && x.substr(0, 3) != y.substr(0, 3);
}

// "China, Russia coordinated" parsed with Russia hung on China (compound,
// apposition, flat name): two different actors named in a row across a
// comma are a coordination, not one name ("Paris, France" is one actor).
void JoinCommaNames(Tree& t) {
  for (int c = 2; c < t.size(); ++c) {
    const int a = t.heads[c];
    const std::string_view rel = t.Base(c);
    if (a < 0 || a >= c || t.Text(a + 1) != "," || !CommaBetween(t, a, c))
      continue;
    if (rel != "compound" && rel != "appos" && rel != "flat" && rel != "list")
      continue;
    if (t.Base(a) != "nsubj") continue;
    if (!DifferentActors(t, a, c)) continue;
    t.rels[c] = "conj";
  }
  // "Egypt, Jordan coordinated": the first name read as a vocative or a
  // dislocated phrase of the verb whose subject the second is.
  // Or as the subject of a closing report the verb is the complement of
  // ("Egypt, Jordan coordinated …, Cairo says").
  for (int c = 2; c < t.size(); ++c) {
    const int verb = t.heads[c];
    if (verb < 0 || t.rels[c] != "nsubj") continue;
    const int report = t.Base(verb) == "ccomp" ? t.heads[verb] : -1;
    for (int a = 0; a + 1 < c; ++a) {
      const std::string_view rel = t.Base(a);
      const bool aside =
          t.heads[a] == verb && (rel == "vocative" || rel == "dislocated");
      const bool report_subject =
          report >= 0 && t.heads[a] == report && rel == "nsubj";
      if (!(aside || report_subject) || t.Text(a + 1) != "," ||
          !CommaBetween(t, a, c)) {
        continue;
      }
      if (!DifferentActors(t, a, c)) continue;
      t.heads[a] = verb, t.rels[a] = "nsubj";
      t.heads[c] = a;
      t.rels[c] = "conj";
    }
  }
}

// True when a comma opens the phrase of `c` or comes right before it.
bool SetOffByComma(const Tree& t, int c) {
  const int start = SubtreeStart(t, c);
  return t.Text(start) == "," || (start >= 1 && t.Text(start - 1) == ",");
}

// "..., in a deal mediated by Qatar, officials said on Wednesday": a closing
// reporting clause the parser took for the complement of the main verb is
// the report of the whole sentence, beside it (parataxis).
void ClosingReportIsNoComplement(Tree& t) {
  for (int c = 2; c < t.size(); ++c) {
    const int h = t.heads[c];
    if (h < 0 || h > c || t.Base(c) != "ccomp" ||
        !IsReportingVerb(t.s.tokens[c].lemma)) {
      continue;
    }
    if (!SetOffByComma(t, c) || !t.Children(c, "ccomp").empty() ||
        !t.Children(c, "obj").empty() || t.Children(c, "nsubj").empty()) {
      continue;
    }
    t.rels[c] = "parataxis";
  }
}

// "agreed to a truce ..., in a deal mediated by Qatar": an oblique set off
// by a comma that the parser hung on a noun (as obl or nmod) modifies the
// clause, so it moves to the nearest verb above that noun.
void CommaObliqueOfNoun(Tree& t) {
  for (int c = 1; c < t.size(); ++c) {
    const int h = t.heads[c];
    if (h < 0 || h > c || (t.Base(c) != "obl" && t.Base(c) != "nmod")) continue;
    const std::string& pos = t.s.tokens[h].upos;
    // The noun, or a reduced relative on it ("hostages held in Gaza, in a
    // deal mediated by Qatar").
    const bool relative = pos == "VERB" && t.Base(h) == "acl";
    if ((pos != "NOUN" && pos != "PROPN" && !relative) ||
        !t.Children(h, "cop").empty())
      continue;
    if (!SetOffByComma(t, c)) continue;
    int verb = t.heads[h];
    for (int k = 0; verb >= 0 && k < 64 && t.s.tokens[verb].upos != "VERB";
         ++k) {
      verb = t.heads[verb];
    }
    if (verb >= 0 && t.s.tokens[verb].upos == "VERB")
      t.heads[c] = verb, t.rels[c] = "obl";
  }
}

// Lemmas of the non-modal auxiliaries of `verb` ("have", "be").
std::vector<std::string> Auxes(const Tree& t, int verb) {
  std::vector<std::string> out;
  for (int a : t.Children(verb, "aux")) {
    std::string lemma = t.s.tokens[a].lemma;
    if (lemma == "have" || lemma == "be" || lemma == "do") out.push_back(lemma);
  }
  return out;
}

bool HasModal(const Tree& t, int verb) {
  for (int a : t.Children(verb, "aux")) {
    if (t.s.tokens[a].xpos == "MD") return true;
  }
  return false;
}

// The debris of a parse that ran out of choices at the end of a sentence:
// words hung on a coordinator or a subordinator, which head nothing. A
// conjunct on "and" is a conjunct of what "and" hangs on, which the
// coordinator then marks; a verb on "that" is the clause "that" opens, and
// so is the relative verb of a subject on "that"; a verb conjunct
// with its own auxiliary hung on a noun is one of the noun's verb ("has
// warned that a blockade would trigger sanctions and has condemned X").
void FunctionWordHeads(Tree& t) {
  for (int d = 0; d < t.size(); ++d) {
    const int h = t.heads[d];
    if (h < 0 || t.heads[h] < 0) continue;
    const std::string& hu = t.s.tokens[h].upos;
    if (hu == "CCONJ" && t.Base(d) == "conj") {
      t.heads[d] = t.heads[h];
      t.heads[h] = d;
    } else if (hu == "SCONJ" && t.Base(h) == "mark" &&
               t.s.tokens[d].upos == "VERB") {
      t.heads[d] = t.heads[h], t.rels[d] = "ccomp";
      t.heads[h] = d;
    } else if (hu == "SCONJ" && t.Base(h) == "mark" && t.Base(d) == "nsubj") {
      for (int v : t.Children(d, "acl")) {
        if (t.s.tokens[v].upos != "VERB") continue;
        t.heads[v] = t.heads[h], t.rels[v] = "ccomp";
        t.heads[d] = v;
        t.heads[h] = v;
        break;
      }
    }
  }
  for (int d = 0; d < t.size(); ++d) {
    const int n = t.heads[d];
    if (n < 0 || t.Base(d) != "conj" || t.s.tokens[d].upos != "VERB" ||
        t.Children(d, "aux").empty() || t.s.tokens[n].upos != "NOUN")
      continue;
    const int v = t.heads[n];
    if (v >= 0 && t.s.tokens[v].upos == "VERB") t.heads[d] = v;
  }
}

// "have warned that an invasion would trigger sanctions and have rejected
// X": a subjectless conjunct with its own finite auxiliary, attached to a
// modal complement verb, belongs to the verb above the complement when that
// verb has the same auxiliary.
void LiftConjunctOutOfComplement(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    int h = t.heads[c];
    if (t.Base(c) != "conj" || h < 0 || !t.Children(c, "nsubj").empty()) {
      continue;
    }
    std::vector<std::string> own = Auxes(t, c);
    if (own.empty() || !HasModal(t, h) || t.Base(h) != "ccomp") continue;
    int g = t.heads[h];
    if (g >= 0 && Auxes(t, g) == own) t.heads[c] = g;
  }
}

bool HasToMarker(const Tree& t, int verb) {
  for (int m : t.Children(verb, "mark")) {
    if (t.s.tokens[m].lemma == "to") return true;
  }
  return false;
}

// Verbs whose "to" infinitive is their complement, not a purpose clause:
// "agreed on Monday to forward", "refused to allow".
bool TakesInfinitive(const std::string& lemma) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "agree",    "refuse",  "decline", "fail",    "plan",   "intend",
      "want",     "hope",    "aim",     "seek",    "expect", "promise",
      "pledge",   "vow",     "offer",   "decide",  "try",    "attempt",
      "threaten", "propose", "wish",    "prepare", "vote",   "choose"};
  return kVerbs.count(lemma) > 0;
}

// "called on Israel to release the prisoners": the parser may attach the
// infinitive as a purpose clause; after a verb of asking or ordering it is
// the action asked for, an open complement, and so it is after a verb that
// takes an infinitive ("agreed on Monday to forward", "refused to allow").
void InfinitiveOfDirective(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    int h = t.heads[c];
    if (h < 0 || t.Base(c) != "advcl" || !HasToMarker(t, c) ||
        !t.Children(c, "nsubj").empty()) {
      continue;
    }
    const std::string& verb = t.s.tokens[h].lemma;
    if (IsDirectiveVerb(verb) || TakesInfinitive(verb)) t.rels[c] = "xcomp";
  }
}

// "ordered the French ambassador to leave": an infinitive the parser hung
// on the object of a verb of asking or ordering is that verb's open
// complement, the action asked of the object.
void InfinitiveOfDirectiveObject(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    const int o = t.heads[c];
    if (o < 0 || t.Base(c) != "acl" || !HasToMarker(t, c) ||
        !t.Children(c, "nsubj").empty() || t.Base(o) != "obj") {
      continue;
    }
    const int verb = t.heads[o];
    if (verb < 0 || !IsDirectiveVerb(t.s.tokens[verb].lemma)) continue;
    t.heads[c] = verb;
    t.rels[c] = "xcomp";
  }
}

// "agreed on Monday to forward ...": a clausal complement with neither
// subject nor tense of its own, introduced by "to", is an open complement.
void SubjectlessToClauseIsOpen(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    if (t.rels[c] != "ccomp" || !t.Children(c, "nsubj").empty() ||
        t.s.tokens[c].xpos != "VB") {
      continue;
    }
    for (int m : t.Children(c, "case")) {
      if (m < c && t.s.tokens[m].lemma == "to") t.rels[c] = "xcomp";
    }
    if (HasToMarker(t, c)) t.rels[c] = "xcomp";
  }
}

// The verb above the to-infinitive `h`: the verb it complements, or, when
// the parser hung it on the verb's object ("ordered the envoy to leave"),
// the verb of that object; -1 if `h` is no such infinitive.
int InfinitiveGovernor(const Tree& t, int h) {
  if (!HasToMarker(t, h)) return -1;
  if (t.rels[h] == "xcomp" || t.Base(h) == "advcl") return t.heads[h];
  int noun = t.heads[h];
  if (t.Base(h) != "acl" || t.Base(noun) != "obj") return -1;
  return t.heads[noun];
}

// "ordered the ambassador to leave the country, accusing Paris of ...": a
// participle set off by a comma after an infinitive complement tells what
// the main clause's subject did, not the infinitive's; it moves up to the
// verb that governs the infinitive. After a reporting verb ("..., officials
// said, drawing condemnation") it belongs to the reported clause.
// "X fired missiles, officials said, drawing condemnation": the clause a
// reporting verb reports; -1 if `h` reports none before `c`.
int ReportedClause(const Tree& t, int h, int c) {
  if (!IsReportingVerb(t.s.tokens[h].lemma)) return -1;
  for (int k : t.Children(h, "ccomp")) {
    if (k < c) return k;
  }
  int up = t.heads[h];
  return up >= 0 && up < h ? up : -1;
}

// A participle set off by a comma, without subject or auxiliary, after its
// head: an adverbial clause, or one the parser made the complement of a
// reporting verb ("state media said, drawing condemnation"), since a
// gerund is never what was said.
bool IsCommaParticiple(const Tree& t, int c) {
  int h = t.heads[c];
  if (h < 0 || t.s.tokens[c].xpos != "VBG" || !t.Children(c, "nsubj").empty() ||
      !t.Children(c, "aux").empty() || c < h) {
    return false;
  }
  const bool said =
      t.Base(c) == "ccomp" && IsReportingVerb(t.s.tokens[h].lemma);
  return (t.Base(c) == "advcl" || said) && SetOffByComma(t, c);
}

// "entered Kabul as the president fled the country, completing …": the
// verb above a time clause ("as", "while", "when") that `h` is, or -1.
int TimeClauseGovernor(const Tree& t, int h) {
  if (t.Base(h) != "advcl") return -1;
  for (int m : t.Children(h, "mark")) {
    if (IsTimeSubordinator(t.s.tokens[m].lemma)) return t.heads[h];
  }
  return -1;
}

void LiftCommaParticiple(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    if (!IsCommaParticiple(t, c)) continue;
    int h = t.heads[c];
    int up = t.heads[h] >= 0 ? InfinitiveGovernor(t, h) : -1;
    if (up < 0) up = ReportedClause(t, h, c);
    if (up < 0) up = TimeClauseGovernor(t, h);
    if (up >= 0) t.heads[c] = up, t.rels[c] = "advcl";
  }
}

// "as President Ashraf Ghani fled the country": a subordinator the parser
// read as the preposition of the name that follows it; the name is the
// subject of the verb right after it, and the subordinator its mark.
void SubjectAfterSubordinator(Tree& t) {
  for (int k = 0; k + 2 < t.size(); ++k) {
    if (!IsTimeSubordinator(t.s.tokens[k].lemma) || t.rels[k] != "case") {
      continue;
    }
    int top = t.heads[k];
    for (int d = 0; top >= 0 && d < 4; ++d) {
      const std::string_view r = t.Base(top);
      if (r != "nmod" && r != "flat" && r != "compound") break;
      if (t.rels[top] != "nmod:desc" && r != "flat" && r != "compound") break;
      top = t.heads[top];
    }
    if (top < 0) continue;
    const int verb = SubtreeEnd(t, top) + 1;
    if (verb >= t.size() || t.s.tokens[verb].xpos != "VBD" ||
        !t.Children(verb, "nsubj").empty() || t.heads[top] == verb) {
      continue;
    }
    t.heads[top] = verb;
    t.rels[top] = "nsubj";
    t.heads[k] = verb;
    t.rels[k] = "mark";
    // A clause opened by a subordinator is adverbial, whatever the parser
    // took it for.
    const std::string_view rel = t.Base(verb);
    if (rel == "parataxis" || rel == "conj" || rel == "ccomp")
      t.rels[verb] = "advcl";
  }
}

bool IsTimeNoun(const std::string& lemma) {
  static const char* const kNouns[] = {
      "monday",  "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday",  "today",   "yesterday", "week",     "month",  "year",
      "weekend", "night",   "morning",   "evening"};
  for (const char* n : kNouns) {
    if (lemma == n) return true;
  }
  return false;
}

// "said on Tuesday that Sudan must return ...": a that-clause with its own
// subject hung on the day as a relative clause is the verb's complement.
void ThatClauseAfterADate(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    int day = t.heads[c];
    if (day < 0 || t.Base(c) != "acl" || t.Children(c, "nsubj").empty()) {
      continue;
    }
    const std::string lemma = Lowercase(t.s.tokens[day].lemma);
    int verb = t.heads[day];
    if (!IsTimeNoun(lemma) || verb < 0 || t.Base(day) != "obl") continue;
    int start = SubtreeStart(t, c);
    if (start == c || t.Text(start) != "that") continue;
    t.heads[c] = verb;
    t.rels[c] = "ccomp";
  }
}

// "filed a case at the court, accusing Israel of ...": a clause the parser
// hangs on a verb as a noun modifier (acl) is an adverbial clause.
void AclOfVerbIsAdverbial(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    int h = t.heads[c];
    if (h >= 0 && t.rels[c] == "acl" && t.s.tokens[h].upos == "VERB") {
      t.rels[c] = "advcl";
    }
  }
}

// A day named without a preposition: "Monday", "today", "yesterday".
bool IsDayWord(const std::string& text) {
  const std::string w = Lowercase(text);
  return IsTimeNoun(w) && w != "week" && w != "month" && w != "year" &&
         w != "weekend" && w != "night" && w != "morning" && w != "evening";
}

// "Indian business leaders Friday called for ...": wire copy puts the day
// right after the subject, and the parser takes the day for the subject
// with the real subject as its compound. The compound becomes the subject,
// the day a temporal modifier of the verb.
void DayAfterSubject(Tree& t) {
  for (int day = 1; day < t.size(); ++day) {
    const int verb = t.heads[day];
    if (verb <= day || t.Base(day) != "nsubj" || !IsDayWord(t.Text(day))) {
      continue;
    }
    const int subj = day - 1;
    const std::string& upos = t.s.tokens[subj].upos;
    // The parser hangs the real subject on the day, or on the verb as an
    // object before it.
    const bool on_day = t.heads[subj] == day && t.rels[subj] == "compound";
    const bool before_verb = t.heads[subj] == verb && t.Base(subj) == "obj";
    if ((upos != "NOUN" && upos != "PROPN") || !(on_day || before_verb)) {
      continue;
    }
    for (int c = 0; c < day; ++c) {
      if (c != subj && t.heads[c] == day) t.heads[c] = subj;
    }
    t.heads[subj] = verb;
    t.rels[subj] = t.rels[day];
    t.rels[day] = "obl:tmod";
  }
}

// "handed over 700 kg of medicine": a particle right after its verb, taken
// for an adverb, is the verb's particle.
void AdverbIsParticle(Tree& t) {
  static const char* const kParticles[] = {"over", "out",  "off", "back",
                                           "away", "down", "up"};
  for (int c = 1; c < t.size(); ++c) {
    const int h = t.heads[c];
    if (h != c - 1 || t.rels[c] != "advmod" || t.s.tokens[h].upos != "VERB") {
      continue;
    }
    for (const char* p : kParticles) {
      if (t.s.tokens[c].lemma == p) t.rels[c] = "compound:prt";
    }
  }
}

// "In an unprecedented move, Palestinian police confiscated ...": the
// subject after an opening phrase and a comma, taken for a conjunct of the
// phrase, is the subject of the verb that has none.
void SubjectAfterOpeningPhrase(Tree& t) {
  for (int c = 1; c < t.size(); ++c) {
    const int o = t.heads[c];
    if (o < 0 || t.rels[c] != "conj" || t.Base(o) != "obl") continue;
    const int verb = t.heads[o];
    if (verb <= c || !t.Children(verb, "nsubj").empty() ||
        !t.Children(c, "cc").empty()) {
      continue;
    }
    const int start = SubtreeStart(t, c);
    const bool comma =
        t.Text(start) == "," || (start > 0 && t.Text(start - 1) == ",");
    if (!comma || SubtreeStart(t, o) >= start) continue;
    t.heads[c] = verb;
    t.rels[c] = "nsubj";
  }
}

// The verb of the clause that begins after `i`: the first verb or auxiliary
// (an auxiliary stands for its verb); -1 if none.
int NextClauseVerb(const Tree& t, int i) {
  for (int k = i + 1; k < t.size() && k <= i + 4; ++k) {
    const std::string& upos = t.s.tokens[k].upos;
    if (upos == "AUX" && (t.Base(k) == "aux" || t.Base(k) == "cop")) {
      return t.heads[k];
    }
    if (upos == "VERB") return k;
  }
  return -1;
}

// "Japan said on Tuesday it had halted aid": a subject pronoun right after
// a day, taken for a modifier of the day, is the subject of the clause that
// follows when that clause has none.
void PronounAfterDay(Tree& t) {
  for (int p = 1; p < t.size(); ++p) {
    const int day = t.heads[p];
    if (day != p - 1 || t.Base(p) == "nsubj" || t.s.tokens[p].xpos != "PRP" ||
        !IsDayWord(t.Text(day))) {
      continue;
    }
    const int verb = NextClauseVerb(t, p);
    if (verb <= p || !t.Children(verb, "nsubj").empty()) continue;
    t.heads[p] = verb;
    t.rels[p] = "nsubj";
  }
}

// "A top U.S. official today praised Haiti's efforts": with the subject's
// noun mistagged, the parser makes the noun phrase the root and the verb
// its conjunct, with neither a coordinator nor a comma between them. The
// verb becomes the root and the phrase its subject (a determiner the parser
// made the root goes back to its noun).
void VerbConjunctOfRootPhrase(Tree& t) {
  for (int v = 1; v < t.size(); ++v) {
    const int r = t.heads[v];
    if (r < 0) continue;
    const int top = t.heads[r] < 0 ? r : t.heads[r];
    const bool det_root = top != r && t.heads[top] < 0 && top < r &&
                          t.s.tokens[top].upos == "DET";
    const std::string& xpos = t.s.tokens[v].xpos;
    if ((t.heads[r] >= 0 && !det_root) || t.rels[v] != "conj" || r > v ||
        t.s.tokens[r].upos == "VERB" ||
        (xpos != "VBD" && xpos != "VBZ" && xpos != "VBP")) {
      continue;
    }
    if (!t.Children(v, "nsubj").empty() || !t.Children(v, "cc").empty()) {
      continue;
    }
    bool comma = false;
    for (int k = r + 1; k < v; ++k) comma = comma || t.Text(k) == ",";
    if (comma) continue;
    for (int c = 0; c < t.size(); ++c) {
      // The final full stop.
      if ((t.heads[c] == r || t.heads[c] == top) && c > v) t.heads[c] = v;
    }
    t.heads[v] = -1;
    t.rels[v] = t.rels[top];
    t.heads[r] = v;
    t.rels[r] = "nsubj";
    if (top != r) {
      t.heads[top] = r;
      t.rels[top] = "det";
    }
  }
}

// "contributed up to 4,000 troops", "forced out more than 1,000
// refugees": a number's "up to" or "more than", read as a particle and a
// preposition, makes the object an oblique. With no object of its own, the
// verb gets it back.
void QuantityObject(Tree& t) {
  for (int n = 2; n < t.size(); ++n) {
    const int verb = t.heads[n];
    if (verb < 0 || verb > n || t.Base(n) != "obl" ||
        !t.Children(verb, "obj").empty()) {
      continue;
    }
    std::vector<int> cases = t.Children(n, "case");
    // "to" may hang on the number itself ("up to 1,000 police officers").
    for (int num : cases.empty() ? t.Children(n, "nummod") : cases)
      if (cases.empty()) cases = t.Children(num, "case");
    if (cases.empty() || cases[0] < 1 || cases[0] + 1 >= n) continue;
    const int k = cases[0];
    const std::string& c = t.Text(k);
    const std::string& before = t.Text(k - 1);
    const bool up_to = c == "to" && before == "up";
    const bool more_than =
        c == "than" &&
        (before == "more" || before == "less" || before == "fewer");
    if (!(up_to || more_than) || t.s.tokens[k + 1].upos != "NUM") continue;
    t.rels[n] = "obj";
    if (t.rels[k - 1] == "compound:prt") {
      t.heads[k - 1] = k;
      t.rels[k - 1] = "advmod";
    }
  }
}

// "contribute up to 4,000 troops" parsed with the object right: "up" is
// still no particle of the verb ("contribute up").
void QuantityParticle(Tree& t) {
  for (int k = 1; k + 1 < t.size(); ++k) {
    if (t.rels[k - 1] != "compound:prt" || t.Text(k - 1) != "up" ||
        t.Text(k) != "to" || t.s.tokens[k + 1].upos != "NUM")
      continue;
    t.heads[k - 1] = k;
    t.rels[k - 1] = "advmod";
  }
}

// "Vietnamese-led forces launched artillery fire against ..., sources
// said": a past-tense verb with an object, hung on the noun before it as a
// reduced relative, is that noun's predicate (reduced relatives are
// participles).
void PastTenseIsNoRelative(Tree& t) {
  for (int c = 1; c < t.size(); ++c) {
    const int h = t.heads[c];
    if (h < 0 || h > c || t.rels[c] != "acl" || t.s.tokens[c].xpos != "VBD" ||
        t.Children(c, "obj").empty() || !t.Children(c, "nsubj").empty()) {
      continue;
    }
    const std::string& upos = t.s.tokens[h].upos;
    if ((upos != "NOUN" && upos != "PROPN") ||
        (t.Base(h) != "nsubj" && t.heads[h] >= 0)) {
      continue;
    }
    const int up = t.heads[h];
    t.heads[c] = up;
    t.rels[c] = up < 0 ? "root" : "ccomp";
    t.heads[h] = c;
    t.rels[h] = "nsubj";
  }
}

// "Vietnam is committed to opening up the economy": the gerund after
// "committed to" / "dedicated to" is what the subject means to do.
void CommittedToGerund(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    const int h = t.heads[c];
    if (h < 0 || t.Base(c) != "advcl" || t.s.tokens[c].xpos != "VBG") continue;
    const std::string& l = t.s.tokens[h].lemma;
    if (l != "commit" && l != "dedicate" && l != "committed") continue;
    for (int m : t.Children(c, "mark")) {
      if (t.s.tokens[m].lemma == "to") t.rels[c] = "xcomp";
    }
  }
}

// "…, in a deal mediated by Qatar": a participle with a "by" agent that the
// parser made a clause, with the noun right before it as its oblique, is
// a reduced relative on that noun; the noun takes the clause's place.
void ParticipleAfterItsNoun(Tree& t) {
  for (int v = 1; v < t.size(); ++v) {
    const int n = v - 1;
    const std::string_view rel = t.Base(v);
    if (t.s.tokens[v].xpos != "VBN" || t.heads[n] != v || t.Base(n) != "obl" ||
        t.Children(v, "obl:agent").empty() ||
        (rel != "parataxis" && rel != "advcl" && rel != "conj") ||
        !t.Children(v, "nsubj").empty() || !t.Children(v, "aux").empty()) {
      continue;
    }
    t.heads[n] = t.heads[v];
    t.rels[n] = "obl";
    t.heads[v] = n;
    t.rels[v] = "acl";
  }
}

// "Niger's junta accused ECOWAS of planning an intervention" parsed with
// ECOWAS as the subject of "planning": a subject between a verb with no
// object and the "of" of its gerund clause is the verb's object.
void ObjectBeforeOfGerund(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    const int h = t.heads[c];
    if (h < 0 || h >= c || t.s.tokens[c].xpos != "VBG" ||
        !t.Children(h, "obj").empty()) {
      continue;
    }
    const std::vector<int> marks = t.Children(c, "mark");
    if (marks.size() != 1 || t.s.tokens[marks[0]].lemma != "of") continue;
    for (int subj : t.Children(c, "nsubj")) {
      if (subj > h && subj < marks[0]) {
        t.heads[subj] = h;
        t.rels[subj] = "obj";
      }
    }
  }
}

// "will visit Washington next month" parsed with Washington as a compound
// of "month": a name before "next / last / this" + a time noun is the
// object of a verb that has none (its oblique, with the preposition before
// it).
void NameBeforeTimePhrase(Tree& t) {
  static const std::unordered_set<std::string_view> kWhich = {
      "next", "last", "this", "coming", "previous", "following", "early"};
  for (int n = 0; n < t.size(); ++n) {
    const int v = t.heads[n];
    if (v < 0 || t.Base(n) != "obl" ||
        !IsTimeNoun(Lowercase(t.s.tokens[n].lemma)) ||
        !t.Children(v, "obj").empty() || t.s.tokens[v].upos != "VERB") {
      continue;
    }
    for (int c : t.Children(n, "compound")) {
      if (c + 2 != n || t.s.tokens[c].upos != "PROPN" ||
          kWhich.count(Lowercase(t.s.tokens[n - 1].text)) == 0) {
        continue;
      }
      t.heads[c] = v;
      t.rels[c] = "obj";
      // "travelling to America next week": the preposition goes along.
      for (int p : t.Children(n, "case")) {
        if (p > c) continue;
        t.heads[p] = c;
        t.rels[c] = "obl";
      }
    }
  }
}

// "arrested former Prime Minister Imran Khan", "continued their hunger
// strike" parsed with the noun as a bare oblique: an oblique with no
// preposition right after a verb that has no object is its object (time
// nouns aside: "met Monday").
void BareObliqueIsObject(Tree& t) {
  for (int o = 1; o < t.size(); ++o) {
    const int v = t.heads[o];
    const std::string& u = t.s.tokens[o].upos;
    if (v < 0 || v >= o || t.rels[o] != "obl" || t.s.tokens[v].upos != "VERB" ||
        (u != "NOUN" && u != "PROPN") || !t.Children(o, "case").empty() ||
        !t.Children(v, "obj").empty() ||
        IsTimeNoun(Lowercase(t.s.tokens[o].lemma)) ||
        SubtreeStart(t, o) != v + 1) {
      continue;
    }
    // "met with disapproval from ... groups", "called for leader X": the
    // preposition hangs lower, and the phrase is an oblique after all.
    bool preposition = false;
    for (int i = v + 1; i < o; ++i) preposition |= t.s.tokens[i].upos == "ADP";
    if (!preposition) t.rels[o] = "obj";
  }
}

// "called the vote a political provocation" parsed with the second noun
// phrase as the object of the first: a noun has no object, so it is the
// verb's second one.
void ObjectOfNoun(Tree& t) {
  for (int o = 0; o < t.size(); ++o) {
    const int n = t.heads[o];
    if (n < 0 || t.rels[o] != "obj") continue;
    const std::string& u = t.s.tokens[n].upos;
    const int v = t.heads[n];
    const bool named = t.rels[n] == "xcomp";  // "called the verdict a sham"
    if ((u != "NOUN" && u != "PROPN") || v < 0 ||
        (t.rels[n] != "obj" && !named) || t.s.tokens[v].upos != "VERB" ||
        t.Children(o, "det").empty()) {
      continue;  // "number one singles" is one noun phrase
    }
    t.heads[o] = v;
    if (named) t.rels[n] = "obj";  // DoubleObject then names it with o
  }
}

// "fired tear gas at supporters" parsed with "gas" as the object of
// "tear": a common noun's object right after it, with no determiner, is the
// head of a compound; it takes the first noun's place and its dependents
// after it.
void CompoundReadAsObject(Tree& t) {
  for (int o = 1; o < t.size(); ++o) {
    const int n = o - 1;
    if (t.heads[o] != n || t.rels[o] != "obj" || t.s.tokens[n].upos != "NOUN" ||
        t.s.tokens[o].upos != "NOUN")
      continue;
    for (int d = o + 1; d < t.size(); ++d)
      if (t.heads[d] == n) t.heads[d] = o;
    t.heads[o] = t.heads[n], t.rels[o] = t.rels[n];
    t.heads[n] = o, t.rels[n] = "compound";
  }
  // A compound cut off from its noun by that noun's preposition ("tear gas
  // at opposition supporters") is no part of it: the verb's object.
  for (int c = 0; c < t.size(); ++c) {
    const int h = t.heads[c];
    if (h <= c || t.Base(c) != "compound" || t.heads[h] < 0) continue;
    const int v = t.heads[h];
    bool cut_off = false;
    for (int k : t.Children(h, "case")) cut_off |= k > c && k < h;
    if (cut_off && t.s.tokens[v].upos == "VERB" && t.Children(v, "obj").empty())
      t.heads[c] = v, t.rels[c] = "obj";
  }
}

// An adjective or name modifying a noun ("Egyptian", "U.S.").
bool IsNounModifier(const Tree& t, int i) {
  const std::string& u = t.s.tokens[i].upos;
  return (t.Base(i) == "amod" || t.Base(i) == "compound") &&
         (u == "ADJ" || u == "PROPN");
}

// "Qatari and Egyptian mediators" parsed as three modifiers of the noun:
// the second modifier is a conjunct of the first, and the coordinator its.
void CoordinatedModifiers(Tree& t) {
  for (int c = 1; c + 1 < t.size(); ++c) {
    const int a = c - 1, b = c + 1, h = t.heads[b];
    // The coordinator hangs on the noun or already on the second modifier.
    if (t.Base(c) != "cc" || h < 0 || t.heads[a] != h ||
        (t.heads[c] != h && t.heads[c] != b))
      continue;
    if (!IsNounModifier(t, a) || !IsNounModifier(t, b)) continue;
    t.heads[b] = a, t.rels[b] = "conj";
    t.heads[c] = b;
  }
}

// "pledged 50 million euros in humanitarian aid": an "in" or "of" phrase
// right after an object of quantity or money, hung on the verb, is what the
// quantity is of.
void PhraseOfLightObject(Tree& t) {
  for (int n = 0; n < t.size(); ++n) {
    const int verb = t.heads[n];
    if (verb < 0 || t.Base(n) != "obl") continue;
    for (int o : t.Children(verb, "obj")) {
      if (o > n || SubtreeStart(t, n) != SubtreeEnd(t, o) + 1 ||
          !IsLightNoun(t.s.tokens[o].lemma))
        continue;
      const std::vector<int> cases = t.Children(n, "case");
      const std::string c = cases.empty() ? "" : Lowercase(t.Text(cases[0]));
      if (c == "in" || c == "of") t.heads[n] = o, t.rels[n] = "nmod";
    }
  }
}

// "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov":
// an apposition with a coordinator of its own is a conjunct.
void CoordinatedApposition(Tree& t) {
  for (int a = 0; a < t.size(); ++a) {
    if (t.Base(a) == "appos" && !t.Children(a, "cc").empty())
      t.rels[a] = "conj";
  }
}

// "NATO confirmed on Wednesday it would tighten the blockade": a clause with
// its own subject that the parser set beside a verb (parataxis) with no
// punctuation between them is what the verb says or confirms.
void UnpunctuatedParataxis(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    const int v = t.heads[c];
    if (v < 0 || v > c || t.rels[c] != "parataxis" ||
        t.Children(c, "nsubj").empty())
      continue;
    bool punct = false;
    for (int i = v + 1; i < SubtreeStart(t, c); ++i)
      punct |= t.s.tokens[i].upos == "PUNCT";
    if (!punct) t.rels[c] = "ccomp";
  }
}

// "Denmark today accepted a formula": a name right before a verb with no
// subject, and no comma between them, is its subject, not a vocative.
void VocativeIsSubject(Tree& t) {
  for (int c = 0; c < t.size(); ++c) {
    const int v = t.heads[c];
    if (v < 0 || v < c || t.rels[c] != "vocative" || CommaBetween(t, c, v) ||
        !t.Children(v, "nsubj").empty())
      continue;
    t.rels[c] = "nsubj";
  }
}

// "The Israeli army forced out … refugees …, residents said", parsed with
// two subjects of "said": the first subject's participle clause is the
// sentence's own, with the report beside it; "Hezbollah guerrillas killed
// the deputy chief … sources said": the first subject after the reported
// clause is that clause's object.
void SecondSubjectOfReport(Tree& t) {
  for (int r = 0; r < t.size(); ++r) {
    const std::vector<int> subjects = t.Children(r, "nsubj");
    if (subjects.size() != 2 || t.heads[r] >= 0 ||
        !IsReportingVerb(t.s.tokens[r].lemma))
      continue;
    const int first = subjects[0];
    for (int c : t.Children(r, "ccomp")) {
      if (c < first && t.Children(c, "obj").empty() &&
          SubtreeEnd(t, c) + 1 == SubtreeStart(t, first))
        t.heads[first] = c, t.rels[first] = "obj";
    }
    for (int a : t.Children(first, "acl")) {
      if (t.heads[first] != r || t.s.tokens[a].upos != "VERB") continue;
      t.heads[a] = -1, t.rels[a] = "root";
      t.heads[first] = a;
      t.heads[r] = a, t.rels[r] = "parataxis";
      break;
    }
  }
}

// A clause hung as a relative clause on a noun after it (English relative
// clauses follow their noun), with a subject of its own: "Jordan
// coordinated positions on Gaza, Cairo says" is what the noun's verb says.
void ClauseBeforeItsNoun(Tree& t) {
  for (int v = 0; v < t.size(); ++v) {
    const int n = t.heads[v];
    if (n <= v || t.Base(v) != "acl" || t.Children(v, "nsubj").empty())
      continue;
    const int up = t.heads[n];
    if (up < 0 || t.Base(n) != "nsubj") continue;
    t.heads[v] = up, t.rels[v] = "ccomp";
  }
}

// "Ilse Marwick, the Namibian foreign minister,": an apposition hung on the
// last part of a name belongs to the name's head.
void AppositionOfName(Tree& t) {
  for (int a = 0; a < t.size(); ++a) {
    const int h = t.heads[a];
    if (h >= 0 && t.Base(a) == "appos" && t.Base(h) == "flat" &&
        t.heads[h] >= 0)
      t.heads[a] = t.heads[h];
  }
}

// Two direct objects: "send Kyiv an air defence system" gives the first to
// the second ("iobj"); "called the deal a victory" names the first with the
// second ("xcomp").
void DoubleObject(Tree& t) {
  static const std::unordered_set<std::string_view> kNaming = {
      "call", "name", "label", "dub", "brand", "term", "declare", "deem"};
  for (int v = 0; v < t.size(); ++v) {
    std::vector<int> objs = t.Children(v, "obj");
    // "called the agreement a victory" with the name hung on the object as
    // a bare nmod (no preposition).
    if (objs.size() == 1 && kNaming.count(t.s.tokens[v].lemma) > 0) {
      for (int n : t.Children(objs[0], "nmod")) {
        if (n > objs[0] && t.rels[n] == "nmod" && t.Children(n, "case").empty())
          t.heads[n] = v, t.rels[n] = "obj", objs.push_back(n);
      }
    }
    if (objs.size() != 2) continue;
    if (kNaming.count(t.s.tokens[v].lemma) > 0) {
      t.rels[objs[1]] = "xcomp";
    } else {
      t.rels[objs[0]] = "iobj";
    }
  }
}

}  // namespace

void RepairParse(const Sentence& s, std::vector<int>* heads,
                 std::vector<std::string>* rels) {
  Tree t{s, *heads, *rels};
  DayAfterSubject(t);
  AdverbIsParticle(t);
  SubjectAfterOpeningPhrase(t);
  PronounAfterDay(t);
  VerbConjunctOfRootPhrase(t);
  QuantityObject(t);
  QuantityParticle(t);
  PastTenseIsNoRelative(t);
  CommittedToGerund(t);
  ObjectBeforeOfGerund(t);
  NameBeforeTimePhrase(t);
  BareObliqueIsObject(t);
  CompoundReadAsObject(t);
  ObjectOfNoun(t);
  DoubleObject(t);
  AppositionOfName(t);
  CoordinatedModifiers(t);
  CoordinatedApposition(t);
  VocativeIsSubject(t);
  SecondSubjectOfReport(t);
  UnpunctuatedParataxis(t);
  PhraseOfLightObject(t);
  ParticipleAfterItsNoun(t);
  SubjectAfterSubordinator(t);
  ClauseBeforeItsNoun(t);
  JoinCommaSubjects(t);
  JoinCommaNames(t);
  ClosingReportIsNoComplement(t);
  CommaObliqueOfNoun(t);
  FunctionWordHeads(t);
  LiftConjunctOutOfComplement(t);
  AclOfVerbIsAdverbial(t);
  ThatClauseAfterADate(t);
  SubjectlessToClauseIsOpen(t);
  InfinitiveOfDirective(t);
  InfinitiveOfDirectiveObject(t);
  LiftCommaParticiple(t);
}

}  // namespace dyad
