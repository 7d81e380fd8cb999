// Noun-phrase composition (issue 4): one test per example of the issue,
// and the rules for ethnic and religious groups (data/actors/ethnic.tsv).
#include "resolve/compose.h"

#include <gtest/gtest.h>

#include "resolve/resolver_testing.h"

namespace dyad {
namespace {

class ComposeTest : public ResolverFixture {};

TEST_F(ComposeTest, AdjectiveTitleAndPersonChineseForeignMinisterWangYi) {
  Processed p = Run("Chinese Foreign Minister Wang Yi arrived.", "2022-02-03");
  ASSERT_EQ(p.sentences.size(), 1u);
  ASSERT_EQ(p.sentences[0].actors.size(), 1u);  // one phrase, one actor
  const ActorMention& m = p.sentences[0].actors[0];
  EXPECT_EQ(m.code, "CHNGOV");
  EXPECT_EQ(TextOf(p, p.sentences[0], m), "Chinese Foreign Minister Wang Yi");
  EXPECT_TRUE(m.composed);
}

TEST_F(ComposeTest, AdjectiveAndAgentRussianTroops) {
  EXPECT_EQ(CodeOf("Russian troops crossed the border.", "troops"), "RUSMIL");
}

TEST_F(ComposeTest, AdjectiveAndAgentGeorgianPolice) {
  EXPECT_EQ(CodeOf("Georgian police detained him.", "police"), "GEOCOP");
}

TEST_F(ComposeTest, PossessiveCountryAndAgentUkrainesDefenceMinistry) {
  EXPECT_EQ(CodeOf("Ukraine's defence ministry said so.", "ministry"),
            "UKRGOV");
}

TEST_F(ComposeTest, PossessivePersonAndOfficialActsForThePerson) {
  // The envoy is in Delhi but speaks for Moscow: the possessor, not the
  // locative, gives the country.
  EXPECT_EQ(CodeOf("Vladimir Putin's envoy in Delhi met officials.", "envoy"),
            "RUSGOV");
}

TEST_F(ComposeTest, PossessivePersonDoesNotMakeVictimsOfficials) {
  EXPECT_NE(CodeOf("Vladimir Putin's victims protested.", "victims"), "RUSGOV");
}

TEST_F(ComposeTest, LedByACountry) {
  EXPECT_EQ(CodeOf("Saudi-led forces attacked Houthi positions.", "forces"),
            "SAUMIL");
  EXPECT_EQ(CodeOf("Vietnamese-led troops shelled the camps.", "troops"),
            "VNMMIL");
}

TEST_F(ComposeTest, EthnicGroupAndAgentKurdishMilitants) {
  EXPECT_EQ(CodeOf("Kurdish militants attacked a base.", "militants"),
            "KURREB");
}

TEST_F(ComposeTest, LocativeProDemocracyProtestGroupsInSudan) {
  EXPECT_EQ(CodeOf("Pro-democracy protest groups in Sudan called a strike.",
                   "protest groups"),
            "SDNOPP");
}

TEST_F(ComposeTest, PossessiveDeterminerHisChineseCounterpart) {
  Processed p =
      Run("Russian Foreign Minister Sergey Lavrov met his Chinese counterpart.",
          "2022-02-03");
  auto codes = CodesOf(p, "counterpart");
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0], "CHNGOV");
  // "his" determines the phrase; it is not an actor of its own.
  ASSERT_EQ(p.sentences.size(), 1u);
  EXPECT_EQ(p.sentences[0].actors.size(), 2u);
}

TEST_F(ComposeTest, AgentOfAnOrganizationActsForIt) {
  EXPECT_EQ(
      CodeOf("Leaders of the Group of 20 adopted a declaration.", "Leaders"),
      "IGOBUS");
}

TEST_F(ComposeTest, InternationalOrganizationTakesNoRole) {
  EXPECT_EQ(CodeOf("EU foreign ministers met in Luxembourg.", "ministers"),
            "IGOEUREEC");
}

TEST_F(ComposeTest, CoordinatedAdjectivesShareTheHead) {
  std::set<std::string> codes = SentenceCodes(
      "Qatari and Egyptian mediators met on Monday.", 0, "2023-11-22");
  ASSERT_EQ(codes.size(), 2u);
  EXPECT_EQ(codes.begin()->substr(0, 3), "EGY");
  EXPECT_EQ(codes.rbegin()->substr(0, 3), "QAT");
  EXPECT_EQ(codes.begin()->substr(3), codes.rbegin()->substr(3));
}

TEST_F(ComposeTest, EthnicGroupAloneHasItsCode) {
  EXPECT_EQ(CodeOf("Rohingya refugees fled by boat.", "refugees"), "ROHREF");
  EXPECT_EQ(CodeOf("Uyghurs in exile protested.", "Uyghurs"), "UIG");
  EXPECT_EQ(CodeOf("Shia militias fired rockets.", "militias"), "SHIUAF");
  EXPECT_EQ(CodeOf("Tuareg rebels seized the town.", "rebels"), "TUAREB");
}

TEST_F(ComposeTest, EthnicGroupForcesAreNonState) {
  EXPECT_EQ(CodeOf("Kurdish forces took the town.", "forces"), "KURREB");
  // A state's forces stay MIL.
  EXPECT_EQ(CodeOf("Turkish forces took the town.", "forces"), "TURMIL");
}

TEST_F(ComposeTest, CountryBeforeEthnicGroupKeepsTheCode) {
  Processed p = Run("Syrian Kurdish fighters held the line.", "2022-02-03");
  ASSERT_EQ(p.sentences.size(), 1u);
  ASSERT_EQ(p.sentences[0].actors.size(), 1u);
  EXPECT_EQ(p.sentences[0].actors[0].code, "SYRUAF");
}

TEST_F(ComposeTest, RegionNamedAfterAGroupIsItsState) {
  EXPECT_EQ(CodeOf("Tamil Nadu police arrested him.", "police"), "INDCOP");
  EXPECT_EQ(CodeOf("Tamil groups protested.", "Tamil"), "TAM");
}

TEST_F(ComposeTest, OrganizationNameBeatsGroupName) {
  EXPECT_EQ(CodeOf("The Kurdistan Workers' Party said so.", "Party"), "TURREB");
  EXPECT_EQ(CodeOf("The Kurdish Peshmerga advanced.", "Peshmerga"), "IRQMIL");
}

}  // namespace
}  // namespace dyad
