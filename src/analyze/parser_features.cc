#include "analyze/parser_features.h"

#include <algorithm>
#include <unordered_map>

#include "analyze/perceptron.h"

namespace dyad {
namespace {

constexpr uint64_t kRootSalt = 0x524f4f54;  // distinct ROOT / NONE atoms
constexpr uint64_t kNoneSalt = 0x4e4f4e45;
constexpr uint64_t kTagSalt = 0x54414753;
constexpr uint64_t kUposSalt = 0x55504f53;
constexpr int kMaxShape = 10;
constexpr int kMaxChildren = 6;  // of a dependent, for label features

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

uint64_t Bucket(int d) {
  if (d <= 0) return 0;
  if (d <= 4) return static_cast<uint64_t>(d);
  return d <= 6 ? 5 : (d <= 10 ? 6 : 7);
}

bool IsPunct(const Token& token) { return token.upos == "PUNCT"; }

uint64_t Cap(int v) { return static_cast<uint64_t>(std::min(v, 6)); }

// Appends hashed features of the given template ids, prefetching their
// weights in `prefetch` (may be null).
class Sink {
 public:
  Sink(uint64_t* out, uint64_t salt, const Perceptron* prefetch)
      : out_(out), salt_(salt), prefetch_(prefetch) {}
  int size() const { return n_; }
  void Add(uint64_t t, uint64_t a) { Put(HashCombine(Seed(t), a)); }
  void Add(uint64_t t, uint64_t a, uint64_t b) {
    Put(HashCombine(HashCombine(Seed(t), a), b));
  }
  void Add(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
    Put(HashCombine(HashCombine(HashCombine(Seed(t), a), b), c));
  }
  void Add(uint64_t t, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
    Put(HashCombine(HashCombine(HashCombine(HashCombine(Seed(t), a), b), c),
                    d));
  }

 private:
  uint64_t Seed(uint64_t t) const { return FeatureSeed(t * 4 + salt_); }
  void Put(uint64_t f) {
    if (prefetch_ != nullptr) prefetch_->Prefetch(f);
    out_[n_++] = f;
  }
  uint64_t* out_;
  uint64_t salt_;
  const Perceptron* prefetch_;
  int n_ = 0;
};

// Read access to atoms and tree labels with -1 meaning "no such word".
struct View {
  const ArcHybridState& st;
  const std::vector<WordAtoms>& atoms;
  const WordAtoms& operator[](int i) const {
    return atoms[i < 0 ? st.n() + 1 : i];
  }
  uint64_t label(int i) const { return i < 0 ? 0 : st.label(i) + 2; }
};

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
  return HashCombine(0x5348415045ULL, HashBytes(std::string_view(shape, len)));
}

ParserVocabulary::ParserVocabulary(std::vector<uint64_t> hashes)
    : hashes_(std::move(hashes)) {
  std::sort(hashes_.begin(), hashes_.end());
  hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
}

ParserVocabulary ParserVocabulary::Build(
    const std::vector<std::vector<Token>>& sentences, int min_count) {
  std::unordered_map<uint64_t, int> counts;
  for (const auto& s : sentences)
    for (const Token& t : s) ++counts[LowerHash(t.text)];
  std::vector<uint64_t> kept;
  for (const auto& [h, c] : counts)
    if (c >= min_count) kept.push_back(h);
  return ParserVocabulary(std::move(kept));
}

uint64_t ParserVocabulary::WordAtom(std::string_view text) const {
  const uint64_t h = LowerHash(text);
  if (std::binary_search(hashes_.begin(), hashes_.end(), h)) return h;
  return ShapeHash(text);
}

void ComputeAtoms(const std::vector<Token>& tokens,
                  const ParserVocabulary& vocab,
                  std::vector<WordAtoms>* atoms) {
  const size_t n = tokens.size();
  atoms->resize(n + 2);
  int punct = 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    WordAtoms& a = (*atoms)[i];
    a.punct_before = punct;
    punct += IsPunct(t);
    a.w = vocab.WordAtom(t.text);
    a.u = HashCombine(kUposSalt, HashBytes(t.upos));
    a.p = t.xpos.empty() ? a.u : HashCombine(kTagSalt, HashBytes(t.xpos));
  }
  (*atoms)[n] = {HashMix(kRootSalt), HashMix(kRootSalt + 1),
                 HashMix(kRootSalt + 2), punct};
  (*atoms)[n + 1] = {HashMix(kNoneSalt), HashMix(kNoneSalt + 1),
                     HashMix(kNoneSalt + 2), punct};
}

