#include "store/simhash.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>

namespace dyad::store {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || c >= 0x80;
}

char Lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                                : static_cast<char>(c);
}

}  // namespace

uint64_t Fnv1a64(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3u;
  }
  return h;
}

std::string HexHash(uint64_t h) { return fmt::format("{:016x}", h); }

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (unsigned char c : text) {
    if (IsWordByte(c)) {
      cur.push_back(Lower(c));
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

std::vector<uint64_t> Shingles(const std::vector<std::string>& words, int n) {
  std::vector<uint64_t> out;
  if (words.empty()) return out;
  const size_t k = std::min<size_t>(std::max(n, 1), words.size());
  for (size_t i = 0; i + k <= words.size(); ++i) {
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t j = i; j < i + k; ++j) h = Fnv1a64(words[j], h ^ 0x20);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

uint64_t SimHash(const std::vector<uint64_t>& shingles) {
  std::array<int, 64> votes{};
  for (uint64_t h : shingles) {
    for (int b = 0; b < 64; ++b) votes[b] += ((h >> b) & 1) ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (votes[b] > 0) out |= uint64_t{1} << b;
  }
  return out;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++both, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  const size_t all = a.size() + b.size() - both;
  return all == 0 ? 0.0 : static_cast<double>(both) / all;
}

}  // namespace dyad::store
