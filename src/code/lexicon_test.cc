// The built-in lexicon (data/lexicon/) and its line format (doc/lexicon.md).
#include "dyad/lexicon.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace dyad {
namespace {

TEST(LexiconTest, BuiltInCoverageMeetsTheIssue) {
  auto lex = Lexicon::Load(LexiconOptions());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  std::set<std::string> codes, roots;
  size_t patterns = 0;
  for (const auto& p : (*lex)->patterns()) {
    if (p->code == kNotAnEvent) continue;
    ++patterns;
    codes.insert(p->code);
    roots.insert(p->code.substr(0, 2));
  }
  EXPECT_GE(patterns, 2500u);
  EXPECT_GE(codes.size(), 200u);
  EXPECT_EQ(roots.size(), 20u);
  EXPECT_TRUE((*lex)->warnings().empty()) << (*lex)->warnings()[0];
}

TEST(LexiconTest, NounWithItsModifierIsOneAnchor) {
  Pattern p;
  ASSERT_TRUE(
      Lexicon::ParseLine("142\tn:hunger_strike @against", "t:1", &p).ok());
  EXPECT_TRUE(p.noun);
  EXPECT_EQ(p.lemma, "hunger_strike");
  EXPECT_EQ(p.particle, "");
  Pattern v;
  ASSERT_TRUE(Lexicon::ParseLine("082\tv:call_off obj:strike", "t:2", &v).ok());
  EXPECT_EQ(v.lemma, "call");
  EXPECT_EQ(v.particle, "off");
}

TEST(LexiconTest, BadLinesNameTheirOrigin) {
  Pattern p;
  Status s = Lexicon::ParseLine("142\tx:strike", "f.tsv:7", &p);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("f.tsv:7"), std::string::npos);
}

}  // namespace
}  // namespace dyad
