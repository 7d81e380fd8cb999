#include "analyze/nn.h"

#include <cmath>
#include <cstring>

namespace dyad::nn {
namespace {

constexpr int kMaxDim = 4096;
constexpr int kMaxEntries = 1 << 22;

void Uniform(int rows, int cols, float scale, std::mt19937_64* rng, Matrix* m) {
  std::uniform_real_distribution<float> u(-scale, scale);
  m->resize(rows, cols);
  for (Eigen::Index i = 0; i < m->size(); ++i) m->data()[i] = u(*rng);
}

float Glorot(int fan_out, int fan_in) {
  return std::sqrt(6.0f / static_cast<float>(fan_out + fan_in));
}

void InitLstm(int in, int h, std::mt19937_64* rng, LstmWeights* l) {
  Uniform(4 * h, in, Glorot(4 * h, in), rng, &l->wx);
  Uniform(4 * h, h, Glorot(4 * h, h), rng, &l->wh);
  l->b = Matrix::Zero(4 * h, 1);
  l->b.block(h, 0, h, 1).setOnes();  // remember by default
}

void WriteMatrix(const Matrix& m, ByteWriter* w) {
  w->Varint(static_cast<uint64_t>(m.rows()));
  w->Varint(static_cast<uint64_t>(m.cols()));
  std::string bytes(m.size() * sizeof(float), '\0');
  std::memcpy(bytes.data(), m.data(), bytes.size());
  w->Bytes(bytes);
}

Status ReadMatrix(int rows, int cols, ByteReader* r, Matrix* m) {
  uint64_t rr, cc;
  std::string_view bytes;
  if (!r->Varint(&rr) || !r->Varint(&cc) || !r->Bytes(&bytes))
    return Status::Corruption("parser network: truncated matrix");
  if (rr != static_cast<uint64_t>(rows) || cc != static_cast<uint64_t>(cols) ||
      bytes.size() != rr * cc * sizeof(float))
    return Status::Corruption("parser network: matrix of the wrong shape");
  m->resize(rows, cols);
  std::memcpy(m->data(), bytes.data(), bytes.size());
  if (!m->allFinite())
    return Status::Corruption("parser network: weight is not a number");
  return Status::OK();
}

// The shapes NetWeights must have for d and v, in All() order.
std::vector<std::pair<int, int>> Shapes(const NetDims& d, const VocabSizes& v) {
  const int h = d.hidden, h2 = 2 * d.hidden;
  std::vector<std::pair<int, int>> s = {{d.word, v.words},
                                        {d.xpos, v.xpos},
                                        {d.upos, v.upos},
                                        {d.shape, kNumShapes},
                                        {d.suffix, v.suffixes}};
  for (int l = 0; l < d.layers; ++l)
    for (int dir = 0; dir < 2; ++dir)
      s.insert(s.end(),
               {{4 * h, l == 0 ? d.input() : h2}, {4 * h, h}, {4 * h, 1}});
  s.insert(s.end(), {{h2, 1},
                     {h2, 1},
                     {4 * d.move_mlp, h2},
                     {d.move_mlp, 1},
                     {3, d.move_mlp},
                     {3, 1},
                     {2 * d.label_mlp, h2},
                     {d.label_mlp, 1},
                     {v.labels, d.label_mlp},
                     {v.labels, 1}});
  return s;
}

}  // namespace

void NetWeights::Init(const NetDims& d, const VocabSizes& v,
                      std::mt19937_64* rng) {
  Uniform(d.word, v.words, 0.1f, rng, &word);
  Uniform(d.xpos, v.xpos, 0.1f, rng, &xpos);
  Uniform(d.upos, v.upos, 0.1f, rng, &upos);
  Uniform(d.shape, kNumShapes, 0.1f, rng, &shape);
  Uniform(d.suffix, v.suffixes, 0.1f, rng, &suffix);
  lstm.assign(2 * d.layers, {});
  for (int l = 0; l < d.layers; ++l)
    for (int dir = 0; dir < 2; ++dir)
      InitLstm(l == 0 ? d.input() : 2 * d.hidden, d.hidden, rng,
               &lstm[2 * l + dir]);
  const int h2 = 2 * d.hidden;
  Uniform(h2, 1, 0.1f, rng, &root);
  Uniform(h2, 1, 0.1f, rng, &pad);
  Uniform(4 * d.move_mlp, h2, Glorot(d.move_mlp, 4 * h2), rng, &move_in);
  move_b = Matrix::Zero(d.move_mlp, 1);
  Uniform(3, d.move_mlp, Glorot(3, d.move_mlp), rng, &move_out);
  move_out_b = Matrix::Zero(3, 1);
  Uniform(2 * d.label_mlp, h2, Glorot(d.label_mlp, 2 * h2), rng, &label_in);
  label_b = Matrix::Zero(d.label_mlp, 1);
  Uniform(v.labels, d.label_mlp, Glorot(v.labels, d.label_mlp), rng,
          &label_out);
  label_out_b = Matrix::Zero(v.labels, 1);
}

void NetWeights::ZerosLike(const NetWeights& like) {
  lstm.resize(like.lstm.size());
  std::vector<Matrix*> mine = All();
  std::vector<const Matrix*> theirs = like.All();
  for (size_t i = 0; i < mine.size(); ++i)
    *mine[i] = Matrix::Zero(theirs[i]->rows(), theirs[i]->cols());
}

std::vector<Matrix*> NetWeights::All() {
  std::vector<Matrix*> all = {&word, &xpos, &upos, &shape, &suffix};
  for (LstmWeights& l : lstm) all.insert(all.end(), {&l.wx, &l.wh, &l.b});
  all.insert(all.end(), {&root, &pad, &move_in, &move_b, &move_out, &move_out_b,
                         &label_in, &label_b, &label_out, &label_out_b});
  return all;
}

std::vector<const Matrix*> NetWeights::All() const {
  std::vector<Matrix*> all = const_cast<NetWeights*>(this)->All();
  return {all.begin(), all.end()};
}

size_t NetWeights::NumWeights() const {
  size_t n = 0;
  for (const Matrix* m : All()) n += static_cast<size_t>(m->size());
  return n;
}

void NetWeights::Serialize(ByteWriter* w) const {
  for (const Matrix* m : All()) WriteMatrix(*m, w);
}

Status NetWeights::Deserialize(const NetDims& d, const VocabSizes& v,
                               ByteReader* r) {
  lstm.assign(2 * d.layers, {});
  const auto shapes = Shapes(d, v);
  std::vector<Matrix*> all = All();
  for (size_t i = 0; i < all.size(); ++i)
    DYAD_RETURN_IF_ERROR(
        ReadMatrix(shapes[i].first, shapes[i].second, r, all[i]));
  return Status::OK();
}

void WriteDims(const NetDims& d, ByteWriter* w) {
  for (int v : {d.word, d.xpos, d.upos, d.shape, d.suffix, d.hidden, d.layers,
                d.move_mlp, d.label_mlp})
    w->Varint(static_cast<uint64_t>(v));
}

Status ReadDims(ByteReader* r, NetDims* d) {
  for (int* v : {&d->word, &d->xpos, &d->upos, &d->shape, &d->suffix,
                 &d->hidden, &d->layers, &d->move_mlp, &d->label_mlp}) {
    uint64_t x;
    if (!r->Varint(&x) || x == 0 || x > kMaxDim)
      return Status::Corruption("parser network: bad dimension");
    *v = static_cast<int>(x);
  }
  if (d->layers > 8) return Status::Corruption("parser network: too deep");
  return Status::OK();
}

bool ValidVocabSize(uint64_t n) { return n >= 1 && n <= kMaxEntries; }

void LstmForward(const LstmWeights& w, const Matrix& x, bool reverse,
                 LstmTrace* t) {
  const int n = static_cast<int>(x.cols()), h = static_cast<int>(w.wh.cols());
  t->x = x;
  t->reverse = reverse;
  t->gates.noalias() = w.wx * x;
  t->gates.colwise() += w.b.col(0);
  t->c.resize(h, n);
  t->tc.resize(h, n);
  t->h.resize(h, n);
  Vector g(4 * h), hv = Vector::Zero(h), cv = Vector::Zero(h);
  for (int s = 0; s < n; ++s) {
    const int i = reverse ? n - 1 - s : s;
    g = t->gates.col(i);
    LstmStep(w.wh, s == 0, &g, &hv, &cv);
    t->gates.col(i) = g;
    t->c.col(i) = cv;
    t->tc.col(i) = cv.array().tanh();
    t->h.col(i) = hv;
  }
}

void LstmStep(const Matrix& wh, bool first, Vector* gates, Vector* h,
              Vector* c) {
  const Eigen::Index n = wh.cols();
  if (first) {
    h->setZero(n);
    c->setZero(n);
  } else {
    gates->noalias() += wh * *h;
  }
  LstmCell(*gates, *h, *c);
}

void LstmCell(Eigen::Ref<Vector> gates, Eigen::Ref<Vector> h,
              Eigen::Ref<Vector> c) {
  const Eigen::Index n = h.size();
  gates.head(3 * n) = gates.head(3 * n).array().logistic();
  gates.tail(n) = gates.tail(n).array().tanh();
  c = gates.segment(n, n).cwiseProduct(c) +
      gates.head(n).cwiseProduct(gates.tail(n));
  h = gates.segment(2 * n, n).array() * c.array().tanh();
}

Matrix LstmBackward(const LstmWeights& w, const LstmTrace& t, const Matrix& dh,
                    LstmWeights* g) {
  const int n = static_cast<int>(dh.cols()), h = static_cast<int>(w.wh.cols());
  Matrix dg(4 * h, n), hprev = Matrix::Zero(h, n);
  Vector dh_next = Vector::Zero(h), dc_next = Vector::Zero(h);
  for (int s = n - 1; s >= 0; --s) {
    const int i = t.reverse ? n - 1 - s : s;
    const int prev = t.reverse ? i + 1 : i - 1;
    const auto gi = t.gates.col(i);
    for (int k = 0; k < h; ++k) {
      const float in = gi(k), f = gi(h + k), o = gi(2 * h + k);
      const float cand = gi(3 * h + k), tc = t.tc(k, i);
      const float dht = dh(k, i) + dh_next(k);
      const float dc = dht * o * (1 - tc * tc) + dc_next(k);
      const float cprev = s > 0 ? t.c(k, prev) : 0.0f;
      dg(k, i) = dc * cand * in * (1 - in);
      dg(h + k, i) = dc * cprev * f * (1 - f);
      dg(2 * h + k, i) = dht * tc * o * (1 - o);
      dg(3 * h + k, i) = dc * in * (1 - cand * cand);
      dc_next(k) = dc * f;
    }
    if (s > 0) {
      dh_next.noalias() = w.wh.transpose() * dg.col(i);
      hprev.col(i) = t.h.col(prev);
    }
  }
  g->wx.noalias() += dg * t.x.transpose();
  g->wh.noalias() += dg * hprev.transpose();
  g->b += dg.rowwise().sum();
  return w.wx.transpose() * dg;
}

Adam::Adam(const NetWeights& like, const AdamOptions& options)
    : options_(options) {
  m_.ZerosLike(like);
  v_.ZerosLike(like);
}

void Adam::Step(const NetWeights& g, NetWeights* w) {
  ++steps_;
  const std::vector<const Matrix*> grads = g.All();
  double norm2 = 0;
  for (const Matrix* m : grads) norm2 += m->squaredNorm();
  const double norm = std::sqrt(norm2);
  const float scale = norm > options_.clip_norm
                          ? static_cast<float>(options_.clip_norm / norm)
                          : 1.0f;
  const float b1 = options_.beta1, b2 = options_.beta2;
  const float c1 = 1 - std::pow(b1, static_cast<float>(steps_));
  const float c2 = 1 - std::pow(b2, static_cast<float>(steps_));
  const float lr = options_.learning_rate;
  std::vector<Matrix*> ws = w->All(), ms = m_.All(), vs = v_.All();
  for (size_t i = 0; i < ws.size(); ++i) {
    const auto gi = grads[i]->array() * scale;
    ms[i]->array() = b1 * ms[i]->array() + (1 - b1) * gi;
    vs[i]->array() = b2 * vs[i]->array() + (1 - b2) * gi.square();
    ws[i]->array() -= lr * (ms[i]->array() / c1) /
                      ((vs[i]->array() / c2).sqrt() + options_.epsilon);
  }
}

}  // namespace dyad::nn
