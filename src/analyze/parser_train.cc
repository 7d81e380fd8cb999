// TrainParser: minibatch training of the parser network (analyze/nn.h)
// with the arc-hybrid dynamic oracle and error exploration. The move loss is
// the negative log of the probability the network gives to the moves of
// least cost; the label loss is the cross-entropy of each word's gold label
// given its gold head.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <thread>
#include <utility>

#include "analyze/parser.h"
#include "analyze/parser_model.h"
#include "fmt/format.h"

namespace dyad {
namespace {

using nn::Matrix;
using nn::Vector;

// One training sentence.
struct Example {
  SentenceIds ids;
  std::vector<int> word_counts;  // training count of each word's entry
  GoldTree gold;                 // projectivised, for the oracle
  std::vector<int> heads;        // gold heads, ROOT = n
  std::vector<int> labels;       // gold label ids
};

std::vector<std::string> CollectLabels(
    const std::vector<std::vector<Token>>& train) {
  std::set<std::string> set = {kRootLabel};
  for (const auto& s : train)
    for (const Token& t : s)
      if (!t.deprel.empty()) set.insert(t.deprel);
  return {set.begin(), set.end()};
}

// The hashes seen at least min_count times, with their counts.
template <typename HashOf>
std::map<uint64_t, int> Frequent(const std::vector<std::vector<Token>>& train,
                                 int min_count, HashOf hash_of) {
  std::map<uint64_t, int> counts;
  for (const auto& s : train)
    for (const Token& t : s) ++counts[hash_of(t)];
  std::erase_if(counts, [&](const auto& kv) { return kv.second < min_count; });
  return counts;
}

template <typename HashOf>
HashVocabulary VocabularyOf(const std::vector<std::vector<Token>>& train,
                            int min_count, HashOf hash_of) {
  std::vector<uint64_t> hashes;
  for (const auto& [h, c] : Frequent(train, min_count, hash_of))
    hashes.push_back(h);
  return HashVocabulary(std::move(hashes));
}

std::unique_ptr<ParserModel> ModelShape(
    const std::vector<std::vector<Token>>& train, const ParserTrainOptions& o) {
  auto m = std::make_unique<ParserModel>();
  m->dims = {o.word_dim,    o.xpos_dim,    o.upos_dim,
             o.shape_dim,   o.suffix_dim,  o.lstm_units,
             o.lstm_layers, o.move_hidden, o.label_hidden};
  m->labels = CollectLabels(train);
  m->root_label = static_cast<int>(
      std::find(m->labels.begin(), m->labels.end(), kRootLabel) -
      m->labels.begin());
  const int k = o.min_word_count;
  m->words =
      VocabularyOf(train, k, [](const Token& t) { return LowerHash(t.text); });
  m->suffixes =
      VocabularyOf(train, k, [](const Token& t) { return SuffixHash(t.text); });
  m->xpos =
      VocabularyOf(train, 1, [](const Token& t) { return HashBytes(t.xpos); });
  m->upos =
      VocabularyOf(train, 1, [](const Token& t) { return HashBytes(t.upos); });
  return m;
}

bool MakeExample(const std::vector<Token>& s, const ParserModel& m,
                 const std::vector<int>& entry_counts, Example* ex) {
  const int n = static_cast<int>(s.size());
  std::vector<int> heads;
  for (const Token& t : s) {
    heads.push_back(t.head);
    const auto it =
        std::lower_bound(m.labels.begin(), m.labels.end(), t.deprel);
    ex->labels.push_back(static_cast<int>(it - m.labels.begin()));
  }
  if (!IsWellFormedTree(heads)) return false;
  for (int h : heads) ex->heads.push_back(h < 0 ? n : h);
  Projectivize(&heads);
  ex->gold = GoldTree(heads);
  m.Lookup(s, &ex->ids);
  for (int w : ex->ids.word) ex->word_counts.push_back(entry_counts[w]);
  return true;
}

std::vector<Example> MakeExamples(const std::vector<std::vector<Token>>& train,
                                  const ParserModel& m,
                                  const ParserTrainOptions& o) {
  std::vector<int> entry_counts(m.words.size(), 0);
  const auto counts = Frequent(train, o.min_word_count, [](const Token& t) {
    return LowerHash(t.text);
  });
  for (const auto& [h, c] : counts) entry_counts[m.words.Id(h)] = c;
  std::vector<Example> out;
  for (const auto& s : train) {
    if (s.empty() || static_cast<int>(s.size()) > o.max_train_sentence_tokens)
      continue;
    Example ex{{}, {}, GoldTree({}), {}, {}};
    if (MakeExample(s, m, entry_counts, &ex)) out.push_back(std::move(ex));
  }
  return out;
}

struct Counts {
  size_t moves = 0, right = 0;
  double loss = 0;
};

// Forward and backward passes over training sentences; owns its gradients.
class Worker {
 public:
  Worker(const ParserModel& model, const ParserTrainOptions& o)
      : m_(model), o_(o) {
    grads_.ZerosLike(model.net);
  }
  void Seed(uint64_t seed) { rng_.seed(seed); }
  nn::NetWeights& grads() { return grads_; }
  Counts& counts() { return counts_; }
  void Train(const Example& ex, bool explore);

