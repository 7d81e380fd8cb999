#include "segment/lexicon.h"

#include <algorithm>
#include <cstring>

#include "segment/char_class.h"

namespace dyad::segment {
namespace {

struct AbbrevEntry {
  std::string_view text;
  AbbrevKind kind;
};

#define DYAD_TITLE(s) AbbrevEntry{s, AbbrevKind::kTitle},
#define DYAD_NUMBERED(s) AbbrevEntry{s, AbbrevKind::kNumbered},
#define DYAD_GENERAL(s) AbbrevEntry{s, AbbrevKind::kGeneral},
constexpr AbbrevEntry kAbbreviations[] = {
#include "../../data/segment/abbreviations.inc"
};
#undef DYAD_TITLE
#undef DYAD_NUMBERED
#undef DYAD_GENERAL

enum class WordKind {
  kHyphenPrefix,
  kStarter,
  kEmoticon,
  kSignOff,
  kCreditLabel
};

struct WordEntry {
  WordKind kind;
  std::string_view text;
};

#define DYAD_HYPHEN_PREFIX(s) WordEntry{WordKind::kHyphenPrefix, s},
#define DYAD_STARTER(s) WordEntry{WordKind::kStarter, s},
#define DYAD_EMOTICON(s) WordEntry{WordKind::kEmoticon, s},
#define DYAD_SIGN_OFF(s) WordEntry{WordKind::kSignOff, s},
#define DYAD_CREDIT_LABEL(s) WordEntry{WordKind::kCreditLabel, s},
constexpr WordEntry kWords[] = {
#include "../../data/segment/wordlists.inc"
};
#undef DYAD_HYPHEN_PREFIX
#undef DYAD_STARTER
#undef DYAD_EMOTICON
#undef DYAD_SIGN_OFF
#undef DYAD_CREDIT_LABEL

// Longest word the case-converting lookups consider.
constexpr size_t kMaxLookup = 16;

bool AllUpper(std::string_view w) {
  return std::all_of(w.begin(), w.end(),
                     [](char c) { return IsAsciiUpper(c); });
}

// The bit of `word` in a 4096-bit filter: a hash of its length and of its
// first eight bytes with bit 0x20 set in each, so that "Inc", "INC" and
// "inc" share a bit.
size_t FilterBit(std::string_view word) {
  uint64_t key = 0;
  std::memcpy(&key, word.data(), std::min<size_t>(word.size(), 8));
  key = (key | 0x2020202020202020ull) ^ word.size();
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 52);
}

}  // namespace

Lexicon::Lexicon() {
  for (const AbbrevEntry& e : kAbbreviations) {
    abbreviations_.emplace(e.text, e.kind);
    size_t bit = FilterBit(e.text);
    abbreviation_filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  for (const WordEntry& w : kWords) AddWord(static_cast<int>(w.kind), w.text);
}

void Lexicon::AddWord(int kind, std::string_view text) {
  switch (static_cast<WordKind>(kind)) {
    case WordKind::kHyphenPrefix:
      hyphen_prefixes_.insert(text);
      break;
    case WordKind::kStarter:
      starters_.insert(text);
      break;
    case WordKind::kSignOff:
      sign_offs_.insert(text);
      break;
    case WordKind::kCreditLabel:
      credit_labels_.insert(text);
      break;
    case WordKind::kEmoticon:
      emoticons_[static_cast<unsigned char>(text[0]) & 0x7F].push_back(text);
      break;
  }
}

const Lexicon& Lexicon::Default() {
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

AbbrevKind Lexicon::Abbreviation(std::string_view word) const {
  size_t bit = FilterBit(word);
  if ((abbreviation_filter_[bit / 64] >> (bit % 64) & 1) == 0) {
    return AbbrevKind::kNone;
  }
  auto it = abbreviations_.find(word);
  if (it != abbreviations_.end()) return it->second;
  if (word.size() < 2 || word.size() > kMaxLookup || !AllUpper(word)) {
    return AbbrevKind::kNone;
  }
  char buf[kMaxLookup];  // "INC" -> "Inc"
  buf[0] = word[0];
  for (size_t i = 1; i < word.size(); ++i) buf[i] = AsciiLower(word[i]);
  it = abbreviations_.find(std::string_view(buf, word.size()));
  return it == abbreviations_.end() ? AbbrevKind::kNone : it->second;
}

bool Lexicon::IsHyphenPrefix(std::string_view word) const {
  if (word.empty() || word.size() > kMaxLookup) return false;
  char buf[kMaxLookup];
  for (size_t i = 0; i < word.size(); ++i) buf[i] = AsciiLower(word[i]);
  return hyphen_prefixes_.count(std::string_view(buf, word.size())) > 0;
}

bool Lexicon::IsStarter(std::string_view word) const {
  return starters_.count(word) > 0;
}

bool Lexicon::IsSignOff(std::string_view word) const {
  return sign_offs_.count(word) > 0;
}

bool Lexicon::IsCreditLabel(std::string_view word) const {
  return credit_labels_.count(word) > 0;
}

size_t Lexicon::EmoticonAt(std::string_view text, size_t i, size_t end) const {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= 0x80) return 0;
  size_t best = 0;
  for (std::string_view e : emoticons_[c]) {
    if (e.size() > best && i + e.size() <= end &&
        text.compare(i, e.size(), e) == 0) {
      best = e.size();
    }
  }
  return best;
}

}  // namespace dyad::segment
