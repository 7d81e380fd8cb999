#include "analyze/parser.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <utility>

#include "analyze/parser_model.h"
#include "analyze/sentence_encoder.h"

namespace dyad {
namespace {

constexpr uint32_t kParserMagic = 0x314e5044;  // "DPN1"
constexpr char kWindowLabel[] = "parataxis";
constexpr int kTables = 5;  // word, xpos, upos, shape, suffix
constexpr size_t kMaxLabels = 4096;

using nn::Matrix;
using nn::Vector;

std::string_view UniversalPart(std::string_view rel) {
  return rel.substr(0, rel.find(':'));
}

// The relations of a word that modifies a noun phrase from inside it.
bool IsPhraseInternal(std::string_view u) {
  static constexpr std::string_view kInternal[] = {
      "amod",   "compound", "nmod",     "case",  "det",
      "nummod", "flat",     "goeswith", "advmod"};
  return std::find(std::begin(kInternal), std::end(kInternal), u) !=
         std::end(kInternal);
}

char Fold(unsigned char c) {
  return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

Status ReadLabels(ByteReader* r, std::vector<std::string>* labels) {
  uint64_t n;
  if (!r->Varint(&n) || n == 0 || n > kMaxLabels)
    return Status::Corruption("parser: bad label count");
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view s;
    if (!r->Bytes(&s) || s.empty())
      return Status::Corruption("parser: bad label");
    labels->emplace_back(s);
  }
  return Status::OK();
}

Status ReadVocabulary(ByteReader* r, HashVocabulary* vocab) {
  uint64_t n;
  if (!r->Varint(&n) || n > r->remaining() / 8 || !nn::ValidVocabSize(n + 1))
    return Status::Corruption("parser: bad vocabulary size");
  std::vector<uint64_t> hashes(n);
  for (uint64_t& h : hashes) r->U64(&h);
  *vocab = HashVocabulary(std::move(hashes));
  return Status::OK();
}

void WriteVocabulary(const HashVocabulary& v, ByteWriter* w) {
  w->Varint(v.hashes().size());
  for (uint64_t h : v.hashes()) w->U64(h);
}

// What the decoding constraints need to know of a word.
enum class WordClass : uint8_t {
  kOther,
  kClauseVerb,   // a verb the tags show heads a clause
  kAuxLikeVerb,  // the same with a lemma that is often an auxiliary (have)
  kPresentVerb,  // VBZ / VBP: heads a clause, or is a mistagged noun
  kNominal,      // PROPN, PRON, NUM
  kCommonNoun,   // NOUN
  kPunct,
  kAdposition,
  kInfinitiveTo
};

// A lexical verb that is finite, bare after "to" or a modal, or a
// participle after an auxiliary heads a clause.
WordClass ClassOf(const std::vector<Token>& tokens, int i) {
  const Token& t = tokens[i];
  if (t.upos == "PUNCT") return WordClass::kPunct;
  if (t.upos == "ADP") return WordClass::kAdposition;
  if (t.upos == "PART" && t.xpos == "TO") return WordClass::kInfinitiveTo;
  if (t.upos == "NOUN") return WordClass::kCommonNoun;
  if (t.upos == "PROPN" || t.upos == "PRON" || t.upos == "NUM")
    return WordClass::kNominal;
  if (t.upos != "VERB") return WordClass::kOther;
  const bool aux_like = t.lemma == "have" || t.lemma == "be" || t.lemma == "do";
  if (t.xpos == "VBD")
    return aux_like ? WordClass::kAuxLikeVerb : WordClass::kClauseVerb;
  if (t.xpos == "VBZ" || t.xpos == "VBP") return WordClass::kPresentVerb;
  // "to deepen", "would trigger", "will not sign", "has condemned".
  int before = i - 1;
  if (before > 0 && tokens[before].xpos == "RB") --before;
  if (before < 0) return WordClass::kOther;
  const std::string& b = tokens[before].xpos;
  const std::string& aux = tokens[before].lemma;
  const bool marked = (t.xpos == "VB" && (b == "TO" || b == "MD")) ||
                      (t.xpos == "VBN" && (aux == "have" || aux == "be"));
  return marked ? WordClass::kClauseVerb : WordClass::kOther;
}

bool IsNominal(WordClass c) {
  return c == WordClass::kNominal || c == WordClass::kCommonNoun;
}

bool HeadsClause(WordClass c) {
  return c == WordClass::kClauseVerb || c == WordClass::kAuxLikeVerb;
}

// Reusable buffers of one decoding thread.
struct Scratch {
  std::vector<SentenceIds> ids;     // of a batch
  std::vector<Encoding> encodings;  // of a batch
  // Of the sentence being decoded:
  std::vector<WordClass> classes;
  Matrix pre;  // Encoding::pre
  Matrix label_scores;
  Vector hidden, label_hidden;
  ArcHybridState state;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// True when LEFT would make a clause's verb (s0) a dependent of a noun,
// pronoun or number after it (b0) with no punctuation between them and no
// subordinator on the verb ("as", "when"; the infinitive's "to" is none). In
// the UD training data this happens to 41 of 17,661 lexical verbs ("the call in
// number"); the network, unsure of headline-like sentences, does it far more
// often ("Britain slashed aid to Yemen" as a noun phrase), and those parses
// lose the clause's event.
bool VerbUnderNoun(const ParserModel& m, const Scratch& s) {
  const ArcHybridState& st = s.state;
  const int verb = st.S(0), noun = st.B(0);
  if (verb < 0 || noun >= st.n()) return false;
  if ((!HeadsClause(s.classes[verb]) &&
       s.classes[verb] != WordClass::kPresentVerb) ||
      !IsNominal(s.classes[noun]))
    return false;
  for (int i = verb + 1; i < noun; ++i)
    if (s.classes[i] == WordClass::kPunct) return false;
  for (int c = st.first_child(verb); c != -1; c = st.next_sibling(c))
    if ((m.label_kinds[st.label(c)] & ParserModel::kSubordinator) &&
        s.classes[c] != WordClass::kInfinitiveTo)
      return false;
  return true;
}

// True when RIGHT would hang a clause's verb (s0) on the noun right before
// it (s1): "Egypt, Jordan coordinated positions" makes the noun the verb's
// subject, not the verb the noun's clause (14 of 4,009 past-tense verbs in
// the UD training data, "whoever wrote it").
bool VerbOnNounBefore(const Scratch& s) {
  const ArcHybridState& st = s.state;
  const int verb = st.S(0), noun = st.S(1);
  return verb >= 0 && noun >= 0 && noun == verb - 1 && noun < st.n() &&
         HeadsClause(s.classes[verb]) && IsNominal(s.classes[noun]);
}

// True when s0 is a noun right before a clause's verb (b0), or before the
// verb's own auxiliaries and adverbs ("Tony Blair has dismissed"): the noun
// is complete, the verb's subject (LEFT) or a dependent of s1 (RIGHT), in
// all but 10 of 3,036 adjacent pairs and 5 of 5,934 pairs with an
// auxiliary between in the UD training data. Shifting the verb over it
// would leave the verb to hang on the noun later ("Maoist rebels wounded
// three policemen" as a noun phrase). Not before a verb that may be a
// mistagged auxiliary: "Kyiv had cut ties" needs "cut" first.
bool NounBeforeVerb(const ParserModel& m, const Scratch& s) {
  const ArcHybridState& st = s.state;
  const int noun = st.S(0), verb = st.B(0);
  if (noun < 0 || verb >= st.n() || !IsNominal(s.classes[noun]) ||
      s.classes[verb] != WordClass::kClauseVerb)
    return false;
  for (int k = noun + 1; k < verb; ++k)
    if (st.head(k) != verb ||
        !(m.label_kinds[st.label(k)] & ParserModel::kAuxiliaryOrAdverb))
      return false;
  return true;
}

// Moves against near-certain facts of UD English, which the network
// sometimes ignores, lose their score: VerbUnderNoun, VerbOnNounBefore,
// NounBeforeVerb, and two more. The
// infinitive's "to" and punctuation head nothing (12 of 3,656 and 5 of
// 26,949 in the training data), and "to" right before a bare verb is that
// verb's marker (3,226 of 3,233).
void ApplyMoveConstraints(const ParserModel& m, const Scratch& s,
                          float* scores) {
  const ArcHybridState& st = s.state;
  if (VerbUnderNoun(m, s)) scores[kLeft] = -HUGE_VALF;
  if (VerbOnNounBefore(s)) scores[kRight] = -HUGE_VALF;
  if (NounBeforeVerb(m, s)) scores[kShift] = -HUGE_VALF;
  for (const Move move : {kLeft, kRight}) {
    const int head = st.HeadOf(move);
    if (head < 0 || head >= st.n()) continue;
    const WordClass c = s.classes[head];
    if (c == WordClass::kInfinitiveTo || c == WordClass::kPunct)
      scores[move] = -HUGE_VALF;
  }
  const int to = st.S(0), verb = st.B(0);
  if (to >= 0 && verb == to + 1 && verb < st.n() &&
      s.classes[to] == WordClass::kInfinitiveTo &&
      s.classes[verb] == WordClass::kClauseVerb)
    scores[kShift] = scores[kRight] = -HUGE_VALF;
}

int ChooseMove(const ParserModel& m, Scratch* s) {
  const ArcHybridState& st = s->state;
  const int forced = parser_internal::ForcedMove(st);
  if (forced != -1) return forced;
  const int n = st.n(), k = m.dims.move_mlp;
  const int cols[4] = {EncodingColumn(st.S(0), n), EncodingColumn(st.S(1), n),
                       EncodingColumn(st.S(2), n), EncodingColumn(st.B(0), n)};
  s->hidden = m.net.move_b.col(0);
  for (int p = 0; p < 4; ++p)
    s->hidden += s->pre.col(cols[p]).segment(p * k, k);
  s->hidden = s->hidden.array().tanh();
  float scores[kNumMoves];
  for (int move = 0; move < kNumMoves; ++move)
    scores[move] =
        m.net.move_out.row(move).dot(s->hidden) + m.net.move_out_b(move, 0);
  ApplyMoveConstraints(m, *s, scores);
  return parser_internal::BestValidMove(st, scores);
}

// True when a preposition is the case marker of `dep` ("insisted on
// guarantees"): such a nominal is an oblique or a modifier, never an object
// or a predicate (no object and 33 predicates of 18,000 in the UD training
// data). Subjects stay allowed: when the tagger takes a subordinator for a
// preposition ("after protesters stormed"), the subject is still right.
bool CaseMarked(const ParserModel& m, const Scratch& s, int dep) {
  const ArcHybridState& st = s.state;
  if (!IsNominal(s.classes[dep])) return false;
  for (int c = st.first_child(dep); c != -1; c = st.next_sibling(c))
    if (s.classes[c] == WordClass::kAdposition &&
        (m.label_kinds[st.label(c)] & ParserModel::kCase))
      return true;
  return false;
}

// Takes the labels of one kind out of the running.
void ExcludeLabels(const ParserModel& m, uint8_t kind, Scratch* s) {
  for (size_t l = 0; l < m.labels.size(); ++l)
    if (m.label_kinds[l] & kind) s->label_scores(l, 0) = -HUGE_VALF;
}

int ChooseLabel(const ParserModel& m, int dep, int head, Scratch* s) {
  const int k = m.dims.label_mlp, at = 4 * m.dims.move_mlp;
  s->label_hidden = (s->pre.col(dep).segment(at, k) +
                     s->pre.col(head).segment(at + k, k) + m.net.label_b.col(0))
                        .array()
                        .tanh();
  m.label_out.Affine(m.net.label_out_b, s->label_hidden.data(), k, 1,
                     &s->label_scores);
  if (CaseMarked(m, *s, dep)) ExcludeLabels(m, ParserModel::kCoreArgument, s);
  // The verb of a clause is a clause of what it hangs on, never a noun's
  // modifier ("Jordan coordinated" is no adjective): of 14,346 such verbs
  // in the UD training data, 11 are amod, compound or fixed. Object and
  // subject stay allowed: they are what a noun mistagged as a verb is
  // ("announced live-fire exercises").
  if (HeadsClause(s->classes[dep]))
    ExcludeLabels(m, ParserModel::kPhraseInternal, s);
  // A common noun modifies a noun as a compound, not as an adjective or a
  // number ("bomb attack"; fewer than 3 NOUN amod in the UD training data).
  if (s->classes[dep] == WordClass::kCommonNoun)
    ExcludeLabels(m, ParserModel::kAdjectival, s);
  return parser_internal::BestLabel(
      s->label_scores.data(), static_cast<int>(m.labels.size()), m.root_label);
}

// Greedy decoding of one sentence whose encoding is in s->pre.
void Decode(const ParserModel& m, std::vector<Token>* tokens, Scratch* s) {
  const int n = static_cast<int>(tokens->size());
  s->classes.resize(n);
  for (int i = 0; i < n; ++i) s->classes[i] = ClassOf(*tokens, i);
  ArcHybridState& st = s->state;
  st.Reset(n);
  while (!st.Terminal()) {
    const Move move = static_cast<Move>(ChooseMove(m, s));
    const int head = st.HeadOf(move), dep = st.DependentOf(move);
    int label = -1;
    if (move != kShift)
      label = head == n ? m.root_label : ChooseLabel(m, dep, head, s);
    st.Apply(move, label);
  }
  for (int i = 0; i < n; ++i) {
    (*tokens)[i].head = st.head(i) == n ? -1 : st.head(i);
    (*tokens)[i].deprel = m.labels[st.label(i)];
  }
}

}  // namespace

uint64_t LowerHash(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) h = (h ^ Fold(c)) * 0x100000001b3ULL;
  return HashMix(h);
}

uint64_t SuffixHash(std::string_view text) {
  return HashCombine(
      0x535546ULL,
      LowerHash(text.substr(text.size() - std::min<size_t>(text.size(), 3))));
}

int ShapeClass(std::string_view text) {
  bool digit = false, lower = false, upper = false;
  for (unsigned char c : text) {
    digit |= c >= '0' && c <= '9';
    lower |= c >= 'a' && c <= 'z';
    upper |= c >= 'A' && c <= 'Z';
  }
  if (digit) return 3;
  if (!lower && !upper) return 4;
  if (!lower && text.size() > 1) return 2;
  return text[0] >= 'A' && text[0] <= 'Z' ? 1 : 0;
}

HashVocabulary::HashVocabulary(std::vector<uint64_t> hashes)
    : hashes_(std::move(hashes)) {
  std::sort(hashes_.begin(), hashes_.end());
  hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
}

int HashVocabulary::Id(uint64_t hash) const {
  auto it = std::lower_bound(hashes_.begin(), hashes_.end(), hash);
  if (it == hashes_.end() || *it != hash) return 0;
  return static_cast<int>(it - hashes_.begin()) + 1;
}

nn::VocabSizes ParserModel::sizes() const {
  return {words.size(), xpos.size(), upos.size(), suffixes.size(),
          static_cast<int>(labels.size())};
}

void ParserModel::Lookup(const std::vector<Token>& tokens,
                         SentenceIds* ids) const {
  const size_t n = tokens.size();
  for (auto* v :
       {&ids->word, &ids->xpos, &ids->upos, &ids->shape, &ids->suffix})
    v->resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    ids->word[i] = words.Id(LowerHash(t.text));
    ids->xpos[i] = xpos.Id(HashBytes(t.xpos));
    ids->upos[i] = upos.Id(HashBytes(t.upos));
    ids->shape[i] = t.text.empty() ? 4 : ShapeClass(t.text);
    ids->suffix[i] = suffixes.Id(SuffixHash(t.text));
  }
}

