// Matching rules of the compiled actor dictionary (issue 4, "Matching and
// composition"): one test per rule, on the built-in dictionary, plus the
// builder-level rules on small hand-made dictionaries.
#include "resolve/dictionary.h"

#include <gtest/gtest.h>

#include <set>

#include "resolve/resolver_testing.h"
#include "resolve/token_table.h"

namespace dyad {
namespace {

class MatcherTest : public ResolverFixture {};

TEST_F(MatcherTest, LongestMatchWins) {
  // "Security Council" and "United Nations" are names too; the longest wins.
  std::vector<ActorHit> hits =
      Dict().Lookup("the United Nations Security Council met", "2022-02-03");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "United Nations Security Council");
  // An Islamic State province is not the transnational core.
  EXPECT_EQ(LookupCode("Islamic State Khorasan Province"), "AFGREBISI");
  EXPECT_EQ(LookupCode("Islamic State"), "IMGMUSISI");
}

TEST_F(MatcherTest, CaseInsensitive) {
  EXPECT_EQ(LookupCode("the Kremlin"), "RUS");
  EXPECT_EQ(LookupCode("THE KREMLIN"), "RUS");
  EXPECT_EQ(LookupCode("the kremlin"), "RUS");
}

TEST_F(MatcherTest, DiacriticsInsensitive) {
  EXPECT_EQ(LookupCode("Côte d'Ivoire"), "CIV");
  EXPECT_EQ(LookupCode("Cote d'Ivoire"), "CIV");
  // A person listed as "Erdoğan" is found without the breve, and the
  // reverse.
  EXPECT_EQ(LookupCode("Recep Tayyip Erdogan", "2020-01-01"), "TURGOV");
  EXPECT_EQ(LookupCode("Recep Tayyip Erdoğan", "2020-01-01"), "TURGOV");
}

TEST_F(MatcherTest, PossessiveLeavesTheName) {
  for (const char* text : {"Russia's army", "Russia\xE2\x80\x99s army"}) {
    std::vector<ActorHit> hits = Dict().Lookup(text, "2022-02-03");
    ASSERT_EQ(hits.size(), 2u) << text;
    EXPECT_EQ(hits[0].text, "Russia");
    EXPECT_EQ(hits[0].code, "RUS");
    // Composed over the possessive: the country's army.
    EXPECT_EQ(CodeOf(std::string(text) + " advanced.", "army"), "RUSMIL");
  }
}

TEST_F(MatcherTest, PluralAgents) {
  // Regular plurals are derived from the singular names...
  EXPECT_EQ(LookupCode("soldiers"), "MIL");
  EXPECT_EQ(LookupCode("armies"), "MIL");
  EXPECT_EQ(LookupCode("ministries"), "GOV");
  // ...irregular ones are listed, and plural mentions are marked plural.
  EXPECT_EQ(LookupCode("policemen"), "COP");
  Processed p = Run("Russian soldiers advanced.", "2022-02-03");
  ASSERT_FALSE(p.sentences.empty());
  ASSERT_FALSE(p.sentences[0].actors.empty());
  EXPECT_TRUE(p.sentences[0].actors[0].plural);
}

TEST_F(MatcherTest, AcronymWhoNeedsCapitals) {
  EXPECT_EQ(LookupCode("WHO"), "IGOUNOHLHWHO");
  EXPECT_EQ(CodeOf("The WHO warned of a new wave.", "WHO"), "IGOUNOHLHWHO");
  EXPECT_EQ(LookupCode("who"), "(none)");
  EXPECT_EQ(LookupCode("Who"), "(none)");
  EXPECT_EQ(CodeOf("Officials who spoke declined.", "who"), "(none)");
}

TEST_F(MatcherTest, AcronymIsNeedsCapitals) {
  EXPECT_EQ(CodeOf("IS claimed the attack.", "IS"), "IMGMUSISI");
  EXPECT_EQ(CodeOf("The army said IS had withdrawn.", "IS"), "IMGMUSISI");
  EXPECT_EQ(LookupCode("is"), "(none)");
  EXPECT_EQ(LookupCode("Is"), "(none)");
  EXPECT_EQ(CodeOf("It is what it is.", "is"), "(none)");
}

TEST_F(MatcherTest, MixedCaseAcronymNeedsItsSpelling) {
  EXPECT_EQ(LookupCode("LeT"), "PAKREB");
  EXPECT_EQ(LookupCode("let"), "(none)");
  EXPECT_EQ(LookupCode("Let"), "(none)");
}

TEST_F(MatcherTest, NoAcronymInASentenceWrittenInCapitals) {
  EXPECT_EQ(LookupCode("WHO IS TO BLAME"), "(none)");
  // The same acronyms in an ordinary sentence are actors.
  EXPECT_EQ(Dict().Lookup("WHO and IS", "2022-02-03").size(), 2u);
}

TEST_F(MatcherTest, ShortCountryAndBlocAcronyms) {
  EXPECT_EQ(LookupCode("US"), "USA");
  EXPECT_EQ(LookupCode("UN"), "IGOUNO");
  EXPECT_EQ(LookupCode("EU"), "IGOEUREEC");
  EXPECT_EQ(LookupCode("us"), "(none)");
  EXPECT_EQ(LookupCode("un"), "(none)");
  EXPECT_EQ(LookupCode("Eu"), "(none)");
}

TEST_F(MatcherTest, GroupCodesAreNotCountryCodes) {
  const Dictionary& d = CompiledDictionary(Dict());
  std::set<std::string> countries;
  size_t groups = 0;
  for (const ActorEntry& e : d.entries()) {
    if (e.kind == ActorKind::kCountry) countries.insert(e.codes[0].code);
  }
  for (const ActorEntry& e : d.entries()) {
    if (!e.group) continue;
    ++groups;
    EXPECT_EQ(countries.count(e.codes[0].code), 0u) << e.name;
    EXPECT_EQ(e.codes[0].code.size(), 3u) << e.name;
  }
  EXPECT_GE(groups, 20u);
}

// Builder-level rules on a hand-made dictionary.
class BuilderTest : public ::testing::Test {
 protected:
  BuilderTest()
      : segmenter_(Segmenter::Create(SegmentOptions())),
        builder_(*segmenter_) {}

