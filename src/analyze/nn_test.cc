#include "analyze/nn.h"

#include <gtest/gtest.h>

#include <random>

namespace dyad::nn {
namespace {

// loss = sum(probe ⊙ h) over the outputs of one LSTM direction.
float Loss(const LstmWeights& w, const Matrix& x, bool reverse,
           const Matrix& probe) {
  LstmTrace t;
  LstmForward(w, x, reverse, &t);
  return (t.h.array() * probe.array()).sum();
}

Matrix Random(int rows, int cols, std::mt19937_64* rng) {
  std::uniform_real_distribution<float> u(-0.8f, 0.8f);
  Matrix m(rows, cols);
  for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = u(*rng);
  return m;
}

// Largest difference between the analytic gradient and central finite
// differences of Loss with respect to *param.
float MaxGradientError(LstmWeights* w, Matrix* x, bool reverse,
                       const Matrix& probe, Matrix* param,
                       const Matrix& analytic) {
  const float eps = 1e-2f;
  float worst = 0;
  for (Eigen::Index i = 0; i < param->size(); ++i) {
    const float keep = param->data()[i];
    param->data()[i] = keep + eps;
    const float up = Loss(*w, *x, reverse, probe);
    param->data()[i] = keep - eps;
    const float down = Loss(*w, *x, reverse, probe);
    param->data()[i] = keep;
    const float numeric = (up - down) / (2 * eps);
    worst = std::max(worst, std::abs(numeric - analytic.data()[i]));
  }
  return worst;
}

class LstmGradientTest : public ::testing::TestWithParam<bool> {};

TEST_P(LstmGradientTest, BackwardMatchesFiniteDifferences) {
  const bool reverse = GetParam();
  std::mt19937_64 rng(5);
  const int in = 3, h = 4, n = 5;
  LstmWeights w{Random(4 * h, in, &rng), Random(4 * h, h, &rng),
                Random(4 * h, 1, &rng)};
  Matrix x = Random(in, n, &rng);
  const Matrix probe = Random(h, n, &rng);
  LstmTrace t;
  LstmForward(w, x, reverse, &t);
  LstmWeights g{Matrix::Zero(4 * h, in), Matrix::Zero(4 * h, h),
                Matrix::Zero(4 * h, 1)};
  const Matrix dx = LstmBackward(w, t, probe, &g);
  EXPECT_LT(MaxGradientError(&w, &x, reverse, probe, &w.wx, g.wx), 2e-3f);
  EXPECT_LT(MaxGradientError(&w, &x, reverse, probe, &w.wh, g.wh), 2e-3f);
  EXPECT_LT(MaxGradientError(&w, &x, reverse, probe, &w.b, g.b), 2e-3f);
  EXPECT_LT(MaxGradientError(&w, &x, reverse, probe, &x, dx), 2e-3f);
}

INSTANTIATE_TEST_SUITE_P(BothDirections, LstmGradientTest,
                         ::testing::Values(false, true));

TEST(LstmTest, ReverseReadsRightToLeft) {
  std::mt19937_64 rng(9);
  LstmWeights w{Random(8, 2, &rng), Random(8, 2, &rng), Random(8, 1, &rng)};
  const Matrix x = Random(2, 4, &rng);
  LstmTrace forward, backward;
  LstmForward(w, x, false, &forward);
  LstmForward(w, x.rowwise().reverse(), true, &backward);
  EXPECT_TRUE(forward.h.isApprox(backward.h.rowwise().reverse(), 1e-6f));
}

TEST(NetWeightsTest, SerializeRoundTripAndShapeChecks) {
  NetDims d;
  d.word = 4, d.xpos = 3, d.upos = 2, d.shape = 2, d.suffix = 2;
  d.hidden = 3, d.layers = 2, d.move_mlp = 5, d.label_mlp = 4;
  const VocabSizes v{7, 5, 4, 6, 9};
  std::mt19937_64 rng(1);
  NetWeights w;
  w.Init(d, v, &rng);
  std::string blob;
  ByteWriter out(&blob);
  w.Serialize(&out);
  NetWeights back;
  ByteReader in(blob);
  ASSERT_TRUE(back.Deserialize(d, v, &in).ok());
  EXPECT_EQ(in.remaining(), 0u);
  ASSERT_EQ(back.lstm.size(), 4u);
  EXPECT_EQ(back.lstm[3].wh, w.lstm[3].wh);
  EXPECT_EQ(back.label_out, w.label_out);
  VocabSizes other = v;
  other.labels = 10;
  ByteReader again(blob);
  EXPECT_FALSE(back.Deserialize(d, other, &again).ok());
  ByteReader cut(std::string_view(blob).substr(0, blob.size() / 2));
  EXPECT_FALSE(back.Deserialize(d, v, &cut).ok());
}

TEST(AdamTest, MovesWeightsAgainstTheGradient) {
  NetDims d;
  d.word = d.xpos = d.upos = d.shape = d.suffix = 2;
  d.hidden = 2, d.layers = 1, d.move_mlp = 2, d.label_mlp = 2;
  std::mt19937_64 rng(3);
  NetWeights w, g;
  w.Init(d, {3, 3, 3, 3, 3}, &rng);
  g.ZerosLike(w);
  g.move_b(0, 0) = 1.0f;
  g.move_b(1, 0) = -1.0f;
  const NetWeights before = w;
  Adam adam(w, {});
  adam.Step(g, &w);
  EXPECT_LT(w.move_b(0, 0), before.move_b(0, 0));
  EXPECT_GT(w.move_b(1, 0), before.move_b(1, 0));
  EXPECT_EQ(w.word, before.word);  // zero gradient, no move
}

}  // namespace
}  // namespace dyad::nn