void ParserModel::Prepare() {
  const Matrix* tables[kTables] = {&net.word, &net.xpos, &net.upos, &net.shape,
                                   &net.suffix};
  first_layer.assign(2 * kTables, {});
  for (int dir = 0; dir < 2; ++dir) {
    const nn::LstmWeights& w = net.lstm[dir];
    Eigen::Index col = 0;
    for (int t = 0; t < kTables; ++t) {
      const Eigen::Index d = tables[t]->rows();
      first_layer[dir * kTables + t].noalias() =
          w.wx.middleCols(col, d) * *tables[t];
      col += d;
    }
    first_layer[dir * kTables + 3].colwise() += w.b.col(0);
  }
  upper_wx.clear(), upper_b.clear(), recurrent.clear();
  for (size_t l = 2; l < net.lstm.size(); l += 2) {
    const nn::LstmWeights &f = net.lstm[l], &b = net.lstm[l + 1];
    Matrix wx(f.wx.rows() * 2, f.wx.cols());
    wx << f.wx, b.wx;
    upper_wx.emplace_back(wx);
    upper_b.emplace_back(f.b.rows() * 2, 1);
    upper_b.back() << f.b, b.b;
  }
  for (const nn::LstmWeights& w : net.lstm) recurrent.emplace_back(w.wh);
  Matrix stacked(net.move_in.rows() + net.label_in.rows(), net.move_in.cols());
  stacked << net.move_in, net.label_in;
  scorer_in = nn::PackedMatrix(stacked);
  label_out = nn::PackedMatrix(net.label_out);
  label_kinds.assign(labels.size(), 0);
  for (size_t l = 0; l < labels.size(); ++l) {
    const std::string_view u = UniversalPart(labels[l]);
    if (u == "mark" || u == "advmod") label_kinds[l] |= kSubordinator;
    if (u == "aux" || u == "advmod") label_kinds[l] |= kAuxiliaryOrAdverb;
    if (u == "case") label_kinds[l] |= kCase;
    if (u == "obj" || u == "iobj" || u == "xcomp")
      label_kinds[l] |= kCoreArgument;
    if (IsPhraseInternal(u)) label_kinds[l] |= kPhraseInternal;
    if (u == "amod" || u == "nummod") label_kinds[l] |= kAdjectival;
  }
}

