// TokenTable: the vocabulary of the actor matcher (internal to src/resolve).
//
// Maps normalised words (normalize.h) to dense ids with an open-addressing
// hash table. Find() takes a raw token and normalises it on the fly: ASCII
// tokens are lower-cased into a stack buffer while hashing, so the common
// case neither allocates nor calls utf8proc.
//
// Thread safety: Find() is const and safe from many threads; Intern() is
// for the single-threaded builder.
//
// Usage:
//   TokenTable t;
//   int32_t id = t.Intern("kremlin");
//   assert(t.Find("Kremlin") == id && t.Find("unknown") == TokenTable::kNone);
#ifndef DYAD_RESOLVE_TOKEN_TABLE_H_
#define DYAD_RESOLVE_TOKEN_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class TokenTable {
 public:
  static constexpr int32_t kNone = -1;

  // The id of `normalized`, adding it when new.
  int32_t Intern(std::string_view normalized);
  // The id of the normalised form of the raw token `text`, or kNone.
  int32_t Find(std::string_view text) const;
  // The id of an already normalised word, or kNone.
  int32_t FindNormalized(std::string_view normalized) const;

  size_t size() const { return offsets_.size(); }
  void Reserve(size_t words);

 private:
  // Words shorter than 8 bytes are compared by `prefix` alone, without
  // touching the arena.
  struct Slot {
    uint64_t prefix = 0;  // first 8 bytes of the word, zero-padded
    uint32_t check = 0;   // high half of the hash
    int32_t id = kNone;   // kNone: empty slot
  };
  int32_t Lookup(std::string_view key, uint64_t hash) const;
  std::string_view Word(int32_t id) const;
  void Grow();
  void Place(uint64_t hash, int32_t id);
  static uint64_t Prefix(std::string_view word);

  std::vector<Slot> slots_;
  std::vector<uint64_t> hashes_;   // per id, for rehashing
  std::vector<uint32_t> offsets_;  // per id, into arena_
  std::string arena_;              // the words, back to back
};

// The hash TokenTable uses for a normalised word.
uint64_t HashWord(std::string_view normalized);

}  // namespace dyad

#endif  // DYAD_RESOLVE_TOKEN_TABLE_H_
