#include "resolve/dates.h"

#include <gtest/gtest.h>

#include "dyad/segmenter.h"

namespace dyad {
namespace {

ResolvedDate Find(const std::string& text, const std::string& pub,
                  bool future = false) {
  auto seg = Segmenter::Create(SegmentOptions());
  std::vector<Token> tokens;
  seg->Tokenize(text, 0, &tokens);
  return FindDate(tokens, ParseCivilDate(pub), future);
}

TEST(DatesTest, CalendarArithmetic) {
  CivilDate d = ParseCivilDate("2022-02-03");
  ASSERT_TRUE(d.valid());
  EXPECT_EQ(Weekday(d), 3);  // Thursday
  EXPECT_EQ(FormatCivilDate(AddDays(d, 27)), "2022-03-02");
  EXPECT_EQ(FormatCivilDate(AddDays(d, -34)), "2021-12-31");
  EXPECT_FALSE(ParseCivilDate("2022-02-30").valid());
}

TEST(DatesTest, SeedExpressions) {
  EXPECT_EQ(Find("met in Beijing on Feb. 3.", "2022-02-03").date, "2022-02-03");
  EXPECT_EQ(Find("met in Beijing on Thursday.", "2022-02-03").date,
            "2022-02-03");
  ResolvedDate fri = Find("Putin will meet Xi on Friday.", "2022-02-03", true);
  EXPECT_EQ(fri.date, "2022-02-04");
  EXPECT_EQ(fri.precision, "day");
}

TEST(DatesTest, PastWeekdaysPointBack) {
  EXPECT_EQ(Find("They met on Monday.", "2022-02-03").date, "2022-01-31");
  EXPECT_EQ(Find("They met last Thursday.", "2022-02-03").date, "2022-01-27");
  EXPECT_EQ(Find("They meet next Monday.", "2022-02-03").date, "2022-02-07");
}

TEST(DatesTest, DayMonthYearForms) {
  EXPECT_EQ(Find("On 3 February 2021 it began.", "2022-02-03").date,
            "2021-02-03");
  EXPECT_EQ(Find("On March 14, 2020, it began.", "2022-02-03").date,
            "2020-03-14");
  EXPECT_EQ(Find("It began Sept. 9.", "2022-02-03").date, "2022-09-09");
}

TEST(DatesTest, DurationsAreNoDates) {
  EXPECT_TRUE(Find("They made up after a two-year rift.", "2022-06-15")
                  .precision.empty());
  EXPECT_TRUE(
      Find("It signed a five-year deal.", "2022-06-15").precision.empty());
}

TEST(DatesTest, RelativeExpressionsHavePrecision) {
  ResolvedDate w = Find("Talks collapsed last week.", "2022-02-03");
  EXPECT_EQ(w.precision, "week");
  EXPECT_EQ(w.date, "2022-01-24");
  ResolvedDate m = Find("Talks resume next month.", "2022-12-15", true);
  EXPECT_EQ(m.precision, "month");
  EXPECT_EQ(m.date, "2023-01-01");
  ResolvedDate y = Find("Earlier this year, they met.", "2022-06-15");
  EXPECT_EQ(y.precision, "year");
  EXPECT_EQ(y.date, "2022-01-01");
  EXPECT_EQ(Find("He left yesterday.", "2022-03-01").date, "2022-02-28");
}

TEST(DatesTest, NoExpressionNoDate) {
  EXPECT_EQ(Find("The talks went well.", "2022-02-03").precision, "");
  EXPECT_EQ(Find("May they succeed.", "2022-02-03").precision, "");
  EXPECT_EQ(Find("On Friday.", "").precision, "");
}

}  // namespace
}  // namespace dyad
