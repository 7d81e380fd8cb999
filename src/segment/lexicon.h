// Lexicon: the word lists the tokenizer and sentence splitter consult.
//
// Abbreviations, hyphen prefixes, sentence-starter words and emoticons are
// hand-authored in data/segment/*.inc (format in doc/segmentation.md) and
// compiled into the library; Default() builds the lookup tables once.
//
// Thread safety: immutable after construction; Default() is safe to call from
// any thread.
//
// Usage:
//   const dyad::segment::Lexicon& lex = dyad::segment::Lexicon::Default();
//   if (lex.Abbreviation("Mr") == dyad::segment::AbbrevKind::kTitle) ...
//   size_t n = lex.EmoticonAt(text, i, end);  // 0 when none starts at i
#ifndef DYAD_SEGMENT_LEXICON_H_
#define DYAD_SEGMENT_LEXICON_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad::segment {

enum class AbbrevKind : uint8_t {
  kNone,
  kTitle,     // precedes a name; never ends a sentence ("Mr.")
  kNumbered,  // an abbreviation only before a number ("No. 5")
  kGeneral,   // may end a sentence ("Inc.", "etc.")
};

class Lexicon {
 public:
  // The lexicon compiled from data/segment/*.inc.
  static const Lexicon& Default();

  // Kind of `word` (without its final period). Matches the listed spelling,
  // and for capitalised entries also the all-caps spelling ("INC").
  AbbrevKind Abbreviation(std::string_view word) const;

  // True when `word` (any case) is a prefix kept joined by a hyphen.
  bool IsHyphenPrefix(std::string_view word) const;

  // True when `word` is a capitalised word that often starts a sentence.
  bool IsStarter(std::string_view word) const;

  // True when `word` closes a letter before the signature ("Regards").
  bool IsSignOff(std::string_view word) const;

  // True when `word` labels a photo or source credit ("Image", "Photo").
  bool IsCreditLabel(std::string_view word) const;

  // Byte length of the longest emoticon starting at text[i] and ending at or
  // before `end`, or 0.
  size_t EmoticonAt(std::string_view text, size_t i, size_t end) const;

 private:
  Lexicon();
  void AddWord(int kind, std::string_view text);

  std::unordered_map<std::string_view, AbbrevKind> abbreviations_;
  // A one-hash Bloom filter over the case-folded entries: most words that
  // meet a period are rejected without hashing them into the map.
  std::array<uint64_t, 64> abbreviation_filter_{};
  std::unordered_set<std::string_view> hyphen_prefixes_;
  std::unordered_set<std::string_view> starters_;
  std::unordered_set<std::string_view> sign_offs_;
  std::unordered_set<std::string_view> credit_labels_;
  // Emoticons by first byte (all start with ASCII punctuation).
  std::array<std::vector<std::string_view>, 128> emoticons_;
};

}  // namespace dyad::segment

#endif  // DYAD_SEGMENT_LEXICON_H_
