#include "analyze/transition.h"

#include <algorithm>

namespace dyad {
namespace {

constexpr int kInvalidCost = 1 << 20;

uint64_t LabelBit(int label) {
  return label < 0 ? 0 : uint64_t{1} << (label & 63);
}

// Inserts child d into an outermost-two list; further(a, b) is true when a
// lies further out from the head than b.
template <typename Further>
void InsertOuter(std::array<int, 2>* list, int d, Further further) {
  if ((*list)[0] == -1 || further(d, (*list)[0])) {
    (*list)[1] = (*list)[0];
    (*list)[0] = d;
  } else if ((*list)[1] == -1 || further(d, (*list)[1])) {
    (*list)[1] = d;
  }
}

}  // namespace

void ArcHybridState::Reset(int n) {
  n_ = n;
  b0_ = 0;
  stack_.clear();
  stack_.reserve(n + 1);
  tok_.assign(n + 1, TokenState());
}

bool ArcHybridState::CanApply(Move m) const {
  switch (m) {
    case kShift:
      return b0_ < n_;
    case kLeft:
      return !stack_.empty() && (b0_ < n_ || stack_.size() == 1);
    case kRight:
      return stack_.size() >= 2;
  }
  return false;
}

void ArcHybridState::AddArc(int head, int dep, int label) {
  TokenState& h = tok_[head];
  tok_[dep].head = head;
  tok_[dep].label = label;
  tok_[dep].next_sibling = h.first_child;
  h.first_child = dep;
  if (dep < head) {
    ++h.n_left;
    h.left_set |= LabelBit(label);
    InsertOuter(&h.left, dep, [](int a, int b) { return a < b; });
  } else {
    ++h.n_right;
    h.right_set |= LabelBit(label);
    InsertOuter(&h.right, dep, [](int a, int b) { return a > b; });
  }
}

void ArcHybridState::Apply(Move m, int label) {
  if (m == kShift) {
    stack_.push_back(b0_++);
    return;
  }
  const int dep = S(0);
  const int head = HeadOf(m);
  stack_.pop_back();
  AddArc(head, dep, label);
}

GoldTree::GoldTree(std::span<const int> heads) {
  const int n = static_cast<int>(heads.size());
  heads_.resize(n);
  child_begin_.assign(n + 2, 0);
  for (int i = 0; i < n; ++i) {
    heads_[i] = heads[i] < 0 ? n : heads[i];
    ++child_begin_[heads_[i] + 1];
  }
  for (int i = 0; i <= n; ++i) child_begin_[i + 1] += child_begin_[i];
  children_.resize(n);
  std::vector<int> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (int i = 0; i < n; ++i) children_[fill[heads_[i]]++] = i;
}

std::array<int, kNumMoves> MoveCosts(const ArcHybridState& state,
                                     const GoldTree& gold) {
  std::array<int, kNumMoves> costs = {kInvalidCost, kInvalidCost, kInvalidCost};
  const int s0 = state.S(0), s1 = state.S(1), b = state.B(0);
  // A word is on the stack iff it was shifted and has no head yet.
  auto on_stack = [&](int x) { return x < b && state.head(x) == -1; };
  if (state.CanApply(kShift)) {
    int c = 0;
    const int h = gold.head(b);
    if (h != s0 && h < state.n() && on_stack(h)) ++c;
    for (int d : gold.children(b)) c += on_stack(d);
    costs[kShift] = c;
  }
  if (state.CanApply(kLeft) || state.CanApply(kRight)) {
    int lost_children = 0;  // s0's dependents still in the buffer
    for (int d : gold.children(s0)) lost_children += d >= b;
    const int h = gold.head(s0);
    if (state.CanApply(kLeft))
      costs[kLeft] = lost_children + (h != b && (h == s1 || h > b));
    if (state.CanApply(kRight)) costs[kRight] = lost_children + (h >= b);
  }
  return costs;
}

bool IsWellFormedTree(std::span<const int> heads) {
  const int n = static_cast<int>(heads.size());
  int roots = 0;
  for (int h : heads) {
    if (h < -1 || h >= n) return false;
    roots += h == -1;
  }
  if (roots != 1) return false;
  for (int i = 0; i < n; ++i) {  // every chain reaches the root in < n steps
    int x = i, steps = 0;
    while (x != -1 && steps++ <= n) x = heads[x];
    if (x != -1) return false;
  }
  return true;
}

namespace {

// True if `a` is `h` or a descendant of `h`.
bool Dominates(std::span<const int> heads, int h, int a) {
  for (int steps = 0; a != -1 && steps <= static_cast<int>(heads.size());
       ++steps) {
    if (a == h) return true;
    a = heads[a];
  }
  return false;
}

bool ArcIsProjective(std::span<const int> heads, int d) {
  const int h = heads[d];
  if (h < 0) return true;
  for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k)
    if (!Dominates(heads, h, k)) return false;
  return true;
}

// The dependent of the shortest non-projective arc, or -1.
int ShortestNonProjective(std::span<const int> heads) {
  int best = -1, best_len = 0;
  for (int d = 0; d < static_cast<int>(heads.size()); ++d) {
    if (heads[d] < 0 || ArcIsProjective(heads, d)) continue;
    const int len = std::abs(heads[d] - d);
    if (best == -1 || len < best_len) best = d, best_len = len;
  }
  return best;
}

}  // namespace

bool IsProjective(std::span<const int> heads) {
  return ShortestNonProjective(heads) == -1;
}

void Projectivize(std::vector<int>* heads) {
  // Each lift moves a dependent strictly closer to the root, so this ends.
  for (int d = ShortestNonProjective(*heads); d != -1;
       d = ShortestNonProjective(*heads))
    (*heads)[d] = (*heads)[(*heads)[d]];
}

}  // namespace dyad
