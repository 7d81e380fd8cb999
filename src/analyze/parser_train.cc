// TrainParser: online training of the move and label perceptrons with the
// arc-hybrid dynamic oracle and error exploration.
#include <algorithm>
#include <chrono>
#include <random>
#include <set>
#include <utility>

#include "analyze/parser.h"
#include "fmt/format.h"

namespace dyad {
namespace {

using parser_internal::BestLabel;
using parser_internal::BestValidMove;
using parser_internal::ForcedMove;

// One training sentence: atoms and projectivised gold tree.
struct Example {
  std::vector<WordAtoms> atoms;
  GoldTree gold;
  std::vector<int> labels;  // gold label id per word
};

std::vector<std::string> CollectLabels(
    const std::vector<std::vector<Token>>& train) {
  std::set<std::string> set = {kRootLabel};
  for (const auto& s : train)
    for (const Token& t : s)
      if (!t.deprel.empty()) set.insert(t.deprel);
  return {set.begin(), set.end()};
}

int LabelIndex(const std::vector<std::string>& labels, const std::string& l) {
  return static_cast<int>(std::lower_bound(labels.begin(), labels.end(), l) -
                          labels.begin());
}

// The example of sentence s; false if it cannot be used.
bool MakeExample(const std::vector<Token>& s, const ParserModel& shape,
                 Example* ex) {
  std::vector<int> heads;
  for (const Token& t : s) {
    heads.push_back(t.head);
    ex->labels.push_back(LabelIndex(shape.labels, t.deprel));
  }
  if (!IsWellFormedTree(heads)) return false;
  Projectivize(&heads);
  ex->gold = GoldTree(heads);
  ComputeAtoms(s, shape.vocab, &ex->atoms);
  return true;
}

std::vector<Example> MakeExamples(const std::vector<std::vector<Token>>& train,
                                  const ParserModel& shape, int max_tokens) {
  std::vector<Example> out;
  for (const auto& s : train) {
    if (s.empty() || static_cast<int>(s.size()) > max_tokens) continue;
    Example ex{{}, GoldTree({}), {}};
    if (MakeExample(s, shape, &ex)) out.push_back(std::move(ex));
  }
  return out;
}

class Trainer {
 public:
  Trainer(const ParserModel& shape, int root_label, uint64_t seed)
      : shape_(shape),
        root_label_(root_label),
        moves_(kNumMoves),
        labeler_(static_cast<int>(shape.labels.size())),
        label_scores_(shape.labels.size()),
        rng_(seed) {}

  void Train(const Example& ex, bool explore, float explore_probability);
  ParserModel Snapshot(const PerceptronPruneOptions& prune) const;
  size_t MemoryBytes() const {
    return moves_.MemoryBytes() + labeler_.MemoryBytes();
  }
  size_t moves_seen() const { return moves_seen_; }
  size_t moves_right() const { return moves_right_; }
  void ResetCounts() { moves_seen_ = moves_right_ = 0; }

 private:
  Move ChooseMove(const Example& ex, bool explore, float p);
  int ChooseLabel(const Example& ex, int head, int dep, bool explore);
  bool Coin(float p) { return (rng_() >> 11) * 0x1.0p-53 < p; }

