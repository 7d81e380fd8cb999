#include "analyze/tagger_features.h"

#include <cctype>

#include "analyze/lemmatizer.h"  // Utf8Lower
#include "analyze/perceptron.h"  // hashing

namespace dyad {
namespace {

// Feature template ids (stable: they are part of the trained model).
enum Template : uint64_t {
  kBias = 1,
  kForm,
  kLower,
  kShape,
  kPrefix,  // + length
  kSuffix = kPrefix + 4,
  kFlags = kSuffix + 4,
  kPrevWord,
  kPrev2Word,
  kNextWord,
  kNext2Word,
  kPrevSuffix,
  kNextSuffix,
  kNextShape,
  kPrevShape,
  kPrevTag,
  kPrev2Tag,
  kPrevTwoTags,
  kPrevTagWord,
  kPrevWordWord,
  kWordNextWord,
  kNextTag,
  kNext2Tag,
  kNextTwoTags,
  kPrevNextTag,
  kNextTagWord,
  kFirstWord,
  kAmbiguity,
  kPrevAmbiguity,
  kNextAmbiguity,
  kNext2Ambiguity,
  kAmbiguityNext,
  kPrevTagNextAmbiguity,
  kCapContext,
  kTitleSentence,
  kTitleSentenceAmbiguity,
};

bool IsContinuation(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

uint32_t Flags(std::string_view s) {
  uint32_t f = TaggerContext::kPunctOnly;
  bool upper = false;
  for (unsigned char c : s) {
    if (c == '-') f |= TaggerContext::kHyphen;
    if (std::isdigit(c)) f |= TaggerContext::kDigit;
    if (std::islower(c)) f |= TaggerContext::kHasLower;
    if (std::isupper(c)) upper = true;
    if (std::isalnum(c) || c >= 0x80) f &= ~TaggerContext::kPunctOnly;
  }
  if (!s.empty() && std::isupper(static_cast<unsigned char>(s[0]))) {
    f |= TaggerContext::kUpperInitial;
  }
  if (upper && !(f & TaggerContext::kHasLower)) f |= TaggerContext::kAllUpper;
  return f;
}

void FillAffixes(std::string_view lower, TaggerContext::Word* w) {
  size_t end = 0, n = 0;  // prefixes: up to 4 characters
  while (n < 4 && end < lower.size()) {
    ++end;
    while (end < lower.size() && IsContinuation(lower[end])) ++end;
    w->prefix[n++] = HashBytes(lower.substr(0, end));
  }
  size_t begin = lower.size();
  n = 0;
  while (n < 4 && begin > 0) {
    --begin;
    while (begin > 0 && IsContinuation(lower[begin])) --begin;
    w->suffix[n++] = HashBytes(lower.substr(begin));
  }
}

TaggerContext::Word Padding(std::string_view name) {
  TaggerContext::Word w;
  w.form = w.lower = w.shape = w.ambiguity = HashBytes(name);
  for (int k = 0; k < 4; ++k) w.prefix[k] = w.suffix[k] = w.form;
  return w;
}

inline uint64_t F(uint64_t t, uint64_t a) {
  return HashCombine(FeatureSeed(t), a);
}
inline uint64_t F(uint64_t t, uint64_t a, uint64_t b) {
  return HashCombine(HashCombine(FeatureSeed(t), a), b);
}

}  // namespace

std::string WordShape(std::string_view s) {
  std::string shape;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < s.size() && shape.size() < 12; ++i) {
    if (IsContinuation(s[i])) continue;
    char c = ShapeClass(static_cast<unsigned char>(s[i]));
    run = c == last ? run + 1 : 1;
    last = c;
    if (run <= 2) shape.push_back(c);
  }
  return shape;
}

TaggerContext::TaggerContext(const std::vector<Token>& words,
                             const ClassMap* classes)
    : begin_(Padding("<s>")), end_(Padding("</s>")) {
  words_.resize(words.size());
  lowered_.reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& form = words[i].text;
    lowered_.push_back(Utf8Lower(form));
    Word& w = words_[i];
    w.form = HashBytes(form);
    w.lower = HashBytes(lowered_.back());
    w.shape = HashBytes(WordShape(form));
    w.flags = Flags(form);
    FillAffixes(lowered_.back(), &w);
    if (classes == nullptr) continue;
    auto it = classes->find(lowered_.back());
    if (it != classes->end()) w.ambiguity = it->second;
  }
  size_t capitalized = 0, alpha = 0;
  for (const Word& w : words_) {
    alpha += (w.flags & (kUpperInitial | kHasLower)) != 0;
    capitalized += (w.flags & kUpperInitial) != 0;
  }
  title_case_ = alpha >= 3 && capitalized * 2 > alpha;
}

