// The arc-hybrid transition system of the dependency parser (Kuhlmann et al.
// 2011) with its dynamic oracle (Goldberg & Nivre 2013), plus tree helpers.
//
// Words are 0..n-1; a virtual ROOT sits at position n, at the end of the
// buffer, and may receive exactly one dependent, only when it is the last
// word left on the stack; so every terminal configuration is a well-formed
// tree with a single root. Every sentence takes exactly 2n transitions.
//   SHIFT   push b0 onto the stack          (b0 is a word)
//   LEFT    b0 → s0 (s0 depends on b0), pop  (b0 = ROOT only if |stack| = 1)
//   RIGHT   s1 → s0 (s0 depends on s1), pop
// Alongside the heads, the state keeps what feature extraction needs:
// labels, nearest/second children on both sides, valency, label sets.
//
// Thread safety: plain values; one ArcHybridState per parse.
//
// Usage:
//   ArcHybridState st;  st.Reset(n);
//   while (!st.Terminal()) st.Apply(ChooseMove(st), label);
//   st.head(i);  // n means the ROOT
#ifndef DYAD_ANALYZE_TRANSITION_H_
#define DYAD_ANALYZE_TRANSITION_H_

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace dyad {

enum Move : int { kShift = 0, kLeft = 1, kRight = 2 };
inline constexpr int kNumMoves = 3;

class ArcHybridState {
 public:
  // Starts parsing a sentence of n words: empty stack, buffer 0..n-1, ROOT.
  void Reset(int n);

  int n() const { return n_; }
  // The i-th stack item from the top (0 = s0), or -1.
  int S(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i]
                                               : -1;
  }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  // The i-th buffer item (ROOT = n is the last one), or -1.
  int B(int i) const { return b0_ + i <= n_ ? b0_ + i : -1; }
  bool Terminal() const { return b0_ == n_ && stack_.empty(); }

  bool CanApply(Move m) const;
  // Applies a valid move; `label` is stored on the new arc (LEFT / RIGHT).
  void Apply(Move m, int label);
  // The dependent and head the arc of move m would create (-1 for SHIFT).
  int DependentOf(Move m) const { return m == kShift ? -1 : S(0); }
  int HeadOf(Move m) const {
    return m == kLeft ? b0_ : (m == kRight ? S(1) : -1);
  }

  // Tree built so far; -1 where none. Valid for 0..n (ROOT included).
  int head(int i) const { return tok_[i].head; }
  int label(int i) const { return tok_[i].label; }
  int leftmost(int i) const { return i < 0 ? -1 : tok_[i].left[0]; }
  int left2(int i) const { return i < 0 ? -1 : tok_[i].left[1]; }
  int rightmost(int i) const { return i < 0 ? -1 : tok_[i].right[0]; }
  int right2(int i) const { return i < 0 ? -1 : tok_[i].right[1]; }
  int n_left(int i) const { return i < 0 ? 0 : tok_[i].n_left; }
  int n_right(int i) const { return i < 0 ? 0 : tok_[i].n_right; }
  uint64_t left_labels(int i) const { return i < 0 ? 0 : tok_[i].left_set; }
  uint64_t right_labels(int i) const { return i < 0 ? 0 : tok_[i].right_set; }
  // Children of i, most recently attached first: first_child / next_sibling.
  int first_child(int i) const { return tok_[i].first_child; }
  int next_sibling(int i) const { return tok_[i].next_sibling; }

 private:
  struct TokenState {
    int head = -1;
    int label = -1;
    std::array<int, 2> left = {-1, -1};   // leftmost, second leftmost
    std::array<int, 2> right = {-1, -1};  // rightmost, second rightmost
    int n_left = 0;
    int n_right = 0;
    uint64_t left_set = 0;
    uint64_t right_set = 0;
    int first_child = -1;
    int next_sibling = -1;
  };
  void AddArc(int head, int dep, int label);

  int n_ = 0;
  int b0_ = 0;
  std::vector<int> stack_;
  std::vector<TokenState> tok_;
};

// Gold information for the dynamic oracle: heads with ROOT = n, and each
// word's gold dependents.
class GoldTree {
 public:
  // heads[i] is 0-based with -1 for the root (Token convention).
  explicit GoldTree(std::span<const int> heads);
  int head(int i) const { return heads_[i]; }
  std::span<const int> children(int i) const {
    return {children_.data() + child_begin_[i],
            children_.data() + child_begin_[i + 1]};
  }

 private:
  std::vector<int> heads_;
  std::vector<int> child_begin_;
  std::vector<int> children_;
};

// The cost of each move: how many gold arcs it makes unreachable. Moves that
// cannot be applied get a large cost.
std::array<int, kNumMoves> MoveCosts(const ArcHybridState& state,
                                     const GoldTree& gold);

// True if heads (0-based, -1 = root) form a tree: one root, no cycles, every
// head in range.
bool IsWellFormedTree(std::span<const int> heads);
// True if the tree (well-formed) has no crossing arcs.
bool IsProjective(std::span<const int> heads);
// Lifts non-projective arcs (a dependent moves to its head's head, shortest
// arcs first) until the tree is projective.
void Projectivize(std::vector<int>* heads);

}  // namespace dyad

#endif  // DYAD_ANALYZE_TRANSITION_H_
