#include "analyze/perceptron.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace dyad {
namespace {

// A separable toy problem: class c has the "signature" features c*10 .. c*10+4
// plus random noise features shared by all classes.
std::vector<uint64_t> ToyExample(int cls, std::mt19937* rng) {
  std::vector<uint64_t> feats;
  for (int i = 0; i < 5; ++i)
    if ((*rng)() % 3 != 0)
      feats.push_back(HashCombine(FeatureSeed(1), cls * 10 + i));
  feats.push_back(HashCombine(FeatureSeed(1), cls * 10));  // always present
  for (int i = 0; i < 3; ++i)
    feats.push_back(HashCombine(FeatureSeed(2), (*rng)() % 50));
  return feats;
}

int ArgMax(const std::vector<float>& v) {
  return static_cast<int>(std::max_element(v.begin(), v.end()) - v.begin());
}

TEST(PerceptronTest, HashCombineIsOrderDependent) {
  uint64_t s = FeatureSeed(3);
  EXPECT_NE(HashCombine(HashCombine(s, 1), 2),
            HashCombine(HashCombine(s, 2), 1));
  EXPECT_NE(HashCombine(FeatureSeed(5), 3), HashCombine(FeatureSeed(6), 0));
  EXPECT_EQ(HashBytes("word"), HashBytes(std::string("word")));
  EXPECT_NE(HashBytes("word"), HashBytes("Word"));
}

TEST(PerceptronTest, LearnsSeparableProblem) {
  const int kClasses = 4;
  PerceptronTrainer trainer(kClasses);
  std::mt19937 rng(7);
  std::vector<float> scores(kClasses);
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int i = 0; i < 400; ++i) {
      int truth = static_cast<int>(rng() % kClasses);
      std::vector<uint64_t> f = ToyExample(truth, &rng);
      trainer.Score(f, scores.data());
      trainer.Update(f, truth, ArgMax(scores));
      trainer.Tick();
    }
  }
  Perceptron model = trainer.Average({});
  EXPECT_EQ(model.num_classes(), kClasses);
  int correct = 0;
  for (int i = 0; i < 200; ++i) {
    int truth = i % kClasses;
    std::vector<uint64_t> f = ToyExample(truth, &rng);
    model.Score(f, scores.data());
    correct += ArgMax(scores) == truth;
  }
  EXPECT_EQ(correct, 200);
}

TEST(PerceptronTest, AveragesOverTime) {
  PerceptronTrainer trainer(2);
  const std::vector<uint64_t> f = {HashCombine(FeatureSeed(9), 1)};
  trainer.Update(f, 0, 1);  // during example 1: w = (+1, -1)
  for (int i = 0; i < 10; ++i) trainer.Tick();
  trainer.Update(f, 1, 0);  // during example 11: w = (0, 0)
  trainer.Tick();
  std::vector<float> scores(2);
  trainer.Score(f, scores.data());
  EXPECT_FLOAT_EQ(scores[0], 0.0f);  // the raw weights cancelled
  Perceptron model = trainer.Average({});
  model.Score(f, scores.data());
  // Averages are +10/11 and -10/11; only differences are kept exactly.
  EXPECT_NEAR(scores[0] - scores[1], 20.0f / 11.0f, 1e-3);
}

TEST(PerceptronTest, SerializeRoundTripKeepsScores) {
  PerceptronTrainer trainer(3);
  std::mt19937 rng(1);
  for (int i = 0; i < 2000; ++i) {
    std::vector<uint64_t> f;
    for (int j = 0; j < 6; ++j)
      f.push_back(HashCombine(FeatureSeed(j), rng() % 40));
    trainer.Update(f, static_cast<int>(rng() % 3), static_cast<int>(rng() % 3),
                   0.5f + (rng() % 100) / 100.0f);
    trainer.Tick();
  }
  Perceptron model = trainer.Average({});
  std::string blob;
  model.Serialize(&blob);
  Perceptron loaded;
  ASSERT_TRUE(Perceptron::Deserialize(blob, &loaded).ok());
  EXPECT_EQ(loaded.num_features(), model.num_features());
  EXPECT_EQ(loaded.num_weights(), model.num_weights());
  // The quantised scores stay close to the exact average.
  std::vector<float> a(3), b(3), exact(3);
  for (int k = 0; k < 50; ++k) {
    std::vector<uint64_t> f;
    for (int j = 0; j < 6; ++j)
      f.push_back(HashCombine(FeatureSeed(j), rng() % 40));
    model.Score(f, a.data());
    loaded.Score(f, b.data());
    for (int c = 0; c < 3; ++c) EXPECT_FLOAT_EQ(a[c], b[c]);
  }
  // Unknown features score zero.
  const std::vector<uint64_t> unknown = {HashCombine(FeatureSeed(99), 1)};
  loaded.Score(unknown, b.data());
  EXPECT_EQ(b[0], 0.0f);
}

