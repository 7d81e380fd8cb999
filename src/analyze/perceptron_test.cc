#include "analyze/perceptron.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
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

// A blob of `n_classes` classes holding `rows` (key → cells in order).
std::string MakeBlob(
    int n_classes, float scale,
    const std::vector<std::pair<uint32_t, std::vector<std::pair<int, int>>>>&
        rows) {
  std::string blob;
  ByteWriter w(&blob);
  w.U32(0x31435044);
  w.U32(n_classes);
  w.F32(scale);
  w.U64(rows.size());
  uint32_t prev = 0;
  for (const auto& [key, cells] : rows) {
    w.Varint(key - prev);
    prev = key;
    w.Varint(cells.size());
    for (auto [cls, weight] : cells) {
      w.Varint(cls);
      w.Varint(weight < 0 ? -2 * static_cast<int64_t>(weight) - 1
                          : 2 * static_cast<int64_t>(weight));
    }
  }
  return blob;
}

// Models of up to four classes whose rows have at most two cells use a
// compact table; it must score and serialise exactly like the general one,
// also when keys cluster (forcing more buckets or the general layout).
TEST(PerceptronTest, CompactLayoutIsExact) {
  std::mt19937 rng(3);
  for (bool clustered : {false, true}) {
    std::map<uint32_t, std::vector<std::pair<int, int>>> rows;
    for (int i = 0; i < 20000; ++i) {
      uint32_t key = clustered ? (0xabcu << 20) + (rng() % 4000) * 3 + 1
                               : static_cast<uint32_t>(rng() | 1);
      const int a = static_cast<int>(rng() % 3), b = (a + 1 + rng() % 2) % 3;
      const int wa = static_cast<int>(rng() % 65535) - 32767;
      const int wb = static_cast<int>(rng() % 2001) - 1000;
      if (rng() % 4 == 0) {
        rows[key] = {{a, wa}};
      } else {
        rows[key] = {{a, wa}, {b, wb == 0 ? 1 : wb}};
      }
    }
    const std::vector<std::pair<uint32_t, std::vector<std::pair<int, int>>>>
        sorted(rows.begin(), rows.end());
    Perceptron compact, general;
    const std::string blob3 = MakeBlob(3, 0.5f, sorted);
    const std::string blob5 = MakeBlob(5, 0.5f, sorted);
    ASSERT_TRUE(Perceptron::Deserialize(blob3, &compact).ok());
    ASSERT_TRUE(Perceptron::Deserialize(blob5, &general).ok());
    std::string again;
    compact.Serialize(&again);
    EXPECT_EQ(again, blob3);
    again.clear();
    general.Serialize(&again);
    EXPECT_EQ(again, blob5);
    // The compact table is smaller; clustered keys fall back to the general
    // layout, which the 3-class model then shares with the 5-class one.
    if (clustered) {
      EXPECT_EQ(compact.MemoryBytes(), general.MemoryBytes());
    } else {
      EXPECT_LT(compact.MemoryBytes(), general.MemoryBytes());
    }
    // Every key alone, and in mixed batches with unknown features. The keys
    // are fed as 64-bit hashes that fold to themselves.
    std::vector<uint64_t> feats;
    float a[3], b[5];
    for (const auto& [key, cells] : sorted) {
      feats.push_back(key);
      if (rng() % 3 == 0) feats.push_back(key + 0x100000000ULL * 7 + 7);
      if (feats.size() < 100 && rng() % 50 != 0) continue;
      compact.Score(feats, a);
      general.Score(feats, b);
      for (int c = 0; c < 3; ++c) ASSERT_EQ(a[c], b[c]) << c;
      feats.clear();
    }
  }
}

// Long rows (some stored densely as well) score exactly like cell-by-cell
// sums in feature order, and serialise back to the same bytes.
TEST(PerceptronTest, LongRowsScoreExactly) {
  constexpr int kClasses = 40;
  std::mt19937 rng(5);
  std::map<uint32_t, std::vector<std::pair<int, int>>> rows;
  for (int i = 0; i < 3000; ++i) {
    std::vector<int> classes(kClasses);
    for (int c = 0; c < kClasses; ++c) classes[c] = c;
    std::shuffle(classes.begin(), classes.end(), rng);
    std::vector<std::pair<int, int>> cells;
    const int n = 1 + static_cast<int>(rng() % kClasses);
    for (int j = 0; j < n; ++j)
      cells.push_back({classes[j], static_cast<int>(rng() % 65535) - 32767});
    rows[static_cast<uint32_t>(rng() | 1)] = cells;
  }
  const std::vector<std::pair<uint32_t, std::vector<std::pair<int, int>>>>
      sorted(rows.begin(), rows.end());
  const std::string blob = MakeBlob(kClasses, 0.25f, sorted);
  Perceptron model;
  ASSERT_TRUE(Perceptron::Deserialize(blob, &model).ok());
  std::string again;
  model.Serialize(&again);
  EXPECT_EQ(again, blob);
  for (int k = 0; k < 200; ++k) {
    std::vector<uint64_t> feats;
    float expected[kClasses] = {}, got[kClasses];
    for (int j = 0; j < 60; ++j) {
      const auto& [key, cells] = sorted[rng() % sorted.size()];
      feats.push_back(key);
      for (auto [cls, w] : cells) expected[cls] += w;
    }
    model.Score(feats, got);
    for (int c = 0; c < kClasses; ++c) ASSERT_EQ(got[c], expected[c] * 0.25f);
  }
}

}  // namespace
}  // namespace dyad
