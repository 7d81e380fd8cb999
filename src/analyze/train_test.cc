// End to end: trainer → model file → loader, on a few hundred sentences of
// UD English EWT (skipped when ../shared is absent). Also the loader's
// corruption and self-test checks, and odd input.
#include "analyze/train.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "analyze/model_file.h"
#include "dyad/analyzer.h"
#include "util/file.h"

namespace dyad {
namespace {

const char kTrain[] = DYAD_SHARED_DIR "/ud/en_ewt-ud-train.conllu";
const char kDev[] = DYAD_SHARED_DIR "/ud/en_ewt-ud-dev.conllu";

class TrainTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Treebank train, dev;
    if (!ReadTreebank({kTrain}, &train).ok() ||
        !ReadTreebank({kDev}, &dev).ok()) {
      return;
    }
    train.resize(400);
    dev.resize(100);
    TrainOptions options;
    options.tagger.max_epochs = 4;
    options.parser.iterations = 3;
    options.jackknife_folds = 2;
    model_ = new std::string;
    Status s = TrainAnalyzerModel(train, dev, options, nullptr, model_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() { delete model_; }

  void SetUp() override {
    if (model_ == nullptr) GTEST_SKIP() << "no UD data under " << kTrain;
  }

  static std::string TempPath(const char* name) {
    return (std::filesystem::temp_directory_path() / name).string();
  }

  // Every head in range, exactly one root, no cycles.
  static void ExpectTree(const std::vector<Token>& t) {
    int roots = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      ASSERT_GE(t[i].head, -1);
      ASSERT_LT(t[i].head, static_cast<int>(t.size()));
      roots += t[i].head == -1;
      int at = static_cast<int>(i), steps = 0;
      while (at != -1 && steps++ <= static_cast<int>(t.size())) at = t[at].head;
      ASSERT_EQ(at, -1) << "cycle through word " << i;
      EXPECT_FALSE(t[i].upos.empty());
      EXPECT_FALSE(t[i].deprel.empty());
    }
    EXPECT_EQ(roots, t.empty() ? 0 : 1);
  }

  static std::vector<Token> Words(const std::vector<std::string>& texts) {
    std::vector<Token> out;
    for (const std::string& s : texts) out.emplace_back().text = s;
    return out;
  }

  static std::string* model_;
};

std::string* TrainTest::model_ = nullptr;

TEST_F(TrainTest, SavedModelLoadsAndAnalyzes) {
  const std::string path = TempPath("dyad_train_test.dyadm");
  ASSERT_TRUE(WriteStringToFile(path, *model_).ok());
  auto analyzer = Analyzer::Load(path, AnalyzerOptions());
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  EXPECT_EQ((*analyzer)->model_name(), "en-ud-2");
  EXPECT_NE((*analyzer)->credits().find("EWT"), std::string::npos);
  Sentence s;
  s.tokens = Words({"The", "soldiers", "attacked", "the", "village", "."});
  (*analyzer)->Analyze(&s);
  ExpectTree(s.tokens);
  EXPECT_EQ(s.tokens[0].upos, "DET");
  EXPECT_EQ(s.tokens[5].upos, "PUNCT");
  EXPECT_EQ(s.tokens[1].lemma, "soldier");
  std::remove(path.c_str());
}

TEST_F(TrainTest, DamagedFilesAreCorruptionNamingTheFile) {
  std::string flipped = *model_;
  flipped[flipped.size() / 2] ^= 0x01;
  auto a = Analyzer::FromBytes(flipped, "flipped.dyadm", AnalyzerOptions());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), Status::Code::kCorruption);
  EXPECT_NE(a.status().message().find("flipped.dyadm"), std::string::npos);
  auto b = Analyzer::FromBytes(model_->substr(0, model_->size() - 100),
                               "short.dyadm", AnalyzerOptions());
  EXPECT_EQ(b.status().code(), Status::Code::kCorruption);
  auto c = Analyzer::Load(TempPath("dyad_no_such_model.dyadm"), {});
  EXPECT_FALSE(c.ok());
}

// A file whose sections are intact but whose stored expectations differ
// from what the components produce must fail the self-test.
TEST_F(TrainTest, SelfTestMismatchIsDetected) {
  auto file = ModelFile::Parse(*model_, "m");
  ASSERT_TRUE(file.ok());
  std::vector<std::vector<Token>> expected;
  ASSERT_TRUE(
      DecodeSelfTest(file->Section("selftest").value(), &expected).ok());
  ASSERT_FALSE(expected.empty());
  expected[0][0].lemma += "x";
  std::string selftest;
  EncodeSelfTest(expected, &selftest);
  ModelFileWriter w(file->name(), file->credits());
  for (const std::string& name : file->SectionNames()) {
    w.Add(name, name == "selftest" ? selftest
                                   : std::string(file->Section(name).value()));
  }
  auto a = Analyzer::FromBytes(w.Finish(), "edited.dyadm", AnalyzerOptions());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), Status::Code::kCorruption);
  EXPECT_NE(a.status().message().find("self-test"), std::string::npos);
  AnalyzerOptions no_check;
  no_check.self_test = false;
  EXPECT_TRUE(Analyzer::FromBytes(w.Finish(), "edited", no_check).ok());
}

TEST_F(TrainTest, OddInputGivesWellFormedTrees) {
  auto analyzer = Analyzer::FromBytes(*model_, "m", AnalyzerOptions());
  ASSERT_TRUE(analyzer.ok());
  std::vector<std::vector<Token>> inputs;
  std::vector<std::string> long_sentence;
  for (int i = 0; i < 1200; ++i) {
    long_sentence.push_back(i % 10 == 9 ? "," : "word" + std::to_string(i));
  }
  inputs.push_back(Words(long_sentence));
  inputs.push_back(Words({"!", "?", "...", "--", "(", ")", "."}));
  inputs.push_back(Words({"1", "22", "333", "4,444", "5.5"}));
  inputs.push_back(Words({std::string(10000, 'x'), "and", "y"}));
  inputs.push_back(Words({"Москва", "和平", "السلام", "שלום", "."}));
  inputs.push_back(Words({}));
  for (auto& words : inputs) {
    (*analyzer)->Analyze(&words);
    ExpectTree(words);
  }
}

}  // namespace
}  // namespace dyad