size_t ParserModel::MemoryBytes() const {
  size_t bytes = net.NumWeights() * sizeof(float);
  for (const auto* list : {&first_layer, &upper_b})
    for (const Matrix& m : *list) bytes += m.size() * sizeof(float);
  for (const auto* list : {&upper_wx, &recurrent})
    for (const nn::PackedMatrix& m : *list) bytes += m.MemoryBytes();
  bytes += scorer_in.MemoryBytes() + label_out.MemoryBytes();
  for (const HashVocabulary* v : {&words, &suffixes, &xpos, &upos})
    bytes += v->hashes().capacity() * sizeof(uint64_t);
  return bytes;
}

namespace parser_internal {

int ForcedMove(const ArcHybridState& st) {
  int found = -1;
  for (int m = 0; m < kNumMoves; ++m) {
    if (!st.CanApply(static_cast<Move>(m))) continue;
    if (found != -1) return -1;
    found = m;
  }
  return found;
}

Move BestValidMove(const ArcHybridState& state, const float* scores) {
  int best = -1;
  for (int m = 0; m < kNumMoves; ++m) {
    if (!state.CanApply(static_cast<Move>(m))) continue;
    if (best == -1 || scores[m] > scores[best]) best = m;
  }
  return static_cast<Move>(best);
}

int BestLabel(const float* scores, int n_labels, int excluded) {
  int best = -1;
  for (int l = 0; l < n_labels; ++l) {
    if (l == excluded) continue;
    if (best == -1 || scores[l] > scores[best]) best = l;
  }
  return best == -1 ? excluded : best;
}

}  // namespace parser_internal

