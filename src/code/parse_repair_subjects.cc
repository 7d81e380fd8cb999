// Repairs of subjects (code/parse_tree.h); the order they run in is
// RepairParse's (parse_repair.cc).
#include <string>

#include "code/modality.h"
#include "code/parse_tree.h"
#include "util/strings.h"

namespace dyad::parse_repair_internal {
namespace {

// A day named without a preposition: "Monday", "today", "yesterday".
bool IsDayWord(const std::string& text) {
  const std::string w = Lowercase(text);
  return IsTimeNoun(w) && w != "week" && w != "month" && w != "year" &&
         w != "weekend" && w != "night" && w != "morning" && w != "evening";
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

}  // namespace

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

}  // namespace dyad::parse_repair_internal
