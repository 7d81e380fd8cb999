// The Analyzer facade on the shipped model: the news-clause verb rescue
// (AnalyzerOptions::rescue_main_verb).
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

std::vector<Token> Analyzed(const std::string& text, bool rescue) {
  AnalyzerOptions o;
  o.rescue_main_verb = rescue;
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

TEST(RescueMainVerbTest, AClauseWithAFiniteVerbIsLeftAsTheModelTagsIt) {
  const std::string text = "The resumed talks ended on Monday in Doha .";
  std::vector<Token> on = Analyzed(text, true);
  std::vector<Token> off = Analyzed(text, false);
  ASSERT_EQ(on.size(), off.size());
  for (size_t i = 0; i < on.size(); ++i) {
    EXPECT_EQ(on[i].upos, off[i].upos) << on[i].text;
    EXPECT_EQ(on[i].head, off[i].head) << on[i].text;
  }
}

}  // namespace
}  // namespace dyad
