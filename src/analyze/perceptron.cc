#include "analyze/perceptron.h"

#include <sys/mman.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <new>

namespace dyad {
namespace {

constexpr uint32_t kMagic = 0x31435044;  // "DPC1"

using perceptron_internal::FoldKey;
using perceptron_internal::SlotOf;

uint64_t ZigZag(int64_t v) {
  return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
}
int64_t UnZigZag(uint64_t v) {
  return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
}

}  // namespace

uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return HashMix(h);
}

// ---- ByteWriter / ByteReader ----------------------------------------------

void ByteWriter::U32(uint32_t v) {
  for (int i = 0; i < 4; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
}

void ByteWriter::U64(uint64_t v) {
  for (int i = 0; i < 8; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
}

void ByteWriter::F32(float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  U32(bits);
}

void ByteWriter::Varint(uint64_t v) {
  while (v >= 0x80) {
    U8(static_cast<uint8_t>(v | 0x80));
    v >>= 7;
  }
  U8(static_cast<uint8_t>(v));
}

void ByteWriter::Bytes(std::string_view s) {
  Varint(s.size());
  out_->append(s);
}

bool ByteReader::U8(uint8_t* v) {
  if (pos_ >= in_.size()) return false;
  *v = static_cast<uint8_t>(in_[pos_++]);
  return true;
}

bool ByteReader::U32(uint32_t* v) {
  uint64_t x;
  if (remaining() < 4) return false;
  x = 0;
  for (int i = 0; i < 4; ++i)
    x |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_ + i])) << (8 * i);
  pos_ += 4;
  *v = static_cast<uint32_t>(x);
  return true;
}

bool ByteReader::U64(uint64_t* v) {
  uint32_t lo, hi;
  if (!U32(&lo) || !U32(&hi)) return false;
  *v = (static_cast<uint64_t>(hi) << 32) | lo;
  return true;
}

bool ByteReader::F32(float* v) {
  uint32_t bits;
  if (!U32(&bits)) return false;
  std::memcpy(v, &bits, sizeof bits);
  return true;
}

bool ByteReader::Varint(uint64_t* v) {
  uint64_t x = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    uint8_t b;
    if (!U8(&b)) return false;
    x |= static_cast<uint64_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      *v = x;
      return true;
    }
  }
  return false;
}

bool ByteReader::Raw(size_t n, std::string_view* s) {
  if (remaining() < n) return false;
  *s = in_.substr(pos_, n);
  pos_ += n;
  return true;
}

bool ByteReader::Bytes(std::string_view* s) {
  uint64_t n;
  return Varint(&n) && n <= remaining() && Raw(static_cast<size_t>(n), s);
}

// ---- Large-page memory
// -------------------------------------------------------

namespace {

constexpr size_t kHugePage = size_t{2} << 20;

size_t AlignmentFor(size_t bytes) {
  return bytes >= kHugePage ? kHugePage : 64;
}

}  // namespace

void* AllocateLarge(size_t bytes) {
  const size_t align = AlignmentFor(bytes);
  if (bytes > std::numeric_limits<size_t>::max() / 4) throw std::bad_alloc();
  const size_t rounded = (bytes + align - 1) / align * align;
  void* p = ::operator new(rounded, std::align_val_t(align));
#ifdef MADV_HUGEPAGE
  // Only a hint: without transparent huge pages the memory is merely aligned.
  if (align == kHugePage) madvise(p, rounded, MADV_HUGEPAGE);
#endif
  return p;
}

void FreeLarge(void* p, size_t bytes) {
  ::operator delete(p, std::align_val_t(AlignmentFor(bytes)));
}

// ---- Perceptron -------------------------------------------------------------

