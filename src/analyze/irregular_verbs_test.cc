#include "analyze/irregular_verbs.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(IrregularVerbsTest, PastFormsGiveTheBase) {
  EXPECT_EQ(IrregularVerbBase("fled"), "flee");
  EXPECT_EQ(IrregularVerbBase("fought"), "fight");
  EXPECT_EQ(IrregularVerbBase("slain"), "slay");
  EXPECT_EQ(IrregularVerbBase("withdrew"), "withdraw");
  EXPECT_EQ(IrregularVerbBase("abode"), "abide");  // first entry
  EXPECT_EQ(IrregularVerbBase("wrung"), "wring");  // last entry
}

TEST(IrregularVerbsTest, OtherWordsAreNone) {
  EXPECT_EQ(IrregularVerbBase("walked"), "");
  EXPECT_EQ(IrregularVerbBase("Fled"), "");  // lowercased input only
  EXPECT_EQ(IrregularVerbBase(""), "");
  EXPECT_EQ(IrregularVerbBase("zzz"), "");
}

}  // namespace
}  // namespace dyad
