#include "serve/params.h"

#include <gtest/gtest.h>

namespace dyad::serve {
namespace {

class ParamsTest : public ::testing::Test {
 protected:
  ParamReader Reader() { return ParamReader(map_, 32); }
  ParamReader::Map map_;
};

TEST_F(ParamsTest, AbsentParametersGiveDefaults) {
  ParamReader p = Reader();
  EXPECT_EQ(*p.Int("limit", 50, 1, 500), 50);
  EXPECT_EQ(*p.Date("from"), "");
  EXPECT_EQ(*p.Actor("actor"), "");
  EXPECT_TRUE(p.ActorPair("dyad")->empty());
  EXPECT_EQ(*p.OneOf("by", "week", {"day", "week"}), "week");
}

TEST_F(ParamsTest, IntegersAreRangeChecked) {
  map_ = {{"a", "7"},  {"b", "0"}, {"c", "abc"},
          {"d", "7x"}, {"e", ""},  {"f", "99999999999999"}};
  ParamReader p = Reader();
  EXPECT_EQ(*p.Int("a", 1, 1, 10), 7);
  EXPECT_EQ(p.Int("b", 1, 1, 10).status().code(),
            Status::Code::kInvalidArgument);
  for (const char* name : {"c", "d", "e", "f"}) {
    EXPECT_FALSE(p.Int(name, 1, 1, 10).ok()) << name;
  }
  EXPECT_NE(p.Int("c", 1, 1, 10).status().message().find("'c'"),
            std::string::npos);
}

TEST_F(ParamsTest, DatesMustBeRealCalendarDays) {
  map_ = {{"ok", "2022-02-28"},    {"leap", "2024-02-29"},
          {"feb30", "2022-02-30"}, {"month13", "2022-13-01"},
          {"short", "2022-2-3"},   {"junk", "yesterday"}};
  ParamReader p = Reader();
  EXPECT_EQ(*p.Date("ok"), "2022-02-28");
  EXPECT_EQ(*p.Date("leap"), "2024-02-29");
  for (const char* bad : {"feb30", "month13", "short", "junk"}) {
    EXPECT_FALSE(p.Date(bad).ok()) << bad;
  }
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("2022-02-03"), 19026);
}

TEST_F(ParamsTest, ActorsAreCodesOnly) {
  map_ = {{"a", "rusgov"}, {"b", "RUS'; DROP TABLE events;--"},
          {"c", "R"},      {"d", "CHN,RUS"},
          {"e", "CHN"},    {"f", "CHN,"}};
  ParamReader p = Reader();
  EXPECT_EQ(*p.Actor("a"), "RUSGOV");
  EXPECT_FALSE(p.Actor("b").ok());
  EXPECT_FALSE(p.Actor("c").ok());
  EXPECT_EQ(*p.ActorPair("d"), (std::vector<std::string>{"CHN", "RUS"}));
  EXPECT_FALSE(p.ActorPair("e").ok());
  EXPECT_FALSE(p.ActorPair("f").ok());
}

TEST_F(ParamsTest, CodesAndRoots) {
  map_ = {{"c1", "04"}, {"c2", "0a"}, {"c3", "12345"}, {"r1", "14"},
          {"r2", "1x"}, {"r3", "1X"}, {"r4", "31"},    {"r5", "141"}};
  ParamReader p = Reader();
  EXPECT_EQ(*p.Code("c1"), "04");
  EXPECT_FALSE(p.Code("c2").ok());
  EXPECT_FALSE(p.Code("c3").ok());
  EXPECT_EQ(*p.Root("r1"), "14");
  EXPECT_EQ(*p.Root("r2"), "1x");
  EXPECT_EQ(*p.Root("r3"), "1x");
  EXPECT_FALSE(p.Root("r4").ok());
  EXPECT_FALSE(p.Root("r5").ok());
}

TEST_F(ParamsTest, TextIsBoundedUtf8AndNotRepeated) {
  map_ = {{"ok", "Lavrov met Wang"},
          {"long", std::string(33, 'x')},
          {"bad", "caf\xC3"},
          {"overlong", "\xC0\xAF"},
          {"twice", "a"},
          {"twice", "b"}};
  ParamReader p = Reader();
  EXPECT_EQ(*p.Text("ok"), "Lavrov met Wang");
  EXPECT_FALSE(p.Text("long").ok());
  EXPECT_FALSE(p.Text("bad").ok());
  EXPECT_FALSE(p.Text("overlong").ok());
  EXPECT_FALSE(p.Text("twice").ok());
}

TEST_F(ParamsTest, OneOfRejectsOtherWords) {
  map_ = {{"by", "year"}};
  EXPECT_FALSE(Reader().OneOf("by", "week", {"day", "week", "month"}).ok());
}

}  // namespace
}  // namespace dyad::serve
