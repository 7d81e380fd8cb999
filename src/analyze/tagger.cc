#include "analyze/tagger.h"

#include <algorithm>
#include <map>
#include <random>

#include "analyze/lemmatizer.h"  // Utf8Lower
#include "analyze/tagger_features.h"

namespace dyad {
namespace {

constexpr uint32_t kTaggerMagic = 0x31474154;  // "TAG1"

int ArgMax(const float* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

std::string LabelKey(const Token& t) { return t.upos + "\t" + t.xpos; }

}  // namespace

void Tagger::Predict(const std::vector<Token>& words,
                     std::vector<int>* tags) const {
  TaggerContext ctx(words, &classes_);
  tags->assign(words.size(), -1);
  std::vector<uint64_t> feats;
  std::vector<float> scores(labels_.size());
  for (int i = 0; i < ctx.size(); ++i) {
    auto it = dict_.find(words[i].text);
    if (it != dict_.end()) {
      (*tags)[i] = it->second;
      continue;
    }
    TaggerFeatures(ctx, i, *tags, nullptr, &feats, &model_);
    model_.Score(feats, scores.data());
    (*tags)[i] = ArgMax(scores.data(), static_cast<int>(scores.size()));
  }
}

void Tagger::Tag(std::vector<Token>* words) const {
  if (labels_.empty()) return;
  std::vector<int> tags;
  Predict(*words, &tags);
  for (size_t i = 0; i < words->size(); ++i) {
    (*words)[i].upos = labels_[tags[i]].upos;
    (*words)[i].xpos = labels_[tags[i]].xpos;
  }
}

Tagger::Accuracy Tagger::Evaluate(
    const std::vector<std::vector<Token>>& gold) const {
  size_t n = 0, upos = 0, xpos = 0;
  std::vector<int> tags;
  for (const auto& s : gold) {
    Predict(s, &tags);
    for (size_t i = 0; i < s.size(); ++i, ++n) {
      upos += labels_[tags[i]].upos == s[i].upos;
      xpos += labels_[tags[i]].xpos == s[i].xpos;
    }
  }
  if (n == 0) return {};
  return {static_cast<double>(upos) / n, static_cast<double>(xpos) / n};
}

// ---------------------------------------------------------------- training

class TaggerTrainer {
 public:
  TaggerTrainer(const TaggerOptions& options, Tagger* out)
      : options_(options), out_(out) {}

  void Prepare(const std::vector<std::vector<Token>>& train) {
    std::map<std::string, int> label_ids;
    std::map<std::string, std::map<int, int>> form_counts, lower_counts;
    for (const auto& s : train) {
      gold_.emplace_back();
      for (const Token& t : s) {
        auto [it, added] = label_ids.emplace(LabelKey(t), out_->labels_.size());
        if (added) out_->labels_.push_back({t.upos, t.xpos});
        gold_.back().push_back(it->second);
        ++form_counts[t.text][it->second];
        ++lower_counts[Utf8Lower(t.text)][it->second];
      }
    }
    for (const auto& [form, counts] : form_counts) AddToDict(form, counts);
    for (const auto& [form, counts] : lower_counts) AddClass(form, counts);
  }