namespace {

// Words, tags and their pairs / triples around s0, s1, s2, b0, b1, b2.
void AddContextFeatures(const View& v, int s0, int s1, int s2, int b0, int b1,
                        int b2, Sink* f) {
  const WordAtoms &S0 = v[s0], &S1 = v[s1], &S2 = v[s2];
  const WordAtoms &B0 = v[b0], &B1 = v[b1], &B2 = v[b2];
  f->Add(1, S0.w), f->Add(2, S0.p), f->Add(3, S0.w, S0.p);
  f->Add(4, S1.w), f->Add(5, S1.p), f->Add(6, S1.w, S1.p);
  f->Add(7, B0.w), f->Add(8, B0.p), f->Add(9, B0.w, B0.p);
  f->Add(10, B1.w), f->Add(11, B1.p), f->Add(12, B1.w, B1.p);
  f->Add(13, B2.w), f->Add(14, B2.p), f->Add(15, S2.p), f->Add(16, S2.w);
  f->Add(17, S0.u), f->Add(18, B0.u), f->Add(19, S1.u);
  f->Add(20, S0.w, S0.p, B0.w, B0.p), f->Add(21, S0.w, S0.p, B0.w);
  f->Add(22, S0.w, B0.w, B0.p), f->Add(23, S0.w, S0.p, B0.p);
  f->Add(24, S0.p, B0.w, B0.p), f->Add(25, S0.w, B0.w);
  f->Add(26, S0.p, B0.p), f->Add(27, B0.p, B1.p);
  f->Add(28, S1.w, S1.p, S0.w, S0.p), f->Add(29, S1.w, S0.w);
  f->Add(30, S1.p, S0.p), f->Add(31, S1.p, S0.w, S0.p);
  f->Add(32, S1.w, S1.p, S0.p), f->Add(33, S1.p, B0.p);
  f->Add(34, S1.w, B0.w), f->Add(35, S1.u, S0.u, B0.u);
  f->Add(40, B0.p, B1.p, B2.p), f->Add(41, S0.p, B0.p, B1.p);
  f->Add(42, S1.p, S0.p, B0.p), f->Add(43, S2.p, S1.p, S0.p);
  f->Add(44, S0.w, B0.p, B1.p), f->Add(45, S1.p, S0.p, B0.w);
}

// Children of s0, s1, b0: words, tags, labels, and tag trigrams.
void AddChildFeatures(const View& v, int s0, int s1, int b0, Sink* f) {
  const ArcHybridState& st = v.st;
  const int s0l = st.leftmost(s0), s0l2 = st.left2(s0);
  const int s0r = st.rightmost(s0), s0r2 = st.right2(s0);
  const int s1r = st.rightmost(s1), s1r2 = st.right2(s1);
  const int b0l = st.leftmost(b0), b0l2 = st.left2(b0);
  const uint64_t S0p = v[s0].p, S1p = v[s1].p, B0p = v[b0].p;
  f->Add(50, S0p, v[s0l].p, B0p), f->Add(51, S0p, v[s0r].p, B0p);
  f->Add(52, S0p, B0p, v[b0l].p), f->Add(53, S1p, v[s1r].p, S0p);
  f->Add(54, S1p, S0p, v[s0l].p), f->Add(55, S1p, S0p, v[s0r].p);
  f->Add(60, v[s0l].w), f->Add(61, v[s0l].p), f->Add(62, v.label(s0l));
  f->Add(63, v[s0r].w), f->Add(64, v[s0r].p), f->Add(65, v.label(s0r));
  f->Add(66, v[b0l].w), f->Add(67, v[b0l].p), f->Add(68, v.label(b0l));
  f->Add(69, v[s1r].w), f->Add(70, v[s1r].p), f->Add(71, v.label(s1r));
  f->Add(72, v[s0l2].w), f->Add(73, v[s0l2].p), f->Add(74, v.label(s0l2));
  f->Add(75, v[s0r2].w), f->Add(76, v[s0r2].p), f->Add(77, v.label(s0r2));
  f->Add(78, v[b0l2].w), f->Add(79, v[b0l2].p), f->Add(80, v.label(b0l2));
  f->Add(81, S0p, v[s0l].p, v[s0l2].p), f->Add(82, S0p, v[s0r].p, v[s0r2].p);
  f->Add(83, B0p, v[b0l].p, v[b0l2].p), f->Add(84, S1p, v[s1r].p, v[s1r2].p);
  f->Add(85, S0p, v.label(s0l), v.label(s0r));
  f->Add(86, S1p, v.label(s1r), S0p);
}

// Pairs of the lookahead words, universal tags, punctuation in between.
void AddExtraFeatures(const View& v, int s0, int s1, int b0, int b1, Sink* f) {
  const ArcHybridState& st = v.st;
  const WordAtoms &S0 = v[s0], &S1 = v[s1], &B0 = v[b0], &B1 = v[b1];
  f->Add(120, B0.w, B1.w), f->Add(121, B0.w, B1.p), f->Add(122, B0.p, B1.w);
  f->Add(123, S0.u, B0.u), f->Add(124, S1.u, S0.u);
  f->Add(125, S0.u, B0.u, B1.u);
  auto between = [&](int a, int b) -> uint64_t {
    if (a < 0 || b < 0) return 7;
    return std::min(v[b].punct_before - v[a + 1].punct_before, 3);
  };
  f->Add(126, S0.p, B0.p, between(s0, b0));
  f->Add(127, S1.p, S0.p, between(s1, s0));
  const int s1l = st.leftmost(s1);
  f->Add(128, v[s1l].p, v.label(s1l), S1.p);
}

// Distance, valency and label sets.
void AddStructureFeatures(const View& v, int s0, int s1, int b0, Sink* f) {
  const ArcHybridState& st = v.st;
  const WordAtoms &S0 = v[s0], &S1 = v[s1], &B0 = v[b0];
  const uint64_t d = Bucket(s0 < 0 ? 0 : b0 - s0);
  const uint64_t d1 = Bucket(s1 < 0 ? 0 : s0 - s1);
  f->Add(90, S0.w, d), f->Add(91, S0.p, d), f->Add(92, B0.w, d);
  f->Add(93, B0.p, d), f->Add(94, S0.w, B0.w, d), f->Add(95, S0.p, B0.p, d);
  f->Add(96, S1.p, S0.p, d1), f->Add(97, S1.w, S0.w, d1);
  const uint64_t s0vl = Cap(st.n_left(s0)), s0vr = Cap(st.n_right(s0));
  const uint64_t b0vl = Cap(st.n_left(b0)), s1vr = Cap(st.n_right(s1));
  f->Add(100, S0.w, s0vr), f->Add(101, S0.p, s0vr), f->Add(102, S0.w, s0vl);
  f->Add(103, S0.p, s0vl), f->Add(104, B0.w, b0vl), f->Add(105, B0.p, b0vl);
  f->Add(106, S1.w, s1vr), f->Add(107, S1.p, s1vr);
  f->Add(110, S0.w, st.right_labels(s0)),
      f->Add(111, S0.p, st.right_labels(s0));
  f->Add(112, S0.w, st.left_labels(s0)), f->Add(113, S0.p, st.left_labels(s0));
  f->Add(114, B0.w, st.left_labels(b0)), f->Add(115, B0.p, st.left_labels(b0));
  f->Add(116, S1.p, st.right_labels(s1));
}

}  // namespace