Parser::Parser(std::unique_ptr<ParserModel> model, const ParserOptions& options)
    : model_(std::move(model)), options_(options) {
  options_.max_sentence_tokens = std::max(options_.max_sentence_tokens, 1);
  options_.max_batch_tokens = std::max(options_.max_batch_tokens, 1);
  if (model_->first_layer.empty()) model_->Prepare();
}

Parser::~Parser() = default;

const std::vector<std::string>& Parser::labels() const {
  return model_->labels;
}

StatusOr<std::unique_ptr<Parser>> Parser::Deserialize(
    std::string_view blob, const ParserOptions& options) {
  ByteReader r(blob);
  uint32_t magic;
  if (!r.U32(&magic) || magic != kParserMagic)
    return Status::Corruption("parser: not a neural parser model");
  auto m = std::make_unique<ParserModel>();
  DYAD_RETURN_IF_ERROR(nn::ReadDims(&r, &m->dims));
  DYAD_RETURN_IF_ERROR(ReadLabels(&r, &m->labels));
  for (HashVocabulary* v : {&m->words, &m->suffixes, &m->xpos, &m->upos})
    DYAD_RETURN_IF_ERROR(ReadVocabulary(&r, v));
  DYAD_RETURN_IF_ERROR(m->net.Deserialize(m->dims, m->sizes(), &r));
  if (r.remaining() != 0)
    return Status::Corruption("parser: trailing bytes after the model");
  auto root = std::find(m->labels.begin(), m->labels.end(), kRootLabel);
  if (root == m->labels.end())
    return Status::Corruption("parser: no root label");
  m->root_label = static_cast<int>(root - m->labels.begin());
  return std::make_unique<Parser>(std::move(m), options);
}

