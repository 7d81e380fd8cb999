// The Analyzer facade on the shipped model: the news-clause verb rescue
// (AnalyzerOptions::rescue_main_verb) and the parser's decoding constraints.
#include "dyad/analyzer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

std::vector<Token> Tokens(const std::string& text) {
  std::vector<Token> out;
  std::istringstream in(text);
  std::string w;
  while (in >> w) out.emplace_back().text = w;
  return out;
}

std::vector<Token> Analyzed(const std::string& text, bool rescue,
                            bool names = true) {
  AnalyzerOptions o;
  o.rescue_main_verb = rescue;
  o.proper_name_runs = names;
  auto analyzer = Analyzer::Load(o);
  EXPECT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  std::vector<Token> tokens = Tokens(text);
  if (analyzer.ok()) (*analyzer)->Analyze(&tokens);
  return tokens;
}

bool HasFiniteVerb(const std::vector<Token>& tokens) {
  for (const Token& t : tokens) {
    if (t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP") return true;
  }
  return false;
}

TEST(RescueMainVerbTest, AVerblessNewsClauseGetsItsVerb) {
  std::vector<Token> t = Analyzed(
      "Colombia 's government and the ELN rebels resumed peace talks in "
      "Mexico City on Monday .",
      true);
  ASSERT_EQ(t.size(), 16u);
  EXPECT_EQ(t[7].upos, "VERB");
  EXPECT_EQ(t[7].xpos, "VBD");
  EXPECT_EQ(t[7].lemma, "resume");
  EXPECT_TRUE(HasFiniteVerb(t));
}

TEST(RescueMainVerbTest, AParticipleAfterTheSubjectOfAFullSentence) {
  std::vector<Token> t =
      Analyzed("Israeli jets struck targets in Syria on Sunday .", true);
  ASSERT_EQ(t.size(), 9u);
  EXPECT_EQ(t[2].upos, "VERB");
  EXPECT_EQ(t[2].xpos, "VBD");
  EXPECT_TRUE(HasFiniteVerb(t));
}

TEST(RescueMainVerbTest, AHeadlineParticipleStaysPassive) {
  const std::string text = "Three soldiers killed in Mali attack";
  std::vector<Token> on = Analyzed(text, true);
  std::vector<Token> off = Analyzed(text, false);
  ASSERT_EQ(on.size(), off.size());
  for (size_t i = 0; i < on.size(); ++i) EXPECT_EQ(on[i].xpos, off[i].xpos);
}

TEST(RescueMainVerbTest, AClauseWithAFiniteVerbIsLeftAsTheModelTagsIt) {
  // "began" can only be a finite verb, so the rescue has nothing to do.
  const std::string text = "The resumed talks began on Monday in Doha .";
  std::vector<Token> on = Analyzed(text, true);
  std::vector<Token> off = Analyzed(text, false);
  ASSERT_EQ(on.size(), off.size());
  ASSERT_TRUE(HasFiniteVerb(off));
  for (size_t i = 0; i < on.size(); ++i) {
    EXPECT_EQ(on[i].upos, off[i].upos) << on[i].text;
    EXPECT_EQ(on[i].xpos, off[i].xpos) << on[i].text;
    EXPECT_EQ(on[i].head, off[i].head) << on[i].text;
  }
}

TEST(ProperNameRunsTest, CapitalisedNounsBesideANameArePartOfIt) {
  const std::string text =
      "The Space Shuttle Endeavour left the Kennedy Space Center .";
  std::vector<Token> off = Analyzed(text, false, false);
  std::vector<Token> on = Analyzed(text, false, true);
  ASSERT_EQ(on.size(), 10u);
  if (off[1].upos == "PROPN" && off[2].upos == "PROPN") {
    GTEST_SKIP() << "the model tags the name right without the rule";
  }
  for (int i : {1, 2, 3, 6, 7, 8}) {
    EXPECT_EQ(on[i].upos, "PROPN") << on[i].text;
    EXPECT_EQ(on[i].lemma, on[i].text);
  }
  // The parse is the model's own: the rule runs after parsing.
  for (size_t i = 0; i < on.size(); ++i) EXPECT_EQ(on[i].head, off[i].head);
}

TEST(ProperNameRunsTest, LowercaseAndSentenceInitialWordsStayAsTagged) {
  const std::string text = "Space agencies and the shuttle crew met Reuters .";
  std::vector<Token> on = Analyzed(text, false, true);
  std::vector<Token> off = Analyzed(text, false, false);
  ASSERT_EQ(on.size(), off.size());
  for (size_t i = 0; i < on.size(); ++i) EXPECT_EQ(on[i].upos, off[i].upos);
}

TEST(RescueMainVerbTest, ParticiplesOfSuspicionModifyTheNounPhrase) {
  std::vector<Token> t = Analyzed(
      "Zambia extradited suspected British militant John Smith to Britain .",
      true);
  ASSERT_EQ(t.size(), 10u);
  EXPECT_EQ(t[2].upos, "ADJ");
  EXPECT_EQ(t[1].xpos, "VBD");  // the verb before it stays a verb
  std::vector<Token> v =
      Analyzed("Militants jailed journalists in Mali .", true);
  ASSERT_EQ(v.size(), 6u);
  EXPECT_EQ(v[1].upos, "VERB");  // after a subject it is the verb
}

TEST(RescueMainVerbTest, ABaseFormAfterAnArticleIsANoun) {
  std::vector<Token> t = Analyzed(
      "The Palestinian president rejected a US offer to host a summit .", true);
  ASSERT_EQ(t.size(), 12u);
  EXPECT_EQ(t[6].upos, "NOUN");
  std::vector<Token> k = Analyzed("The Kremlin says the talks failed .", true);
  ASSERT_EQ(k.size(), 7u);
  EXPECT_EQ(k[2].upos, "VERB");  // after a modifier: the verb
}

// The parser's decoding constraints (parser.cc) on sentences where the
// network alone gets them wrong: each assertion failed before them.
int HeadOf(const std::vector<Token>& t, const std::string& word) {
  for (const Token& k : t)
    if (k.text == word) return k.head;
  return -2;
}

const Token* Find(const std::vector<Token>& t, const std::string& word) {
  for (const Token& k : t)
    if (k.text == word) return &k;
  return nullptr;
}

TEST(DecodingConstraintsTest, AClauseVerbIsNoModifierOfTheNounAfterIt) {
  // Alone, the network read "slashed aid" as a noun phrase (amod).
  std::vector<Token> t = Analyzed("Britain slashed aid to Yemen .", false);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[1].xpos, "VBD");
  EXPECT_EQ(t[1].head, -1);
  EXPECT_EQ(HeadOf(t, "aid"), 1);
  EXPECT_EQ(Find(t, "aid")->deprel, "obj");
}

