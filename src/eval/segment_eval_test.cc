// The segmentation evaluator: gold text rebuilding, alignment, multiword
// tokens, and the targets on the UD test files.
#include "eval/segment_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace dyad {
namespace {

// Two paragraphs; "don't" is a multiword token (do + n't).
constexpr char kConllu[] =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# sent_id = 1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 2\n"
    "# text = He left.\n"
    "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# newpar\n"
    "# sent_id = 3\n"
    "# text = Bye now\n"
    "1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "2\tnow\tnow\tADV\tRB\t_\t1\tadvmod\t_\t_\n"
    "\n";

std::vector<ConlluSentence> Gold() {
  std::vector<ConlluSentence> gold;
  EXPECT_TRUE(ParseConllu(kConllu, "test", &gold).ok());
  return gold;
}

// Whitespace tokens, one sentence per paragraph: wrong on punctuation.
class WhitespaceSegmenter : public Segmenter {
 public:
  void Segment(const Article&, std::vector<Sentence>*) const override {}
  void SegmentText(std::string_view text, uint32_t base, uint32_t paragraph,
                   std::vector<Sentence>* out) const override {
    Sentence s;
    s.paragraph = paragraph;
    Tokenize(text, base, &s.tokens);
    s.begin = s.tokens.front().begin;
    s.end = s.tokens.back().end;
    out->push_back(std::move(s));
  }
  void Tokenize(std::string_view text, uint32_t base,
                std::vector<Token>* out) const override {
    size_t i = 0;
    while (i < text.size()) {
      size_t j = text.find(' ', i);
      if (j == std::string_view::npos) j = text.size();
      Token t;
      t.text = std::string(text.substr(i, j - i));
      t.begin = base + i;
      t.end = base + j;
      out->push_back(t);
      i = j + 1;
    }
  }
};

TEST(SegmentEvalTest, OurSegmenterIsPerfectOnEasyText) {
  auto segmenter = Segmenter::Create(SegmentOptions());
  SegmentEvalResult r;
  ASSERT_TRUE(
      EvaluateSegmentation(Gold(), *segmenter, SegmentEvalOptions(), &r).ok());
  EXPECT_EQ(r.paragraphs, 2u);
  EXPECT_EQ(r.tokens.gold, 9u);  // don't counts once
  EXPECT_EQ(r.tokens.system, 9u);
  EXPECT_EQ(r.tokens.correct, 9u);
  EXPECT_EQ(r.sentences.gold, 3u);
  EXPECT_EQ(r.sentences.correct, 3u);
  EXPECT_DOUBLE_EQ(r.tokens.F1(), 1.0);
}

TEST(SegmentEvalTest, CountsMismatches) {
  WhitespaceSegmenter segmenter;
  SegmentEvalOptions options;
  options.max_errors = 10;
  SegmentEvalResult r;
  ASSERT_TRUE(EvaluateSegmentation(Gold(), segmenter, options, &r).ok());
  // System: I don't know. He left. | Bye now  -> 7 tokens, 2 sentences.
  EXPECT_EQ(r.tokens.system, 7u);
  EXPECT_EQ(r.tokens.correct, 5u);  // I don't He Bye now
  EXPECT_EQ(r.sentences.system, 2u);
  EXPECT_EQ(r.sentences.correct, 1u);  // "Bye now"
  EXPECT_NEAR(r.tokens.Precision(), 5.0 / 7, 1e-9);
  EXPECT_NEAR(r.tokens.Recall(), 5.0 / 9, 1e-9);
  ASSERT_FALSE(r.errors.empty());
  bool saw_missed_period = false;
  for (const SegmentError& e : r.errors) {
    saw_missed_period |= e.gold && !e.sentence && e.text == ".";
  }
  EXPECT_TRUE(saw_missed_period);
}

TEST(SegmentEvalTest, RejectsFormsThatDoNotSpellText) {
  std::string bad = kConllu;
  bad.replace(bad.find("# text = He left."), 17, "# text = He went.");
  std::vector<ConlluSentence> gold;
  ASSERT_TRUE(ParseConllu(bad, "bad", &gold).ok());
  auto segmenter = Segmenter::Create(SegmentOptions());
  SegmentEvalResult r;
  EXPECT_FALSE(
      EvaluateSegmentation(gold, *segmenter, SegmentEvalOptions(), &r).ok());
}

TEST(SegmentEvalTest, MissingFileIsAnError) {
  SegmentEvalResult r;
  EXPECT_FALSE(EvaluateSegmentationFile("/nonexistent/x.conllu",
                                        SegmentEvalOptions(), &r)
                   .ok());
}

// The targets of the segmenter on held-out UD test data.
void ExpectTargets(const std::string& name, double tokens, double sentences) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/ud/" + name;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "missing " << path;
  SegmentEvalResult r;
  ASSERT_TRUE(EvaluateSegmentationFile(path, SegmentEvalOptions(), &r).ok());
  EXPECT_GE(r.tokens.F1(), tokens) << name;
  EXPECT_GE(r.sentences.F1(), sentences) << name;
}

TEST(SegmentEvalTest, MeetsTargetOnEwtTest) {
  ExpectTargets("en_ewt-ud-test.conllu", 0.985, 0.80);
}

TEST(SegmentEvalTest, MeetsTargetOnGumWikinewsTest) {
  ExpectTargets("en_gum-wikinews-test.conllu", 0.99, 0.95);
}

}  // namespace
}  // namespace dyad
