// The network of the dependency parser: embeddings, a stacked bidirectional
// LSTM over the sentence and two small feed-forward scorers (moves and
// labels), after Kiperwasser & Goldberg (2016). This header holds the
// weights, their (de)serialisation and the LSTM steps with their gradients;
// parser.cc decodes with them and parser_train.cc trains them.
//
// Internal to src/analyze and the only header that includes Eigen; the
// files that include it are compiled with the machine's vector
// instructions (src/CMakeLists.txt).
//
// Thread safety: NetWeights are plain values, read-only while parsing.
//
// Usage:
//   NetWeights w;  w.Init(dims, vocab_sizes, &rng);
//   LstmTrace t;   LstmForward(w.lstm[0], x, /*reverse=*/false, &t);
//   Matrix dx = LstmBackward(w.lstm[0], t, dh, &grads.lstm[0]);
#ifndef DYAD_ANALYZE_NN_H_
#define DYAD_ANALYZE_NN_H_

#include <Eigen/Dense>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "analyze/perceptron.h"  // ByteReader, ByteWriter
#include "dyad/status.h"

namespace dyad::nn {

using Matrix = Eigen::MatrixXf;
using Vector = Eigen::VectorXf;

// Sizes of the network. Saved with the model.
struct NetDims {
  int word = 64;       // lowercased word embedding
  int xpos = 32;       // PTB tag embedding
  int upos = 16;       // universal tag embedding
  int shape = 8;       // capitalisation / digits class embedding
  int suffix = 24;     // last three letters embedding
  int hidden = 64;     // LSTM units per direction
  int layers = 2;      // stacked bidirectional LSTM layers
  int move_mlp = 96;   // hidden units of the move scorer
  int label_mlp = 96;  // hidden units of the label scorer
  int input() const { return word + xpos + upos + shape + suffix; }
};

// Entries in each lookup table (index 0 is the unknown entry).
struct VocabSizes {
  int words = 1, xpos = 1, upos = 1, suffixes = 1, labels = 1;
};
inline constexpr int kNumShapes = 5;

struct LstmWeights {
  Matrix wx;  // 4h × input: gates i, f, o, candidate
  Matrix wh;  // 4h × h
  Matrix b;   // 4h × 1
};

// Every weight of the network; also used, with the same shapes, for
// gradients and the optimiser's moments.
struct NetWeights {
  Matrix word, xpos, upos, shape, suffix;  // dim × entries
  std::vector<LstmWeights> lstm;           // [layer * 2 + direction]
  Matrix root, pad;                        // 2h × 1: ROOT and "no word"
  Matrix move_in;      // 4·move_mlp × 2h: one block per position s0 s1 s2 b0
  Matrix move_b;       // move_mlp × 1
  Matrix move_out;     // 3 × move_mlp
  Matrix move_out_b;   // 3 × 1
  Matrix label_in;     // 2·label_mlp × 2h: dependent block, head block
  Matrix label_b;      // label_mlp × 1
  Matrix label_out;    // labels × label_mlp
  Matrix label_out_b;  // labels × 1

  // Random initial weights (uniform Glorot; forget gate bias 1).
  void Init(const NetDims& d, const VocabSizes& v, std::mt19937_64* rng);
  // All zero, with the shapes of `like`.
  void ZerosLike(const NetWeights& like);
  // Every matrix, in a fixed order.
  std::vector<Matrix*> All();
  std::vector<const Matrix*> All() const;
  size_t NumWeights() const;

  void Serialize(ByteWriter* w) const;
  // Reads the matrices and checks their shapes against d and v.
  Status Deserialize(const NetDims& d, const VocabSizes& v, ByteReader* r);
};

void WriteDims(const NetDims& d, ByteWriter* w);
// True for a lookup table size the model file may hold.
bool ValidVocabSize(uint64_t n);
Status ReadDims(ByteReader* r, NetDims* d);

// What the backward pass of one LSTM direction needs from its forward pass.
struct LstmTrace {
  Matrix x;      // input × n
  Matrix gates;  // 4h × n, after their nonlinearities
  Matrix c;      // h × n cell states
  Matrix tc;     // h × n, tanh of c
  Matrix h;      // h × n outputs
  bool reverse = false;
};

// Runs one direction over the columns of x (right to left when reverse).
void LstmForward(const LstmWeights& w, const Matrix& x, bool reverse,
                 LstmTrace* t);
// Adds the weight gradients for output gradients dh (h × n) to *g and
// returns the gradient of the input.
Matrix LstmBackward(const LstmWeights& w, const LstmTrace& t, const Matrix& dh,
                    LstmWeights* g);

// One recurrent step for decoding: gates holds Wx·x + b on entry; h and c
// are the previous state (zero at the start) and are updated in place.
void LstmStep(const Matrix& wh, bool first, Vector* gates, Vector* h,
              Vector* c);
// The rest of a step once gates holds every pre-activation (Wx·x + Wh·h +
// b): applies the gate functions and updates h and c in place.
void LstmCell(Eigen::Ref<Vector> gates, Eigen::Ref<Vector> h,
              Eigen::Ref<Vector> c);

// Adam (Kingma & Ba 2015) with global gradient-norm clipping.
struct AdamOptions {
  float learning_rate = 1e-3f;
  float beta1 = 0.9f;
  float beta2 = 0.9f;
  float epsilon = 1e-8f;
  float clip_norm = 5.0f;
};
class Adam {
 public:
  Adam(const NetWeights& like, const AdamOptions& options);
  // Applies the gradient g to w.
  void Step(const NetWeights& g, NetWeights* w);

 private:
  AdamOptions options_;
  NetWeights m_, v_;
  int steps_ = 0;
};

}  // namespace dyad::nn

#endif  // DYAD_ANALYZE_NN_H_
