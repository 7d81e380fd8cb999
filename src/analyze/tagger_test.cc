#include "analyze/tagger.h"

#include <gtest/gtest.h>

#include "analyze/tagger_features.h"
#include "analyze/train.h"

namespace dyad {
namespace {

const char kTrain[] = DYAD_SHARED_DIR "/ud/en_ewt-ud-train.conllu";

TEST(TaggerFeaturesTest, WordShape) {
  EXPECT_EQ(WordShape("Geneva"), "Xxx");
  EXPECT_EQ(WordShape("U.S."), "X.X.");
  EXPECT_EQ(WordShape("115,000"), "dd,dd");
  EXPECT_EQ(WordShape("Москва"), "uu");
}

TEST(TaggerTest, TinyModelLearnsAndRoundTrips) {
  Treebank all;
  if (!ReadTreebank({kTrain}, &all).ok()) {
    GTEST_SKIP() << "no UD data at " << kTrain;
  }
  Treebank train(all.begin(), all.begin() + 300);
  Treebank held(all.begin() + 300, all.begin() + 400);
  TaggerOptions options;
  options.max_epochs = 5;
  auto tagger = Tagger::Train(train, {}, options, nullptr);
  EXPECT_GT(tagger->num_labels(), 10u);
  Tagger::Accuracy seen = tagger->Evaluate(train);
  Tagger::Accuracy unseen = tagger->Evaluate(held);
  EXPECT_GT(seen.upos, 0.95);    // learned its training data
  EXPECT_GT(unseen.upos, 0.70);  // and generalises somewhat
  std::string bytes;
  tagger->Serialize(&bytes);
  auto back = Tagger::Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  std::vector<Token> a = held[0], b = held[0];
  tagger->Tag(&a);
  (*back)->Tag(&b);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].upos, b[i].upos);
    EXPECT_EQ(a[i].xpos, b[i].xpos);
  }
  EXPECT_FALSE(Tagger::Deserialize(bytes.substr(0, bytes.size() / 2)).ok());
}

}  // namespace
}  // namespace dyad
