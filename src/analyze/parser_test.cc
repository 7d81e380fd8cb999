#include "analyze/parser.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "analyze/transition.h"
#include "util/conllu.h"

namespace dyad {
namespace {

using Treebank = std::vector<std::vector<Token>>;

// The first `count` sentences of EWT dev after skipping `skip`.
Treebank DevSentences(size_t skip, size_t count) {
  std::vector<ConlluSentence> sents;
  const std::string path =
      std::string(DYAD_SHARED_DIR) + "/ud/en_ewt-ud-dev.conllu";
  if (!ReadConlluFile(path, &sents).ok()) return {};
  Treebank out;
  for (size_t i = skip; i < sents.size() && out.size() < count; ++i)
    out.push_back(sents[i].words);
  return out;
}

// Options for a small network that learns from a few hundred sentences in
// seconds.
ParserTrainOptions TinyOptions(int iterations) {
  ParserTrainOptions options;
  options.iterations = iterations;
  options.word_dim = 32, options.suffix_dim = 16;
  options.lstm_units = 32, options.lstm_layers = 1;
  options.move_hidden = options.label_hidden = 48;
  options.batch_sentences = 8;
  options.learning_rate = 2e-3f;
  return options;
}

// A parser trained on 400 sentences (shared by the tests; a few seconds).
class ParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const Treebank train = DevSentences(0, 400);
    if (train.empty()) return;
    const ParserTrainOptions options = TinyOptions(10);
    auto parser = TrainParser(train, {}, options, nullptr);
    ASSERT_TRUE(parser.ok()) << parser.status().ToString();
    parser_ = std::move(parser).value().release();
  }
  static void TearDownTestSuite() {
    delete parser_;
    parser_ = nullptr;
  }
  void SetUp() override {
    if (parser_ == nullptr)
      GTEST_SKIP() << "no UD dev data under " DYAD_SHARED_DIR;
  }
  static Parser* parser_;
};
Parser* ParserTest::parser_ = nullptr;

// Checks the parse is one tree with a single root and a label everywhere.
void ExpectWellFormed(const std::vector<Token>& tokens) {
  std::vector<int> heads;
  for (const Token& t : tokens) {
    heads.push_back(t.head);
    EXPECT_FALSE(t.deprel.empty());
    EXPECT_EQ(t.head == -1, t.deprel == "root") << t.text << " " << t.deprel;
  }
  if (!tokens.empty()) {
    EXPECT_TRUE(IsWellFormedTree(heads));
  }
}

std::vector<Token> MakeTokens(const std::vector<std::string>& words,
                              const std::string& upos,
                              const std::string& xpos) {
  std::vector<Token> out;
  for (const std::string& w : words) {
    Token t;
    t.text = w;
    t.upos = upos;
    t.xpos = xpos;
    out.push_back(t);
  }
  return out;
}

TEST_F(ParserTest, BeatsBaselinesOnHeldOutSentences) {
  const Treebank test = DevSentences(1000, 300);
  AttachmentScores parsed, previous;
  for (const auto& gold : test) {
    std::vector<Token> tokens = gold;
    for (Token& t : tokens) t.head = -7, t.deprel.clear();
    parser_->Parse(&tokens);
    ExpectWellFormed(tokens);
    AddAttachmentScores(gold, tokens, &parsed);
    for (size_t i = 0; i < tokens.size(); ++i)  // attach to the previous word
      tokens[i].head = static_cast<int>(i) - 1;
    AddAttachmentScores(gold, tokens, &previous);
  }
  EXPECT_GT(parsed.uas(), 0.60);
  EXPECT_GT(parsed.uas(), previous.uas() + 0.15);
  EXPECT_GT(parsed.las(), 0.45);
  EXPECT_GE(parsed.las(), parsed.las_full());
}

TEST_F(ParserTest, SerializeRoundTripParsesIdentically) {
  std::string blob;
  parser_->Serialize(&blob);
  auto loaded = Parser::Deserialize(blob);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  std::string again;
  (*loaded)->Serialize(&again);
  EXPECT_EQ(blob, again);
  for (const auto& gold : DevSentences(1400, 100)) {
    std::vector<Token> a = gold, b = gold;
    parser_->Parse(&a);
    (*loaded)->Parse(&b);
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].head, b[i].head);
      EXPECT_EQ(a[i].deprel, b[i].deprel);
    }
  }
}

TEST_F(ParserTest, RejectsDamagedBlobs) {
  std::string blob;
  parser_->Serialize(&blob);
  EXPECT_FALSE(Parser::Deserialize(blob.substr(0, blob.size() / 2)).ok());
  EXPECT_FALSE(Parser::Deserialize(blob + "x").ok());
  EXPECT_FALSE(Parser::Deserialize("").ok());
  std::string bad = blob;
  bad[1] ^= 0x20;
  EXPECT_FALSE(Parser::Deserialize(bad).ok());
}

