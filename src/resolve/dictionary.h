// The compiled actor dictionary and its builder (internal to src/resolve).
//
// Entries (countries, organisations, agents, people) are stored once; their
// names are tokenized with dyad's own tokenizer, normalised (normalize.h) and
// inserted into a token trie, so matching a sentence is one vocabulary lookup
// per token plus a trie walk.
//
// Thread safety: a Dictionary is immutable after DictionaryBuilder::Build();
// the builder is single-threaded.
//
// Usage:
//   DictionaryBuilder b(*segmenter);
//   b.AddName("Wang Yi", b.AddEntry(entry));
//   std::unique_ptr<Dictionary> dict = b.Build();
#ifndef DYAD_RESOLVE_DICTIONARY_H_
#define DYAD_RESOLVE_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/actor.h"
#include "dyad/segmenter.h"
#include "dyad/sentence.h"

namespace dyad {

// A code valid over a closed range of dates written as yyyymmdd integers.
struct DatedCode {
  std::string code;
  int32_t start = 0;
  int32_t end = 99991231;
  std::string office;  // for people: the title held
};

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string name;              // canonical name
  std::vector<DatedCode> codes;  // undated entries have one code
  bool plural = false;           // "troops", "rebels"
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" to yyyymmdd. Missing parts are
// the first of the period, or its last day when `end` is set.
bool ParseDictDate(std::string_view s, bool end, int32_t* out);

// The code of `entry` on `date` (yyyymmdd; 0 = the most recent role). For a
// person outside every role returns the country of the nearest role.
std::string CodeForDate(const ActorEntry& entry, int32_t date);

// Hash for heterogeneous lookup of std::string keys by string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>()(s);
  }
};

// One dictionary match in a token sequence: tokens [first, last].
struct DictMatch {
  uint32_t first = 0;
  uint32_t last = 0;
  uint32_t entry = 0;
};

class Dictionary {
 public:
  const std::vector<ActorEntry>& entries() const { return entries_; }
  const ActorDictionaryStats& stats() const { return stats_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Longest, leftmost non-overlapping matches over `tokens`.
  std::vector<DictMatch> Match(const std::vector<Token>& tokens) const;
  // The entry for a normalised single token, or -1.
  int32_t FindSingle(std::string_view normalized) const;

 private:
  friend class DictionaryBuilder;
  static constexpr int32_t kNone = -1;
  int32_t TokenId(std::string_view normalized) const;
  int32_t Child(int32_t node, int32_t token) const;
  // The longest match starting at tokens[i]; false when none.
  bool LongestAt(const std::vector<Token>& tokens,
                 const std::vector<int32_t>& ids, size_t i,
                 DictMatch* m) const;

  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> vocab_;
  std::unordered_map<uint64_t, int32_t> edges_;  // node << 32 | token
  std::vector<int32_t> node_entry_;              // entry ending at node
  // Names like "US", "WHO", "IS" match only when printed in capitals.
  std::vector<bool> node_caps_;
  ActorDictionaryStats stats_;
  std::vector<std::string> warnings_;
};

class DictionaryBuilder {
 public:
  explicit DictionaryBuilder(const Segmenter& segmenter);

  uint32_t AddEntry(ActorEntry entry);
  // The entry of `kind` with canonical `name` added earlier, or -1.
  int32_t FindEntry(ActorKind kind, std::string_view name) const;
  // Makes `surface` a name of entry `id`. A later name identical to an
  // earlier one takes it over (user dictionaries override built-in ones).
  void AddName(std::string_view surface, uint32_t id);
  // For agents: also adds the regular plural of the last word.
  void AddNameWithPlural(std::string_view surface, uint32_t id);
  void Warn(std::string warning);
  ActorDictionaryStats& stats() { return dict_->stats_; }
  const std::vector<ActorEntry>& entries() const { return dict_->entries_; }
  ActorEntry& entry(uint32_t id) { return dict_->entries_[id]; }

  std::unique_ptr<Dictionary> Build() { return std::move(dict_); }

 private:
  int32_t InternToken(const std::string& normalized);
  void Insert(const std::vector<std::string>& words, uint32_t id, bool caps);

  const Segmenter& segmenter_;
  std::unique_ptr<Dictionary> dict_;
  std::unordered_map<std::string, uint32_t> by_name_;  // kind + name
};

// English plural of a noun phrase's last word ("army" → "armies").
std::string PluralOf(std::string_view word);

}  // namespace dyad

#endif  // DYAD_RESOLVE_DICTIONARY_H_