  const ParserModel& shape_;  // labels and vocabulary
  int root_label_;
  PerceptronTrainer moves_;
  PerceptronTrainer labeler_;
  ArcHybridState st_;
  const std::vector<WordAtoms>* atoms_ = nullptr;  // of the current example
  uint64_t feats_[kMaxFeatures];
  float scores_[kNumMoves];
  std::vector<float> label_scores_;
  std::mt19937_64 rng_;
  size_t moves_seen_ = 0, moves_right_ = 0;
};

Move Trainer::ChooseMove(const Example& ex, bool explore, float p) {
  const int forced = ForcedMove(st_);
  if (forced != -1) return static_cast<Move>(forced);
  const int k = ExtractMoveFeatures(st_, *atoms_, feats_);
  const std::span<const uint64_t> feats(feats_, k);
  moves_.Score(feats, scores_);
  const Move guess = BestValidMove(st_, scores_);
  const std::array<int, kNumMoves> costs = MoveCosts(st_, ex.gold);
  const int min_cost = *std::min_element(costs.begin(), costs.end());
  int best = -1;  // the best-scoring move of least cost
  for (int m = 0; m < kNumMoves; ++m)
    if (costs[m] == min_cost && (best == -1 || scores_[m] > scores_[best]))
      best = m;
  ++moves_seen_;
  moves_right_ += costs[guess] == min_cost;
  if (costs[guess] > min_cost) moves_.Update(feats, best, guess);
  moves_.Tick();
  if (costs[guess] == min_cost || (explore && Coin(p))) return guess;
  return static_cast<Move>(best);
}

int Trainer::ChooseLabel(const Example& ex, int head, int dep, bool explore) {
  if (head == st_.n()) return root_label_;
  const int k = ExtractLabelFeatures(st_, *atoms_, head, dep, feats_);
  const std::span<const uint64_t> feats(feats_, k);
  const int n_labels = static_cast<int>(label_scores_.size());
  labeler_.Score(feats, label_scores_.data());
  const int guess = BestLabel(label_scores_.data(), n_labels, root_label_);
  const int truth = ex.labels[dep];
  if (ex.gold.head(dep) != head || truth == root_label_ || truth >= n_labels)
    return guess;
  labeler_.Update(feats, truth, guess);
  labeler_.Tick();
  return explore ? guess : truth;
}

void Trainer::Train(const Example& ex, bool explore, float p) {
  atoms_ = &ex.atoms;
  st_.Reset(static_cast<int>(ex.labels.size()));
  while (!st_.Terminal()) {
    const Move m = ChooseMove(ex, explore, p);
    int label = -1;
    if (m != kShift)
      label = ChooseLabel(ex, st_.HeadOf(m), st_.DependentOf(m), explore);
    st_.Apply(m, label);
  }
}

ParserModel Trainer::Snapshot(const PerceptronPruneOptions& prune) const {
  ParserModel m;
  m.labels = shape_.labels;
  m.vocab = shape_.vocab;
  m.moves = moves_.Average(prune);
  m.labeler = labeler_.Average(prune);
  return m;
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

}  // namespace

StatusOr<std::unique_ptr<Parser>> TrainParser(
    const std::vector<std::vector<Token>>& train,
    const std::vector<std::vector<Token>>& dev,
    const ParserTrainOptions& options,
    const std::function<void(std::string_view)>& log) {
  const auto start = std::chrono::steady_clock::now();
  ParserModel shape;
  shape.labels = CollectLabels(train);
  shape.vocab = ParserVocabulary::Build(train, options.min_word_count);
  const int root_label = static_cast<int>(
      std::find(shape.labels.begin(), shape.labels.end(), kRootLabel) -
      shape.labels.begin());
  const std::vector<Example> examples =
      MakeExamples(train, shape, options.max_train_sentence_tokens);
  if (examples.empty())
    return Status::InvalidArgument("parser: no usable training sentence");
  const PerceptronPruneOptions prune{options.min_feature_updates,
                                     options.min_abs_weight};
  if (log) log(fmt::format("parser: {} training sentences", examples.size()));
  Trainer trainer(shape, root_label, options.seed);
  std::mt19937_64 shuffle_rng(options.seed);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::unique_ptr<Parser> best;
  double best_las = -1;
  int best_pass = 0;
  for (int pass = 1; pass <= options.iterations; ++pass) {
    std::shuffle(order.begin(), order.end(), shuffle_rng);
    const bool explore = pass >= options.explore_from_iteration;
    trainer.ResetCounts();
    for (size_t i : order)
      trainer.Train(examples[i], explore, options.explore_probability);
    auto parser =
        std::make_unique<Parser>(trainer.Snapshot(prune), ParserOptions());
    const AttachmentScores s = Evaluate(*parser, dev.empty() ? train : dev);
    if (log)
      log(fmt::format(
          "parser pass {}: train move acc {:.2f}%, {} UAS {:.2f} LAS {:.2f} "
          "(full labels {:.2f}), {} MB trainer, {:.0f} s",
          pass, 100.0 * trainer.moves_right() / trainer.moves_seen(),
          dev.empty() ? "train" : "dev", 100 * s.uas(), 100 * s.las(),
          100 * s.las_full(), trainer.MemoryBytes() >> 20, Seconds(start)));
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
