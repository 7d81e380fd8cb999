#include "resolve/doc_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

// A tagged word: text, UPOS, head index (-1: root), relation, lemma.
Token Word(const std::string& text, const std::string& upos, int head,
           const std::string& deprel, const std::string& lemma = "") {
  Token t;
  t.text = text;
  t.upos = upos;
  t.head = head;
  t.deprel = deprel;
  t.lemma = lemma.empty() ? text : lemma;
  return t;
}

ActorMention Agent(const std::string& code, uint32_t first, uint32_t last,
                   uint32_t head) {
  ActorMention m;
  m.code = code;
  m.country = code.substr(0, 3);
  m.role = code.substr(3);
  m.kind = ActorKind::kAgent;
  m.first = first;
  m.last = last;
  m.head = head;
  return m;
}

// "Trade Minister Amos Wekesa met ..." with "Trade Minister" coded KENGOV.
Sentence TitledName() {
  Sentence s;
  s.tokens = {Word("Trade", "PROPN", 1, "compound"),
              Word("Minister", "PROPN", 3, "compound"),
              Word("Amos", "PROPN", 3, "flat"),
              Word("Wekesa", "PROPN", 4, "nsubj"),
              Word("met", "VERB", -1, "root", "meet")};
  s.actors = {Agent("KENGOV", 0, 1, 1)};
  return s;
}

// "Wekesa said ." with no dictionary mention.
Sentence BareSurname() {
  Sentence s;
  s.tokens = {Word("Wekesa", "PROPN", 1, "nsubj"),
              Word("said", "VERB", -1, "root", "say"),
              Word(".", "PUNCT", 1, "punct")};
  return s;
}

TEST(DocNamesTest, TitleWidensOverTheNameAndTeachesTheSurname) {
  DocNames names;
  Sentence first = TitledName();
  names.Add(&first);
  ASSERT_EQ(first.actors.size(), 1u);
  EXPECT_EQ(first.actors[0].last, 3u);  // "Trade Minister Amos Wekesa"
  EXPECT_EQ(first.actors[0].head, 3u);  // the name heads the phrase

  Sentence later = BareSurname();
  names.Add(&later);
  ASSERT_EQ(later.actors.size(), 1u);
  EXPECT_EQ(later.actors[0].code, "KENGOV");
  EXPECT_EQ(later.actors[0].kind, ActorKind::kPerson);
  EXPECT_EQ(later.actors[0].first, 0u);
}

TEST(DocNamesTest, FullNameSubjectOfSayingIsAnUnknownPerson) {
  DocNames names;
  Sentence s;
  s.tokens = {Word("Peter", "PROPN", 1, "nsubj"),
              Word("Lungu", "PROPN", 0, "flat"),
              Word("said", "VERB", -1, "root", "say")};
  s.tokens[0].head = 2;
  names.Add(&s);
  ASSERT_EQ(s.actors.size(), 1u);
  EXPECT_EQ(s.actors[0].name, kUnknownPerson);
  EXPECT_TRUE(s.actors[0].code.empty());
  EXPECT_EQ(s.actors[0].first, 0u);
  EXPECT_EQ(s.actors[0].last, 1u);
}

TEST(DocNamesTest, NamesOfPlacesAndUntaggedTextTeachNothing) {
  DocNames names;
  Sentence s;
  s.tokens = {Word("White", "PROPN", 1, "compound"),
              Word("House", "PROPN", 2, "nsubj"),
              Word("said", "VERB", -1, "root", "say")};
  names.Add(&s);
  EXPECT_TRUE(s.actors.empty());

  Sentence untagged = TitledName();
  for (Token& t : untagged.tokens) t.upos.clear();
  names.Add(&untagged);
  EXPECT_EQ(untagged.actors[0].last, 1u);
}

TEST(DocNamesTest, CommonNounSubjectsAreNonActors) {
  DocNames names;
  Sentence s;
  s.tokens = {Word("The", "DET", 1, "det"),
              Word("yen", "NOUN", 2, "nsubj"),
              Word("fell", "VERB", -1, "root", "fall"),
              Word("and", "CCONJ", 5, "cc"),
              Word("analysts", "NOUN", 5, "nsubj", "analyst"),
              Word("said", "VERB", 2, "conj", "say")};
  s.tokens[4].xpos = "NNS";
  names.AddNonActorSubjects(&s);
  ASSERT_EQ(s.actors.size(), 2u);
  EXPECT_EQ(s.actors[0].name, kNonActorThing);
  EXPECT_EQ(s.actors[1].name, kNonActorGroup);
  EXPECT_TRUE(s.actors[1].plural);
  EXPECT_TRUE(IsNonActor(s.actors[0]));

  Sentence country;  // "the country" may stand for an actor
  country.tokens = {Word("country", "NOUN", 1, "nsubj"),
                    Word("said", "VERB", -1, "root", "say")};
  names.AddNonActorSubjects(&country);
  EXPECT_TRUE(country.actors.empty());
}

TEST(DocNamesTest, FamilyNameFirstForChineseCodes) {
  EXPECT_EQ(FamilyName("Mao Ning", "CHNGOV"), "Mao");
  EXPECT_EQ(FamilyName("John Lee", "HKGGOV"), "Lee");
  EXPECT_EQ(FamilyName("Amos Wekesa", "KENGOV"), "Wekesa");
  EXPECT_EQ(FamilyName("Wekesa", "KENGOV"), "");
}

}  // namespace
}  // namespace dyad
