// Lexicon lookups, in particular Abbreviation behind its Bloom filter.
#include "segment/lexicon.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::segment {
namespace {

const Lexicon& Lex() { return Lexicon::Default(); }

TEST(LexiconTest, ListedAbbreviationsAndTheirAllCapsSpelling) {
  EXPECT_EQ(Lex().Abbreviation("Mr"), AbbrevKind::kTitle);
  EXPECT_EQ(Lex().Abbreviation("MR"), AbbrevKind::kTitle);
  EXPECT_EQ(Lex().Abbreviation("Gen"), AbbrevKind::kTitle);
  EXPECT_EQ(Lex().Abbreviation("No"), AbbrevKind::kNumbered);
  EXPECT_EQ(Lex().Abbreviation("Inc"), AbbrevKind::kGeneral);
  EXPECT_EQ(Lex().Abbreviation("INC"), AbbrevKind::kGeneral);
  EXPECT_EQ(Lex().Abbreviation("Corp"), AbbrevKind::kGeneral);
  EXPECT_EQ(Lex().Abbreviation("etc"), AbbrevKind::kGeneral);
  EXPECT_EQ(Lex().Abbreviation("approx"), AbbrevKind::kGeneral);
}

TEST(LexiconTest, OtherWordsAreNoAbbreviations) {
  for (const char* w : {"said", "government", "year", "iNC", "inC", "", "I",
                        "Incorporated", "U", "Mrs.", "Inc.", "ETCETERA"}) {
    EXPECT_EQ(Lex().Abbreviation(w), AbbrevKind::kNone) << w;
  }
}

// Words that differ from an entry only in letter case share its filter bit;
// the table still tells them apart.
TEST(LexiconTest, FilterCollisionsAreResolvedByTheTable) {
  for (const char* w : {"mR", "mr", "gEN", "cORP", "ETc"}) {
    EXPECT_EQ(Lex().Abbreviation(w), AbbrevKind::kNone) << w;
  }
  EXPECT_EQ(Lex().Abbreviation("NO"), AbbrevKind::kNumbered);
  EXPECT_EQ(Lex().Abbreviation("CORP"), AbbrevKind::kGeneral);
}

}  // namespace
}  // namespace dyad::segment
