// POS tagger: UPOS and XPOS jointly, by a greedy averaged perceptron.
//
// Each word gets one label, a (UPOS, XPOS) pair seen in training, chosen
// left to right from hashed features of the word, its neighbours and the
// labels already chosen (tagger_features.h). Frequent unambiguous words are
// tagged from a tag dictionary without scoring. Training runs epochs over
// shuffled sentences (fixed seed) and keeps the averaged model of the epoch
// with the best dev UPOS accuracy.
//
// Thread safety: immutable after Train/Deserialize; Tag is const and keeps
// its scratch on the stack, so one Tagger serves many threads.
//
// Usage:
//   auto tagger = Tagger::Train(train, dev, TaggerOptions(), log);
//   tagger->Tag(&words);  // fills upos and xpos
//   std::string bytes; tagger->Serialize(&bytes);
#ifndef DYAD_ANALYZE_TAGGER_H_
#define DYAD_ANALYZE_TAGGER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyze/perceptron.h"
#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

struct TaggerOptions {
  // Training epochs at most.
  int max_epochs = 12;
  // Stop after this many epochs without a better dev UPOS accuracy.
  int patience = 3;
  // Seed of the sentence shuffling.
  uint32_t seed = 1;
  // Tag dictionary: a form seen at least this often...
  int dict_min_count = 20;
  // ...with one label at least this share of the time is tagged directly.
  double dict_min_share = 0.995;
  // Ambiguity classes (the labels a form was seen with, a feature of the
  // word and its neighbours) for lowercased forms seen this often...
  int class_min_count = 3;
  // ...counting only labels with at least this share of the form's uses.
  double class_min_share = 0.01;
  // Pruning and quantisation of the final weights.
  PerceptronPruneOptions prune;
};

using TrainLog = std::function<void(std::string_view)>;

class Tagger {
 public:
  // Trains on gold `train` (upos and xpos set), early-stopping on `dev`
  // (may be empty: then all epochs run). `log` gets one line per epoch.
  static std::unique_ptr<Tagger> Train(
      const std::vector<std::vector<Token>>& train,
      const std::vector<std::vector<Token>>& dev, const TaggerOptions& options,
      const TrainLog& log);

  static StatusOr<std::unique_ptr<Tagger>> Deserialize(std::string_view bytes);
  void Serialize(std::string* out) const;

  // Sets upos and xpos of every word from its text.
  void Tag(std::vector<Token>* words) const;

  // Share of words of `gold` whose UPOS (and XPOS) the tagger gets right.
  struct Accuracy {
    double upos = 0;
    double xpos = 0;
  };
  Accuracy Evaluate(const std::vector<std::vector<Token>>& gold) const;

  size_t num_labels() const { return labels_.size(); }
  const Perceptron& model() const { return model_; }

 private:
  friend class TaggerTrainer;
  struct Label {
    std::string upos;
    std::string xpos;
  };
  // Label indices of `words`, greedy left to right.
  void Predict(const std::vector<Token>& words, std::vector<int>* tags) const;

  std::vector<Label> labels_;
  std::unordered_map<std::string, int> dict_;          // form → label
  std::unordered_map<std::string, uint64_t> classes_;  // lowercased form →
                                                       // ambiguity class
  Perceptron model_;
};

}  // namespace dyad

#endif  // DYAD_ANALYZE_TAGGER_H_