namespace {

// The compact layout (Perceptron::Bucket). A key's bucket is its top
// bucket_bits bits; an entry's 32-bit meta word holds, from bit 0:
//   the other 32 - bucket_bits bits of the key (the remainder),
//   kDisplacementBits: how many buckets past its own the entry sits,
//   two class ids of kClassBits each, the classes of the two cells; a row
//   of one cell repeats its class and has weight 0 in the second cell.
// Bits above are zero, so kEmptyEntry never matches a key: its displacement
// field is all ones, a displacement no entry gets. Entries fill a bucket
// from the front, so a bucket whose last entry is empty ends a search.
constexpr int kDisplacementBits = 4;
constexpr uint32_t kMaxDisplacement = (1u << kDisplacementBits) - 2;
constexpr int kClassBits = 2;
constexpr int kMaxCompactClasses = 1 << kClassBits;
// Remainder, displacement and classes must leave the top bit zero.
constexpr int kMinBucketBits = kDisplacementBits + 2 * kClassBits + 1;
constexpr uint32_t kEmptyEntry = 0xffffffffu;
// Fill buckets to at most 4/5 of their entries.
constexpr size_t kLoadNum = 4, kLoadDen = 5;

// The first of a bucket's entries whose meta matches `want` under `mask`,
// or -1. With SSE2 all eight are compared at once: the position of the
// match is random, so a loop would mispredict a branch on most lookups.
inline int MatchEntry(const uint32_t* meta, uint32_t mask, uint32_t want) {
#ifdef __SSE2__
  const __m128i m = _mm_set1_epi32(static_cast<int>(mask));
  const __m128i w = _mm_set1_epi32(static_cast<int>(want));
  const auto* p = reinterpret_cast<const __m128i*>(meta);
  const __m128i lo = _mm_cmpeq_epi32(_mm_and_si128(_mm_load_si128(p), m), w);
  const __m128i hi =
      _mm_cmpeq_epi32(_mm_and_si128(_mm_load_si128(p + 1), m), w);
  const int bits = _mm_movemask_ps(_mm_castsi128_ps(lo)) |
                   _mm_movemask_ps(_mm_castsi128_ps(hi)) << 4;
  return bits == 0 ? -1 : __builtin_ctz(bits);
#else
  for (int j = 0; j < 8; ++j)
    if ((meta[j] & mask) == want) return j;
  return -1;
#endif
}

// The slot of a group's four keys that holds `key`, or -1 (as MatchEntry).
inline int MatchKey(const uint32_t* keys, uint32_t key) {
#ifdef __SSE2__
  const __m128i eq =
      _mm_cmpeq_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(keys)),
                      _mm_set1_epi32(static_cast<int>(key)));
  const int bits = _mm_movemask_ps(_mm_castsi128_ps(eq));
  return bits == 0 ? -1 : __builtin_ctz(bits);
#else
  for (int j = 0; j < 4; ++j)
    if (keys[j] == key) return j;
  return -1;
#endif
}

// Rows the compact layout can hold: one or two cells of distinct classes.
bool FitsCompact(int n_classes, size_t n_rows, size_t max_cells) {
  return n_classes <= kMaxCompactClasses && n_rows > 0 && max_cells <= 2;
}

}  // namespace

size_t Perceptron::MemoryBytes() const {
  return groups_.capacity() * sizeof(Group) + cells_.capacity() * sizeof(Cell) +
         dense_.capacity() * sizeof(int16_t) +
         buckets_.capacity() * sizeof(Bucket);
}

Perceptron::RowRef Perceptron::Find(uint32_t key) const {
  static_assert(kGroupSlots == 4, "MatchKey compares four keys");
  for (size_t g = SlotOf(key, groups_.size());;) {
    const Group& group = groups_[g];
    const int j = MatchKey(group.key, key);
    if (j >= 0) return {group.count[j], &group.payload[j]};
    if (group.key[kGroupSlots - 1] == 0) return {0, nullptr};
    if (++g == groups_.size()) g = 0;
  }
}

void Perceptron::Score(std::span<const uint64_t> feats, float* scores) const {
  std::fill(scores, scores + n_classes_, 0.0f);
  if (!buckets_.empty()) {
    ScoreCompact(feats, scores);
  } else if (!groups_.empty()) {
    ScoreGeneral(feats, scores);
  } else {
    return;
  }
  for (int c = 0; c < n_classes_; ++c) scores[c] *= scale_;
}

void Perceptron::ScoreGeneral(std::span<const uint64_t> feats,
                              float* scores) const {
  // Lookups are memory-bound: prefetch a batch of groups, then the long
  // rows of the slots found, then add; the cache misses overlap.
  constexpr size_t kBatch = 64;
  constexpr size_t kMaxRowPrefetch = 256;  // bytes of a long row
  uint32_t keys[kBatch];
  RowRef found[kBatch];
  for (size_t start = 0; start < feats.size(); start += kBatch) {
    const size_t n = std::min(kBatch, feats.size() - start);
    for (size_t i = 0; i < n; ++i) {
      keys[i] = FoldKey(feats[start + i]);
      __builtin_prefetch(&groups_[SlotOf(keys[i], groups_.size())]);
    }
    size_t n_found = 0;
    for (size_t i = 0; i < n; ++i) {
      const RowRef r = Find(keys[i]);
      if (r.count == 0) continue;
      if (r.count > kInline) {
        // A long row spans several cache lines; fetch them all at once.
        const bool dense = r.payload->long_row.dense != 0;
        const char* row =
            dense ? reinterpret_cast<const char*>(DenseRow(*r.payload))
                  : reinterpret_cast<const char*>(RowCells(r));
        const size_t bytes = std::min<size_t>(
            dense ? n_classes_ * sizeof(int16_t) : r.count * sizeof(Cell),
            kMaxRowPrefetch);
        for (size_t b = 0; b < bytes; b += 64) __builtin_prefetch(row + b);
        __builtin_prefetch(row + bytes - 1);
      }
      found[n_found++] = r;
    }
    for (size_t i = 0; i < n_found; ++i) AddGeneral(found[i], scores);
  }
}