void Parser::Serialize(std::string* blob) const {
  ByteWriter w(blob);
  w.U32(kParserMagic);
  nn::WriteDims(model_->dims, &w);
  w.Varint(model_->labels.size());
  for (const std::string& l : model_->labels) w.Bytes(l);
  for (const HashVocabulary* v :
       {&model_->words, &model_->suffixes, &model_->xpos, &model_->upos})
    WriteVocabulary(*v, &w);
  model_->net.Serialize(&w);
}

size_t Parser::MemoryBytes() const { return model_->MemoryBytes(); }

void Parser::Parse(std::vector<Token>* tokens) const {
  std::vector<Token>* one[] = {tokens};
  ParseAll(one);
}

void Parser::ParseAll(std::span<std::vector<Token>* const> sentences) const {
  // A long sentence's windows are parsed as sentences of their own.
  const int window = options_.max_sentence_tokens;
  std::deque<std::vector<Token>> windows;  // stable addresses
  std::vector<std::vector<Token>*> units;
  for (std::vector<Token>* t : sentences) {
    const int n = static_cast<int>(t->size());
    if (n <= window) {
      if (n > 0) units.push_back(t);
      continue;
    }
    for (int start = 0; start < n; start += window) {
      const int end = std::min(n, start + window);
      windows.emplace_back(t->begin() + start, t->begin() + end);
      units.push_back(&windows.back());
    }
  }
  // Batches of at most max_batch_tokens words (or one longer window).
  for (size_t b = 0, e = 0; b < units.size(); b = e) {
    int words = 0;
    for (e = b; e < units.size(); ++e) {
      const int n = static_cast<int>(units[e]->size());
      if (e > b && words + n > options_.max_batch_tokens) break;
      words += n;
    }
    ParseBatch(std::span(units).subspan(b, e - b));
  }
  size_t next = 0;
  for (std::vector<Token>* t : sentences)
    if (static_cast<int>(t->size()) > window) JoinWindows(&windows, &next, t);
}

