#include "code/stance.h"

#include <gtest/gtest.h>

#include <set>

namespace dyad {
namespace {

TEST(StanceCodeTest, FollowsCameosParallelLadders) {
  EXPECT_EQ(StanceCode(Stance::kAppeal, "0841"), "0253");  // release
  EXPECT_EQ(StanceCode(Stance::kDemand, "0874"), "1056");  // withdraw
  EXPECT_EQ(StanceCode(Stance::kReject, "086"), "1245");   // allow in
  EXPECT_EQ(StanceCode(Stance::kIntent, "046"), "036");    // negotiate
  EXPECT_EQ(StanceCode(Stance::kAppeal, "045"), "028");    // mediate
  EXPECT_EQ(StanceCode(Stance::kDemand, "0832"), "1042");  // policy change
  EXPECT_EQ(StanceCode(Stance::kIntent, "191"), "1381");   // blockade
}

TEST(StanceCodeTest, ActionsWithoutASubCodeGetTheResidual) {
  EXPECT_EQ(StanceCode(Stance::kAppeal, "112"), "020");
  EXPECT_EQ(StanceCode(Stance::kDemand, "010"), "100");
  EXPECT_EQ(StanceCode(Stance::kReject, "193"), "120");
  EXPECT_EQ(StanceCode(Stance::kIntent, "112"), "112");
  EXPECT_EQ(StanceCode(Stance::kNone, "040"), "");
}

TEST(StanceCodeTest, EveryStanceCodeIsListedAndInItsRoot) {
  std::set<std::string> listed;
  for (const std::string& c : StanceCodes()) listed.insert(c);
  for (const char* action : {"040", "0571", "061", "0741", "0871", "1831"}) {
    for (Stance s : {Stance::kAppeal, Stance::kDemand, Stance::kReject}) {
      std::string code = StanceCode(s, action);
      EXPECT_TRUE(listed.count(code)) << code;
      const char* root = s == Stance::kAppeal   ? "02"
                         : s == Stance::kDemand ? "10"
                                                : "12";
      EXPECT_EQ(code.substr(0, 2), root) << action;
    }
  }
}

TEST(DirectiveVerbTest, AskingAndOrderingButNotSaying) {
  EXPECT_TRUE(IsDirectiveVerb("urge"));
  EXPECT_TRUE(IsDirectiveVerb("order"));
  EXPECT_FALSE(IsDirectiveVerb("say"));
  EXPECT_FALSE(IsDirectiveVerb("send"));
}

}  // namespace
}  // namespace dyad