int ExtractMoveFeatures(const ArcHybridState& st,
                        const std::vector<WordAtoms>& atoms, uint64_t* out,
                        const Perceptron* prefetch) {
  const View v{st, atoms};
  const int s0 = st.S(0), s1 = st.S(1), b0 = st.B(0);
  Sink f(out, 0, prefetch);
  AddContextFeatures(v, s0, s1, st.S(2), b0, st.B(1), st.B(2), &f);
  AddChildFeatures(v, s0, s1, b0, &f);
  AddStructureFeatures(v, s0, s1, b0, &f);
  AddExtraFeatures(v, s0, s1, b0, st.B(1), &f);
  return f.size();
}

int ExtractLabelFeatures(const ArcHybridState& st,
                         const std::vector<WordAtoms>& atoms, int head, int dep,
                         uint64_t* out, const Perceptron* prefetch) {
  const View v{st, atoms};
  const WordAtoms &D = v[dep], &H = v[head];
  const bool left = dep < head;
  Sink f(out, left ? 1 : 2, prefetch);
  f.Add(1, D.w), f.Add(2, D.p), f.Add(3, D.w, D.p), f.Add(4, H.w);
  f.Add(5, H.p), f.Add(6, H.w, H.p), f.Add(7, D.w, H.p), f.Add(8, D.p, H.w);
  f.Add(9, D.p, H.p), f.Add(10, D.w, H.w), f.Add(12, D.u, H.u);
  f.Add(11, D.p, H.p, Bucket(std::abs(head - dep)));
  const uint64_t dl = st.left_labels(dep), dr = st.right_labels(dep);
  f.Add(13, D.p, dl), f.Add(14, D.p, dr), f.Add(15, D.p, H.p, dl, dr);
  f.Add(16, H.p, st.left_labels(head), st.right_labels(head));
  const int dlc = st.leftmost(dep), drc = st.rightmost(dep);
  f.Add(17, D.p, H.p, v.label(dlc), v[dlc].w);
  f.Add(18, D.p, H.p, v.label(drc), v[drc].w);
  const int sibling = left ? st.leftmost(head) : st.rightmost(head);
  f.Add(19, D.p, H.p, v.label(sibling));
  int k = 0;
  for (int c = st.first_child(dep); c != -1 && k < kMaxChildren;
       c = st.next_sibling(c), ++k) {
    f.Add(20, v.label(c), v[c].w, H.p), f.Add(21, v.label(c), v[c].w);
  }
  const int n = st.n();
  f.Add(26, v[dep - 1].p, D.p, H.p);
  f.Add(27, v[dep + 1 < n ? dep + 1 : -1].p, D.p, H.p);
  f.Add(28, v[head - 1].p, D.p, H.p);
  f.Add(29, v[head + 1 < n ? head + 1 : -1].p, D.p, H.p);
  f.Add(30, D.u, D.w),
      f.Add(31, Cap(st.n_left(dep)), Cap(st.n_right(dep)), D.p);
  f.Add(32, v[left ? st.S(1) : st.B(0)].p, D.p, H.p);
  return f.size();
}

}  // namespace dyad