void Parser::JoinWindows(std::deque<std::vector<Token>>* windows, size_t* next,
                         std::vector<Token>* tokens) const {
  const int n = static_cast<int>(tokens->size());
  const int window = options_.max_sentence_tokens;
  int first_root = -1;
  for (int start = 0; start < n; start += window) {
    const std::vector<Token>& part = (*windows)[(*next)++];
    for (int i = 0; i < static_cast<int>(part.size()); ++i) {
      Token& t = (*tokens)[start + i];
      t.deprel = part[i].deprel;
      t.head = part[i].head < 0 ? -1 : part[i].head + start;
      if (part[i].head >= 0) continue;
      if (first_root == -1) {
        first_root = start + i;
      } else {
        t.head = first_root;
        t.deprel = kWindowLabel;
      }
    }
  }
}

void Parser::ParseBatch(std::span<std::vector<Token>* const> batch) const {
  const ParserModel& m = *model_;
  Scratch& s = ThreadScratch();
  s.ids.resize(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) m.Lookup(*batch[i], &s.ids[i]);
  EncodeBatch(m, s.ids, &s.encodings);
  for (size_t i = 0; i < batch.size(); ++i) {
    s.pre.swap(s.encodings[i].pre);
    Decode(m, batch[i], &s);
  }
}

void AddAttachmentScores(const std::vector<Token>& gold,
                         const std::vector<Token>& predicted,
                         AttachmentScores* scores) {
  const size_t n = std::min(gold.size(), predicted.size());
  scores->words += gold.size();
  for (size_t i = 0; i < n; ++i) {
    if (gold[i].head != predicted[i].head) continue;
    ++scores->heads;
    scores->labeled +=
        UniversalPart(gold[i].deprel) == UniversalPart(predicted[i].deprel);
    scores->labeled_full += gold[i].deprel == predicted[i].deprel;
  }
}

}  // namespace dyad
