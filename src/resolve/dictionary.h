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
#include "resolve/token_table.h"

namespace dyad {

// A code valid over a closed range of dates written as yyyymmdd integers.
struct DatedCode {
  std::string code;
  int32_t start = 0;
  int32_t end = 99991231;
  std::string office = {};  // for people: the title held
};

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string name;              // canonical name
  std::vector<DatedCode> codes;  // undated entries have one code
  bool plural = false;           // "troops", "rebels"
  // An ethnic or religious group ("Kurdish" KUR): a modifier like a
  // country's adjective, but a country in the same phrase takes precedence.
  bool group = false;
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
  // The same, appended to *out (reuse *out across calls: no allocation).
  void Match(const std::vector<Token>& tokens,
             std::vector<DictMatch>* out) const;
  // The entry for a normalised single token, or -1.
  int32_t FindSingle(std::string_view normalized) const;

 private:
  friend class DictionaryBuilder;
  static constexpr int32_t kNone = -1;
  struct Edge {
    int32_t token;
    int32_t node;
  };
  // Per Match() call: is the sentence written in capitals? (-1: not known)
  struct MatchState {
    int shouting = -1;
  };
  int32_t Child(int32_t node, int32_t token) const;
  bool CaseFits(int32_t node, const std::vector<Token>& tokens, size_t j,
                MatchState* state) const;
  // The longest match starting at tokens[i]; false when none.
  bool LongestAt(const std::vector<Token>& tokens,
                 const std::vector<int32_t>& ids, size_t i, MatchState* state,
                 DictMatch* m) const;

  std::vector<ActorEntry> entries_;
  TokenTable vocab_;
  // The trie: children of the root by token id, then of every other node
  // in children_[child_begin_[n], child_begin_[n + 1]).
  std::vector<int32_t> root_child_;
  std::vector<uint32_t> child_begin_;
  std::vector<Edge> children_;
  std::vector<int32_t> node_entry_;  // entry ending at node
  // Short acronyms ("US", "WHO", "IS", "LeT") match only when printed with
  // exactly this spelling, and not in a sentence written in capitals.
  std::vector<std::string> node_case_;
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

  // Compiles the trie; the builder is spent afterwards.
  std::unique_ptr<Dictionary> Build();

 private:
  void Insert(const std::vector<std::string>& words, uint32_t id,
              const std::string& exact_case);

  const Segmenter& segmenter_;
  std::unique_ptr<Dictionary> dict_;
  std::unordered_map<std::string, uint32_t> by_name_;  // kind + name
  std::unordered_map<uint64_t, int32_t> edges_;        // node << 32 | token
};

// English plural of a noun phrase's last word ("army" → "armies").
std::string PluralOf(std::string_view word);

// The compiled matcher behind a loaded ActorDictionary (defined in
// actor_dictionary.cc); valid as long as `dictionary` lives.
const Dictionary& CompiledDictionary(const ActorDictionary& dictionary);

}  // namespace dyad

#endif  // DYAD_RESOLVE_DICTIONARY_H_
