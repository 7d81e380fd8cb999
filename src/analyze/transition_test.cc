#include "analyze/transition.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "util/conllu.h"

namespace dyad {
namespace {

// Follows zero-cost moves (ties broken by rng, or random moves with
// probability `noise`) until the end; returns the heads (-1 = root) and the
// total cost of the moves taken.
std::vector<int> RunOracle(const std::vector<int>& gold_heads, double noise,
                           std::mt19937* rng, int* total_cost) {
  const int n = static_cast<int>(gold_heads.size());
  GoldTree gold(gold_heads);
  ArcHybridState st;
  st.Reset(n);
  *total_cost = 0;
  int steps = 0;
  while (!st.Terminal()) {
    const std::array<int, kNumMoves> costs = MoveCosts(st, gold);
    std::vector<Move> valid, zero;
    for (int m = 0; m < kNumMoves; ++m) {
      if (!st.CanApply(static_cast<Move>(m))) continue;
      valid.push_back(static_cast<Move>(m));
      if (costs[m] == 0) zero.push_back(static_cast<Move>(m));
    }
    EXPECT_FALSE(valid.empty());
    const bool random =
        zero.empty() || std::uniform_real_distribution<>(0, 1)(*rng) < noise;
    const std::vector<Move>& pool = random ? valid : zero;
    const Move m = pool[(*rng)() % pool.size()];
    *total_cost += costs[m];
    st.Apply(m, 0);
    ++steps;
  }
  EXPECT_EQ(steps, 2 * n);
  std::vector<int> heads(n);
  for (int i = 0; i < n; ++i) heads[i] = st.head(i) == n ? -1 : st.head(i);
  return heads;
}

int Errors(const std::vector<int>& a, const std::vector<int>& b) {
  int e = 0;
  for (size_t i = 0; i < a.size(); ++i) e += a[i] != b[i];
  return e;
}

std::vector<std::vector<int>> DevTrees(int limit) {
  std::vector<ConlluSentence> sents;
  const std::string path =
      std::string(DYAD_SHARED_DIR) + "/ud/en_ewt-ud-dev.conllu";
  if (!ReadConlluFile(path, &sents).ok()) return {};
  std::vector<std::vector<int>> trees;
  for (const auto& s : sents) {
    if (static_cast<int>(trees.size()) == limit) break;
    std::vector<int> heads;
    for (const Token& t : s.words) heads.push_back(t.head);
    trees.push_back(heads);
  }
  return trees;
}

TEST(TransitionTest, StateBasics) {
  ArcHybridState st;
  st.Reset(2);
  EXPECT_FALSE(st.CanApply(kLeft));
  EXPECT_FALSE(st.CanApply(kRight));
  st.Apply(kShift, -1);
  EXPECT_EQ(st.S(0), 0);
  EXPECT_EQ(st.B(0), 1);
  st.Apply(kShift, -1);
  EXPECT_EQ(st.B(0), 2);  // only ROOT is left
  EXPECT_FALSE(st.CanApply(kShift));
  EXPECT_FALSE(st.CanApply(kLeft));  // two words on the stack: no root yet
  st.Apply(kRight, 4);               // 0 → 1
  EXPECT_EQ(st.head(1), 0);
  EXPECT_EQ(st.label(1), 4);
  EXPECT_EQ(st.rightmost(0), 1);
  EXPECT_EQ(st.n_right(0), 1);
  EXPECT_EQ(st.right_labels(0), uint64_t{1} << 4);
  st.Apply(kLeft, 7);  // ROOT → 0
  EXPECT_TRUE(st.Terminal());
  EXPECT_EQ(st.head(0), 2);
}

TEST(TransitionTest, CostsOfASmallTree) {
  // "She saw stars": She ← saw → stars, saw is the root.
  const std::vector<int> heads = {1, -1, 1};
  GoldTree gold(heads);
  ArcHybridState st;
  st.Reset(3);
  st.Apply(kShift, 0);  // stack [She], buffer [saw stars ROOT]
  std::array<int, kNumMoves> c = MoveCosts(st, gold);
  EXPECT_EQ(c[kLeft], 0);   // saw → She is gold
  EXPECT_EQ(c[kShift], 1);  // She could no longer be attached to saw
  st.Apply(kShift, 0);      // the mistake: stack [She saw]
  c = MoveCosts(st, gold);
  EXPECT_EQ(c[kRight], 2);  // saw → She... no: She → saw loses saw's head
                            // (ROOT) and its dependent stars
}

TEST(TransitionTest, StaticOracleReproducesProjectiveTrees) {
  const auto trees = DevTrees(600);
  if (trees.empty()) GTEST_SKIP() << "no UD dev data under " DYAD_SHARED_DIR;
  std::mt19937 rng(3);
  int checked = 0;
  for (const auto& heads : trees) {
    if (!IsWellFormedTree(heads) || !IsProjective(heads)) continue;
    int cost = 0;
    EXPECT_EQ(RunOracle(heads, 0.0, &rng, &cost), heads);
    EXPECT_EQ(cost, 0);
    ++checked;
  }
  EXPECT_GT(checked, 500);
}

TEST(TransitionTest, DynamicOracleCostsAddUpToErrors) {
  // After random mistakes, the costs of the moves taken must equal the number
  // of wrong heads in the final tree: the oracle is exact (arc-decomposable).
  const auto trees = DevTrees(300);
  if (trees.empty()) GTEST_SKIP() << "no UD dev data under " DYAD_SHARED_DIR;
  std::mt19937 rng(5);
  int with_errors = 0;
  for (const auto& heads : trees) {
    if (!IsWellFormedTree(heads) || !IsProjective(heads)) continue;
    int cost = 0;
    const std::vector<int> out = RunOracle(heads, 0.2, &rng, &cost);
    EXPECT_TRUE(IsWellFormedTree(out));
    EXPECT_EQ(cost, Errors(out, heads));
    with_errors += cost > 0;
  }
  EXPECT_GT(with_errors, 100);
}

TEST(TransitionTest, TreeChecks) {
  EXPECT_TRUE(IsWellFormedTree(std::vector<int>{1, -1, 1}));
  EXPECT_FALSE(IsWellFormedTree(std::vector<int>{-1, -1}));    // two roots
  EXPECT_FALSE(IsWellFormedTree(std::vector<int>{1, 0, -1}));  // cycle
  EXPECT_FALSE(IsWellFormedTree(std::vector<int>{3, -1}));     // out of range
  EXPECT_TRUE(IsProjective(std::vector<int>{1, -1, 1}));
  // 0 → 2 crosses 1 → 3 (1 is the root).
  EXPECT_FALSE(IsProjective(std::vector<int>{-1, 0, 0, 1}));
}

TEST(TransitionTest, ProjectivizeLiftsCrossingArcs) {
  std::vector<int> heads = {-1, 0, 0, 1};  // 1 → 3 crosses 0 → 2
  Projectivize(&heads);
  EXPECT_TRUE(IsWellFormedTree(heads));
  EXPECT_TRUE(IsProjective(heads));
  EXPECT_EQ(heads[3], 0);  // lifted to its head's head
  const auto trees = DevTrees(2000);
  int lifted = 0;
  for (auto heads : trees) {
    if (!IsWellFormedTree(heads) || IsProjective(heads)) continue;
    Projectivize(&heads);
    EXPECT_TRUE(IsWellFormedTree(heads));
    EXPECT_TRUE(IsProjective(heads));
    ++lifted;
  }
  if (!trees.empty()) EXPECT_GT(lifted, 0);
}

}  // namespace
}  // namespace dyad