  void Run(const std::vector<std::vector<Token>>& train,
           const std::vector<std::vector<Token>>& dev, const TrainLog& log) {
    PerceptronTrainer trainer(static_cast<int>(out_->labels_.size()));
    std::vector<size_t> order(train.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937 rng(options_.seed);
    double best = -1;
    Perceptron best_model;
    for (int epoch = 1, stale = 0; epoch <= options_.max_epochs; ++epoch) {
      Shuffle(&order, &rng);
      size_t correct = 0, total = 0;
      for (size_t k : order)
        correct += Learn(train[k], gold_[k], &trainer, &total);
      out_->model_ = trainer.Average(options_.prune);
      Tagger::Accuracy acc = out_->Evaluate(dev);
      Log(log, epoch, static_cast<double>(correct) / std::max<size_t>(total, 1),
          acc, trainer.num_features());
      if (dev.empty() || acc.upos > best) {
        best = acc.upos, best_model = out_->model_, stale = 0;
      } else if (++stale >= options_.patience) {
        break;
      }
    }
    out_->model_ = std::move(best_model);
  }

 private:
  void AddToDict(const std::string& form, const std::map<int, int>& counts) {
    int total = 0, best = -1, best_n = 0;
    for (const auto& [label, n] : counts) {
      total += n;
      if (n > best_n) best = label, best_n = n;
    }
    if (total >= options_.dict_min_count &&
        best_n >= options_.dict_min_share * total) {
      out_->dict_[form] = best;
    }
  }

  void AddClass(const std::string& lower, const std::map<int, int>& counts) {
    int total = 0;
    for (const auto& [label, n] : counts) total += n;
    if (total < options_.class_min_count) return;
    uint64_t h = FeatureSeed(0);
    for (const auto& [label, n] : counts) {
      if (n >= options_.class_min_share * total) h = HashCombine(h, label + 1);
    }
    out_->classes_[lower] = h;
  }

  // Fisher-Yates with our own draws, so the order is the same everywhere.
  static void Shuffle(std::vector<size_t>* v, std::mt19937* rng) {
    for (size_t i = v->size(); i > 1; --i) {
      size_t j = (*rng)() % i;
      std::swap((*v)[i - 1], (*v)[j]);
    }
  }

  // One greedy pass over a sentence with updates; returns words right.
  size_t Learn(const std::vector<Token>& words, const std::vector<int>& gold,
               PerceptronTrainer* trainer, size_t* total) {
    TaggerContext ctx(words, &out_->classes_);
    std::vector<int> tags(words.size(), -1);
    std::vector<float> scores(out_->labels_.size());
    size_t correct = 0;
    for (int i = 0; i < ctx.size(); ++i) {
      auto it = out_->dict_.find(words[i].text);
      if (it != out_->dict_.end()) {
        tags[i] = it->second;
        continue;
      }
      TaggerFeatures(ctx, i, tags, nullptr, &feats_);
      trainer->Score(feats_, scores.data());
      int guess = ArgMax(scores.data(), static_cast<int>(scores.size()));
      trainer->Update(feats_, gold[i], guess);
      trainer->Tick();
      tags[i] = guess;
      correct += guess == gold[i];
      ++*total;
    }
    return correct;
  }

  static void Log(const TrainLog& log, int epoch, double train_acc,
                  const Tagger::Accuracy& dev, size_t features) {
    if (!log) return;
    char line[160];
    std::snprintf(line, sizeof(line),
                  "tagger epoch %d: train %.4f (non-dictionary words), dev "
                  "upos %.4f xpos %.4f, %zu features",
                  epoch, train_acc, dev.upos, dev.xpos, features);
    log(line);
  }

  TaggerOptions options_;
  Tagger* out_;
  std::vector<std::vector<int>> gold_;
  std::vector<uint64_t> feats_;
};

std::unique_ptr<Tagger> Tagger::Train(
    const std::vector<std::vector<Token>>& train,
    const std::vector<std::vector<Token>>& dev, const TaggerOptions& options,
    const TrainLog& log) {
  auto tagger = std::make_unique<Tagger>();
  TaggerTrainer trainer(options, tagger.get());
  trainer.Prepare(train);
  trainer.Run(train, dev, log);
  return tagger;
}

// ----------------------------------------------------------- serialization

void Tagger::Serialize(std::string* out) const {
  ByteWriter w(out);
  w.U32(kTaggerMagic);
  w.Varint(labels_.size());
  for (const Label& l : labels_) {
    w.Bytes(l.upos);
    w.Bytes(l.xpos);
  }
  std::map<std::string, int> dict(dict_.begin(), dict_.end());
  w.Varint(dict.size());
  for (const auto& [form, label] : dict) {
    w.Bytes(form);
    w.Varint(label);
  }
  std::map<std::string, uint64_t> classes(classes_.begin(), classes_.end());
  w.Varint(classes.size());
  for (const auto& [form, cls] : classes) {
    w.Bytes(form);
    w.U64(cls);
  }
  model_.Serialize(out);
}

StatusOr<std::unique_ptr<Tagger>> Tagger::Deserialize(std::string_view bytes) {
  auto t = std::make_unique<Tagger>();
  ByteReader r(bytes);
  uint32_t magic;
  uint64_t n;
  if (!r.U32(&magic) || magic != kTaggerMagic || !r.Varint(&n) ||
      n > r.remaining() / 2 || n == 0) {
    return Status::Corruption("tagger: bad header");
  }
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view upos, xpos;
    if (!r.Bytes(&upos) || !r.Bytes(&xpos)) {
      return Status::Corruption("tagger: truncated label table");
    }
    t->labels_.push_back({std::string(upos), std::string(xpos)});
  }
  if (!r.Varint(&n) || n > r.remaining() / 2) {
    return Status::Corruption("tagger: bad dictionary");
  }
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view form;
    uint64_t label;
    if (!r.Bytes(&form) || !r.Varint(&label) || label >= t->labels_.size()) {
      return Status::Corruption("tagger: bad dictionary entry");
    }
    t->dict_[std::string(form)] = static_cast<int>(label);
  }
  if (!r.Varint(&n) || n > r.remaining() / 9) {
    return Status::Corruption("tagger: bad ambiguity classes");
  }
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view form;
    uint64_t cls;
    if (!r.Bytes(&form) || !r.U64(&cls)) {
      return Status::Corruption("tagger: bad ambiguity class entry");
    }
    t->classes_[std::string(form)] = cls;
  }
  std::string_view rest;
  r.Raw(r.remaining(), &rest);
  DYAD_RETURN_IF_ERROR(Perceptron::Deserialize(rest, &t->model_));
  if (t->model_.num_classes() != static_cast<int>(t->labels_.size())) {
    return Status::Corruption("tagger: model and label table disagree");
  }
  return t;
}

}  // namespace dyad
