#include "eval/events_eval.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "eval/events_eval_coder.h"
#include "eval/events_eval_records.h"
#include "util/file.h"

namespace dyad {
namespace {

constexpr char kXml[] = R"(<Validation><Sentences>
<!-- <Sentence date="20000101" id="COMMENTED" category="X" sentence="true">
<Text>Gone.</Text></Sentence> -->
<Sentence date = "19950101" id ="DEMO-01" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"/>
<Text>
Arnor is about to restore   ties
with Gondor &amp; Rohan.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="950102" id="NONE-01" category="NONE" evaluate="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happens.</Text>
</Sentence>
<Sentence date="19950103" id="ERR-01" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>A typhoon hit.</Text>
</Sentence>
</Sentences></Validation>)";

TEST(PetrarchRecordsTest, ReadsRecordsCodingsAndFlags) {
  std::vector<SuiteRecord> r;
  ASSERT_TRUE(ParsePetrarchRecords(kXml, "t.xml", &r).ok());
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].id, "DEMO-01");
  EXPECT_EQ(r[0].date, "1995-01-01");
  EXPECT_EQ(r[0].text, "Arnor is about to restore ties with Gondor & Rohan.");
  ASSERT_EQ(r[0].expected.size(), 2u);
  EXPECT_EQ(r[0].expected[0].ToString(), "ARN GON 064");
  EXPECT_EQ(r[0].expected[1].source, "\"INJURY TOLL\"");
  EXPECT_EQ(r[0].parse, "(ROOT (S (NP (NNP Arnor))))");
  EXPECT_TRUE(r[0].evaluate);
  EXPECT_TRUE(r[1].expected.empty());
  EXPECT_FALSE(r[1].evaluate);
  EXPECT_EQ(r[1].date, "1995-01-02");
  EXPECT_EQ(r[2].error, "storydiscard");
  EXPECT_TRUE(r[2].expected.empty());
}

TEST(PetrarchRecordsTest, RejectsFilesWithoutRecords) {
  std::vector<SuiteRecord> r;
  EXPECT_FALSE(ParsePetrarchRecords("<Validation/>", "t.xml", &r).ok());
  EXPECT_FALSE(
      ParsePetrarchRecords("<Sentence id=\"x\"><Text>a</Text>", "t", &r).ok());
}

constexpr char kTabari[] = R"(
#####
950101  DEMO-01
Arnor is about to restore full diplomatic ties with Gondor.
/*\n------
\n[Simple coding]
\n{ ARN / GON / 064 } */

950103  DEMO-04
Telemar left for Minas Tirith./*
\n{ DAG / GON / 032 } 950103
\n-{ GON / DAG / 033 } */

950101  NOUNEND-05
Estoniab is about to restore ties.
/*\n[no actor]
\n{ +++ } */

950102  COMPOUND-08
Old foes renewed ties.
/*\n[many events]
\n-{ --- / --- / 000 }
*/

990101  FINAL-01
This is the end.

950101  AFTER-01
Arnor met Gondor.
/* \n{ ARN / GON / 031 } */
)";

TEST(TabariRecordsTest, ReadsExpectationsUntilTheFinalRecord) {
  std::vector<SuiteRecord> r;
  ASSERT_TRUE(ParseTabariValidation(kTabari, "Validate.text", &r).ok());
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].id, "DEMO-01");
  EXPECT_EQ(r[0].category, "DEMO");
  EXPECT_EQ(r[0].text,
            "Arnor is about to restore full diplomatic ties with Gondor.");
  ASSERT_EQ(r[0].expected.size(), 1u);
  EXPECT_EQ(r[0].expected[0].ToString(), "ARN GON 064");
  EXPECT_EQ(r[1].text, "Telemar left for Minas Tirith.");
  ASSERT_EQ(r[1].expected.size(), 1u);  // the disabled "-{" is not counted
  EXPECT_EQ(r[1].expected[0].code, "032");
  EXPECT_TRUE(r[2].evaluate);  // {+++}: no event expected
  EXPECT_TRUE(r[2].expected.empty());
  EXPECT_FALSE(r[3].evaluate);  // only disabled expectations
}

TEST(CsvTest, HandlesQuotesCommasAndNewlines) {
  auto rows = ParseCsv("a,\"b,c\",\"say \"\"hi\"\"\"\n1,\"two\nlines\",3\n");
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].size(), 3u);
  EXPECT_EQ(rows[0][1], "b,c");
  EXPECT_EQ(rows[0][2], "say \"hi\"");
  EXPECT_EQ(rows[1][1], "two\nlines");
}

TEST(CameoExamplesTest, OneRecordPerExample) {
  std::vector<SuiteRecord> r;
  ASSERT_TRUE(
      ParseCameoExamples("\"\",\"code\",\"example\"\n\"1\",\"01\",NA\n"
                         "\"2\",\"0311\",\"Iran  appealed to Iraq. \"\n",
                         "c.csv", &r)
          .ok());
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "Iran appealed to Iraq.");
  EXPECT_EQ(r[0].expected[0].code, "0311");
  EXPECT_EQ(r[0].category, "03");
  EXPECT_FALSE(ParseCameoExamples("a,b\n1,2\n", "c.csv", &r).ok());
}

TEST(DiscardListTest, MatchesWholeWordsCaseInsensitively) {
  DiscardList d = DiscardList::Parse(
      "# comment line\nYEARS LATER\n+World Golf Championships   # note\n"
      "BASEBALL\n");
  EXPECT_EQ(d.size(), 3u);
  EXPECT_EQ(d.Find("They restored the world golf championships."),
            "WORLD GOLF CHAMPIONSHIPS");
  EXPECT_EQ(d.Find("Baseball, at last."), "BASEBALL");
  EXPECT_EQ(d.Find("Baseballs and golf."), "");
  EXPECT_EQ(d.Find("Years went by, later."), "");
}