TEST_F(ParserTest, TrainingIsDeterministic) {
  const Treebank train = DevSentences(0, 120);
  ParserTrainOptions options = TinyOptions(2);
  auto a = TrainParser(train, {}, options, nullptr);
  auto b = TrainParser(train, {}, options, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  std::string blob_a, blob_b;
  (*a)->Serialize(&blob_a);
  (*b)->Serialize(&blob_b);
  EXPECT_EQ(blob_a, blob_b);
  options.seed = 99;
  auto c = TrainParser(train, {}, options, nullptr);
  ASSERT_TRUE(c.ok());
  std::string blob_c;
  (*c)->Serialize(&blob_c);
  EXPECT_NE(blob_a, blob_c);
}

TEST_F(ParserTest, BadInputsGiveWellFormedTrees) {
  std::vector<std::vector<Token>> inputs;
  std::vector<std::string> long_words;
  for (int i = 0; i < 1500; ++i)
    long_words.push_back(i % 7 == 6 ? "," : "word" + std::to_string(i % 13));
  inputs.push_back(MakeTokens(long_words, "NOUN", "NN"));
  inputs.push_back(MakeTokens({"!", "?", "...", "--", "\""}, "PUNCT", "."));
  inputs.push_back(MakeTokens({"12", "345", "6.7", "89"}, "NUM", "CD"));
  inputs.push_back(
      MakeTokens({std::string(10000, 'x'), "is", "long"}, "X", "FW"));
  inputs.push_back(MakeTokens({"北京", "是", "中国", "的", "首都"}, "X", ""));
  inputs.push_back(MakeTokens({"مرحبا", "بالعالم"}, "", ""));
  inputs.push_back(MakeTokens({"alone"}, "NOUN", "NN"));
  for (auto& tokens : inputs) {
    parser_->Parse(&tokens);
    ExpectWellFormed(tokens);
  }
  std::vector<Token> empty;
  parser_->Parse(&empty);
  EXPECT_TRUE(empty.empty());
}

TEST_F(ParserTest, LongSentencesAreParsedInWindows) {
  std::string blob;
  parser_->Serialize(&blob);
  ParserOptions options;
  options.max_sentence_tokens = 40;
  auto windowed = Parser::Deserialize(blob, options);
  ASSERT_TRUE(windowed.ok());
  std::vector<Token> tokens;
  for (const auto& s : DevSentences(1500, 30))
    tokens.insert(tokens.end(), s.begin(), s.end());
  ASSERT_GT(tokens.size(), 100u);
  (*windowed)->Parse(&tokens);
  ExpectWellFormed(tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {  // no arc leaves its window
    if (tokens[i].deprel == "parataxis" && tokens[i].head < 40 && i >= 40)
      continue;  // a later window's root, attached to the first root
    if (tokens[i].head >= 0) {
      EXPECT_EQ(tokens[i].head / 40, int(i) / 40);
    }
  }
}

// Sentences of many lengths, one longer than a window and an empty one,
// in batches small enough that there are several: the same trees as one
// sentence at a time.
TEST_F(ParserTest, ParseAllMatchesParseOneByOne) {
  std::string blob;
  parser_->Serialize(&blob);
  ParserOptions options;
  options.max_sentence_tokens = 50;
  options.max_batch_tokens = 120;
  auto parser = Parser::Deserialize(blob, options);
  ASSERT_TRUE(parser.ok());
  Treebank sentences = DevSentences(1700, 40);
  std::vector<Token> long_one;
  for (const auto& s : DevSentences(1800, 12))
    long_one.insert(long_one.end(), s.begin(), s.end());
  ASSERT_GT(long_one.size(), 100u);
  sentences.insert(sentences.begin() + 5, long_one);
  sentences.insert(sentences.begin() + 9, std::vector<Token>());
  Treebank one_by_one = sentences;
  for (auto& tokens : one_by_one) (*parser)->Parse(&tokens);
  std::vector<std::vector<Token>*> all;
  for (auto& tokens : sentences) all.push_back(&tokens);
  (*parser)->ParseAll(all);
  for (size_t i = 0; i < sentences.size(); ++i) {
    ExpectWellFormed(sentences[i]);
    for (size_t k = 0; k < sentences[i].size(); ++k) {
      EXPECT_EQ(sentences[i][k].head, one_by_one[i][k].head) << i << " " << k;
      EXPECT_EQ(sentences[i][k].deprel, one_by_one[i][k].deprel);
    }
  }
}

TEST(AttachmentScoresTest, CountsHeadsAndLabels) {
  std::vector<Token> gold(3), pred(3);
  gold[0].head = 1, gold[0].deprel = "nsubj:pass";
  gold[1].head = -1, gold[1].deprel = "root";
  gold[2].head = 1, gold[2].deprel = "punct";
  pred = gold;
  pred[0].deprel = "nsubj";  // right universal relation, wrong subtype
  pred[2].head = 0;
  AttachmentScores s;
  AddAttachmentScores(gold, pred, &s);
  EXPECT_EQ(s.words, 3u);
  EXPECT_EQ(s.heads, 2u);
  EXPECT_EQ(s.labeled, 2u);
  EXPECT_EQ(s.labeled_full, 1u);
  EXPECT_NEAR(s.uas(), 2.0 / 3, 1e-9);
}

}  // namespace
}  // namespace dyad
