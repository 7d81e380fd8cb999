// The rule-based Segmenter: Tokenizer + SentenceSplitter over each paragraph.
#include "dyad/segmenter.h"

#include <algorithm>

#include "segment/char_class.h"
#include "segment/lexicon.h"
#include "segment/reuse.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"

namespace dyad {
namespace {

using segment::SentenceRange;
using segment::Span;

// Converts to the Token of `span` of `text` (offsets shifted by `base`).
// Passing one to emplace_back builds the Token in place by default
// initialisation: an emplace_back() without arguments would value-initialise
// it, zeroing all of Token before its constructor runs, which costs more
// than the rest of the token.
struct TokenMaker {
  std::string_view text;
  uint32_t base;
  const Span& span;

  operator Token() const {
    Token t;
    t.text.append(text.data() + span.begin, span.end - span.begin);
    t.begin = base + span.begin;
    t.end = base + span.end;
    size_t len = 1;
    t.space_after =
        span.end >= text.size() || segment::IsSpaceAt(text, span.end, &len);
    return t;
  }
};

void AddToken(std::string_view text, uint32_t base, const Span& span,
              std::vector<Token>* tokens) {
  tokens->emplace_back(TokenMaker{text, base, span});
}

// UD English writes an abbreviation that ends a sentence without its period,
// followed by the period as a token: "... etc" ".", "... the U.S" ".".
bool EndsWithAbbreviation(const std::vector<Span>& spans,
                          const SentenceRange& r) {
  const Span& last = spans[r.last - 1];
  return (last.kind == segment::SpanKind::kAbbrev ||
          last.kind == segment::SpanKind::kInitial) &&
         last.end - last.begin > 1;
}

void SplitFinalPeriod(std::vector<Token>* tokens) {
  Token& last = tokens->back();
  Token period;
  period.text = ".";
  period.begin = last.end - 1;
  period.end = last.end;
  period.space_after = last.space_after;
  last.text.pop_back();
  last.end -= 1;
  last.space_after = false;
  tokens->push_back(std::move(period));  // invalidates `last`
}

// Where SegmentInto puts sentences: appended to a vector, or written over
// the sentences already in it (keeping their token buffers).
class SentenceSink {
 public:
  // `reuse`: overwrite out's sentences from the first; else append.
  SentenceSink(std::vector<Sentence>* out, bool reuse)
      : out_(out), next_(reuse ? 0 : out->size()) {}

  // A fresh sentence, at the end of what was written so far.
  Sentence& Next() {
    if (next_ == out_->size()) {
      ++next_;
      return out_->emplace_back();
    }
    Sentence& s = (*out_)[next_++];
    std::vector<Token> tokens = std::move(s.tokens);
    tokens.clear();
    s = Sentence();  // every field fresh, whatever Sentence holds
    s.tokens = std::move(tokens);
    return s;
  }

  // Drops the sentences left over from before that were not overwritten.
  void Finish() { out_->erase(out_->begin() + next_, out_->end()); }

 private:
  std::vector<Sentence>* out_;
  size_t next_;
};

class RuleSegmenter : public Segmenter {
 public:
  explicit RuleSegmenter(const SegmentOptions& options)
      : tokenizer_(segment::Lexicon::Default(), options.max_token_bytes),
        splitter_(segment::Lexicon::Default(), options.max_sentence_tokens),
        max_tokens_(options.max_sentence_tokens) {}

  void Segment(const Article& article,
               std::vector<Sentence>* out) const override {
    SentenceSink sink(out, /*reuse=*/false);
    SegmentArticle(article, &sink);
  }

  void SegmentOver(const Article& article, std::vector<Sentence>* out) const {
    SentenceSink sink(out, /*reuse=*/true);
    SegmentArticle(article, &sink);
    sink.Finish();
  }

  void SegmentText(std::string_view text, uint32_t base, uint32_t paragraph,
                   std::vector<Sentence>* out) const override {
    std::vector<Span> spans;
    std::vector<SentenceRange> ranges;
    SentenceSink sink(out, /*reuse=*/false);
    SegmentInto(text, base, paragraph, &spans, &ranges, &sink);
  }

  void Tokenize(std::string_view text, uint32_t base,
                std::vector<Token>* out) const override {
    std::vector<Span> spans;
    spans.reserve(text.size() / 4 + 1);
    tokenizer_.Scan(text, &spans);
    const size_t need = out->size() + spans.size();
    if (need > out->capacity()) {
      out->reserve(std::max(need, 2 * out->capacity()));  // stay geometric
    }
    for (const Span& s : spans) AddToken(text, base, s, out);
  }

 private:
  void SegmentArticle(const Article& article, SentenceSink* sink) const {
    std::vector<Span> spans;
    std::vector<SentenceRange> ranges;
    spans.reserve(article.text.size() / 4 + 16);  // about 5 bytes a token
    const uint32_t size = static_cast<uint32_t>(article.text.size());
    for (uint32_t i = 0; i < article.paragraphs.size(); ++i) {
      const Paragraph& p = article.paragraphs[i];
      uint32_t end = std::min(p.end, size);
      uint32_t begin = std::clamp(p.body_begin, std::min(p.begin, end), end);
      SegmentInto(article.Slice(begin, end), begin, i, &spans, &ranges, sink);
    }
  }

  void SegmentInto(std::string_view text, uint32_t base, uint32_t paragraph,
                   std::vector<Span>* spans, std::vector<SentenceRange>* ranges,
                   SentenceSink* sink) const {
    spans->clear();
    ranges->clear();
    spans->reserve(text.size() / 4 + 1);
    tokenizer_.Scan(text, spans);
    splitter_.Split(text, *spans, ranges);
    for (const SentenceRange& r : *ranges) {
      Sentence& s = sink->Next();
      s.paragraph = paragraph;
      s.tokens.reserve(r.last - r.first + 1);
      for (size_t k = r.first; k < r.last; ++k) {
        AddToken(text, base, (*spans)[k], &s.tokens);
      }
      if (EndsWithAbbreviation(*spans, r) && r.last - r.first < max_tokens_) {
        SplitFinalPeriod(&s.tokens);
      }
      s.begin = s.tokens.front().begin;
      s.end = s.tokens.back().end;
    }
  }

  segment::Tokenizer tokenizer_;
  segment::SentenceSplitter splitter_;
  size_t max_tokens_;
};

}  // namespace

std::unique_ptr<Segmenter> Segmenter::Create(const SegmentOptions& options) {
  return std::make_unique<RuleSegmenter>(options);
}

namespace segment {

void SegmentReusing(const Segmenter& segmenter, const Article& article,
                    std::vector<Sentence>* sentences) {
  if (auto* rule = dynamic_cast<const RuleSegmenter*>(&segmenter)) {
    rule->SegmentOver(article, sentences);
    return;
  }
  sentences->clear();
  segmenter.Segment(article, sentences);
}

}  // namespace segment

}  // namespace dyad