 private:
  bool Coin(float p) {
    return std::uniform_real_distribution<float>(0, 1)(rng_) < p;
  }
  void Mask(Eigen::Index rows, Eigen::Index cols, float p, Matrix* mask);
  void Embed(const Example& ex);
  void Encode(const Example& ex);
  void Moves(const Example& ex, bool explore);
  void MoveLoss(const ArcHybridState& st, const int cols[4],
                const std::array<int, kNumMoves>& costs, int* best, int* guess);
  void Labels(const Example& ex);
  void Backward(const Example& ex);

  const ParserModel& m_;
  const ParserTrainOptions& o_;
  nn::NetWeights grads_;
  std::mt19937_64 rng_;
  Counts counts_;
  // Per sentence.
  SentenceIds ids_;  // after word and tag dropout
  Matrix x0_, mask_x_, mask_v_, v_, move_pre_, label_pre_;
  Matrix d_move_pre_, d_label_pre_;
  std::vector<nn::LstmTrace> traces_;
  Vector hidden_;
};

void Worker::Mask(Eigen::Index rows, Eigen::Index cols, float p, Matrix* mask) {
  mask->resize(rows, cols);
  const float keep = 1.0f / (1.0f - p);
  for (Eigen::Index i = 0; i < mask->size(); ++i)
    mask->data()[i] = Coin(p) ? 0.0f : keep;
}

void Worker::Embed(const Example& ex) {
  ids_ = ex.ids;
  const int n = static_cast<int>(ids_.word.size());
  const float a = o_.word_dropout_alpha;
  for (int i = 0; i < n; ++i) {
    if (ids_.word[i] != 0 && Coin(a / (a + ex.word_counts[i])))
      ids_.word[i] = 0;
    if (Coin(o_.tag_dropout)) ids_.xpos[i] = ids_.upos[i] = 0;
  }
  const nn::NetWeights& w = m_.net;
  x0_.resize(m_.dims.input(), n);
  for (int i = 0; i < n; ++i)
    x0_.col(i) << w.word.col(ids_.word[i]), w.xpos.col(ids_.xpos[i]),
        w.upos.col(ids_.upos[i]), w.shape.col(ids_.shape[i]),
        w.suffix.col(ids_.suffix[i]);
  Mask(x0_.rows(), n, o_.input_dropout, &mask_x_);
  x0_.array() *= mask_x_.array();
}

void Worker::Encode(const Example& ex) {
  Embed(ex);
  const int h = m_.dims.hidden, n = static_cast<int>(x0_.cols());
  traces_.resize(2 * m_.dims.layers);
  Matrix x = x0_;
  for (int l = 0; l < m_.dims.layers; ++l) {
    for (int dir = 0; dir < 2; ++dir)
      nn::LstmForward(m_.net.lstm[2 * l + dir], x, dir == 1,
                      &traces_[2 * l + dir]);
    x.resize(2 * h, n);
    x << traces_[2 * l].h, traces_[2 * l + 1].h;
  }
  Mask(x.rows(), n, o_.output_dropout, &mask_v_);
  v_.resize(2 * h, n + 2);
  v_.leftCols(n) = x.array() * mask_v_.array();
  v_.col(n) = m_.net.root.col(0);
  v_.col(n + 1) = m_.net.pad.col(0);
  move_pre_.noalias() = m_.net.move_in * v_;
  label_pre_.noalias() = m_.net.label_in * v_;
  d_move_pre_ = Matrix::Zero(move_pre_.rows(), n + 2);
  d_label_pre_ = Matrix::Zero(label_pre_.rows(), n + 2);
}

// Scores the moves of st, adds the loss gradient, and returns the guess and
// the best move of least cost.
void Worker::MoveLoss(const ArcHybridState& st, const int cols[4],
                      const std::array<int, kNumMoves>& costs, int* best,
                      int* guess) {
  const int k = m_.dims.move_mlp;
  hidden_ = m_.net.move_b.col(0);
  for (int p = 0; p < 4; ++p)
    hidden_ += move_pre_.col(cols[p]).segment(p * k, k);
  hidden_ = hidden_.array().tanh();
  Eigen::Vector3f s = m_.net.move_out * hidden_ + m_.net.move_out_b.col(0);
  *guess = parser_internal::BestValidMove(st, s.data());
  const int least = *std::min_element(costs.begin(), costs.end());
  Eigen::Vector3f p = Eigen::Vector3f::Zero();
  float z = 0, good = 0;
  for (int mv = 0; mv < kNumMoves; ++mv)
    if (st.CanApply(static_cast<Move>(mv)))
      z += p(mv) = std::exp(s(mv) - s(*guess));
  *best = -1;
  for (int mv = 0; mv < kNumMoves; ++mv) {
    p(mv) /= z;
    if (costs[mv] != least) continue;
    good += p(mv);
    if (*best == -1 || s(mv) > s(*best)) *best = mv;
  }
  counts_.loss -= std::log(std::max(good, 1e-12f));
  Eigen::Vector3f ds = p;
  for (int mv = 0; mv < kNumMoves; ++mv)
    if (costs[mv] == least) ds(mv) -= p(mv) / good;
  grads_.move_out.noalias() += ds * hidden_.transpose();
  grads_.move_out_b.col(0) += ds;
  const Vector dpre = (m_.net.move_out.transpose() * ds).array() *
                      (1 - hidden_.array().square());
  grads_.move_b.col(0) += dpre;
  for (int q = 0; q < 4; ++q)
    d_move_pre_.col(cols[q]).segment(q * k, k) += dpre;
}

void Worker::Moves(const Example& ex, bool explore) {
  const int n = static_cast<int>(ex.labels.size());
  ArcHybridState st;
  st.Reset(n);
  while (!st.Terminal()) {
    int move = parser_internal::ForcedMove(st);
    if (move == -1) {
      const int cols[4] = {
          EncodingColumn(st.S(0), n), EncodingColumn(st.S(1), n),
          EncodingColumn(st.S(2), n), EncodingColumn(st.B(0), n)};
      const auto costs = MoveCosts(st, ex.gold);
      int best, guess;
      MoveLoss(st, cols, costs, &best, &guess);
      ++counts_.moves;
      counts_.right += costs[guess] == costs[best];
      const bool follow = costs[guess] == costs[best] ||
                          (explore && Coin(o_.explore_probability));
      move = follow ? guess : best;
    }
    st.Apply(static_cast<Move>(move), -1);
  }
}

void Worker::Labels(const Example& ex) {
  const int k = m_.dims.label_mlp, n = static_cast<int>(ex.labels.size());
  for (int i = 0; i < n; ++i) {
    const int head = ex.heads[i];
    const Vector z = (label_pre_.col(i).head(k) + label_pre_.col(head).tail(k) +
                      m_.net.label_b.col(0))
                         .array()
                         .tanh();
    Vector p = m_.net.label_out * z + m_.net.label_out_b.col(0);
    p = (p.array() - p.maxCoeff()).exp();
    p /= p.sum();
    counts_.loss -= std::log(std::max(p(ex.labels[i]), 1e-12f));
    p(ex.labels[i]) -= 1;
    grads_.label_out.noalias() += p * z.transpose();
    grads_.label_out_b.col(0) += p;
    const Vector dz =
        (m_.net.label_out.transpose() * p).array() * (1 - z.array().square());
    grads_.label_b.col(0) += dz;
    d_label_pre_.col(i).head(k) += dz;
    d_label_pre_.col(head).tail(k) += dz;
  }
}

void Worker::Backward(const Example& ex) {
  const int n = static_cast<int>(ex.labels.size()), h = m_.dims.hidden;
  grads_.move_in.noalias() += d_move_pre_ * v_.transpose();
  grads_.label_in.noalias() += d_label_pre_ * v_.transpose();
  Matrix dv = m_.net.move_in.transpose() * d_move_pre_;
  dv.noalias() += m_.net.label_in.transpose() * d_label_pre_;
  grads_.root.col(0) += dv.col(n);
  grads_.pad.col(0) += dv.col(n + 1);
  Matrix dy = dv.leftCols(n).array() * mask_v_.array();
  for (int l = m_.dims.layers - 1; l >= 0; --l) {
    Matrix dx = nn::LstmBackward(m_.net.lstm[2 * l], traces_[2 * l],
                                 dy.topRows(h), &grads_.lstm[2 * l]);
    dx += nn::LstmBackward(m_.net.lstm[2 * l + 1], traces_[2 * l + 1],
                           dy.bottomRows(h), &grads_.lstm[2 * l + 1]);
    dy = std::move(dx);
  }
  dy.array() *= mask_x_.array();
  const nn::NetDims& d = m_.dims;
  for (int i = 0; i < n; ++i) {
    Eigen::Index at = 0;
    auto add = [&](Matrix* g, int id, int dim) {
      g->col(id) += dy.col(i).segment(at, dim);
      at += dim;
    };
    add(&grads_.word, ids_.word[i], d.word);
    add(&grads_.xpos, ids_.xpos[i], d.xpos);
    add(&grads_.upos, ids_.upos[i], d.upos);
    add(&grads_.shape, ids_.shape[i], d.shape);
    add(&grads_.suffix, ids_.suffix[i], d.suffix);
  }
}

void Worker::Train(const Example& ex, bool explore) {
  Encode(ex);
  Moves(ex, explore);
  Labels(ex);
  Backward(ex);
}

AttachmentScores Evaluate(const Parser& parser,
                          const std::vector<std::vector<Token>>& dev) {
  AttachmentScores scores;
  for (const auto& gold : dev) {
    std::vector<Token> tokens = gold;
    parser.Parse(&tokens);
    AddAttachmentScores(gold, tokens, &scores);
  }
  return scores;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since)
      .count();
}

// Trains on examples[order[begin, end)) split among the workers, then
// applies the summed gradient.
void TrainBatch(const std::vector<Example>& examples,
                const std::vector<size_t>& order, size_t begin, size_t end,
                bool explore, std::vector<std::unique_ptr<Worker>>* workers,
                nn::Adam* adam, nn::NetWeights* net) {
  const size_t k = workers->size();
  auto run = [&](size_t w) {
    Worker& worker = *(*workers)[w];
    for (nn::Matrix* g : worker.grads().All()) g->setZero();
    const size_t from = begin + (end - begin) * w / k;
    const size_t to = begin + (end - begin) * (w + 1) / k;
    for (size_t i = from; i < to; ++i)
      worker.Train(examples[order[i]], explore);
  };
  std::vector<std::thread> threads;
  for (size_t w = 1; w < k; ++w) threads.emplace_back(run, w);
  run(0);
  for (std::thread& t : threads) t.join();
  nn::NetWeights& total = (*workers)[0]->grads();
  for (size_t w = 1; w < k; ++w) {
    std::vector<nn::Matrix*> a = total.All();
    std::vector<nn::Matrix*> b = (*workers)[w]->grads().All();
    for (size_t i = 0; i < a.size(); ++i) *a[i] += *b[i];
  }
  adam->Step(total, net);
}

std::unique_ptr<Parser> Snapshot(const ParserModel& m) {
  auto copy = std::make_unique<ParserModel>(m);
  copy->Prepare();
  return std::make_unique<Parser>(std::move(copy), ParserOptions());
}

}  // namespace

