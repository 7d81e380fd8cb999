#include "dyad/resolver.h"

#include <gtest/gtest.h>

#include <set>

#include "dyad/pipeline.h"
#include "util/file.h"

namespace dyad {
namespace {

// Loads the built-in dictionary once for all tests.
class ResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions opts;
    opts.resolve = true;
    auto p = Pipeline::Create(opts);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p.value()).release();
  }
  static void TearDownTestSuite() { delete pipeline_; }

  static Processed Run(const std::string& text, const std::string& date) {
    Document doc;
    doc.id = "t";
    doc.date = date;
    doc.raw = text;
    Processed out;
    EXPECT_TRUE(pipeline_->Process(doc, &out).ok());
    return out;
  }

  // Codes of every mention whose text contains `needle`.
  static std::vector<std::string> CodesOf(const Processed& p,
                                          const std::string& needle) {
    std::vector<std::string> codes;
    for (const Sentence& s : p.sentences) {
      for (const ActorMention& m : s.actors) {
        std::string_view text =
            p.article.Slice(s.tokens[m.first].begin, s.tokens[m.last].end);
        if (text.find(needle) != std::string_view::npos) {
          codes.push_back(m.code);
        }
      }
    }
    return codes;
  }

  static std::string CodeOf(const std::string& text, const std::string& needle,
                            const std::string& date = "2022-02-03") {
    auto codes = CodesOf(Run(text, date), needle);
    return codes.empty() ? "(none)" : codes.front();
  }

  static inline Pipeline* pipeline_ = nullptr;
};

TEST_F(ResolverTest, ComposesNounPhrases) {
  EXPECT_EQ(CodeOf("Chinese Foreign Minister Wang Yi arrived.", "Wang Yi"),
            "CHNGOV");
  EXPECT_EQ(CodeOf("Russian troops crossed the border.", "troops"), "RUSMIL");
  EXPECT_EQ(CodeOf("Georgian police detained him.", "police"), "GEOCOP");
  EXPECT_EQ(CodeOf("Ukraine's defence ministry said so.", "ministry"),
            "UKRGOV");
}

TEST_F(ResolverTest, LocativeGivesCountryToBareAgent) {
  EXPECT_EQ(CodeOf("Pro-democracy protest groups in Sudan called a strike.",
                   "protest groups"),
            "SDNOPP");
}

TEST_F(ResolverTest, CoordinatedAdjectivesShareTheHead) {
  Processed p =
      Run("Qatari and Egyptian mediators met on Monday.", "2023-11-22");
  std::set<std::string> codes;
  for (const ActorMention& m : p.sentences[0].actors) codes.insert(m.code);
  EXPECT_TRUE(codes.count("QATGOV") || codes.count("QATCVL") ||
              codes.size() == 2)
      << "got " << codes.size() << " codes";
  EXPECT_EQ(codes.size(), 2u);
}

TEST_F(ResolverTest, PeopleDependOnTheArticleDate) {
  EXPECT_EQ(CodeOf("Wang Yi spoke.", "Wang Yi", "2018-05-01"), "CHNGOV");
  // Before his first term he was not a minister: country only.
  EXPECT_EQ(CodeOf("Wang Yi spoke.", "Wang Yi", "2001-05-01").substr(0, 3),
            "CHN");
}

TEST_F(ResolverTest, CapitalsAndSeatsOfPowerAreMetonyms) {
  EXPECT_EQ(CodeOf("Beijing says it will respond.", "Beijing"), "CHN");
  EXPECT_EQ(CodeOf("The Kremlin denied the report.", "Kremlin"), "RUS");
}

TEST_F(ResolverTest, ShortCapitalNamesNeedCapitals) {
  EXPECT_EQ(CodeOf("The US said it would help.", "US"), "USA");
  EXPECT_EQ(CodeOf("They told us nothing.", "us"), "(none)");
}

TEST_F(ResolverTest, SurnameAfterFullName) {
  Processed p =
      Run("Secretary of State Antony Blinken flew in. Later, Blinken met "
          "officials.",
          "2023-06-19");
  auto codes = CodesOf(p, "Blinken");
  ASSERT_EQ(codes.size(), 2u);
  EXPECT_EQ(codes[1], "USAGOV");
}

TEST_F(ResolverTest, PronounsTakeTheMostSalientCompatibleActor) {
  Processed p =
      Run("Turkish President Recep Tayyip Erdogan arrived in Moscow. He said "
          "talks would be hard. Russia said it was ready.",
          "2023-01-10");
  auto he = CodesOf(p, "He");
  ASSERT_FALSE(he.empty());
  EXPECT_EQ(he[0], "TURGOV");
  auto it = CodesOf(p, "it");
  ASSERT_FALSE(it.empty());
  EXPECT_EQ(it[0], "RUS");
}

TEST_F(ResolverTest, PairExpressionsExpandToTwoActors) {
  Processed p =
      Run("China and Russia held talks. Both sides agreed to meet again.",
          "2022-02-03");
  ASSERT_EQ(p.sentences.size(), 2u);
  std::set<std::string> codes;
  for (const ActorMention& m : p.sentences[1].actors) codes.insert(m.code);
  EXPECT_EQ(codes, (std::set<std::string>{"CHN", "RUS"}));
}

TEST_F(ResolverTest, DefiniteAgentTakesEarlierActorWithThatRole) {
  Processed p =
      Run("Russian Foreign Minister Sergey Lavrov arrived. The minister said "
          "little.",
          "2022-02-03");
  auto codes = CodesOf(p, "minister");
  ASSERT_FALSE(codes.empty());
  EXPECT_EQ(codes.back(), "RUSGOV");
}

TEST_F(ResolverTest, SeedArticleActors) {
  std::string text;
  if (!ReadFileToString(std::string(DYAD_SHARED_DIR) + "/seed/article.txt",
                        &text)
           .ok()) {
    GTEST_SKIP() << "../shared/seed/article.txt not available";
  }
  Processed p = Run(text, "2022-02-03");
  auto first = [&](const std::string& needle) {
    auto c = CodesOf(p, needle);
    return c.empty() ? std::string("(none)") : c.front();
  };
  EXPECT_EQ(first("Sergey Lavrov"), "RUSGOV");
  EXPECT_EQ(first("Chinese counterpart"), "CHNGOV");
  EXPECT_EQ(first("Beijing"), "CHN");
  EXPECT_EQ(first("Moscow"), "RUS");
  EXPECT_EQ(first("Vladimir Putin"), "RUSGOV");
  EXPECT_EQ(first("Xi Jinping"), "CHNGOV");
  EXPECT_EQ(first("NATO"), "IGOWSTNAT");
  std::set<std::string> both;
  for (const std::string& c : CodesOf(p, "Both sides")) {
    both.insert(c.substr(0, 3));
  }
  EXPECT_EQ(both, (std::set<std::string>{"CHN", "RUS"}));
}

}  // namespace
}  // namespace dyad