  uint32_t Add(ActorKind kind, const std::string& name,
               std::vector<DatedCode> codes) {
    uint32_t id = builder_.AddEntry(ActorEntry{kind, name, std::move(codes)});
    builder_.AddName(name, id);
    return id;
  }

  std::vector<Token> Tokens(const std::string& text) {
    std::vector<Token> tokens;
    segmenter_->Tokenize(text, 0, &tokens);
    return tokens;
  }

  std::unique_ptr<Segmenter> segmenter_;
  DictionaryBuilder builder_;
};

TEST_F(BuilderTest, DateRangedOfficeHolders) {
  int32_t a, b, c;
  ASSERT_TRUE(ParseDictDate("2013-03", false, &a));
  ASSERT_TRUE(ParseDictDate("2022-12", true, &b));
  ASSERT_TRUE(ParseDictDate("2023-07", false, &c));
  uint32_t id = Add(ActorKind::kPerson, "Wang Yi",
                    {{"CHNGOV", a, b, "foreign minister"},
                     {"CHNGOV", c, 99991231, "foreign minister"}});
  auto dict = builder_.Build();
  const ActorEntry& e = dict->entries()[id];
  EXPECT_EQ(CodeForDate(e, 20130401), "CHNGOV");
  EXPECT_EQ(CodeForDate(e, 20221231), "CHNGOV");
  EXPECT_EQ(CodeForDate(e, 20230301), "CHN");  // between the two terms
  EXPECT_EQ(CodeForDate(e, 20240101), "CHNGOV");
  EXPECT_EQ(CodeForDate(e, 20010101), "CHN");  // before the first
}

TEST_F(BuilderTest, LaterNameTakesOverAndLongestWins) {
  Add(ActorKind::kCountry, "Georgia", {{"GEO"}});
  uint32_t state = Add(ActorKind::kOrganization, "Georgia", {{"USA"}});
  uint32_t long_name = Add(ActorKind::kAgent, "Georgia Tech", {{"EDU"}});
  auto dict = builder_.Build();
  auto m = dict->Match(Tokens("in Georgia and at Georgia Tech"));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].entry, state);
  EXPECT_EQ(m[1].entry, long_name);
  EXPECT_EQ(m[1].last - m[1].first, 1u);
}

TEST(TokenTableTest, FindNormalisesRawTokens) {
  TokenTable t;
  int32_t kremlin = t.Intern("kremlin");
  int32_t cote = t.Intern("cote");
  EXPECT_EQ(t.Intern("kremlin"), kremlin);
  EXPECT_EQ(t.Find("Kremlin"), kremlin);
  EXPECT_EQ(t.Find("KREMLIN"), kremlin);
  EXPECT_EQ(t.Find("C\xC3\xB4te"), cote);
  EXPECT_EQ(t.Find("kreml"), TokenTable::kNone);
  // Growth keeps every word findable.
  for (int i = 0; i < 5000; ++i) t.Intern("w" + std::to_string(i));
  EXPECT_EQ(t.size(), 5002u);
  EXPECT_EQ(t.Find("W4999"), t.FindNormalized("w4999"));
  EXPECT_EQ(t.Find("kremlin"), kremlin);
}

}  // namespace
}  // namespace dyad
