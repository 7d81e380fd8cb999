#include "util/strings.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(LowercaseTest, AsciiOnly) {
  EXPECT_EQ(Lowercase("Hunger STRIKE"), "hunger strike");
  EXPECT_EQ(Lowercase("N'T"), "n't");
  EXPECT_EQ(Lowercase("\xC3\x89tat"), "\xC3\x89tat");  // É stays
  EXPECT_EQ(Lowercase(""), "");
}

TEST(SplitAnyTest, SkipsEmptyPieces) {
  EXPECT_EQ(SplitAny("a  b_c", " _"),
            (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(SplitAny("  ", " "), std::vector<std::string>{});
  EXPECT_EQ(SplitAny("word", " "), std::vector<std::string>{"word"});
}

}  // namespace
}  // namespace dyad
