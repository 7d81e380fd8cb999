#include "resolve/importer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dyad/segmenter.h"
#include "resolve/dictionary.h"
#include "resolve/importer_syntax.h"
#include "util/file.h"

namespace dyad {
namespace {

constexpr char kNoMatch[] = "<no match>";

// Builds a dictionary from snippets and resolves whole phrases against it.
class ImporterTest : public ::testing::Test {
 protected:
  void Actors(std::string_view text) {
    ASSERT_TRUE(ImportActorFile(text, "t.actors", builder_.get()).ok());
  }
  void Agents(std::string_view text) {
    ASSERT_TRUE(ImportAgentFile(text, "t.agents", builder_.get()).ok());
  }
  const Dictionary& Dict() {
    if (!dict_) dict_ = builder_->Build();
    return *dict_;
  }
  // The entry matching all of `text` as one name, or nullptr.
  const ActorEntry* Find(std::string_view text) {
    std::vector<Token> tokens;
    segmenter_->Tokenize(text, 0, &tokens);
    std::vector<DictMatch> m = Dict().Match(tokens);
    if (m.size() != 1 || m[0].first != 0 || m[0].last + 1 != tokens.size()) {
      return nullptr;
    }
    return &Dict().entries()[m[0].entry];
  }
  // The code of `text` on `date` (yyyymmdd, 0 = current), or kNoMatch.
  std::string Code(std::string_view text, int32_t date = 0) {
    const ActorEntry* e = Find(text);
    return e ? CodeForDate(*e, date) : kNoMatch;
  }
  const std::vector<std::string>& Warnings() { return Dict().warnings(); }
  // Starts over with an empty dictionary.
  void Reset() {
    builder_ = std::make_unique<DictionaryBuilder>(*segmenter_);
    dict_.reset();
  }

