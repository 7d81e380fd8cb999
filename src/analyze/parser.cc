#include "analyze/parser.h"

#include <algorithm>
#include <utility>

namespace dyad {
namespace {

constexpr uint32_t kParserMagic = 0x31535044;  // "DPS1"
constexpr char kWindowLabel[] = "parataxis";

std::string_view UniversalPart(std::string_view rel) {
  return rel.substr(0, rel.find(':'));
}

Status ReadLabels(ByteReader* r, std::vector<std::string>* labels) {
  uint64_t n;
  if (!r->Varint(&n) || n == 0 || n > 4096)
    return Status::Corruption("parser: bad label count");
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view s;
    if (!r->Bytes(&s) || s.empty())
      return Status::Corruption("parser: bad label");
    labels->emplace_back(s);
  }
  return Status::OK();
}

Status ReadVocabulary(ByteReader* r, ParserVocabulary* vocab) {
  uint64_t n;
  if (!r->Varint(&n) || n > r->remaining() / 8)
    return Status::Corruption("parser: bad vocabulary size");
  std::vector<uint64_t> hashes(n);
  for (uint64_t& h : hashes) r->U64(&h);
  *vocab = ParserVocabulary(std::move(hashes));
  return Status::OK();
}

Status ReadPerceptron(ByteReader* r, int n_classes, Perceptron* p) {
  std::string_view blob;
  if (!r->Bytes(&blob)) return Status::Corruption("parser: truncated model");
  DYAD_RETURN_IF_ERROR(Perceptron::Deserialize(blob, p));
  if (p->num_classes() != n_classes)
    return Status::Corruption("parser: model has the wrong number of classes");
  return Status::OK();
}

}  // namespace

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

Parser::Parser(ParserModel model, const ParserOptions& options)
    : model_(std::move(model)), options_(options) {
  root_label_ = LabelId(kRootLabel);
  options_.max_sentence_tokens = std::max(options_.max_sentence_tokens, 1);
}

int Parser::LabelId(const char* label) {
  auto it = std::find(model_.labels.begin(), model_.labels.end(), label);
  if (it == model_.labels.end()) it = model_.labels.insert(it, label);
  return static_cast<int>(it - model_.labels.begin());
}

StatusOr<std::unique_ptr<Parser>> Parser::Deserialize(
    std::string_view blob, const ParserOptions& options) {
  ByteReader r(blob);
  uint32_t magic;
  if (!r.U32(&magic) || magic != kParserMagic)
    return Status::Corruption("parser: not a parser model");
  ParserModel m;
  DYAD_RETURN_IF_ERROR(ReadLabels(&r, &m.labels));
  DYAD_RETURN_IF_ERROR(ReadVocabulary(&r, &m.vocab));
  DYAD_RETURN_IF_ERROR(ReadPerceptron(&r, kNumMoves, &m.moves));
  const int n_labels = static_cast<int>(m.labels.size());
  DYAD_RETURN_IF_ERROR(ReadPerceptron(&r, n_labels, &m.labeler));
  if (r.remaining() != 0)
    return Status::Corruption("parser: trailing bytes after the model");
  if (std::find(m.labels.begin(), m.labels.end(), kRootLabel) == m.labels.end())
    return Status::Corruption("parser: no root label");
  return std::make_unique<Parser>(std::move(m), options);
}

void Parser::Serialize(std::string* blob) const {
  ByteWriter w(blob);
  w.U32(kParserMagic);
  w.Varint(model_.labels.size());
  for (const std::string& l : model_.labels) w.Bytes(l);
  w.Varint(model_.vocab.hashes().size());
  for (uint64_t h : model_.vocab.hashes()) w.U64(h);
  std::string part;
  model_.moves.Serialize(&part);
  w.Bytes(part);
  part.clear();
  model_.labeler.Serialize(&part);
  w.Bytes(part);
}

size_t Parser::MemoryBytes() const {
  return model_.moves.MemoryBytes() + model_.labeler.MemoryBytes() +
         model_.vocab.hashes().capacity() * sizeof(uint64_t);
}

void Parser::Parse(std::vector<Token>* tokens) const {
  const int n = static_cast<int>(tokens->size());
  const int window = options_.max_sentence_tokens;
  if (n <= window) return ParseWindow(tokens);
  int first_root = -1;
  for (int start = 0; start < n; start += window) {
    const int end = std::min(n, start + window);
    std::vector<Token> part(tokens->begin() + start, tokens->begin() + end);
    ParseWindow(&part);
    for (int i = 0; i < end - start; ++i) {
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

void Parser::ParseWindow(std::vector<Token>* tokens) const {
  const int n = static_cast<int>(tokens->size());
  if (n == 0) return;
  std::vector<WordAtoms> atoms;
  ComputeAtoms(*tokens, model_.vocab, &atoms);
  std::vector<int> heads, labels;
  ParseWords(atoms, n, &heads, &labels);
  for (int i = 0; i < n; ++i) {
    (*tokens)[i].head = heads[i] == n ? -1 : heads[i];
    (*tokens)[i].deprel = model_.labels[labels[i]];
  }
}

void Parser::ParseWords(const std::vector<WordAtoms>& atoms, int m,
                        std::vector<int>* heads,
                        std::vector<int>* labels) const {
  const int n_labels = static_cast<int>(model_.labels.size());
  ArcHybridState st;
  st.Reset(m);
  uint64_t feats[kMaxFeatures];
  float scores[kNumMoves];
  std::vector<float> label_scores(n_labels);
  while (!st.Terminal()) {
    int move = parser_internal::ForcedMove(st);
    if (move == -1) {
      const int k = ExtractMoveFeatures(st, atoms, feats, &model_.moves);
      model_.moves.Score({feats, static_cast<size_t>(k)}, scores);
      move = parser_internal::BestValidMove(st, scores);
    }
    int label = -1;
    if (move != kShift) {
      const int head = st.HeadOf(static_cast<Move>(move));
      const int dep = st.DependentOf(static_cast<Move>(move));
      label = root_label_;
      if (head != m) {
        const int k =
            ExtractLabelFeatures(st, atoms, head, dep, feats, &model_.labeler);
        model_.labeler.Score({feats, static_cast<size_t>(k)},
                             label_scores.data());
        label = parser_internal::BestLabel(label_scores.data(), n_labels,
                                           root_label_);
      }
    }
    st.Apply(static_cast<Move>(move), label);
  }
  heads->resize(m);
  labels->resize(m);
  for (int k = 0; k < m; ++k) {
    (*heads)[k] = st.head(k);
    (*labels)[k] = st.label(k);
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
