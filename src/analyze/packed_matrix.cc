#include "analyze/packed_matrix.h"

#include <cstring>

namespace dyad::nn {
namespace {

// One panel column: kPanel floats, one AVX register where the machine has
// AVX (two SSE registers otherwise).
typedef float Floats
    __attribute__((vector_size(PackedMatrix::kPanel * sizeof(float))));

Floats Load(const float* p) {
  Floats v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

void Store(float* p, Floats v) { std::memcpy(p, &v, sizeof v); }

}  // namespace

PackedMatrix::PackedMatrix(const Eigen::MatrixXf& w)
    : rows_(static_cast<int>(w.rows())),
      cols_(static_cast<int>(w.cols())),
      panels_((rows_ + kPanel - 1) / kPanel),
      data_(static_cast<size_t>(panels_) * cols_ * kPanel, 0.0f) {
  for (int r = 0; r < rows_; ++r)
    for (int k = 0; k < cols_; ++k)
      data_[(static_cast<size_t>(r / kPanel) * cols_ + k) * kPanel +
            r % kPanel] = w(r, k);
}

// out += panels [panel, panel + P) · T columns of x. The P × T sums stay in
// registers: P·T + P + 1 of them, at most 16 (x86-64 AVX has 16).
template <int P, int T>
void PackedMatrix::Block(int panel, const float* x, int x_stride, float* out,
                         int out_stride) const {
  const size_t panel_floats = static_cast<size_t>(cols_) * kPanel;
  const float* w = data_.data() + panel * panel_floats;
  Floats sum[P][T] = {};
  for (int k = 0; k < cols_; ++k) {
    Floats wk[P];
    for (int p = 0; p < P; ++p) wk[p] = Load(w + p * panel_floats + k * kPanel);
    for (int t = 0; t < T; ++t) {
      const float xk = x[t * x_stride + k];
      for (int p = 0; p < P; ++p) sum[p][t] += wk[p] * xk;
    }
  }
  for (int t = 0; t < T; ++t) {
    for (int p = 0; p < P; ++p) {
      float* o = out + t * out_stride + (panel + p) * kPanel;
      Store(o, Load(o) + sum[p][t]);
    }
  }
}

// Columns in groups of kWide, then the rest together: each weight loaded
// serves several columns.
template <int P>
void PackedMatrix::Panels(int panel, const float* x, int x_stride, int n,
                          float* out, int out_stride) const {
  constexpr int kWide = P <= 2 ? 6 : 1;
  int j = 0;
  for (; j + kWide <= n; j += kWide)
    Block<P, kWide>(panel, x + j * x_stride, x_stride, out + j * out_stride,
                    out_stride);
  if (j < n)
    Tail<P, 1>(panel, x + j * x_stride, x_stride, n - j, out + j * out_stride,
               out_stride);
}

// One block of exactly n < 6 columns.
template <int P, int T>
void PackedMatrix::Tail(int panel, const float* x, int x_stride, int n,
                        float* out, int out_stride) const {
  if constexpr (T < 5) {
    if (n > T) return Tail<P, T + 1>(panel, x, x_stride, n, out, out_stride);
  }
  Block<P, T>(panel, x, x_stride, out, out_stride);
}

// The last `count` (1 to 7) panels from `panel` on, as one block.
template <int P>
void PackedMatrix::RestPanels(int panel, int count, const float* x,
                              int x_stride, int n, float* out,
                              int out_stride) const {
  if constexpr (P < 7) {
    if (count > P)
      return RestPanels<P + 1>(panel, count, x, x_stride, n, out, out_stride);
  }
  Panels<P>(panel, x, x_stride, n, out, out_stride);
}

void PackedMatrix::MultiplyAdd(const float* x, int x_stride, int n, float* out,
                               int out_stride) const {
  int p = 0;
  if (n == 1) {
    // One column: registers for up to 8 panels, whose sums advance side by
    // side while each one waits on its previous multiply-add.
    for (; p + 8 <= panels_; p += 8)
      Panels<8>(p, x, x_stride, n, out, out_stride);
    if (p < panels_)
      RestPanels<1>(p, panels_ - p, x, x_stride, n, out, out_stride);
    return;
  }
  // Several columns: 2 panels × 6 columns of sums, 2 weights and one
  // broadcast column value fill 15 of the 16 vector registers.
  for (; p + 2 <= panels_; p += 2)
    Panels<2>(p, x, x_stride, n, out, out_stride);
  if (p < panels_) Panels<1>(p, x, x_stride, n, out, out_stride);
}

void PackedMatrix::Affine(const Eigen::MatrixXf& b, const float* x,
                          int x_stride, int n, Eigen::MatrixXf* out) const {
  out->setZero(padded_rows(), n);
  out->topRows(b.rows()).colwise() = b.col(0);
  MultiplyAdd(x, x_stride, n, out->data(), padded_rows());
}

}  // namespace dyad::nn
