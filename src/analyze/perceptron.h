// Averaged multi-class perceptron over hashed sparse features, shared by the
// tagger and the dependency parser of src/analyze.
//
// A feature is a 64-bit hash of a template id and its atoms (build it with
// FeatureSeed / HashCombine / HashBytes below); each feature owns a sparse row
// of per-class weights, so models with many classes stay small. A
// PerceptronTrainer learns the weights online (Daume's trick gives exact
// averaging without per-weight timestamps); Average() freezes them into a
// pruned, int16-quantised Perceptron, which can be serialised.
//
// Thread safety: Perceptron is immutable once built or deserialised; Score()
// may run from many threads at once. PerceptronTrainer is single-threaded.
//
// Usage:
//   PerceptronTrainer trainer(n_classes);
//   trainer.Score(feats, scores); trainer.Update(feats, gold, guess);
//   trainer.Tick();  Perceptron model = trainer.Average({});
#ifndef DYAD_ANALYZE_PERCEPTRON_H_
#define DYAD_ANALYZE_PERCEPTRON_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// ---- Feature hashing -----------------------------------------------------

// A strong 64-bit finaliser (splitmix64).
inline constexpr uint64_t HashMix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Order-dependent combination of a running hash with one more value.
inline constexpr uint64_t HashCombine(uint64_t h, uint64_t v) {
  return HashMix(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

// The starting hash of feature template `template_id`.
inline constexpr uint64_t FeatureSeed(uint64_t template_id) {
  return HashMix(template_id * 0x2545f4914f6cdd1dULL + 0x6a09e667f3bcc909ULL);
}

// FNV-1a over the bytes of `s`, finalised with HashMix.
uint64_t HashBytes(std::string_view s);

namespace perceptron_internal {

// Folds a 64-bit feature hash to the 32-bit key stored in the tables (0 is
// reserved for empty slots). Training and inference fold identically, so the
// rare 32-bit collisions merely share weights.
inline uint32_t FoldKey(uint64_t h) {
  uint32_t k = static_cast<uint32_t>(h >> 32) ^ static_cast<uint32_t>(h);
  return k == 0 ? 1 : k;
}

// Maps a uniformly distributed key onto [0, n).
inline size_t SlotOf(uint32_t key, size_t n) {
  return static_cast<size_t>((static_cast<uint64_t>(key) * n) >> 32);
}

}  // namespace perceptron_internal

// ---- Little-endian binary helpers for model blobs --------------------------

// Appends fixed-width and variable-length values to a byte string.
class ByteWriter {
 public:
  explicit ByteWriter(std::string* out) : out_(out) {}
  void U8(uint8_t v) { out_->push_back(static_cast<char>(v)); }
  void U32(uint32_t v);
  void U64(uint64_t v);
  void F32(float v);
  void Varint(uint64_t v);
  void Bytes(std::string_view s);  // varint length, then the bytes

 private:
  std::string* out_;
};

// Reads what ByteWriter wrote; every getter returns false past the end.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool U8(uint8_t* v);
  bool U32(uint32_t* v);
  bool U64(uint64_t* v);
  bool F32(float* v);
  bool Varint(uint64_t* v);
  bool Bytes(std::string_view* s);
  bool Raw(size_t n, std::string_view* s);
  size_t remaining() const { return in_.size() - pos_; }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

// ---- The frozen model -------------------------------------------------------

// Pruning applied when averaging.
struct PerceptronPruneOptions {
  // Drop features that took part in fewer updates than this.
  uint32_t min_updates = 1;
  // Drop averaged weights whose magnitude is below this.
  float min_abs_weight = 0.0f;
};

// Memory for the weight tables: blocks of 2 MiB and more are aligned to
// huge pages, which the kernel is asked to back with transparent huge pages
// (the tables are probed at random, and with 4 KiB pages nearly every probe
// would also miss the TLB). Smaller blocks are cache-line aligned.
void* AllocateLarge(size_t bytes);
void FreeLarge(void* p, size_t bytes);

template <typename T>
struct LargePageAllocator {
  using value_type = T;
  LargePageAllocator() = default;
  template <typename U>
  LargePageAllocator(const LargePageAllocator<U>&) {}
  T* allocate(size_t n) {
    return static_cast<T*>(AllocateLarge(n * sizeof(T)));
  }
  void deallocate(T* p, size_t n) { FreeLarge(p, n * sizeof(T)); }
  template <typename U>
  bool operator==(const LargePageAllocator<U>&) const {
    return true;
  }
};

// An immutable, quantised model: feature → sparse row of int16 weights.
class Perceptron {
 public:
  Perceptron() = default;

  int num_classes() const { return n_classes_; }
  size_t num_features() const { return n_features_; }
  size_t num_weights() const { return n_weights_; }
  // Bytes of heap memory held by the model.
  size_t MemoryBytes() const;

  // scores[0..num_classes) = sum of the weights of `feats` (unknown features
  // contribute nothing). Overwrites scores. A row that had a weight for every
  // class is stored minus its smallest one (shifting all scores by the same
  // amount), so differences between scores, hence argmax and softmax, are
  // exact up to quantisation.
  void Score(std::span<const uint64_t> feats, float* scores) const;

  // Starts fetching the weights of `feat` into the cache. Callers that
  // compute features one by one call this as each is made, so the memory
  // latency of Score's lookups overlaps with their computation.
  void Prefetch(uint64_t feat) const {
    using perceptron_internal::FoldKey;
    const uint32_t key = FoldKey(feat);
    if (!buckets_.empty()) {
      __builtin_prefetch(&buckets_[key >> (32 - bucket_bits_)]);
    } else if (!groups_.empty()) {
      __builtin_prefetch(
          &groups_[perceptron_internal::SlotOf(key, groups_.size())]);
    }
  }

  // Appends the model to *out (a self-delimiting blob).
  void Serialize(std::string* out) const;
  // Replaces *model by the blob's model; Corruption if the blob is damaged.
  static Status Deserialize(std::string_view blob, Perceptron* model);

 private:
  friend class PerceptronTrainer;
  template <typename T>
  using LargeVector = std::vector<T, LargePageAllocator<T>>;
  struct Cell {
    uint16_t cls;
    int16_t weight;
  };
  struct Row {  // a row during construction
    uint32_t key;
    std::vector<Cell> cells;
  };

  // General layout, any number of classes: open addressing over groups of
  // kGroupSlots slots, one cache line each. A key's home group is
  // SlotOf(key, groups); slots fill from the front, so a search ends at the
  // first group with an empty slot. The keys of a group are compared at once.
  static constexpr uint32_t kInline = 2;
  static constexpr int kGroupSlots = 4;
  // Rows of up to kInline cells live in the slot itself, so a lookup
  // touches one cache line; longer rows start at cells_[offset]. Rows with
  // a weight for many classes also have a dense copy (scored with vector
  // adds instead of one scattered add per cell) at
  // dense_[dense * num_classes], when dense > 0.
  union Payload {
    Cell inline_cells[kInline];
    struct {
      uint32_t offset;
      uint32_t dense;
    } long_row;
  };
  struct alignas(64) Group {
    uint32_t key[kGroupSlots];    // 0: empty
    uint32_t count[kGroupSlots];  // cells in the row
    Payload payload[kGroupSlots];
  };
  struct RowRef {  // a row found in the general layout
    uint32_t count;
    const Payload* payload;
  };

  // Compact layout, for models whose rows all have one or two cells and
  // that have at most four classes (the parser's moves). A bucket is one
  // cache line of eight entries; the bucket of a key is its top bits, so an
  // entry stores only the rest of the key, how far it was displaced from
  // its bucket, and the classes of its cells (see perceptron.cc). Half the
  // memory of the general layout, and a lookup touches one cache line.
  static constexpr int kBucketEntries = 8;
  struct alignas(64) Bucket {
    uint32_t meta[kBucketEntries];
    int16_t weights[kBucketEntries][2];
  };

  void Build(int n_classes, float scale, std::vector<Row> rows);
  void BuildGeneral(const std::vector<Row>& rows);
  // Appends a dense copy of a long row if that pays; its index, or 0.
  uint32_t AddDenseRow(const std::vector<Cell>& cells);
  static constexpr size_t kDenseShare = 4;
  bool BuildCompact(const std::vector<Row>& rows);
  bool FillBuckets(const std::vector<Row>& rows, int bucket_bits);
  // The row of `key`; count 0 if there is none.
  RowRef Find(uint32_t key) const;
  const Cell* RowCells(const RowRef& r) const {
    return r.count <= kInline ? r.payload->inline_cells
                              : cells_.data() + r.payload->long_row.offset;
  }
  void ScoreGeneral(std::span<const uint64_t> feats, float* scores) const;
  void ScoreCompact(std::span<const uint64_t> feats, float* scores) const;
  void AddCompact(uint32_t key, float* scores) const;
  void AddGeneral(const RowRef& r, float* scores) const;
  const int16_t* DenseRow(const Payload& p) const {
    return dense_.data() + p.long_row.dense * static_cast<size_t>(n_classes_);
  }
  // The rows of the model (either layout), in no particular order.
  std::vector<Row> Rows() const;

  int n_classes_ = 0;
  float scale_ = 1.0f;  // real weight = int16 weight * scale_
  size_t n_features_ = 0;
  size_t n_weights_ = 0;
  LargeVector<Group> groups_;  // non-empty: the general layout is in use
  LargeVector<Cell> cells_;
  LargeVector<int16_t> dense_;   // row i > 0: [i * n_classes_, +n_classes_)
  LargeVector<Bucket> buckets_;  // non-empty: the compact layout is in use
  int bucket_bits_ = 0;          // buckets_.size() == 1 << bucket_bits_
};

// ---- Training -------------------------------------------------------------

// Online averaged-perceptron learner with sparse, growable rows.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int n_classes);

  int num_classes() const { return n_classes_; }
  size_t num_features() const { return rows_.size(); }
  // Bytes of heap memory held by the trainer.
  size_t MemoryBytes() const;

  // Scores with the current (not averaged) weights; overwrites scores.
  void Score(std::span<const uint64_t> feats, float* scores) const;
  // Moves the weights of `feats` by +step for `truth` and -step for `guess`
  // (nothing when they are equal).
  void Update(std::span<const uint64_t> feats, int truth, int guess,
              float step = 1.0f);
  // Marks the end of one training example (the unit of averaging).
  void Tick() { ++time_; }

  // The averaged, pruned and quantised model. The trainer stays usable.
  Perceptron Average(const PerceptronPruneOptions& options) const;

 private:
  struct Slot {
    uint32_t key = 0;  // 0: empty
    uint32_t row = 0;
  };
  struct RowInfo {
    uint32_t offset;
    uint16_t count;
    uint16_t capacity;
    uint32_t updates;
  };
  struct Cell {
    uint32_t cls;
    float weight;
    double weighted_sum;  // sum of time * delta (Daume's averaging trick)
  };
  uint32_t FindRow(uint32_t key) const;  // UINT32_MAX if absent
  uint32_t FindOrAddRow(uint32_t key);
  void Grow();
  void AddToCell(uint32_t row, int cls, float delta);

  int n_classes_;
  uint64_t time_ = 0;
  std::vector<Slot> slots_;
  size_t used_slots_ = 0;
  std::vector<RowInfo> rows_;
  std::vector<Cell> cells_;
};

}  // namespace dyad

#endif  // DYAD_ANALYZE_PERCEPTRON_H_
