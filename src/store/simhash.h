// Near-duplicate detection for the store: word shingles of an article text,
// their 64-bit SimHash (Charikar) and the exact Jaccard similarity of two
// shingle sets, plus the FNV-1a content hash of raw bytes.
//
// Thread safety: pure functions.
//
// Usage:
//   std::vector<uint64_t> a = Shingles(text_a, 3), b = Shingles(text_b, 3);
//   if (HammingDistance(SimHash(a), SimHash(b)) <= 12 &&
//       Jaccard(a, b) >= 0.6) { /* near-duplicates */ }
#ifndef DYAD_STORE_SIMHASH_H_
#define DYAD_STORE_SIMHASH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::store {

// FNV-1a 64 of `bytes`.
uint64_t Fnv1a64(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325u);
// 16 lower-case hex digits.
std::string HexHash(uint64_t h);

// Lower-cased words: runs of letters and digits (ASCII folded; other bytes of
// multi-byte UTF-8 letters kept as part of words).
std::vector<std::string> Words(std::string_view text);

// Hashes of every run of `n` consecutive words, sorted and deduplicated.
// Fewer than n words give one shingle of all of them (none for no words).
std::vector<uint64_t> Shingles(const std::vector<std::string>& words, int n);

// Bit i is set when most shingle hashes have bit i set.
uint64_t SimHash(const std::vector<uint64_t>& shingles);

int HammingDistance(uint64_t a, uint64_t b);

// |a ∩ b| / |a ∪ b| of two sorted, deduplicated sets; 0 when both are empty.
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace dyad::store

#endif  // DYAD_STORE_SIMHASH_H_