const TaggerContext::Word& TaggerContext::at(int i) const {
  if (i < 0) return begin_;
  if (i >= size()) return end_;
  return words_[i];
}

void TaggerFeatures(const TaggerContext& ctx, int i,
                    const std::vector<int>& tags, const std::vector<int>* right,
                    std::vector<uint64_t>* features,
                    const Perceptron* prefetch) {
  features->clear();
  // Prefetching each feature's weights as it is made overlaps the lookups'
  // memory latency with the hashing of the others (Perceptron::Prefetch).
  auto add = [&](uint64_t f) {
    if (prefetch != nullptr) prefetch->Prefetch(f);
    features->push_back(f);
  };
  const auto& w = ctx.at(i);
  auto tag = [&](int j) -> uint64_t { return j < 0 ? 1000 : tags[j] + 1; };
  auto rtag = [&](int j) -> uint64_t {
    return j >= ctx.size() ? 1000 : (*right)[j] + 1;
  };
  add(F(kBias, 0));
  add(F(kForm, w.form));
  add(F(kLower, w.lower));
  add(F(kShape, w.shape));
  for (int k = 0; k < 4; ++k) {
    if (w.prefix[k]) add(F(kPrefix + k, w.prefix[k]));
    if (w.suffix[k]) add(F(kSuffix + k, w.suffix[k]));
  }
  add(F(kFlags, w.flags));
  add(F(kPrevWord, ctx.at(i - 1).lower));
  add(F(kPrev2Word, ctx.at(i - 2).lower));
  add(F(kNextWord, ctx.at(i + 1).lower));
  add(F(kNext2Word, ctx.at(i + 2).lower));
  add(F(kPrevSuffix, ctx.at(i - 1).suffix[2]));
  add(F(kNextSuffix, ctx.at(i + 1).suffix[2]));
  add(F(kPrevShape, ctx.at(i - 1).shape));
  add(F(kNextShape, ctx.at(i + 1).shape));
  add(F(kPrevTag, tag(i - 1)));
  add(F(kPrev2Tag, tag(i - 2)));
  add(F(kPrevTwoTags, tag(i - 1), tag(i - 2)));
  add(F(kPrevTagWord, tag(i - 1), w.lower));
  add(F(kPrevWordWord, ctx.at(i - 1).lower, w.lower));
  add(F(kWordNextWord, w.lower, ctx.at(i + 1).lower));
  if (i == 0) add(F(kFirstWord, w.form));
  const uint64_t next_amb = ctx.at(i + 1).ambiguity;
  add(F(kAmbiguity, w.ambiguity));
  add(F(kPrevAmbiguity, ctx.at(i - 1).ambiguity));
  add(F(kNextAmbiguity, next_amb));
  add(F(kNext2Ambiguity, ctx.at(i + 2).ambiguity));
  add(F(kAmbiguityNext, w.ambiguity, next_amb));
  add(F(kPrevTagNextAmbiguity, tag(i - 1), next_amb));
  constexpr uint32_t kCase =
      TaggerContext::kUpperInitial | TaggerContext::kAllUpper;
  add(F(kCapContext,
        (ctx.at(i - 1).flags & kCase) * 16 + (ctx.at(i + 1).flags & kCase),
        (w.flags & kCase) + (i == 0 ? 64 : 0)));
  const uint64_t title = ctx.title_case() ? 1 : 2;
  add(F(kTitleSentence, title, w.flags));
  add(F(kTitleSentenceAmbiguity, title, w.ambiguity));
  if (right == nullptr) return;
  add(F(kNextTag, rtag(i + 1)));
  add(F(kNext2Tag, rtag(i + 2)));
  add(F(kNextTwoTags, rtag(i + 1), rtag(i + 2)));
  add(F(kPrevNextTag, tag(i - 1), rtag(i + 1)));
  add(F(kNextTagWord, rtag(i + 1), w.lower));
}

}  // namespace dyad
