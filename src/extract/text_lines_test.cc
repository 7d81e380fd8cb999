#include "extract/text_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

// The units of `text`, each as its lines joined with " / ".
std::vector<std::string> Units(std::string_view text) {
  std::vector<TextLine> lines = ScanLines(text);
  std::vector<std::string> out;
  for (const TextUnit& u : SplitUnits(text, lines, 100)) {
    std::string s;
    for (uint32_t i = u.first; i < u.last; ++i) {
      if (!s.empty()) s += " / ";
      s += text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    }
    out.push_back(s);
  }
  return out;
}

TEST(ScanLinesTest, TrimsAndMarksBlockStarts) {
  std::string text = "  one \n\n\xC2\xA0two\t\nthree\n \n";
  std::vector<TextLine> lines = ScanLines(text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(text.substr(lines[0].begin, lines[0].end - lines[0].begin), "one");
  EXPECT_EQ(lines[0].indent, 2u);
  EXPECT_TRUE(lines[0].blank_before);
  EXPECT_EQ(text.substr(lines[1].begin, lines[1].end - lines[1].begin), "two");
  EXPECT_TRUE(lines[1].blank_before);
  EXPECT_FALSE(lines[2].blank_before);
}

TEST(ScanLinesTest, EmptyAndBlankInput) {
  EXPECT_TRUE(ScanLines("").empty());
  EXPECT_TRUE(ScanLines(" \n\t\n\n \xC2\xA0 \n").empty());
}

TEST(SplitUnitsTest, JoinsHardWrappedLines) {
  std::string text =
      "The foreign ministers of both countries met in the capital on\n"
      "Thursday and agreed to coordinate their positions on the crisis,\n"
      "according to a statement published by the ministry late at night.\n"
      "\n"
      "A second paragraph.\n";
  std::vector<std::string> units = Units(text);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_NE(units[0].find("capital on / Thursday"), std::string::npos);
  EXPECT_NE(units[0].find("crisis, / according"), std::string::npos);
  EXPECT_EQ(units[1], "A second paragraph.");
}

TEST(SplitUnitsTest, IndentedLinesStartParagraphs) {
  std::string text =
      "    The first paragraph of wire copy starts here and it goes on\n"
      "for a while, wrapped at a fixed width by the wire service.\n"
      "    The second paragraph is indented again and also wraps over\n"
      "two lines of text.\n";
  std::vector<std::string> units = Units(text);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[1].substr(0, 10), "The second");
}

TEST(SplitUnitsTest, BulletsAndShortLinesAreSeparateItems) {
  std::string text =
      "Key points:\n"
      "\u2022 Defence ministers will meet twice a year.\n"
      "\u2022 A hotline will be restored.\n"
      "- Both sides will join drills.\n";
  std::vector<std::string> units = Units(text);
  ASSERT_EQ(units.size(), 4u);
  EXPECT_EQ(units[2], "\u2022 A hotline will be restored.");
}

TEST(SplitUnitsTest, TwoShortTitleLinesStaySeparate) {
  std::vector<std::string> units =
      Units("Celebrate our next chapter\nFree access for everyone\n");
  EXPECT_EQ(units.size(), 2u);
}

TEST(SplitUnitsTest, LongUnwrappedLinesArePerLineParagraphs) {
  std::string a = "A" + std::string(120, 'a');
  std::string b = "B" + std::string(130, 'b');
  std::string text = "Headline of the story\n" + a + " end.\n" + b + " end.\n";
  std::vector<std::string> units = Units(text);
  EXPECT_EQ(units.size(), 3u);
}

TEST(SplitUnitsTest, LowerCaseContinuationJoinsEvenUnwrapped) {
  std::string long_line(120, 'x');
  std::string text = long_line + " and the\nsentence goes on here.\n";
  EXPECT_EQ(Units(text).size(), 1u);
}

TEST(SplitUnitsTest, ShortFirstLineOfWireCopyIsJoined) {
  // Wire copy whose dateline was cut off starts with a short line.
  std::string text =
      "Standard Oil Co and BP North America\n"
      "Petroleum Inc said they plan to form a venture to manage the money\n"
      "market borrowing and investment activities of both companies.\n";
  EXPECT_EQ(Units(text).size(), 1u);
}

TEST(SplitUnitsTest, LinesEndingInAbbreviationsOrFunctionWordsGoOn) {
  std::string text =
      "Sugar imports subject to the U.S.\n"
      "Quota were detailed by the department in a statement that was\n"
      "released on Friday, officials said in Washington this week.\n";
  EXPECT_EQ(Units(text).size(), 1u);
  std::string table_like =
      "The Agricultural Stabilization and\n"
      "Conservation Service set these values\n"
      "         Natl   Loan           Release   Call\n";
  std::vector<std::string> units = Units(table_like);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].substr(0, 39), "The Agricultural Stabilization and / Co");
}

TEST(SplitUnitsTest, HeadlineListIsNotProse) {
  std::string text =
      "Read more\n"
      "Why Seoul is rethinking its Japan policy\n"
      "North Korea fires missile ahead of summit\n"
      "The history behind the forced-labour dispute\n";
  EXPECT_EQ(Units(text).size(), 4u);
}

TEST(SplitUnitsTest, StandaloneFlag) {
  std::string text = "Title line\n\nBody one.\nBody two is here.\n";
  std::vector<TextLine> lines = ScanLines(text);
  std::vector<TextUnit> units = SplitUnits(text, lines, 100);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_TRUE(units[0].standalone);
  EXPECT_TRUE(units[1].standalone);  // two-line block, not wrapped
}

TEST(LineHelpersTest, BulletLen) {
  EXPECT_EQ(BulletLen("\u2022 Item"), 4u);
  EXPECT_EQ(BulletLen("- Item"), 2u);
  EXPECT_EQ(BulletLen("-Item"), 0u);
  EXPECT_EQ(BulletLen("Item"), 0u);
  EXPECT_EQ(BulletLen("\u2022 "), 0u);  // a marker alone is no item
}

TEST(LineHelpersTest, EndsSentence) {
  EXPECT_TRUE(EndsSentence("He said so."));
  EXPECT_TRUE(EndsSentence("He said \"no.\""));
  EXPECT_TRUE(EndsSentence("Why?"));
  EXPECT_TRUE(EndsSentence("as follows:"));
  EXPECT_FALSE(EndsSentence("China, Russia coordinated positions"));
  EXPECT_FALSE(EndsSentence(""));
  EXPECT_TRUE(EndsWithPeriod("on Feb. 3.)"));
  EXPECT_FALSE(EndsWithPeriod("Monday?"));
}

TEST(LineHelpersTest, UnicodeSpaces) {
  EXPECT_EQ(SpaceLenAt("\xC2\xA0x", 0), 2u);          // U+00A0
  EXPECT_EQ(SpaceLenAt("\xE2\x80\xAFx", 0), 3u);      // U+202F
  EXPECT_EQ(SpaceLenAt("\xC2\xA9x", 0), 0u);          // (c) sign
  EXPECT_EQ(SpaceLenBefore("x\xE3\x80\x80", 4), 3u);  // U+3000
  EXPECT_EQ(TrimView("\xC2\xA0 a b \t"), "a b");
}

}  // namespace
}  // namespace dyad
