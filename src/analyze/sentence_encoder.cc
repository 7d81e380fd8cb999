#include "analyze/sentence_encoder.h"

#include <algorithm>

namespace dyad {
namespace {

using nn::Matrix;

constexpr int kTables = 5;  // word, xpos, upos, shape, suffix

// Reusable buffers of one thread.
struct BatchScratch {
  std::vector<int> order;  // sentence indices, longest first
  std::vector<Matrix> gates_in, layer;
  Matrix h, c, gates, v;
};

BatchScratch& ThreadScratch() {
  thread_local BatchScratch scratch;
  return scratch;
}

int Length(const SentenceIds& ids) { return static_cast<int>(ids.word.size()); }

// One direction of one layer over all sentences. gates_in[i] holds Wx·x + b
// of sentence i in rows [4h·dir, 4h·dir + 4h); the outputs go to rows
// [h·dir, h·dir + h) of (*out)[i]. Direction 1 reads right to left. Column
// j of s->h, s->c and s->gates belongs to sentence order[j]; as sentences
// end, the active columns shrink to a prefix.
void RunDirection(const nn::PackedMatrix& wh, int dir,
                  const std::vector<SentenceIds>& ids, BatchScratch* s,
                  std::vector<Matrix>* out) {
  const int h = wh.cols(), batch = static_cast<int>(s->order.size());
  s->h.setZero(h, batch);
  s->c.setZero(h, batch);
  s->gates.resize(4 * h, batch);
  int active = batch;
  for (int step = 0; active > 0; ++step) {
    while (active > 0 && Length(ids[s->order[active - 1]]) <= step) --active;
    for (int j = 0; j < active; ++j) {
      const int i = s->order[j], n = Length(ids[i]);
      const int col = dir == 1 ? n - 1 - step : step;
      s->gates.col(j) = s->gates_in[i].col(col).segment(dir * 4 * h, 4 * h);
    }
    if (step > 0 && active > 0)
      wh.MultiplyAdd(s->h.data(), h, active, s->gates.data(), 4 * h);
    for (int j = 0; j < active; ++j) {
      const int i = s->order[j], n = Length(ids[i]);
      const int col = dir == 1 ? n - 1 - step : step;
      nn::LstmCell(s->gates.col(j), s->h.col(j), s->c.col(j));
      (*out)[i].col(col).segment(dir * h, h) = s->h.col(j);
    }
  }
}

// The first layer's gate inputs: five table columns per word and direction.
void FirstLayerInputs(const ParserModel& m, const SentenceIds& ids,
                      Matrix* gates_in) {
  const int n = Length(ids), h = m.dims.hidden;
  gates_in->resize(8 * h, n);
  for (int dir = 0; dir < 2; ++dir) {
    const Matrix* t = &m.first_layer[dir * kTables];
    for (int i = 0; i < n; ++i)
      gates_in->col(i).segment(dir * 4 * h, 4 * h) =
          t[0].col(ids.word[i]) + t[1].col(ids.xpos[i]) +
          t[2].col(ids.upos[i]) + t[3].col(ids.shape[i]) +
          t[4].col(ids.suffix[i]);
  }
}

// Both directions of layer l over all sentences, from s->gates_in into
// s->layer (which the gate inputs of layer l were computed from, so it may
// be overwritten).
void RunLayer(const ParserModel& m, int l, const std::vector<SentenceIds>& ids,
              BatchScratch* s) {
  for (size_t i = 0; i < ids.size(); ++i)
    s->layer[i].resize(2 * m.dims.hidden, Length(ids[i]));
  for (int dir = 0; dir < 2; ++dir)
    RunDirection(m.recurrent[2 * l + dir], dir, ids, s, &s->layer);
}

// The scorers' first layers for the words of one sentence, ROOT and "no
// word".
void ScorerInputs(const ParserModel& m, const Matrix& layer, BatchScratch* s,
                  Matrix* pre) {
  const Eigen::Index n = layer.cols();
  s->v.resize(layer.rows(), n + 2);
  s->v.leftCols(n) = layer;
  s->v.col(n) = m.net.root.col(0);
  s->v.col(n + 1) = m.net.pad.col(0);
  pre->setZero(m.scorer_in.padded_rows(), n + 2);
  m.scorer_in.MultiplyAdd(s->v.data(), static_cast<int>(s->v.rows()),
                          static_cast<int>(n + 2), pre->data(),
                          static_cast<int>(pre->rows()));
}

}  // namespace

void EncodeBatch(const ParserModel& m, const std::vector<SentenceIds>& ids,
                 std::vector<Encoding>* out) {
  BatchScratch& s = ThreadScratch();
  const size_t batch = ids.size();
  s.order.resize(batch);
  for (size_t i = 0; i < batch; ++i) s.order[i] = static_cast<int>(i);
  std::stable_sort(s.order.begin(), s.order.end(), [&](int a, int b) {
    return Length(ids[a]) > Length(ids[b]);
  });
  for (auto* v : {&s.gates_in, &s.layer})
    if (v->size() < batch) v->resize(batch);
  for (size_t i = 0; i < batch; ++i)
    FirstLayerInputs(m, ids[i], &s.gates_in[i]);
  RunLayer(m, 0, ids, &s);
  const int h = m.dims.hidden;
  for (int l = 1; l < m.dims.layers; ++l) {
    for (size_t i = 0; i < batch; ++i)
      m.upper_wx[l - 1].Affine(m.upper_b[l - 1], s.layer[i].data(), 2 * h,
                               Length(ids[i]), &s.gates_in[i]);
    RunLayer(m, l, ids, &s);
  }
  out->resize(batch);
  for (size_t i = 0; i < batch; ++i)
    ScorerInputs(m, s.layer[i], &s, &(*out)[i].pre);
}

}  // namespace dyad