TEST(SuiteDateTest, EightAndSixDigits) {
  EXPECT_EQ(SuiteDate("20080801"), "2008-08-01");
  EXPECT_EQ(SuiteDate("950101"), "1995-01-01");
  EXPECT_EQ(SuiteDate("061118"), "2006-11-18");
  EXPECT_EQ(SuiteDate("95-01"), "");
}

Event MakeEvent(std::string src, std::string tgt, std::string code,
                bool negated = false) {
  Event e;
  e.source.code = std::move(src);
  if (!tgt.empty()) {
    e.target = EventActor();
    e.target->code = std::move(tgt);
  }
  e.code = std::move(code);
  e.negated = negated;
  return e;
}

TEST(SuiteTriplesTest, DyadicAssertedUniqueUpperCase) {
  std::vector<Event> events = {
      MakeEvent("arn", "GON", "064"), MakeEvent("ARN", "GON", "064"),
      MakeEvent("ARN", "", "010"), MakeEvent("GON", "ARN", "040", true)};
  auto t = SuiteTriples(events);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].ToString(), "ARN GON 064");
  auto all = AllTriples(events);
  EXPECT_EQ(all.size(), 2u);  // ARN 064 and ARN 010; the negated one is out
}

TEST(EventsMatchTest, Rules) {
  std::vector<EventTriple> want = {{"ARN", "GON", "064"}};
  std::vector<EventTriple> same = {{"ARN", "GON", "064"}};
  std::vector<EventTriple> more = {{"ARN", "GON", "064"},
                                   {"GON", "ARN", "064"}};
  std::vector<EventTriple> root = {{"ARN", "", "0631"}};
  EXPECT_TRUE(EventsMatch(want, same, MatchRule::kExactSet));
  EXPECT_FALSE(EventsMatch(want, more, MatchRule::kExactSet));
  EXPECT_TRUE(EventsMatch({}, {}, MatchRule::kExactSet));
  EXPECT_FALSE(EventsMatch({}, same, MatchRule::kExactSet));
  EXPECT_TRUE(EventsMatch(want, root, MatchRule::kRootCode));
  EXPECT_FALSE(EventsMatch(want, root, MatchRule::kCode));
  EXPECT_TRUE(EventsMatch(want, more, MatchRule::kCode));
}

TEST(AddOutcomeTest, CountsPassesAndTotal) {
  SuiteResult r;
  RecordOutcome ok, bad;
  ok.passed = true;
  AddOutcome(ok, &r);
  AddOutcome(bad, &r);
  EXPECT_EQ(r.passed, 1u);
  EXPECT_EQ(r.total, 2u);
  EXPECT_DOUBLE_EQ(r.rate(), 0.5);
}

TEST(VerbFileCodesTest, EveryBracketedCode) {
  auto codes = VerbFileCodes(
      "--- MEET [031] ---\n- * + [042:043]\n- * (AGAINST +) [:173]\n"
      "TALK [---]\nWORD [###]\n- * TIES [064]\n");
  EXPECT_EQ(codes,
            (std::vector<std::string>{"031", "042", "043", "064", "173"}));
}

TEST(ConvertUdV1ToV2Test, RelationsAndCopula) {
  std::vector<Token> w(5);
  w[0].upos = "PROPN", w[0].head = 2, w[0].deprel = "nsubjpass";
  w[1].upos = "VERB", w[1].head = 2, w[1].deprel = "auxpass";
  w[2].upos = "VERB", w[2].head = -1, w[2].deprel = "root";
  w[3].upos = "NOUN", w[3].head = 2, w[3].deprel = "nmod:agent";
  w[4].upos = "NOUN", w[4].head = 3, w[4].deprel = "nmod";
  ConvertUdV1ToV2(&w);
  EXPECT_EQ(w[0].deprel, "nsubj:pass");
  EXPECT_EQ(w[1].deprel, "aux:pass");
  EXPECT_EQ(w[1].upos, "AUX");
  EXPECT_EQ(w[3].deprel, "obl:agent");
  EXPECT_EQ(w[4].deprel, "nmod");  // a noun's modifier stays nmod
  std::vector<Token> v(3);
  v[0].upos = "VERB", v[0].head = -1, v[0].deprel = "root";
  v[1].upos = "NOUN", v[1].head = 0, v[1].deprel = "dobj";
  v[2].upos = "NOUN", v[2].head = 0, v[2].deprel = "nmod:tmod";
  ConvertUdV1ToV2(&v);
  EXPECT_EQ(v[1].deprel, "obj");
  EXPECT_EQ(v[2].deprel, "obl:tmod");
}

// The real suite files, when present: every record the file holds is read.
TEST(SuiteFilesTest, PetrarchUnitTestRecords) {
  const std::string path = std::string(DYAD_SHARED_DIR) +
                           "/validation/petrarch1/PETR.UnitTest.records.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "absent: " << path;
  std::string xml;
  ASSERT_TRUE(ReadFileToString(path, &xml).ok());
  std::vector<SuiteRecord> r;
  ASSERT_TRUE(ParsePetrarchRecords(xml, path, &r).ok());
  size_t texts = 0, pos = 0;
  while ((pos = xml.find("<Text>", pos)) != std::string::npos) ++texts, ++pos;
  EXPECT_EQ(r.size(), texts);
  for (const SuiteRecord& rec : r) {
    EXPECT_FALSE(rec.text.empty()) << rec.id;
    EXPECT_EQ(rec.date.size(), 10u) << rec.id;
  }
}

}  // namespace
}  // namespace dyad