TEST(DecodingConstraintsTest, ToRightBeforeABareVerbIsItsMarker) {
  // Alone, the network hung "deepen" on "to", then on "cooperation".
  std::vector<Token> t =
      Analyzed("Both sides agreed to deepen cooperation .", false);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(HeadOf(t, "to"), 4);
  EXPECT_EQ(Find(t, "to")->deprel, "mark");
  EXPECT_EQ(HeadOf(t, "deepen"), 2);
  EXPECT_EQ(HeadOf(t, "cooperation"), 4);
}

TEST(DecodingConstraintsTest, ACommonNounIsNoNumberOrAdjective) {
  // Alone, the network made "loan" a nummod of "dollars".
  std::vector<Token> t = Analyzed(
      "Japan will give Sri Lanka a loan of 100 million dollars .", false);
  const Token* loan = Find(t, "loan");
  ASSERT_NE(loan, nullptr);
  EXPECT_EQ(loan->upos, "NOUN");
  EXPECT_NE(loan->deprel, "nummod");
  EXPECT_NE(loan->deprel, "amod");
}

TEST(AnalyzeDocumentTest, GivesWhatAnalyzingEachSentenceGives) {
  AnalyzerOptions o;
  o.rescue_main_verb = true;
  auto analyzer = Analyzer::Load(o);
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  std::vector<Sentence> document;
  for (const char* text :
       {"Russia has asked NATO to stop its expansion .", "",
        "Britain slashed aid to Yemen on Monday , officials said .",
        "Qatari and Egyptian mediators met Hamas officials in Doha .", "No"})
    document.emplace_back().tokens = Tokens(text);
  std::vector<Sentence> one_by_one = document;
  for (Sentence& s : one_by_one) (*analyzer)->Analyze(&s);
  (*analyzer)->Analyze(&document);
  for (size_t i = 0; i < document.size(); ++i) {
    ASSERT_EQ(document[i].tokens.size(), one_by_one[i].tokens.size());
    for (size_t k = 0; k < document[i].tokens.size(); ++k) {
      const Token &a = document[i].tokens[k], &b = one_by_one[i].tokens[k];
      EXPECT_EQ(a.xpos, b.xpos);
      EXPECT_EQ(a.lemma, b.lemma);
      EXPECT_EQ(a.head, b.head) << i << " " << k;
      EXPECT_EQ(a.deprel, b.deprel);
    }
  }
  EXPECT_EQ(document[2].tokens[1].xpos, "VBD");  // analyzed at all
}

}  // namespace
}  // namespace dyad