// Adds one row to scores (general layout). A dense row adds 0 for the
// classes it has no weight for, which leaves those scores unchanged (they
// are never -0), so both ways give the same floats in the same order.
void Perceptron::AddGeneral(const RowRef& r, float* scores) const {
  if (r.count > kInline && r.payload->long_row.dense != 0) {
    const int16_t* w = DenseRow(*r.payload);
    for (int c = 0; c < n_classes_; ++c) scores[c] += w[c];
    return;
  }
  const Cell* c = RowCells(r);
  for (uint32_t j = 0; j < r.count; ++j) scores[c[j].cls] += c[j].weight;
}

void Perceptron::ScoreCompact(std::span<const uint64_t> feats,
                              float* scores) const {
  // As in ScoreGeneral: prefetch the buckets of a batch, then look up.
  constexpr size_t kBatch = 64;
  uint32_t keys[kBatch];
  const int shift = 32 - bucket_bits_;
  for (size_t start = 0; start < feats.size(); start += kBatch) {
    const size_t n = std::min(kBatch, feats.size() - start);
    for (size_t i = 0; i < n; ++i) {
      keys[i] = FoldKey(feats[start + i]);
      __builtin_prefetch(&buckets_[keys[i] >> shift]);
    }
    for (size_t i = 0; i < n; ++i) AddCompact(keys[i], scores);
  }
}

// Adds the row of `key`, if any, to scores (compact layout).
void Perceptron::AddCompact(uint32_t key, float* scores) const {
  static_assert(kBucketEntries == 8, "MatchEntry compares eight entries");
  const int rem_bits = 32 - bucket_bits_;
  const uint32_t mask = (1u << bucket_bits_) - 1;
  const uint32_t match_mask = (1u << (rem_bits + kDisplacementBits)) - 1;
  const uint32_t home = key >> rem_bits;
  const uint32_t rem = key & ((1u << rem_bits) - 1);
  for (uint32_t d = 0; d <= kMaxDisplacement; ++d) {
    const Bucket& b = buckets_[(home + d) & mask];
    const int j = MatchEntry(b.meta, match_mask, rem | d << rem_bits);
    if (j >= 0) {
      const uint32_t classes = b.meta[j] >> (rem_bits + kDisplacementBits);
      constexpr uint32_t kClassMask = kMaxCompactClasses - 1;
      scores[classes & kClassMask] += b.weights[j][0];
      scores[(classes >> kClassBits) & kClassMask] += b.weights[j][1];
      return;
    }
    if (b.meta[kBucketEntries - 1] == kEmptyEntry) return;
  }
}

void Perceptron::Build(int n_classes, float scale, std::vector<Row> rows) {
  n_classes_ = n_classes;
  scale_ = scale;
  n_features_ = rows.size();
  n_weights_ = 0;
  for (const Row& r : rows) n_weights_ += r.cells.size();
  groups_ = LargeVector<Group>();
  cells_ = LargeVector<Cell>();
  dense_ = LargeVector<int16_t>();
  buckets_ = LargeVector<Bucket>();
  if (!BuildCompact(rows)) BuildGeneral(rows);
}

