#include "analyze/parser_vocab.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

namespace dyad {
namespace {

constexpr int kMaxShape = 10;
constexpr uint64_t kShapeSalt = 0x5348415045ULL;
constexpr uint64_t kClassSalt = 0x434c415353ULL;

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

// The class atom of the tags with their counts, out of `total`.
uint64_t ClassOf(const std::map<std::string, int>& tags, int total,
                 double min_share) {
  uint64_t h = kClassSalt;
  for (const auto& [tag, count] : tags)  // sorted: order-independent
    if (count >= min_share * total) h = HashCombine(h, HashBytes(tag));
  return h;
}

}  // namespace

uint64_t LowerHash(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = (h ^ c) * 0x100000001b3ULL;
  }
  return HashMix(h);
}

uint64_t ShapeHash(std::string_view text) {
  char shape[kMaxShape];
  int len = 0, run = 0;
  for (unsigned char c : text) {
    const char k = ShapeClass(c);
    run = (len > 0 && shape[len - 1] == k) ? run + 1 : 1;
    if (run > 2) continue;
    if (len == kMaxShape) break;
    shape[len++] = k;
  }
  return HashCombine(kShapeSalt, HashBytes(std::string_view(shape, len)));
}

ParserVocabulary::ParserVocabulary(std::vector<Entry> entries)
    : entries_(std::move(entries)) {
  auto by_word = [](const Entry& a, const Entry& b) { return a.word < b.word; };
  std::sort(entries_.begin(), entries_.end(), by_word);
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const Entry& a, const Entry& b) {
                               return a.word == b.word;
                             }),
                 entries_.end());
}

ParserVocabulary ParserVocabulary::Build(
    const std::vector<std::vector<Token>>& sentences, int min_count,
    double min_tag_share) {
  struct Stats {
    int count = 0;
    std::map<std::string, int> tags;
  };
  std::unordered_map<uint64_t, Stats> stats;
  for (const auto& s : sentences) {
    for (const Token& t : s) {
      Stats& st = stats[LowerHash(t.text)];
      ++st.count;
      ++st.tags[t.xpos.empty() ? t.upos : t.xpos];
    }
  }
  std::vector<Entry> entries;
  for (const auto& [word, st] : stats)
    if (st.count >= min_count)
      entries.push_back({word, ClassOf(st.tags, st.count, min_tag_share)});
  return ParserVocabulary(std::move(entries));
}

void ParserVocabulary::Lookup(std::string_view text, uint64_t* word,
                              uint64_t* tag_class) const {
  const uint64_t h = LowerHash(text);
  auto it = std::lower_bound(
      entries_.begin(), entries_.end(), h,
      [](const Entry& e, uint64_t key) { return e.word < key; });
  if (it != entries_.end() && it->word == h) {
    *word = h;
    *tag_class = it->tag_class;
    return;
  }
  *word = ShapeHash(text);
  *tag_class = HashCombine(kClassSalt, *word);
}

void ParserVocabulary::Serialize(ByteWriter* w) const {
  w->Varint(entries_.size());
  for (const Entry& e : entries_) {
    w->U64(e.word);
    w->U64(e.tag_class);
  }
}

bool ParserVocabulary::Deserialize(ByteReader* r, ParserVocabulary* vocab) {
  uint64_t n;
  if (!r->Varint(&n) || n > r->remaining() / 16) return false;
  std::vector<Entry> entries(n);
  for (Entry& e : entries)
    if (!r->U64(&e.word) || !r->U64(&e.tag_class)) return false;
  *vocab = ParserVocabulary(std::move(entries));
  return vocab->size() == n;
}

}  // namespace dyad
