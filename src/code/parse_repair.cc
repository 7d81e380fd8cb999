#include "code/parse_repair.h"

#include <string_view>
#include <unordered_set>

#include "code/modality.h"
#include "code/parse_tree.h"
#include "code/stance.h"
#include "util/strings.h"

namespace dyad {
namespace parse_repair_internal {

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

// Only a comma or a coordinator between two subjects: "China, Russia",
// "Sudan's army and the RSF" (the parser may give both to the verb).
bool CommaBetween(const Tree& t, int a, int b) {
  for (int i = a + 1; i < SubtreeStart(t, b); ++i) {
    const std::string& w = t.Text(i);
    if (w != "," && w != "and" && w != "or") return false;
  }
  return true;
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

// True when `tok` is `top` or below it.
bool Within(const Tree& t, int top, int tok) {
  for (int h = tok, d = 0; h >= 0 && d < t.size(); h = t.heads[h], ++d) {
    if (h == top) return true;
  }
  return false;
}

}  // namespace parse_repair_internal

namespace {

using parse_repair_internal::CommaBetween;
using parse_repair_internal::IsTimeNoun;
using parse_repair_internal::SubtreeEnd;
using parse_repair_internal::SubtreeStart;
using parse_repair_internal::Tree;
using parse_repair_internal::Within;

// "as", "while", "when": words that open a clause of time.
bool IsTimeSubordinator(const std::string& lemma) {
  return lemma == "as" || lemma == "while" || lemma == "when";
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

}  // namespace

void RepairParse(const Sentence& s, std::vector<int>* heads,
                 std::vector<std::string>* rels) {
  Tree t{s, *heads, *rels};
  parse_repair_internal::DayAfterSubject(t);
  AdverbIsParticle(t);
  parse_repair_internal::SubjectAfterOpeningPhrase(t);
  parse_repair_internal::PronounAfterDay(t);
  VerbConjunctOfRootPhrase(t);
  parse_repair_internal::QuantityObject(t);
  parse_repair_internal::QuantityParticle(t);
  PastTenseIsNoRelative(t);
  CommittedToGerund(t);
  ObjectBeforeOfGerund(t);
  parse_repair_internal::NameBeforeTimePhrase(t);
  parse_repair_internal::BareObliqueIsObject(t);
  parse_repair_internal::CompoundReadAsObject(t);
  parse_repair_internal::ObjectOfNoun(t);
  parse_repair_internal::DoubleObject(t);
  parse_repair_internal::AppositionOfName(t);
  parse_repair_internal::CoordinatedModifiers(t);
  parse_repair_internal::CoordinatedApposition(t);
  parse_repair_internal::VocativeIsSubject(t);
  parse_repair_internal::SecondSubjectOfReport(t);
  UnpunctuatedParataxis(t);
  parse_repair_internal::PhraseOfLightObject(t);
  ParticipleAfterItsNoun(t);
  SubjectAfterSubordinator(t);
  parse_repair_internal::ClauseBeforeItsNoun(t);
  parse_repair_internal::JoinCommaSubjects(t);
  parse_repair_internal::JoinCommaNames(t);
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