void Perceptron::BuildGeneral(const std::vector<Row>& rows) {
  // As many slots as rows + 1/3, as in the format's first layout (slots of
  // their own): one probe of a group mostly decides.
  const size_t slots = rows.size() + rows.size() / 3 + 1;
  Group empty = {};
  groups_.assign((slots + kGroupSlots - 1) / kGroupSlots, empty);
  size_t n_long = 0;
  for (const Row& r : rows)
    if (r.cells.size() > kInline) n_long += r.cells.size();
  cells_.reserve(n_long);
  for (const Row& r : rows) {
    if (r.key == 0) continue;  // never made by FoldKey, so never looked up
    size_t g = SlotOf(r.key, groups_.size());
    while (groups_[g].key[kGroupSlots - 1] != 0)
      g = (g + 1 == groups_.size()) ? 0 : g + 1;
    Group& group = groups_[g];
    const int j = static_cast<int>(
        std::find(group.key, group.key + kGroupSlots, 0u) - group.key);
    group.key[j] = r.key;
    group.count[j] = static_cast<uint32_t>(r.cells.size());
    Payload& p = group.payload[j];
    if (r.cells.size() <= kInline) {
      std::copy(r.cells.begin(), r.cells.end(), p.inline_cells);
    } else {
      p.long_row.offset = static_cast<uint32_t>(cells_.size());
      cells_.insert(cells_.end(), r.cells.begin(), r.cells.end());
      p.long_row.dense = AddDenseRow(r.cells);
    }
  }
}

uint32_t Perceptron::AddDenseRow(const std::vector<Cell>& cells) {
  // Worth it when the row has a weight for at least a quarter of the
  // classes; a class given twice (never written by Average) stays sparse.
  if (cells.size() * kDenseShare < static_cast<size_t>(n_classes_)) return 0;
  std::vector<bool> seen(n_classes_);
  for (const Cell& c : cells) {
    if (seen[c.cls]) return 0;
    seen[c.cls] = true;
  }
  // Row 0 is a placeholder, so that 0 can mean "no dense copy".
  if (dense_.empty()) dense_.assign(n_classes_, 0);
  const size_t row = dense_.size() / n_classes_;
  if (row > std::numeric_limits<uint32_t>::max()) return 0;
  dense_.resize(dense_.size() + n_classes_, 0);
  for (const Cell& c : cells) dense_[row * n_classes_ + c.cls] = c.weight;
  return static_cast<uint32_t>(row);
}

bool Perceptron::BuildCompact(const std::vector<Row>& rows) {
  size_t max_cells = 0;
  for (const Row& r : rows) {
    if (r.cells.empty()) return false;
    if (r.cells.size() == 2 && r.cells[0].cls == r.cells[1].cls) return false;
    max_cells = std::max(max_cells, r.cells.size());
  }
  if (!FitsCompact(n_classes_, rows.size(), max_cells)) return false;
  int bits = kMinBucketBits;
  while (bits < 31 &&
         (kBucketEntries * kLoadNum << bits) < rows.size() * kLoadDen)
    ++bits;
  // A displacement too large for its field (very unlikely at this load
  // with hashed keys) means more buckets; keys clustered so badly that this
  // does not help are left to the general layout.
  for (const int max_bits = std::min(bits + 2, 31); bits <= max_bits; ++bits)
    if (FillBuckets(rows, bits)) return true;
  buckets_ = LargeVector<Bucket>();
  bucket_bits_ = 0;
  return false;
}

bool Perceptron::FillBuckets(const std::vector<Row>& rows, int bucket_bits) {
  Bucket empty;
  std::fill(std::begin(empty.meta), std::end(empty.meta), kEmptyEntry);
  for (auto& w : empty.weights) w[0] = w[1] = 0;
  buckets_.assign(size_t{1} << bucket_bits, empty);
  bucket_bits_ = bucket_bits;
  const int rem_bits = 32 - bucket_bits;
  const uint32_t mask = (1u << bucket_bits) - 1;
  for (const Row& r : rows) {
    const Cell first = r.cells[0];
    const Cell second = r.cells.size() > 1 ? r.cells[1] : Cell{first.cls, 0};
    const uint32_t home = r.key >> rem_bits;
    uint32_t d = 0;
    int j = kBucketEntries;
    for (; d <= kMaxDisplacement; ++d) {
      const Bucket& b = buckets_[(home + d) & mask];
      j = static_cast<int>(
          std::find(b.meta, b.meta + kBucketEntries, kEmptyEntry) - b.meta);
      if (j < kBucketEntries) break;
    }
    if (d > kMaxDisplacement) return false;
    Bucket& b = buckets_[(home + d) & mask];
    const uint32_t classes = first.cls | static_cast<uint32_t>(second.cls)
                                             << kClassBits;
    b.meta[j] = (r.key & ((1u << rem_bits) - 1)) | d << rem_bits |
                classes << (rem_bits + kDisplacementBits);
    b.weights[j][0] = first.weight;
    b.weights[j][1] = second.weight;
  }
  return true;
}