  std::unique_ptr<Segmenter> segmenter_ = Segmenter::Create(SegmentOptions());
  std::unique_ptr<DictionaryBuilder> builder_ =
      std::make_unique<DictionaryBuilder>(*segmenter_);
  std::unique_ptr<Dictionary> dict_;
};

// ------------------------------------------------------------ syntax pieces

TEST(ImporterSyntaxTest, PhraseToSurface) {
  EXPECT_EQ(PhraseToSurface("AMNESTY_INTERNATIONAL_"), "AMNESTY INTERNATIONAL");
  EXPECT_EQ(PhraseToSurface("  GROUP  OF_77 "), "GROUP OF 77");
  EXPECT_EQ(PhraseToSurface("CONGO_(DRC)_"), "CONGO (DRC)");
  EXPECT_EQ(PhraseToSurface("STANKO_TODOROV (ACTING_"), "STANKO TODOROV");
  EXPECT_EQ(PhraseToSurface("SUPREME_PEOPLE _COURT"), "SUPREME PEOPLE COURT");
}

TEST(ImporterSyntaxTest, NameCase) {
  EXPECT_EQ(NameCase("SERGEY V. LAVROV", false), "Sergey V. Lavrov");
  EXPECT_EQ(NameCase("AL-QAEDA", false), "Al-Qaeda");
  EXPECT_EQ(NameCase("UNITED NATIONS CHILDREN'S FUND", false),
            "United Nations Children's Fund");
  EXPECT_EQ(NameCase("BANK OF THE SOUTH", false), "Bank of the South");
  EXPECT_EQ(NameCase("THE SHIRE", false), "The Shire");
  EXPECT_EQ(NameCase("U.S.", false), "U.S.");
  EXPECT_EQ(NameCase("McCain", false), "McCain");
  EXPECT_EQ(NameCase("UN", true), "UN");
  EXPECT_EQ(NameCase("PKK", true), "PKK");
  EXPECT_EQ(NameCase("NATO", true), "Nato");
  EXPECT_EQ(NameCase("UN", false), "Un");
  EXPECT_EQ(NameCase("UN ENVOY", true), "Un Envoy");
}

TEST(ImporterSyntaxTest, TabariDates) {
  int32_t d = 0;
  EXPECT_TRUE(ParseTabariDate("070723", &d));
  EXPECT_EQ(d, 20070723);
  EXPECT_TRUE(ParseTabariDate("320101", &d));
  EXPECT_EQ(d, 19320101);
  EXPECT_TRUE(ParseTabariDate("300101", &d));
  EXPECT_EQ(d, 20300101);
  EXPECT_TRUE(ParseTabariDate("310101", &d));
  EXPECT_EQ(d, 19310101);
  EXPECT_TRUE(ParseTabariDate("19950601", &d));
  EXPECT_EQ(d, 19950601);
  EXPECT_FALSE(ParseTabariDate("2004017", &d));  // seven digits
  EXPECT_FALSE(ParseTabariDate("991301", &d));   // month 13
  EXPECT_FALSE(ParseTabariDate("99013A", &d));
}

TEST(ImporterSyntaxTest, CodeBlocks) {
  CodeBlock b;
  std::string note;
  EXPECT_EQ(ParseCodeBlock(" HOBGOV 950601 - 990815", &b, &note), "");
  EXPECT_EQ(b.code, "HOBGOV");
  EXPECT_TRUE(b.dated);
  EXPECT_EQ(b.start, 19950601);
  EXPECT_EQ(b.end, 19990815);
  EXPECT_EQ(ParseCodeBlock("HOB < 950601", &b, &note), "");
  EXPECT_EQ(b.start, 0);
  EXPECT_EQ(b.end, 19950601);
  EXPECT_EQ(ParseCodeBlock("IGOUNO  >20070101", &b, &note), "");
  EXPECT_EQ(b.start, 20070101);
  EXPECT_EQ(b.end, 99991231);
  EXPECT_EQ(ParseCodeBlock("pse", &b, &note), "");
  EXPECT_EQ(b.code, "PSE");
  EXPECT_FALSE(b.dated);
  EXPECT_EQ(ParseCodeBlock("---", &b, &note), "");
  EXPECT_EQ(b.code, "");
  EXPECT_EQ(ParseCodeBlock("  NGO~", &b, &note), "");
  EXPECT_EQ(b.code, "NGO");
  EXPECT_TRUE(b.agent_suffix);
  EXPECT_NE(ParseCodeBlock(" 991201-010114", &b, &note), "");
  EXPECT_NE(ParseCodeBlock("AAA950601-990815", &b, &note), "");
  EXPECT_NE(ParseCodeBlock("X 990101-980101", &b, &note), "");
  EXPECT_NE(ParseCodeBlock("X 990101-2004017", &b, &note), "");
  EXPECT_NE(ParseCodeBlock("", &b, &note), "");
}

TEST(ImporterSyntaxTest, SplitCodeBlocks) {
  LineParts parts;
  EXPECT_EQ(SplitCodeBlocks("AXNOR  [AR1 <911226] [AR2]", &parts), "");
  EXPECT_EQ(parts.head, "AXNOR");
  ASSERT_EQ(parts.blocks.size(), 2u);
  EXPECT_EQ(parts.blocks[1], "AR2");
  EXPECT_EQ(SplitCodeBlocks("A {B}[~ENV}", &parts), "");
  EXPECT_EQ(parts.head, "A {B}");
  EXPECT_EQ(SplitCodeBlocks("A [MNCMED]\tNewspapers\t$1,000", &parts), "");
  EXPECT_EQ(parts.trailing, "Newspapers\t$1,000");
  EXPECT_NE(SplitCodeBlocks("A [GOV", &parts), "");
  EXPECT_NE(SplitCodeBlocks("A [GOV] junk [MIL]", &parts), "");
  EXPECT_NE(SplitCodeBlocks("A ] [GOV]", &parts), "");
}

TEST(ImporterSyntaxTest, Substitutions) {
  Substitutions subs;
  std::string error;
  EXPECT_TRUE(subs.Define("!PERSON! = MAN, MEN , WOMAN", &error));
  EXPECT_EQ(error, "");
  EXPECT_FALSE(subs.Define("!PERSON!  [~GOV]", &error));
  std::vector<std::string> out;
  EXPECT_EQ(subs.Expand("CONGRESS!PERSON!", &out), "");
  EXPECT_EQ(out, (std::vector<std::string>{"CONGRESSMAN", "CONGRESSMEN",
                                           "CONGRESSWOMAN"}));
  out.clear();
  EXPECT_EQ(subs.Expand("!PERSON!_AND_!PERSON!", &out), "");
  EXPECT_EQ(out.size(), 9u);
  out.clear();
  EXPECT_EQ(subs.Expand("YAHOO! NEWS", &out), "");
  EXPECT_EQ(out, std::vector<std::string>{"YAHOO! NEWS"});
  EXPECT_NE(subs.Expand("!UNKNOWN!_X", &out), "");
  EXPECT_TRUE(subs.Define("!EMPTY! = ", &error));
  EXPECT_NE(error, "");
}

TEST(ImporterSyntaxTest, ReaderSkipsCommentsAndBlocks) {
  std::vector<std::string> problems;
  DictLineReader reader(
      "<NOUN>\nBEES ;x\n</NOUN>\nA [X] ;c\n<!-- one\ntwo -->\n"
      "B [###] # c\n<! -- odd -->\nC <!-- mid --> [Y]\n\t\n~~FINISH\nD [Z]\n",
      [&](int n, std::string w) { problems.push_back(w); });
  std::vector<std::string> lines;
  std::vector<int> numbers;
  DictLine line;
  while (reader.Next(&line)) {
    lines.push_back(line.text);
    numbers.push_back(line.number);
  }
  EXPECT_EQ(lines, (std::vector<std::string>{"A [X]", "B [###]", "C  [Y]"}));
  EXPECT_EQ(numbers, (std::vector<int>{4, 7, 9}));
  EXPECT_TRUE(problems.empty());
}

TEST(ImporterSyntaxTest, ReaderReportsUnterminatedComment) {
  std::vector<int> lines;
  DictLineReader reader("A [X]\n<!-- open\nB [Y]\n",
                        [&](int n, std::string) { lines.push_back(n); });
  DictLine line;
  int count = 0;
  while (reader.Next(&line)) ++count;
  EXPECT_EQ(count, 1);
  EXPECT_EQ(lines, std::vector<int>{2});
}

// ---------------------------------------------------------------- actors

TEST_F(ImporterTest, NameAndCode) {
  Actors("HAMAS_MILITARY_COMMAND [PSEHMSGOV]\nESTONIA_  [EST] ;tony\n");
  EXPECT_EQ(Code("Hamas military command"), "PSEHMSGOV");
  EXPECT_EQ(Code("Estonia"), "EST");
  EXPECT_EQ(Code("Hamas"), kNoMatch);
  EXPECT_EQ(Dict().stats().bad_lines, 0u);
}

TEST_F(ImporterTest, SynonymsAndCodeLinesFollowTheEntry) {
  Actors("GONDOR\n+MINAS_TIRITH  \n+ANORIEN\n\t[GON]\n\nROHAN [ROH]\n");
  EXPECT_EQ(Code("Minas Tirith"), "GON");
  EXPECT_EQ(Code("Anorien"), "GON");
  EXPECT_EQ(Code("Gondor"), "GON");
  EXPECT_EQ(Find("Anorien"), Find("Gondor"));
  EXPECT_EQ(Code("Rohan"), "ROH");
}

TEST_F(ImporterTest, DatedCodesMakeAPerson) {
  Actors(
      "SAM_GAMGEE [HOB]  # default\n"
      "\t[HOBCIV <20080120]\n"
      "\t[ORCHOB 20100109-20100112] # overrides the next\n"
      "\t[HOBMIL 20080120-20121109]\n"
      "\t[HOBELI >130119]\n");
  const ActorEntry* e = Find("Sam Gamgee");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, ActorKind::kPerson);
  ASSERT_EQ(e->codes.size(), 5u);
  EXPECT_EQ(e->codes.back().code, "HOB");  // the default, placed last
  EXPECT_EQ(e->codes.back().start, 0);
  EXPECT_EQ(e->codes.back().end, 99991231);
  EXPECT_EQ(Code("Sam Gamgee", 20050101), "HOBCIV");
  EXPECT_EQ(Code("Sam Gamgee", 20100110), "ORCHOB");
  EXPECT_EQ(Code("Sam Gamgee", 20110101), "HOBMIL");
  EXPECT_EQ(Code("Sam Gamgee", 20121201), "HOB");  // between ranges
  EXPECT_EQ(Code("Sam Gamgee", 20140101), "HOBELI");
}

TEST_F(ImporterTest, InlineDatedCodesAndTwoDigitYears) {
  Actors("AXNOR  [AR1 <911226] [AR2]\nSHAH [AFGGOV 331108-730717]\n");
  EXPECT_EQ(Code("Axnor", 19900101), "AR1");
  EXPECT_EQ(Code("Axnor", 19920101), "AR2");
  EXPECT_EQ(Code("Shah", 19500101), "AFGGOV");
  const ActorEntry* shah = Find("Shah");
  ASSERT_NE(shah, nullptr);
  EXPECT_EQ(shah->codes[0].start, 19331108);
  EXPECT_EQ(shah->codes[0].end, 19730717);
}

TEST_F(ImporterTest, BadStartDateOpensTheRangeBadEndDropsTheCode) {
  Actors(
      "BAN\n"
      "\t[IGOUNO >20070101]\n"
      "\t[KORGOVBUS 2004017-20061201]\n"
      "\t[KORELI 20040101-2006120]\n");
  EXPECT_EQ(Code("Ban", 20100101), "IGOUNO");
  EXPECT_EQ(Code("Ban", 20050101), "KORGOVBUS");
  ASSERT_EQ(Warnings().size(), 2u);
  EXPECT_EQ(Warnings()[0].rfind("t.actors:3: ", 0), 0u) << Warnings()[0];
  EXPECT_EQ(Warnings()[1].rfind("t.actors:4: ", 0), 0u) << Warnings()[1];
  EXPECT_EQ(Find("Ban")->codes.size(), 2u);
}

TEST_F(ImporterTest, NullCodesBlockButCodeNothing) {
  Actors(
      "INDIAN_OCEAN  [---]\nINDIAN [IND]\nNASGUL [###]\n"
      "PRINCE OF DOL AMROTH\n\t[--- <950630]\n\t[DOL]\n");
  EXPECT_EQ(Code("Indian"), "IND");
  const ActorEntry* ocean = Find("Indian Ocean");
  ASSERT_NE(ocean, nullptr);  // matched as a whole, so "Indian" is not coded
  EXPECT_EQ(CodeForDate(*ocean, 0), "");
  EXPECT_EQ(Code("Nasgul"), "");
  EXPECT_EQ(Code("Prince of Dol Amroth", 19900101), "");
  EXPECT_EQ(Code("Prince of Dol Amroth", 20000101), "DOL");
}

TEST_F(ImporterTest, KindsFromCodes) {
  Actors(
      "AFGHANISTAN_ [AFG]\n+KABUL\nUNITED_NATIONS [IGOUNO]\nRED_CROSS [NGO]\n");
  ASSERT_NE(Find("Kabul"), nullptr);
  EXPECT_EQ(Find("Kabul")->kind, ActorKind::kCountry);
  EXPECT_EQ(Find("United Nations")->kind, ActorKind::kOrganization);
  EXPECT_EQ(Find("Red Cross")->kind, ActorKind::kOrganization);
  EXPECT_EQ(Dict().stats().countries, 1u);
  EXPECT_EQ(Dict().stats().organizations, 2u);
}

TEST_F(ImporterTest, CommentsOfEveryKind) {
  Actors(
      "<!-- header -->\n<!-- \n# NOTE [XXX]\n# -->\n"
      "GONZO_GMO [GONGMO] # check AGENTS-10# 18-Sept-09\n"
      "ITALY  [ITA] ;JW   9/10/91\n"
      "#NASGUL  [###]\n"
      "ZIMBABWE\n\t[RHO <790606]\n\t[ZBW];jw 9/30/91\n");
  EXPECT_EQ(Code("Gonzo GMO"), "GONGMO");
  EXPECT_EQ(Code("Italy"), "ITA");
  EXPECT_EQ(Code("Nasgul"), kNoMatch);
  EXPECT_EQ(Code("Note"), kNoMatch);
  EXPECT_EQ(Code("Zimbabwe", 19700101), "RHO");
  EXPECT_EQ(Code("Zimbabwe", 20000101), "ZBW");
  EXPECT_TRUE(Warnings().empty()) << Warnings()[0];
}

TEST_F(ImporterTest, TabariWordBlocksAreSkippedQuietly) {
  Actors(
      "<NOUN>\nBEES   ;pas\nLEADER\n</NOUN>\n<ADJECTIVE>\nEVIL\n"
      "</ADJECTIVE>\nAARDVARK [SAF]\n~~FINISH 16:47\nLATE [LAT]\n");
  EXPECT_EQ(Code("Aardvark"), "SAF");
  EXPECT_EQ(Code("bees"), kNoMatch);
  EXPECT_EQ(Code("evil"), kNoMatch);
  EXPECT_EQ(Code("late"), kNoMatch);
  EXPECT_TRUE(Warnings().empty());
}

TEST_F(ImporterTest, MalformedLinesAreReportedAndSkipped) {
  Actors(
      "+ORPHAN\n"                       // 1: synonym before any entry
      "GOOD_ONE [GD1]\n"                // 2
      "ALBRIGHY  [ 991201-010114]\n"    // 3: block without a code
      "UNCLOSED [USA\n"                 // 4: unclosed bracket
      "+IGNORED_SYNONYM\n"              // 5: absorbed by the bad entry
      "NOCODE\n"                        // 6: no code at all
      "MOUSE= [MUS]\n"                  // 7: '=' in a name
      "BADDATE\n\t[X 991301-000101]\n"  // 8, 9: month 13
      "GOOD_TWO [GD2]\n");              // 10
  EXPECT_EQ(Code("Good one"), "GD1");
  EXPECT_EQ(Code("Good two"), "GD2");
  EXPECT_EQ(Code("Ignored synonym"), kNoMatch);
  EXPECT_EQ(Code("Nocode"), kNoMatch);
  std::vector<std::string> prefixes;
  for (const std::string& w : Warnings()) {
    prefixes.push_back(w.substr(0, w.find(':', 9) + 1));
  }
  EXPECT_EQ(prefixes, (std::vector<std::string>{
                          "t.actors:1:", "t.actors:3:", "t.actors:4:",
                          "t.actors:6:", "t.actors:7:", "t.actors:9:"}));
  EXPECT_EQ(Dict().stats().bad_lines, 6u);
}

TEST_F(ImporterTest, ConsecutiveNameLinesShareTheCodes) {
  Actors(
      "LEONID_BREZHNEV_  # CountryInfo.txt\n"
      "LEONID_ILYICH_BREZHNEV\n"
      "+BREZHNEV\n"
      "SECRETARY_BREZHNEV\n"
      "\t[SUNELI 19240101-641014]\n"
      "\t[SUNGOV 641014-821110]\n"
      "NEXT [NXT]\n");
  EXPECT_EQ(Code("Brezhnev", 19700101), "SUNGOV");
  EXPECT_EQ(Code("Secretary Brezhnev", 19500101), "SUNELI");
  EXPECT_EQ(Find("Leonid Brezhnev"), Find("Leonid Ilyich Brezhnev"));
  EXPECT_EQ(Code("Next"), "NXT");
  EXPECT_TRUE(Warnings().empty()) << Warnings()[0];
}

TEST_F(ImporterTest, RepairedLinesAreKeptAndReported) {
  Actors(
      "A._SCHULMAN_\t[MNCUSA]\tMajor Chemicals\t$643,000,000\n"
      "DJUKANOVIC_\n\t[MNEGOV 20121204]\n");
  EXPECT_EQ(Code("A. Schulman"), "MNCUSA");
  EXPECT_EQ(Code("Djukanovic", 20130101), "MNEGOV");
  ASSERT_EQ(Warnings().size(), 2u);
  EXPECT_EQ(Warnings()[0].rfind("t.actors:1: ", 0), 0u) << Warnings()[0];
  EXPECT_EQ(Warnings()[1].rfind("t.actors:3: ", 0), 0u) << Warnings()[1];
}

TEST_F(ImporterTest, ParenthesesAndPlusInsideNames) {
  Actors(
      "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]\n"
      "+ARMY_OF_MOHAMMED_+_ISLAMIC_ADEN_ARMY_\n"
      "STANKO_TODOROV (ACTING_  # CountryInfo.txt\n\t[BGRGOV 810616-900917]\n");
  EXPECT_EQ(Code("Aden Abyan Islamic Army (AAIA)"), "YEMREB");
  EXPECT_EQ(Code("Army of Mohammed"), "YEMREB");
  EXPECT_EQ(Code("Islamic Aden Army"), "YEMREB");
  EXPECT_EQ(Code("Stanko Todorov", 19850101), "BGRGOV");
}

TEST_F(ImporterTest, ShortCapitalNamesMatchOnlyInCapitals) {
  Actors("US [USA]\nIRAN [IRN]\nPUTIN\n\t[RUSGOV >20000507]\n+XI\n");
  EXPECT_EQ(Code("US"), "USA");
  EXPECT_EQ(Code("us"), kNoMatch);  // the pronoun
  EXPECT_EQ(Code("Iran"), "IRN");
  EXPECT_EQ(Code("Xi", 20100101), "RUSGOV");  // people are never acronyms
}

TEST_F(ImporterTest, CompoundCodeKeepsTheFirst) {
  Actors("LORIEN  [ELR/GAL]\n");
  EXPECT_EQ(Code("Lorien"), "ELR");
}

TEST_F(ImporterTest, LaterDuplicateNameTakesOver) {
  Actors("AL_GORE  [AGR]\nAL GORE  [TEN]\n");
  EXPECT_EQ(Code("Al Gore"), "TEN");
}

// ---------------------------------------------------------------- agents

TEST_F(ImporterTest, AgentsWithRolesAndPlurals) {
  Agents(
      "FOREIGN_MINISTER_  [ ~GOVFRM] ;jap\n"
      "ARMY [~MIL]\n"
      "POLICE {} [~COP]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] # mj\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n");
  const ActorEntry* fm = Find("foreign minister");
  ASSERT_NE(fm, nullptr);
  EXPECT_EQ(fm->kind, ActorKind::kAgent);
  EXPECT_EQ(Code("Foreign Minister"), "GOVFRM");
  EXPECT_EQ(Code("foreign ministers"), "GOVFRM");
  EXPECT_EQ(Code("armies"), "MIL");
  EXPECT_EQ(Code("police"), "COP");
  EXPECT_EQ(Code("polices"), kNoMatch);
  EXPECT_EQ(Code("attorneys general"), "GOVATG");
  EXPECT_EQ(Code("attorney generals"), kNoMatch);
  EXPECT_EQ(Code("human rights body"), "NGO");
  EXPECT_EQ(Dict().stats().agents, 5u);
  EXPECT_TRUE(Warnings().empty());
}

TEST_F(ImporterTest, AgentSubstitutionSets) {
  Agents(
      "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
      "!MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\n"
      "CONGRESS [~LEG]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "!MINST!_OF_SILLY_WALKS [~GOV]\n"
      "!NOPE!_X [~GOV]\n");
  EXPECT_EQ(Code("congresses"), "LEG");
  EXPECT_EQ(Code("congresswomen"), "LEG");
  EXPECT_EQ(Code("congressperson"), "LEG");
  EXPECT_EQ(Code("ministries of silly walks"), "GOV");
  EXPECT_EQ(Code("minister of silly walk"), kNoMatch);
  ASSERT_EQ(Warnings().size(), 1u);
  EXPECT_EQ(Warnings()[0].rfind("t.agents:6: ", 0), 0u) << Warnings()[0];
}

TEST_F(ImporterTest, MalformedAgentLines) {
  Agents(
      "ISLAMIC_EXTREMIST\n"                // 1: no code
      "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"  // 2: accepted
      "SOLDIER [~MIL >20010101]\n"         // 3: dated agent
      "GUARD {GUARDS [~MIL]\n"             // 4: unclosed brace
      "TWO [~GOV] [~MIL]\n"                // 5: two codes
      "NULL [---]\n"                       // 6: null code
      "+ORPHAN\n");                        // 7: synonym after a bad line
  EXPECT_EQ(Code("deparment of environment"), "ENV");
  EXPECT_EQ(Code("soldier"), kNoMatch);
  std::vector<std::string> prefixes;
  for (const std::string& w : Warnings()) {
    prefixes.push_back(w.substr(0, w.find(':', 9) + 1));
  }
  EXPECT_EQ(prefixes, (std::vector<std::string>{
                          "t.agents:1:", "t.agents:3:", "t.agents:4:",
                          "t.agents:5:", "t.agents:6:", "t.agents:7:"}));
}

TEST_F(ImporterTest, AgentSynonymLines) {
  Agents("SPOKESMAN {SPOKESMEN} [~GOV]\n+SPOKESWOMAN {SPOKESWOMEN}\n");
  EXPECT_EQ(Code("spokeswomen"), "GOV");
  EXPECT_EQ(Find("spokeswoman"), Find("spokesman"));
}

// ------------------------------------------------- the files in ../shared

// Loads one dictionary from DYAD_SHARED_DIR, skipping when absent.
class SharedFilesTest : public ImporterTest {
 protected:
  bool Load(const std::string& relative, bool agents) {
    std::string path = std::string(DYAD_SHARED_DIR) + "/" + relative;
    if (!std::filesystem::exists(path)) return false;
    std::string data;
    EXPECT_TRUE(ReadFileToString(path, &data).ok());
    Status s = agents ? ImportAgentFile(data, relative, builder_.get())
                      : ImportActorFile(data, relative, builder_.get());
    EXPECT_TRUE(s.ok());
    return true;
  }
};

#define DYAD_LOAD_OR_SKIP(file, agents)                                \
  if (!Load(file, agents)) {                                           \
    GTEST_SKIP() << "reference file " << (file) << " not found under " \
                 << DYAD_SHARED_DIR;                                   \
  }

TEST_F(SharedFilesTest, TabariDemoActors) {
  DYAD_LOAD_OR_SKIP("validation/tabari/TABARI.Demo.actors", false);
  EXPECT_EQ(Code("Al Gore"), "TEN");
  EXPECT_EQ(Code("Smeagol", 19900101), "HOB");
  EXPECT_EQ(Code("Gollum", 19970101), "HOBGOV");
  EXPECT_EQ(Code("Stinker", 20050101), "HOBREB");
  EXPECT_EQ(Code("Minas Tirith"), "GON");
  EXPECT_EQ(Code("Albright", 20000101), "USAGOV");
  EXPECT_EQ(Code("Albright", 20050101), "");  // [---] outside the term
  EXPECT_EQ(Code("Group of 77"), "G77");
  EXPECT_EQ(Code("bees"), kNoMatch);  // a <NOUN> block
  EXPECT_EQ(Code("The Shire"), "FRO");
  EXPECT_EQ(Code("U.S."), "USA");
  EXPECT_GT(Dict().stats().names, 120u);
  // The only malformed line is "MOUSE= [MUS]" at line 105; ALBRIGHY's
  // dateless block is commented out.
  ASSERT_EQ(Dict().stats().bad_lines, 1u);
  EXPECT_NE(Warnings()[0].find("TABARI.Demo.actors:105: "), std::string::npos)
      << Warnings()[0];
}

TEST_F(SharedFilesTest, TabariAgents) {
  DYAD_LOAD_OR_SKIP("validation/tabari/Validate.agents", true);
  EXPECT_EQ(Code("foreign minister"), "GOVFRM");
  EXPECT_EQ(Code("foreign ministers"), "GOVFRM");
  EXPECT_EQ(Code("human rights activists"), "NGM");
  EXPECT_EQ(Code("police"), "COP");
  EXPECT_EQ(Dict().stats().bad_lines, 0u) << Warnings()[0];
  EXPECT_GT(Dict().stats().agents, 80u);
}

TEST_F(SharedFilesTest, PetrarchValidateActors) {
  for (const char* f :
       {"validation/petrarch1/PETR.Validate.actors.txt",
        "validation/ud-petrarch/PETR_Validate_actors_2_02.txt"}) {
    SCOPED_TRACE(f);
    Reset();
    DYAD_LOAD_OR_SKIP(f, false);
    EXPECT_EQ(Code("Hamas"), "PSEREBHMS");
    EXPECT_EQ(Code("President George W. Bush"), "USAGOV");
    EXPECT_EQ(Code("Interpol"), "IGOCOPITP");
    EXPECT_EQ(Code("Sam Gamgee", 20100110), "ORCHOB");
    EXPECT_EQ(Code("Sam Gamgee", 20130301), "HOBELI");
    EXPECT_EQ(Code("Egyptian"), "EGY");
    EXPECT_EQ(Code("Palestinian"), "PAL");  // the later +PALESTINIAN wins
    EXPECT_EQ(Code("Seoul"), "KOR");
    EXPECT_EQ(Dict().stats().bad_lines, 0u) << Warnings()[0];
  }
}

TEST_F(SharedFilesTest, PetrarchValidateAgents) {
  for (const char* f :
       {"validation/petrarch1/PETR.Validate.agents.txt",
        "validation/ud-petrarch/PETR_Validate_agents_2_02.txt"}) {
    SCOPED_TRACE(f);
    Reset();
    DYAD_LOAD_OR_SKIP(f, true);
    EXPECT_EQ(Code("foreign minister"), "GOVFRM");
    EXPECT_EQ(Code("foreign ministers"), "GOVFRM");
    EXPECT_EQ(Code("congressmen"), "LEG");
    EXPECT_EQ(Code("ministry of silly walks"), "GOV");
    EXPECT_EQ(Dict().stats().bad_lines, 0u) << Warnings()[0];
  }
}

TEST_F(SharedFilesTest, PhoenixActors) {
  DYAD_LOAD_OR_SKIP("dictionaries/phoenix/Phoenix.Countries.actors.txt", false);
  DYAD_LOAD_OR_SKIP("dictionaries/phoenix/Phoenix.International.actors.txt",
                    false);
  DYAD_LOAD_OR_SKIP("dictionaries/phoenix/Phoenix.MilNonState.actors.txt",
                    false);
  EXPECT_EQ(Code("Afghanistan"), "AFG");
  EXPECT_EQ(Find("Afghanistan")->kind, ActorKind::kCountry);
  EXPECT_EQ(Code("Sergey Lavrov", 20150101).substr(0, 3), "RUS");
  EXPECT_EQ(Code("Lavrov", 20150101).substr(0, 3), "RUS");
  EXPECT_EQ(Code("UN"), "IGOUNO");
  EXPECT_EQ(Code("Ban Ki-moon", 20100101), "IGOUNO");
  EXPECT_EQ(Code("Ban Ki-moon", 20050101).substr(0, 3), "KOR");
  EXPECT_EQ(Code("Hamid Karzai", 20050101), "AFGGOV");
  EXPECT_EQ(Code("Aden Abyan Islamic Army (AAIA)"), "YEMREB");
  EXPECT_GT(Dict().stats().people, 5000u);
  EXPECT_GT(Dict().stats().names, 30000u);
  EXPECT_LT(Dict().stats().bad_lines, 100u) << Warnings()[0];
}

TEST_F(SharedFilesTest, PhoenixAgents) {
  DYAD_LOAD_OR_SKIP("dictionaries/phoenix/Phoenix.agents.txt", true);
  EXPECT_EQ(Code("foreign minister"), "GOV");  // no GOVFRM in Phoenix
  EXPECT_EQ(Code("foreign ministries"), "GOV");
  EXPECT_EQ(Code("ministers"), "GOV");
  EXPECT_EQ(Code("congresswoman"), "LEG");
  EXPECT_EQ(Code("farmers"), "AGR");
  EXPECT_EQ(Code("police"), "COP");
  EXPECT_EQ(Code("peacekeeping troops"), "IGO");
  EXPECT_GT(Dict().stats().agents, 1500u);
  EXPECT_LT(Dict().stats().bad_lines, 20u) << Warnings()[0];
}

}  // namespace
}  // namespace dyad