StatusOr<std::unique_ptr<Parser>> TrainParser(
    const std::vector<std::vector<Token>>& train,
    const std::vector<std::vector<Token>>& dev,
    const ParserTrainOptions& options,
    const std::function<void(std::string_view)>& log) {
  const auto start = std::chrono::steady_clock::now();
  std::unique_ptr<ParserModel> model = ModelShape(train, options);
  const std::vector<Example> examples = MakeExamples(train, *model, options);
  if (examples.empty())
    return Status::InvalidArgument("parser: no usable training sentence");
  std::mt19937_64 rng(options.seed);
  model->net.Init(model->dims, model->sizes(), &rng);
  if (log)
    log(fmt::format("parser: {} training sentences, {} words known, {} weights",
                    examples.size(), model->words.size(),
                    model->net.NumWeights()));
  std::vector<std::unique_ptr<Worker>> workers;
  for (int w = 0; w < std::max(options.threads, 1); ++w)
    workers.push_back(std::make_unique<Worker>(*model, options));
  nn::Adam adam(model->net, {.learning_rate = options.learning_rate});
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::unique_ptr<Parser> best;
  double best_las = -1;
  int best_pass = 0;
  const size_t batch = std::max(options.batch_sentences, 1);
  for (int pass = 1; pass <= options.iterations; ++pass) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t w = 0; w < workers.size(); ++w)
      workers[w]->Seed(options.seed * 1000003 + pass * 101 + w),
          workers[w]->counts() = {};
    const bool explore = pass >= options.explore_from_iteration;
    for (size_t b = 0; b < order.size(); b += batch)
      TrainBatch(examples, order, b, std::min(order.size(), b + batch), explore,
                 &workers, &adam, &model->net);
    auto parser = Snapshot(*model);
    const AttachmentScores s = Evaluate(*parser, dev.empty() ? train : dev);
    Counts c;
    for (const auto& w : workers)
      c.moves += w->counts().moves, c.right += w->counts().right,
          c.loss += w->counts().loss;
    if (log)
      log(fmt::format(
          "parser pass {}: train move acc {:.2f}%, loss {:.3f}, {} UAS {:.2f} "
          "LAS {:.2f} (full labels {:.2f}), {:.0f} s",
          pass, 100.0 * c.right / std::max<size_t>(c.moves, 1),
          c.loss / std::max<size_t>(c.moves, 1), dev.empty() ? "train" : "dev",
          100 * s.uas(), 100 * s.las(), 100 * s.las_full(), Seconds(start)));
    if (s.las() > best_las) {
      best_las = s.las();
      best_pass = pass;
      best = std::move(parser);
    } else if (pass - best_pass >= options.patience) {
      break;
    }
  }
  if (log) log(fmt::format("parser: keeping pass {}", best_pass));
  return best;
}

}  // namespace dyad