std::vector<Perceptron::Row> Perceptron::Rows() const {
  std::vector<Row> rows;
  rows.reserve(n_features_);
  for (const Group& g : groups_) {
    for (int j = 0; j < kGroupSlots && g.key[j] != 0; ++j) {
      const Cell* c = RowCells({g.count[j], &g.payload[j]});
      rows.push_back({g.key[j], std::vector<Cell>(c, c + g.count[j])});
    }
  }
  const int rem_bits = 32 - bucket_bits_;
  const uint32_t mask = (1u << bucket_bits_) - 1;
  for (uint32_t i = 0; i < buckets_.size(); ++i) {
    const Bucket& b = buckets_[i];
    for (int j = 0; j < kBucketEntries && b.meta[j] != kEmptyEntry; ++j) {
      const uint32_t meta = b.meta[j];
      const uint32_t d = (meta >> rem_bits) & ((1u << kDisplacementBits) - 1);
      const uint32_t classes = meta >> (rem_bits + kDisplacementBits);
      const uint16_t c0 = classes & (kMaxCompactClasses - 1);
      const uint16_t c1 = (classes >> kClassBits) & (kMaxCompactClasses - 1);
      Row& r = rows.emplace_back();
      r.key = ((i - d) & mask) << rem_bits | (meta & ((1u << rem_bits) - 1));
      r.cells.push_back({c0, b.weights[j][0]});
      if (c1 != c0) r.cells.push_back({c1, b.weights[j][1]});
    }
  }
  return rows;
}

void Perceptron::Serialize(std::string* out) const {
  std::vector<Row> rows = Rows();
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.key < b.key; });
  ByteWriter w(out);
  w.U32(kMagic);
  w.U32(static_cast<uint32_t>(n_classes_));
  w.F32(scale_);
  w.U64(rows.size());
  uint32_t prev = 0;
  for (const Row& r : rows) {
    w.Varint(r.key - prev);
    prev = r.key;
    w.Varint(r.cells.size());
    for (const Cell& c : r.cells) {
      w.Varint(c.cls);
      w.Varint(ZigZag(c.weight));
    }
  }
}
namespace {

// Reads one row of a serialised model; false if it is malformed.
bool ReadRow(ByteReader* r, int n_classes, std::vector<uint16_t>* cls,
             std::vector<int16_t>* weights) {
  uint64_t count, c, zw;
  if (!r->Varint(&count) || count == 0 ||
      count > static_cast<uint64_t>(n_classes))
    return false;
  cls->clear();
  weights->clear();
  for (uint64_t j = 0; j < count; ++j) {
    if (!r->Varint(&c) || !r->Varint(&zw)) return false;
    int64_t v = UnZigZag(zw);
    if (c >= static_cast<uint64_t>(n_classes) || v < -32767 || v > 32767)
      return false;
    cls->push_back(static_cast<uint16_t>(c));
    weights->push_back(static_cast<int16_t>(v));
  }
  return true;
}

}  // namespace

Status Perceptron::Deserialize(std::string_view blob, Perceptron* model) {
  ByteReader r(blob);
  uint32_t magic, n_classes;
  float scale;
  uint64_t n_rows;
  if (!r.U32(&magic) || magic != kMagic || !r.U32(&n_classes) ||
      !r.F32(&scale) || !r.U64(&n_rows))
    return Status::Corruption("perceptron: bad header");
  if (n_classes == 0 || n_classes > 65535 || !std::isfinite(scale) ||
      n_rows > r.remaining() / 3)
    return Status::Corruption("perceptron: implausible header values");
  std::vector<Row> rows(n_rows);
  std::vector<uint16_t> cls;
  std::vector<int16_t> weights;
  uint64_t key = 0;
  for (uint64_t i = 0; i < n_rows; ++i) {
    uint64_t delta;
    if (!r.Varint(&delta) || (i > 0 && delta == 0) ||
        key + delta > 0xffffffffu || key + delta == 0 ||
        !ReadRow(&r, n_classes, &cls, &weights))
      return Status::Corruption("perceptron: bad row " + std::to_string(i));
    key += delta;
    rows[i].key = static_cast<uint32_t>(key);
    for (size_t j = 0; j < cls.size(); ++j)
      rows[i].cells.push_back({cls[j], weights[j]});
  }
  model->Build(static_cast<int>(n_classes), scale, std::move(rows));
  return Status::OK();
}

}  // namespace dyad
