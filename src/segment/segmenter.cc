// TEMPORARY placeholder: whitespace tokens, one sentence per paragraph.
#include "dyad/segmenter.h"

namespace dyad {
namespace {

class SimpleSegmenter : public Segmenter {
 public:
  void Segment(const Article& article,
               std::vector<Sentence>* out) const override {
    for (uint32_t i = 0; i < article.paragraphs.size(); ++i) {
      const Paragraph& p = article.paragraphs[i];
      SegmentText(article.Slice(p.body_begin, p.end), p.body_begin, i, out);
    }
  }
  void SegmentText(std::string_view text, uint32_t base, uint32_t paragraph,
                   std::vector<Sentence>* out) const override {
    Sentence s;
    s.paragraph = paragraph;
    Tokenize(text, base, &s.tokens);
    if (s.tokens.empty()) return;
    s.begin = s.tokens.front().begin;
    s.end = s.tokens.back().end;
    out->push_back(std::move(s));
  }
  void Tokenize(std::string_view text, uint32_t base,
                std::vector<Token>* out) const override {
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && isspace(static_cast<unsigned char>(text[i]))) ++i;
      size_t j = i;
      while (j < text.size() && !isspace(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i) {
        Token t;
        t.text = std::string(text.substr(i, j - i));
        t.begin = base + i;
        t.end = base + j;
        out->push_back(std::move(t));
      }
      i = j;
    }
  }
};

}  // namespace

std::unique_ptr<Segmenter> Segmenter::Create(const SegmentOptions& options) {
  return std::make_unique<SimpleSegmenter>();
}

}  // namespace dyad
