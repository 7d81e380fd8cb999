#include "resolve/token_table.h"

#include <cstring>

#include "resolve/normalize.h"

namespace dyad {
namespace {

// Longest token lower-cased on the stack; longer ones take the slow path.
constexpr size_t kMaxFast = 64;

uint64_t Mix(uint64_t x) {
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 31;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 29);
}

// Lower-cases an ASCII token into `buf`; false when it is not ASCII or
// too long.
bool LowerAscii(std::string_view text, char* buf) {
  if (text.size() > kMaxFast) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) return false;
    buf[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return true;
}

}  // namespace

uint64_t HashWord(std::string_view w) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ w.size();
  const char* p = w.data();
  size_t n = w.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    h = Mix(h ^ chunk);
  }
  if (n > 0) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, p, n);
    h = Mix(h ^ chunk);
  }
  return h;
}

std::string_view TokenTable::Word(int32_t id) const {
  size_t begin = offsets_[id];
  size_t end = static_cast<size_t>(id) + 1 < offsets_.size() ? offsets_[id + 1]
                                                             : arena_.size();
  return std::string_view(arena_).substr(begin, end - begin);
}

uint64_t TokenTable::Prefix(std::string_view word) {
  uint64_t prefix = 0;
  std::memcpy(&prefix, word.data(), word.size() < 8 ? word.size() : 8);
  return prefix;
}

int32_t TokenTable::Lookup(std::string_view key, uint64_t hash) const {
  if (slots_.empty()) return kNone;
  const size_t mask = slots_.size() - 1;
  const auto check = static_cast<uint32_t>(hash >> 32);
  const uint64_t prefix = Prefix(key);
  const bool short_key = key.size() < 8;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kNone) return kNone;
    if (s.check == check && s.prefix == prefix &&
        (short_key || Word(s.id) == key)) {
      return s.id;
    }
  }
}

int32_t TokenTable::FindNormalized(std::string_view normalized) const {
  return Lookup(normalized, HashWord(normalized));
}

int32_t TokenTable::Find(std::string_view text) const {
  char buf[kMaxFast];
  if (LowerAscii(text, buf)) {
    std::string_view key(buf, text.size());
    return Lookup(key, HashWord(key));
  }
  return FindNormalized(NormalizeToken(text));
}

void TokenTable::Place(uint64_t hash, int32_t id) {
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].id != kNone) i = (i + 1) & mask;
  slots_[i] = {Prefix(Word(id)), static_cast<uint32_t>(hash >> 32), id};
}

void TokenTable::Grow() {
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, Slot());
  for (size_t id = 0; id < hashes_.size(); ++id) {
    Place(hashes_[id], static_cast<int32_t>(id));
  }
}

void TokenTable::Reserve(size_t words) {
  hashes_.reserve(words);
  offsets_.reserve(words);
  while (slots_.size() < 2 * words) Grow();
}

int32_t TokenTable::Intern(std::string_view normalized) {
  uint64_t hash = HashWord(normalized);
  int32_t id = Lookup(normalized, hash);
  if (id != kNone) return id;
  // Keep the load factor at or under one half.
  if (2 * (size() + 1) > slots_.size()) Grow();
  id = static_cast<int32_t>(size());
  hashes_.push_back(hash);
  offsets_.push_back(static_cast<uint32_t>(arena_.size()));
  arena_.append(normalized);
  Place(hash, id);
  return id;
}

}  // namespace dyad