TEST(PerceptronTest, QuantisationErrorIsSmall) {
  PerceptronTrainer trainer(2);
  const std::vector<uint64_t> big = {1}, small = {2};
  for (int i = 0; i < 1000; ++i) {
    trainer.Update(big, 0, 1);
    if (i % 100 == 0) trainer.Update(small, 1, 0, 0.37f);
    trainer.Tick();
  }
  std::vector<float> quant(2);
  Perceptron model = trainer.Average({});
  model.Score(big, quant.data());
  const float max_abs = std::fabs(quant[0] - quant[1]);
  model.Score(small, quant.data());
  // Each weight is within half a quantisation step of its true average.
  double expected = 0;
  for (int k = 0; k < 10; ++k) expected += 0.37 * (1000 - 100 * k) / 1000.0;
  EXPECT_NEAR(quant[1] - quant[0], 2 * expected, max_abs / 32767.0f);
}

TEST(PerceptronTest, FullRowsLoseOneWeight) {
  PerceptronTrainer trainer(3);
  const std::vector<uint64_t> f = {7};
  trainer.Update(f, 0, 1, 2.0f);  // (+2, -2, 0)
  trainer.Update(f, 2, 1, 1.0f);  // (+2, -3, +1)
  trainer.Tick();
  Perceptron model = trainer.Average({});
  EXPECT_EQ(model.num_weights(), 2u);  // minus +1: (+1, -4, 0)
  std::vector<float> s(3);
  model.Score(f, s.data());
  EXPECT_NEAR(s[0] - s[2], 1.0f, 1e-3);
  EXPECT_NEAR(s[1] - s[2], -4.0f, 1e-3);
}

TEST(PerceptronTest, RejectsDamagedBlob) {
  PerceptronTrainer trainer(2);
  trainer.Update(std::vector<uint64_t>{5, 6}, 0, 1);
  trainer.Tick();
  std::string blob;
  trainer.Average({}).Serialize(&blob);
  Perceptron m;
  EXPECT_FALSE(
      Perceptron::Deserialize(blob.substr(0, blob.size() - 1), &m).ok());
  EXPECT_FALSE(Perceptron::Deserialize("garbage!", &m).ok());
  std::string bad = blob;
  bad[0] ^= 1;
  EXPECT_FALSE(Perceptron::Deserialize(bad, &m).ok());
}

TEST(PerceptronTest, PruneDropsFeatures) {
  PerceptronTrainer trainer(2);
  const std::vector<uint64_t> frequent = {11}, rare = {12}, tiny = {13};
  for (int i = 0; i < 20; ++i) {
    trainer.Update(frequent, 0, 1);
    trainer.Tick();
  }
  trainer.Update(rare, 0, 1);
  trainer.Update(tiny, 0, 1, 0.05f);
  trainer.Tick();
  EXPECT_EQ(trainer.Average({}).num_features(), 3u);
  Perceptron by_count = trainer.Average({.min_updates = 2});
  EXPECT_EQ(by_count.num_features(), 1u);
  std::vector<float> s(2);
  by_count.Score(frequent, s.data());
  EXPECT_GT(s[0] - s[1], 0.0f);
  by_count.Score(rare, s.data());
  EXPECT_EQ(s[0] - s[1], 0.0f);
  Perceptron by_weight = trainer.Average({.min_abs_weight = 0.01f});
  EXPECT_EQ(by_weight.num_features(), 2u);  // rare's average is 1/21
  by_weight.Score(tiny, s.data());
  EXPECT_EQ(s[0] - s[1], 0.0f);
}

}  // namespace
}  // namespace dyad
