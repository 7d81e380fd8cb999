#include "code/sequence_match.h"

#include <cctype>
#include <string>
#include <vector>

namespace dyad {
namespace {

using Kind = SequenceItem::Kind;

// Bounds the backtracking of one pattern against one sentence.
constexpr int kMaxSteps = 20000;

// The sentence as the dictionaries spell it: lowercase, straight quotes.
std::vector<std::string> Words(const ParseView& v) {
  std::vector<std::string> out(v.size());
  for (int i = 0; i < v.size(); ++i) {
    const std::string& t = v.token(i).text;
    std::string& w = out[i];
    for (size_t k = 0; k < t.size(); ++k) {
      if (t.compare(k, 3, "\xE2\x80\x99") == 0) {  // ’
        w += '\'';
        k += 2;
      } else {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(t[k])));
      }
    }
  }
  return out;
}

bool WordMatches(const std::string& pattern, const std::string& word) {
  if (!pattern.empty() && pattern.back() == '*') {
    return word.compare(0, pattern.size() - 1, pattern, 0,
                        pattern.size() - 1) == 0 &&
           word.size() >= pattern.size() - 1;
  }
  return pattern == word;
}

// The first actor starting at token `pos` or later (exactly at `pos` if
// joined), or -1.
int FirstActorFrom(const ParseView& v, int pos, bool joined) {
  const auto& actors = v.sentence().actors;
  int best = -1;
  for (size_t a = 0; a < actors.size(); ++a) {
    const int first = static_cast<int>(actors[a].first);
    if (first < pos || (joined && first != pos) || actors[a].code.empty()) {
      continue;
    }
    if (best < 0 || first < static_cast<int>(actors[best].first)) {
      best = static_cast<int>(a);
    }
  }
  return best;
}

class Matcher {
 public:
  Matcher(const ParseView& v, int verb, const WordSequence& seq)
      : v_(v), verb_(verb), seq_(seq), words_(Words(v)) {}

  bool Run() { return Before(static_cast<int>(seq_.before.size()), verb_); }

  std::vector<int> target, source, consumed;
  bool negation = false;
  int matched = 0;  // words and actors

 private:
  // Items before the verb, right to left: items [0, k) must end before
  // token `end`.
  bool Before(int k, int end) {
    if (k == 0) return After(0, verb_ + 1);
    const SequenceItem& item = seq_.before[k - 1];
    const bool joined = k == static_cast<int>(seq_.before.size())
                            ? seq_.verb_joined
                            : seq_.before[k].joined;
    if (item.kind != Kind::kWords) {
      const int a = ActorBefore(end);
      if (a < 0) return false;
      Keep(item.kind, a);
      if (Before(k - 1, v_.sentence().actors[a].first)) return true;
      Drop(item.kind);
      return false;
    }
    for (int stop = end; stop >= 0; --stop) {
      if (++steps_ > kMaxSteps) return false;
      for (const auto& phrase : item.phrases) {
        const int start = stop - static_cast<int>(phrase.size());
        if (start < 0 || !PhraseAt(phrase, start)) continue;
        const bool neg = Negation(start, stop);
        if (Before(k - 1, start)) {
          negation = negation || neg;
          matched += static_cast<int>(phrase.size());
          return true;
        }
      }
      if (joined) break;
    }
    return false;
  }

  // Items after the verb, left to right from token `pos`.
  bool After(size_t k, int pos) {
    if (k == seq_.after.size()) return true;
    const SequenceItem& item = seq_.after[k];
    if (item.kind != Kind::kWords) {
      const int a = ActorFrom(pos, item.joined);
      if (a < 0) return false;
      Keep(item.kind, a);
      if (After(k + 1, v_.sentence().actors[a].last + 1)) return true;
      Drop(item.kind);
      return false;
    }
    for (int start = pos; start < v_.size(); ++start) {
      if (++steps_ > kMaxSteps) return false;
      for (const auto& phrase : item.phrases) {
        if (!PhraseAt(phrase, start)) continue;
        const int stop = start + static_cast<int>(phrase.size());
        if (After(k + 1, stop)) {
          for (int i = start; i < stop; ++i) consumed.push_back(i);
          matched += static_cast<int>(phrase.size());
          return true;
        }
      }
      if (item.joined) break;
    }
    return false;
  }

  bool PhraseAt(const std::vector<std::string>& phrase, int start) const {
    if (start + static_cast<int>(phrase.size()) > v_.size()) return false;
    for (size_t i = 0; i < phrase.size(); ++i) {
      if (!WordMatches(phrase[i], words_[start + i])) return false;
    }
    return true;
  }

  bool Negation(int start, int stop) const {
    for (int i = start; i < stop; ++i) {
      const std::string& w = words_[i];
      if (w == "not" || w == "n't" || w == "never" || w == "no") return true;
    }
    return false;
  }

  int ActorFrom(int pos, bool joined) const {
    return FirstActorFrom(v_, pos, joined);
  }

  // The nearest actor ending before token `end`, or -1.
  int ActorBefore(int end) const {
    const auto& actors = v_.sentence().actors;
    int best = -1;
    for (size_t a = 0; a < actors.size(); ++a) {
      const int last = static_cast<int>(actors[a].last);
      if (last >= end || actors[a].code.empty()) continue;
      if (best < 0 || last > static_cast<int>(actors[best].last)) {
        best = static_cast<int>(a);
      }
    }
    return best;
  }

  void Keep(Kind kind, int actor) {
    (kind == Kind::kTarget ? target : source) = {actor};
    ++matched;
  }
  void Drop(Kind kind) {
    (kind == Kind::kTarget ? target : source).clear();
    --matched;
  }

  const ParseView& v_;
  const int verb_;
  const WordSequence& seq_;
  const std::vector<std::string> words_;
  int steps_ = 0;
};

bool HasTarget(const WordSequence& seq) {
  for (const auto* part : {&seq.before, &seq.after}) {
    for (const SequenceItem& i : *part) {
      if (i.kind == Kind::kTarget) return true;
    }
  }
  return false;
}

}  // namespace

int MatchSequence(const ParseView& v, int verb, const WordSequence& seq,
                  PatternMatch* m) {
  Matcher matcher(v, verb, seq);
  if (!matcher.Run()) return -1;
  m->targets = matcher.target;
  // Without "+", the first actor after the verb.
  if (!HasTarget(seq) && m->targets.empty()) {
    const int first = FirstActorFrom(v, verb + 1, /*joined=*/false);
    if (first >= 0) m->targets = {first};
  }
  m->sources = matcher.source;
  m->consumed = matcher.consumed;
  m->absorbs_negation = matcher.negation;
  return 15 + 10 * matcher.matched;
}

}  // namespace dyad
