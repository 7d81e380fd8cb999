// PerceptronTrainer (analyze/perceptron.h): the averaged perceptron's
// training-time table, kept apart from the read-only model's layouts.
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "analyze/perceptron.h"

namespace dyad {
namespace {

constexpr uint32_t kNoRow = std::numeric_limits<uint32_t>::max();

using perceptron_internal::FoldKey;
using perceptron_internal::SlotOf;

// Subtracts the smallest-magnitude weight of a full row from all its
// weights: scores shift uniformly and the row loses one cell.
void DropSmallest(std::vector<std::pair<uint16_t, float>>* cells) {
  auto smallest = std::min_element(
      cells->begin(), cells->end(), [](const auto& a, const auto& b) {
        return std::fabs(a.second) < std::fabs(b.second);
      });
  const float base = smallest->second;
  for (auto& c : *cells) c.second -= base;
  smallest->second = 0.0f;
}

}  // namespace

// ---- PerceptronTrainer --------------------------------------------------

PerceptronTrainer::PerceptronTrainer(int n_classes)
    : n_classes_(n_classes), slots_(1024) {}

size_t PerceptronTrainer::MemoryBytes() const {
  return slots_.capacity() * sizeof(Slot) + rows_.capacity() * sizeof(RowInfo) +
         cells_.capacity() * sizeof(Cell);
}

uint32_t PerceptronTrainer::FindRow(uint32_t key) const {
  size_t i = SlotOf(key, slots_.size());
  while (true) {
    const Slot& s = slots_[i];
    if (s.key == key) return s.row;
    if (s.key == 0) return kNoRow;
    if (++i == slots_.size()) i = 0;
  }
}

void PerceptronTrainer::Grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, Slot());
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    size_t i = SlotOf(s.key, slots_.size());
    while (slots_[i].key != 0) i = (i + 1 == slots_.size()) ? 0 : i + 1;
    slots_[i] = s;
  }
}

uint32_t PerceptronTrainer::FindOrAddRow(uint32_t key) {
  if ((used_slots_ + 1) * 2 > slots_.size()) Grow();
  size_t i = SlotOf(key, slots_.size());
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return slots_[i].row;
    if (++i == slots_.size()) i = 0;
  }
  uint32_t row = static_cast<uint32_t>(rows_.size());
  slots_[i] = {key, row};
  ++used_slots_;
  rows_.push_back({static_cast<uint32_t>(cells_.size()), 0, 2, 0});
  cells_.resize(cells_.size() + 2);
  return row;
}

void PerceptronTrainer::AddToCell(uint32_t row, int cls, float delta) {
  RowInfo& r = rows_[row];
  Cell* c = cells_.data() + r.offset;
  for (uint16_t j = 0; j < r.count; ++j) {
    if (c[j].cls != static_cast<uint32_t>(cls)) continue;
    c[j].weight += delta;
    c[j].weighted_sum += static_cast<double>(time_) * delta;
    return;
  }
  if (r.count == r.capacity) {  // relocate the row to the end, doubled
    uint32_t offset = static_cast<uint32_t>(cells_.size());
    cells_.resize(cells_.size() + 2 * r.capacity);
    std::copy_n(cells_.begin() + r.offset, r.count, cells_.begin() + offset);
    r.offset = offset;
    r.capacity = static_cast<uint16_t>(2 * r.capacity);
  }
  cells_[r.offset + r.count++] = {static_cast<uint32_t>(cls), delta,
                                  static_cast<double>(time_) * delta};
}

void PerceptronTrainer::Score(std::span<const uint64_t> feats,
                              float* scores) const {
  std::fill(scores, scores + n_classes_, 0.0f);
  for (uint64_t f : feats) {
    uint32_t row = FindRow(FoldKey(f));
    if (row == kNoRow) continue;
    const RowInfo& r = rows_[row];
    const Cell* c = cells_.data() + r.offset;
    for (uint16_t j = 0; j < r.count; ++j) scores[c[j].cls] += c[j].weight;
  }
}

void PerceptronTrainer::Update(std::span<const uint64_t> feats, int truth,
                               int guess, float step) {
  if (truth == guess) return;
  for (uint64_t f : feats) {
    uint32_t row = FindOrAddRow(FoldKey(f));
    AddToCell(row, truth, step);
    AddToCell(row, guess, -step);
    ++rows_[row].updates;
  }
}

Perceptron PerceptronTrainer::Average(
    const PerceptronPruneOptions& options) const {
  struct Avg {
    uint32_t key;
    std::vector<std::pair<uint16_t, float>> cells;
  };
  std::vector<Avg> kept;
  float max_abs = 0.0f;
  const double t = static_cast<double>(std::max<uint64_t>(time_, 1));
  for (const Slot& s : slots_) {
    if (s.key == 0 || rows_[s.row].updates < options.min_updates) continue;
    const RowInfo& r = rows_[s.row];
    Avg a{s.key, {}};
    for (uint16_t j = 0; j < r.count; ++j) {
      const Cell& c = cells_[r.offset + j];
      a.cells.push_back({static_cast<uint16_t>(c.cls),
                         static_cast<float>(c.weight - c.weighted_sum / t)});
    }
    if (static_cast<int>(a.cells.size()) == n_classes_) DropSmallest(&a.cells);
    std::erase_if(a.cells, [&](const std::pair<uint16_t, float>& c) {
      return c.second == 0.0f || std::fabs(c.second) < options.min_abs_weight;
    });
    for (const auto& c : a.cells)
      max_abs = std::max(max_abs, std::fabs(c.second));
    if (!a.cells.empty()) kept.push_back(std::move(a));
  }
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<Perceptron::Row> rows;
  rows.reserve(kept.size());
  for (const Avg& a : kept) {
    Perceptron::Row row{a.key, {}};
    for (const auto& [cls, w] : a.cells) {
      long q = std::lround(w / scale);
      q = std::clamp(q, -32767L, 32767L);
      if (q != 0) row.cells.push_back({cls, static_cast<int16_t>(q)});
    }
    if (!row.cells.empty()) rows.push_back(std::move(row));
  }
  Perceptron model;
  model.Build(n_classes_, scale, std::move(rows));
  return model;
}

}  // namespace dyad
