// The parse that the repairs of code/parse_repair.h rewrite in place, the
// helpers they share, and the repairs of noun phrases and objects
// (parse_repair_phrases.cc) and of subjects (parse_repair_subjects.cc); the
// other clause repairs and the order of all are in parse_repair.cc.
// Internal to src/code.
//
// Thread safety: plain functions of their arguments.
//
// Usage:
//   parse_repair_internal::Tree t{sentence, heads, rels};
//   parse_repair_internal::CoordinatedModifiers(t);
//   int first = parse_repair_internal::SubtreeStart(t, t.heads[3]);
#ifndef DYAD_CODE_PARSE_TREE_H_
#define DYAD_CODE_PARSE_TREE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/sentence.h"

namespace dyad::parse_repair_internal {

// A sentence with the heads (-1 for the root) and relations being repaired.
struct Tree {
  const Sentence& s;
  std::vector<int>& heads;
  std::vector<std::string>& rels;

  int size() const { return static_cast<int>(heads.size()); }
  // The relation without its subtype ("nmod:poss" → "nmod").
  std::string_view Base(int i) const {
    std::string_view r = rels[i];
    return r.substr(0, r.find(':'));
  }
  // Dependents of `head` whose relation or base relation is `rel`.
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
bool Within(const Tree& t, int top, int tok);
// The first and last token of `i`'s subtree.
int SubtreeStart(const Tree& t, int i);
int SubtreeEnd(const Tree& t, int i);
// True when a comma stands between tokens a < b.
bool CommaBetween(const Tree& t, int a, int b);
// Nouns of time ("month", "week", "year" …).
bool IsTimeNoun(const std::string& lemma);

// Repairs of noun phrases and objects, each described where it is defined.
void QuantityObject(Tree& t);
void QuantityParticle(Tree& t);
void NameBeforeTimePhrase(Tree& t);
void BareObliqueIsObject(Tree& t);
void CompoundReadAsObject(Tree& t);
void ObjectOfNoun(Tree& t);
void DoubleObject(Tree& t);
void AppositionOfName(Tree& t);
void CoordinatedModifiers(Tree& t);
void CoordinatedApposition(Tree& t);
void PhraseOfLightObject(Tree& t);
void JoinCommaNames(Tree& t);

// Repairs of subjects (parse_repair_subjects.cc).
void JoinCommaSubjects(Tree& t);
void DayAfterSubject(Tree& t);
void SubjectAfterOpeningPhrase(Tree& t);
void PronounAfterDay(Tree& t);
void VocativeIsSubject(Tree& t);
void SecondSubjectOfReport(Tree& t);
void ClauseBeforeItsNoun(Tree& t);

}  // namespace dyad::parse_repair_internal

#endif  // DYAD_CODE_PARSE_TREE_H_
