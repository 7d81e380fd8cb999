#include "analyze/packed_matrix.h"

#include <gtest/gtest.h>

#include <random>

namespace dyad::nn {
namespace {

Eigen::MatrixXf Random(int rows, int cols, std::mt19937_64* rng) {
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  Eigen::MatrixXf m(rows, cols);
  for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = u(*rng);
  return m;
}

// Multiplies through the packed matrix into a padded buffer that starts
// from `start` and returns the first rows of each column.
Eigen::MatrixXf Product(const Eigen::MatrixXf& w, const Eigen::MatrixXf& x,
                        float start) {
  PackedMatrix packed(w);
  const int n = static_cast<int>(x.cols()), rows = packed.padded_rows();
  Eigen::MatrixXf out = Eigen::MatrixXf::Constant(rows, n, start);
  packed.MultiplyAdd(x.data(), static_cast<int>(x.rows()), n, out.data(), rows);
  for (int j = 0; j < n; ++j)
    for (int r = packed.rows(); r < rows; ++r) EXPECT_EQ(out(r, j), start);
  return out.topRows(w.rows());
}

// Every dispatch path: panel groups of 8, of 2 and the last 1 to 7; column
// groups of 6 and tails of 1 to 5; rows that leave a partial panel.
TEST(PackedMatrixTest, MatchesEigenProductForManyShapes) {
  std::mt19937_64 rng(7);
  for (int rows : {1, 5, 8, 17, 24, 31, 40, 47, 56, 64, 75, 256})
    for (int cols : {1, 3, 64})
      for (int n : {1, 2, 3, 4, 5, 6, 7, 11, 13}) {
        const Eigen::MatrixXf w = Random(rows, cols, &rng);
        const Eigen::MatrixXf x = Random(cols, n, &rng);
        const Eigen::MatrixXf want = (w * x).array() + 0.5f;
        const Eigen::MatrixXf got = Product(w, x, 0.5f);
        ASSERT_TRUE(got.isApprox(want, 1e-5f))
            << rows << "x" << cols << " times " << n << " columns";
      }
}

TEST(PackedMatrixTest, ReadsStridedColumnsAndLeavesOthersAlone) {
  std::mt19937_64 rng(11);
  const Eigen::MatrixXf w = Random(24, 10, &rng);
  // The product reads rows 2..11 of a 16-row x: a block of a larger matrix.
  const Eigen::MatrixXf big = Random(16, 5, &rng);
  PackedMatrix packed(w);
  Eigen::MatrixXf out = Eigen::MatrixXf::Zero(30, 5);
  packed.MultiplyAdd(big.data() + 2, 16, 5, out.data(), 30);
  const Eigen::MatrixXf want = w * big.middleRows(2, 10);
  EXPECT_TRUE(out.topRows(24).isApprox(want, 1e-5f));
  EXPECT_TRUE(out.bottomRows(6).isZero());
  EXPECT_EQ(packed.rows(), 24);
  EXPECT_EQ(packed.cols(), 10);
  EXPECT_GE(packed.MemoryBytes(), 24 * 10 * sizeof(float));
}

TEST(PackedMatrixTest, EmptyMatrixAddsNothing) {
  PackedMatrix empty;
  float out = 3.0f;
  empty.MultiplyAdd(nullptr, 0, 1, &out, 1);
  EXPECT_EQ(out, 3.0f);
  EXPECT_EQ(empty.padded_rows(), 0);
}

}  // namespace
}  // namespace dyad::nn
