// A constant weight matrix laid out once for fast products with a few
// columns at a time: the parser multiplies the same weights by every
// sentence's 10–60 word vectors, and by one vector per LSTM step. General
// matrix libraries re-arrange ("pack") the weights on every such product;
// this does it once, at model load, in panels of 8 rows stored column by
// column, so the products read the weights strictly in order.
//
// Internal to src/analyze. Compiled with the machine's vector instructions
// (src/CMakeLists.txt); the kernels use GCC vector types, so they also
// build, slower, without them.
//
// Thread safety: immutable after Pack(); MultiplyAdd is const and may run on
// many threads at once.
//
// Usage:
//   PackedMatrix w(weights);                 // rows × k, any shape
//   std::vector<float> out(w.padded_rows() * n, 0.0f);
//   w.MultiplyAdd(x, k, n, out.data(), w.padded_rows());  // out += w · x
#ifndef DYAD_ANALYZE_PACKED_MATRIX_H_
#define DYAD_ANALYZE_PACKED_MATRIX_H_

#include <Eigen/Dense>
#include <vector>

namespace dyad::nn {

class PackedMatrix {
 public:
  // Rows of one panel: one vector register of floats.
  static constexpr int kPanel = 8;

  PackedMatrix() = default;
  explicit PackedMatrix(const Eigen::MatrixXf& w);

  int rows() const { return rows_; }
  int cols() const { return cols_; }
  // rows() rounded up to a whole panel; the rows past rows() are zero.
  int padded_rows() const { return panels_ * kPanel; }

  // out += W · X for X of n columns of cols() floats, column j starting at
  // x + j * x_stride; column j of out starts at out + j * out_stride and has
  // padded_rows() floats (the padding rows get zero added).
  void MultiplyAdd(const float* x, int x_stride, int n, float* out,
                   int out_stride) const;

  // *out = W · X + b, X as for MultiplyAdd (x_stride = its rows). *out
  // gets padded_rows() rows, the padding zero; b has rows() rows.
  void Affine(const Eigen::MatrixXf& b, const float* x, int x_stride, int n,
              Eigen::MatrixXf* out) const;

  size_t MemoryBytes() const { return data_.capacity() * sizeof(float); }

 private:
  template <int P, int T>
  void Block(int panel, const float* x, int x_stride, float* out,
             int out_stride) const;
  template <int P>
  void Panels(int panel, const float* x, int x_stride, int n, float* out,
              int out_stride) const;
  template <int P, int T>
  void Tail(int panel, const float* x, int x_stride, int n, float* out,
            int out_stride) const;
  template <int P>
  void RestPanels(int panel, int count, const float* x, int x_stride, int n,
                  float* out, int out_stride) const;

  int rows_ = 0, cols_ = 0, panels_ = 0;
  // Panel p, column k, row r of the panel at [(p * cols_ + k) * kPanel + r].
  std::vector<float> data_;
};

}  // namespace dyad::nn

#endif  // DYAD_ANALYZE_PACKED_MATRIX_H_
