// Document-level coreference (issue 4): surnames, each pronoun class, pair
// expressions and definite descriptions, one test per rule.
#include "resolve/coref.h"

#include <gtest/gtest.h>

#include "resolve/resolver_testing.h"

namespace dyad {
namespace {

class CorefTest : public ResolverFixture {
 protected:
  // The codes of sentence `i` whose mention text is exactly `text`.
  static std::vector<std::string> Exact(const Processed& p, size_t i,
                                        const std::string& text) {
    std::vector<std::string> codes;
    if (i >= p.sentences.size()) return codes;
    const Sentence& s = p.sentences[i];
    for (const ActorMention& m : s.actors) {
      if (TextOf(p, s, m) == text) codes.push_back(m.code);
    }
    return codes;
  }
};

TEST_F(CorefTest, SurnameAfterFullName) {
  Processed p =
      Run("Secretary of State Antony Blinken flew in. Later, Blinken met "
          "officials.",
          "2023-06-19");
  EXPECT_EQ(Exact(p, 1, "Blinken"), std::vector<std::string>{"USAGOV"});
}

TEST_F(CorefTest, UniqueSurnameOfSomeoneInOffice) {
  EXPECT_EQ(CodeOf("Putin says the talks failed.", "Putin", "2022-02-03"),
            "RUSGOV");
}

TEST_F(CorefTest, AnEnglishGivenNameIsNoFamilyName) {
  // John Lee, Hong Kong's chief executive, is "Lee", not "John".
  EXPECT_EQ(
      CodeOf("Police arrested John Smith in London.", "John", "2024-05-10"),
      "(none)");
  EXPECT_EQ(CodeOf("Xi said the talks went well.", "Xi", "2024-05-10"),
            "CHNGOV");
}

TEST_F(CorefTest, AnotherGivenNameIsAnotherPerson) {
  // John Howard was Australia's prime minister in 2005; Michael Howard led
  // Britain's opposition.
  EXPECT_EQ(
      CodeOf("Michael Howard attacked the budget.", "Howard", "2005-02-01"),
      "(none)");
  EXPECT_EQ(CodeOf("President Putin met officials.", "Putin", "2015-06-01"),
            "RUSGOV");
}

TEST_F(CorefTest, PersonPronounsHeSheHisHer) {
  const std::string date = "2015-06-01";
  EXPECT_EQ(
      Exact(Run("Vladimir Putin arrived. He said little.", date), 1, "He"),
      std::vector<std::string>{"RUSGOV"});
  EXPECT_EQ(
      Exact(Run("Angela Merkel arrived. She said little.", date), 1, "She"),
      std::vector<std::string>{"DEUGOV"});
  EXPECT_EQ(
      Exact(Run("Vladimir Putin arrived. His plan failed.", date), 1, "His"),
      std::vector<std::string>{"RUSGOV"});
  EXPECT_EQ(
      Exact(Run("Angela Merkel arrived. Her plan failed.", date), 1, "Her"),
      std::vector<std::string>{"DEUGOV"});
}

TEST_F(CorefTest, PersonPronounSkipsCountries) {
  // The most salient compatible actor: "he" is the president, not Russia.
  Processed p =
      Run("Turkish President Recep Tayyip Erdogan arrived in Moscow. He said "
          "talks would be hard.",
          "2023-01-10");
  EXPECT_EQ(Exact(p, 1, "He"), std::vector<std::string>{"TURGOV"});
}

TEST_F(CorefTest, ThingPronounsItIts) {
  const std::string date = "2022-02-03";
  EXPECT_EQ(Exact(Run("Russia said it was ready.", date), 0, "it"),
            std::vector<std::string>{"RUS"});
  // Not the person of the sentence before: a country or organisation.
  EXPECT_EQ(Exact(Run("Vladimir Putin spoke. NATO said its position was "
                      "unchanged.",
                      date),
                  1, "its"),
            std::vector<std::string>{"IGOWSTNAT"});
}

TEST_F(CorefTest, PluralPronounsTheyTheir) {
  const std::string date = "2022-02-03";
  EXPECT_EQ(Exact(Run("Russian troops crossed the border. They fired on a "
                      "village.",
                      date),
                  1, "They"),
            std::vector<std::string>{"RUSMIL"});
  EXPECT_EQ(Exact(Run("Sudanese protesters marched. Their demands were "
                      "ignored.",
                      date),
                  1, "Their"),
            std::vector<std::string>{"SDNOPP"});
}

TEST_F(CorefTest, BothSidesIsTheLastActorPair) {
  std::set<std::string> codes = SentenceCodes(
      "China and Russia held talks. Both sides agreed to meet again.", 1,
      "2022-02-03");
  EXPECT_EQ(codes, (std::set<std::string>{"CHN", "RUS"}));
}

TEST_F(CorefTest, BothSidesTakesAPairFromItsOwnSentence) {
  std::set<std::string> codes = SentenceCodes(
      "Egypt hosted Sudan's army chief. Kenya met Ethiopia on Monday, and "
      "both sides agreed to meet again.",
      1, "2022-02-03");
  EXPECT_TRUE(codes.count("KEN") && codes.count("ETH"));
  EXPECT_FALSE(codes.count("EGY") || codes.count("SDN"));
}

TEST_F(CorefTest, TheIslandIsAnEarlierCountry) {
  std::set<std::string> codes = SentenceCodes(
      "A U.S. senator landed in Cuba on Friday. Officials said the island "
      "would welcome him.",
      1, "2022-02-03");
  EXPECT_TRUE(codes.count("CUB"));
}

TEST_F(CorefTest, TheTwoCountriesIsTheLastCountryPair) {
  std::set<std::string> codes = SentenceCodes(
      "Vladimir Putin met Xi Jinping. The two countries signed a deal.", 1,
      "2022-02-03");
  EXPECT_EQ(codes, (std::set<std::string>{"CHNGOV", "RUSGOV"}));
}

TEST_F(CorefTest, TheTwoLeadersIsTheLastPersonPair) {
  std::set<std::string> codes = SentenceCodes(
      "Emmanuel Macron phoned Olaf Scholz from Paris. The two leaders "
      "agreed on aid.",
      1, "2023-03-01");
  EXPECT_EQ(codes, (std::set<std::string>{"DEUGOV", "FRAGOV"}));
}

TEST_F(CorefTest, TheMinisterIsTheLastMinister) {
  Processed p =
      Run("Russian Foreign Minister Sergey Lavrov arrived. The minister said "
          "little.",
          "2022-02-03");
  EXPECT_EQ(Exact(p, 1, "minister"), std::vector<std::string>{"RUSGOV"});
}

TEST_F(CorefTest, TheMinistryTakesTheCountryOfTheText) {
  Processed p =
      Run("Ukraine's defence ministry reported shelling. The ministry said two "
          "villages were hit.",
          "2022-03-01");
  EXPECT_EQ(Exact(p, 1, "ministry"), std::vector<std::string>{"UKRGOV"});
}

TEST_F(CorefTest, TheFundIsTheLastOrganisation) {
  Processed p =
      Run("Pakistan asked the IMF for a loan. The fund said talks would "
          "continue.",
          "2023-02-01");
  EXPECT_EQ(Exact(p, 1, "The fund"), std::vector<std::string>{"IGOBUSIMF"});
  // Without an organisation in reach, "the fund" names no actor.
  Processed q = Run("The fund said talks would continue.", "2023-02-01");
  EXPECT_TRUE(Exact(q, 0, "The fund").empty());
}

TEST_F(CorefTest, TheAllianceIsTheLastOrganisation) {
  Processed p =
      Run("Finland applied to join NATO. The alliance said it would decide "
          "soon.",
          "2022-05-18");
  EXPECT_EQ(Exact(p, 1, "The alliance"), std::vector<std::string>{"IGOWSTNAT"});
}

}  // namespace
}  // namespace dyad
