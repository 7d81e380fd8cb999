// The ActorResolver end to end: article dates, metonyms, and the issue's
// "Done when" checks on the seed article. The rules themselves are tested
// one by one in dictionary_test.cc, compose_test.cc and coref_test.cc.
#include "dyad/resolver.h"

#include <gtest/gtest.h>

#include <set>

#include "resolve/resolver_testing.h"
#include "util/file.h"

namespace dyad {
namespace {

class ResolverTest : public ResolverFixture {
 protected:
  // Codes of the mentions reading exactly `mention` in sentences whose text
  // contains `context`.
  static std::vector<std::string> InContext(const Processed& p,
                                            const std::string& context,
                                            const std::string& mention) {
    std::vector<std::string> codes;
    for (const Sentence& s : p.sentences) {
      if (p.article.Slice(s.begin, s.end).find(context) == std::string::npos) {
        continue;
      }
      for (const ActorMention& m : s.actors) {
        if (TextOf(p, s, m) == mention) codes.push_back(m.code);
      }
    }
    return codes;
  }

  static std::string FirstInContext(const Processed& p,
                                    const std::string& context,
                                    const std::string& mention) {
    auto codes = InContext(p, context, mention);
    return codes.empty() ? "(none)" : codes.front();
  }
};

TEST_F(ResolverTest, PeopleDependOnTheArticleDate) {
  EXPECT_EQ(CodeOf("Wang Yi spoke.", "Wang Yi", "2018-05-01"), "CHNGOV");
  EXPECT_EQ(CodeOf("Wang Yi spoke.", "Wang Yi", "2024-05-01"), "CHNGOV");
  // Before his first term he was not a minister: country only.
  EXPECT_EQ(CodeOf("Wang Yi spoke.", "Wang Yi", "2001-05-01"), "CHN");
  // The lookup lists both terms as foreign minister.
  std::vector<ActorHit> hits = Dict().Lookup("Wang Yi", "2018-05-01");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].detail.find("20130316..20221230"), std::string::npos)
      << hits[0].detail;
  EXPECT_NE(hits[0].detail.find("20230725.."), std::string::npos)
      << hits[0].detail;
}

TEST_F(ResolverTest, SeasNamedAfterACountryAreNoActors) {
  std::set<std::string> codes = SentenceCodes(
      "Philippine boats sailed in the South China Sea and the Gulf of "
      "Mexico.",
      0, "2024-05-10");
  EXPECT_EQ(codes, (std::set<std::string>{"PHL"}));
}

TEST_F(ResolverTest, CapitalsAndSeatsOfPowerAreMetonyms) {
  EXPECT_EQ(CodeOf("Beijing says it will respond.", "Beijing"), "CHN");
  EXPECT_EQ(CodeOf("The Kremlin denied the report.", "Kremlin"), "RUS");
  EXPECT_EQ(CodeOf("Moscow denies any such plan.", "Moscow"), "RUS");
}

TEST_F(ResolverTest, MentionsKeepTokenOrder) {
  Processed p =
      Run("Russian troops and Ukrainian police met NATO officials in Kyiv.",
          "2022-02-03");
  ASSERT_EQ(p.sentences.size(), 1u);
  const auto& actors = p.sentences[0].actors;
  ASSERT_GE(actors.size(), 3u);
  for (size_t i = 1; i < actors.size(); ++i) {
    EXPECT_LE(actors[i - 1].first, actors[i].first);
  }
}

TEST_F(ResolverTest, SeedArticleActors) {
  std::string text;
  if (!ReadFileToString(std::string(DYAD_SHARED_DIR) + "/seed/article.txt",
                        &text)
           .ok()) {
    GTEST_SKIP() << "../shared/seed/article.txt not available";
  }
  Processed p = Run(text, "2022-02-03");
  EXPECT_EQ(FirstInContext(p, "Lavrov met with his Chinese counterpart",
                           "Russian Foreign Minister Sergey Lavrov"),
            "RUSGOV");
  EXPECT_EQ(FirstInContext(p, "Lavrov is in Beijing", "Lavrov"), "RUSGOV");
  EXPECT_EQ(FirstInContext(p, "his Chinese counterpart", "Chinese counterpart"),
            "CHNGOV");
  EXPECT_EQ(FirstInContext(p, "Beijing says", "Beijing"), "CHN");
  EXPECT_EQ(FirstInContext(p, "Moscow denies", "Moscow"), "RUS");
  EXPECT_EQ(
      FirstInContext(p, "President Vladimir Putin", "President Vladimir Putin"),
      "RUSGOV");
  EXPECT_EQ(FirstInContext(p, "Chinese President Xi Jinping",
                           "Chinese President Xi Jinping"),
            "CHNGOV");
  EXPECT_EQ(FirstInContext(p, "Russia has asked NATO", "NATO"), "IGOWSTNAT");
  std::set<std::string> both;
  for (const std::string& c : InContext(p, "Both sides", "Both sides")) {
    both.insert(c.substr(0, 3));
  }
  EXPECT_EQ(both, (std::set<std::string>{"CHN", "RUS"}));
}

}  // namespace
}  // namespace dyad
