// Navigation over one analysed sentence (internal to src/code).
//
// Repairs known parser slips (parse_repair.h), indexes the dependency tree once
// (children per token, actor mention per token) and answers the questions the
// coder asks: the dependents of a token with a relation, the preposition of an
// oblique, the actors a syntactic argument denotes (following coordination and
// looking inside noun phrases, not into clauses).
//
// Thread safety: a ParseView is per sentence and per thread.
//
// Usage:
//   ParseView v(sentence);
//   for (int obj : v.Children(verb, "obj")) Use(v.ActorsOf(obj));
//   std::string prep = v.CaseOf(obl);
#ifndef DYAD_CODE_PARSE_VIEW_H_
#define DYAD_CODE_PARSE_VIEW_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/sentence.h"

namespace dyad {

class ParseView {
 public:
  explicit ParseView(const Sentence& s);

  const Sentence& sentence() const { return s_; }
  const Token& token(int i) const { return s_.tokens[i]; }
  int size() const { return static_cast<int>(s_.tokens.size()); }
  // The head and relation after RepairParse (code/parse_repair.h).
  int Head(int i) const { return heads_[i]; }
  // A common or proper noun (UPOS NOUN or PROPN).
  bool IsNoun(int i) const {
    const std::string& u = s_.tokens[i].upos;
    return u == "NOUN" || u == "PROPN";
  }
  const std::string& Rel(int i) const { return rels_[i]; }
  // The relation without subtype ("obl:tmod" → "obl").
  std::string_view BaseRel(int i) const;
  const std::string& Lemma(int i) const;
  // The lemma of a noun written with a hyphen that the tokenizer split
  // ("cease - fire" → "ceasefire"), else Lemma(i).
  const std::string& JoinedLemma(int i) const;  // lowercased lemma
  // A noun the lexicon knows with its modifier ("hunger strike" as
  // "hunger_strike"): JoinedLemma(i) becomes `lemma`, and patterns match
  // the compound only, not the head alone.
  void SetCompound(int i, std::string lemma) {
    joined_[i] = std::move(lemma);
    compound_[i] = true;
  }
  bool IsCompound(int i) const { return compound_[i]; }

  // Dependents of `i` whose relation (or base relation) is `rel`.
  std::vector<int> Children(int i, std::string_view rel) const;
  bool HasChild(int i, std::string_view rel) const;
  // The lowercased lemma of the `case` or `mark` dependent of `i` ("with"),
  // multiword cases joined by "_" ("because_of"); "" if none.
  std::string CaseOf(int i) const;
  // `i` and the tokens coordinated with it ("China and Russia").
  std::vector<int> Conjuncts(int i) const;
  // True when `tok` is `top` or lies below it.
  bool Dominates(int top, int tok) const;

  // Indexes into Sentence::actors of the actors `i` denotes: a mention that
  // contains `i`; else mentions inside `i`'s noun phrase (possessors,
  // modifiers, nmod) nearest first; for each conjunct.
  std::vector<int> ActorsOf(int i) const;
  // The mention that contains token `i`, or -1.
  int MentionAt(int i) const { return mention_at_[i]; }

 private:
  void JoinHyphenated(int i);
  int NearestInPhrase(int i) const;
  // The mention at token t, or the title describing it when that says more
  // of the same actor: "Bree President Romendacil", where the name is BRE
  // and its description (nmod:desc) BREGOVPRS.
  int DescribedMention(int t) const;
  void AddWithTwins(int m, std::vector<int>* out) const;
  // "U.S. and British warplanes": the mention of a modifier of `head`
  // coordinated with a word of mention `m` ("British warplanes"), or -1.
  int CoordinatedModifier(int head, int m) const;
  // Mentions coordinated with a word inside mention `m` but outside it
  // ("the leaders of China and India": India for "leaders of China").
  std::vector<int> ConjunctsOutside(int m) const;

  const Sentence& s_;
  std::vector<int> heads_;
  std::vector<std::string> rels_;
  std::vector<std::vector<int>> children_;
  std::vector<int> mention_at_;
  std::vector<std::string> lemmas_;
  std::vector<std::string> joined_;
  std::vector<bool> compound_;  // JoinedLemma where it differs, else ""
};

}  // namespace dyad

#endif  // DYAD_CODE_PARSE_VIEW_H_
