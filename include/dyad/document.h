// Documents and the article text extracted from them.
//
// A Document is one input as read: its bytes (repaired to valid UTF-8) and
// what the input said about it (id, date, url, title, source). An Article is
// what extraction keeps of it: the main text as paragraphs, with an offset map
// back into Document::raw, and the metadata found in the page.
//
// Offsets everywhere in dyad (sentences, tokens, actor and trigger spans) are
// byte offsets into Article::text unless a field says otherwise;
// Article::ToRaw() maps them back to the original input.
//
// Thread safety: plain values; no shared state.
//
// Usage:
//   dyad::Article article;
//   DYAD_RETURN_IF_ERROR(dyad::Extract(doc, options, &article));
//   for (const auto& p : article.paragraphs) Use(article.Slice(p));
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class Format { kAuto, kText, kHtml, kJsonl };

// "auto", "text", "html" or "jsonl"; false when `name` is none of them.
bool ParseFormat(std::string_view name, Format* format);
const char* FormatName(Format format);

struct Document {
  std::string id;      // from the input, else derived from the file name
  std::string date;    // publication date YYYY-MM-DD, or empty if unknown
  std::string url;     // optional
  std::string title;   // optional, as given by the input (not the page)
  std::string source;  // optional publisher name
  std::string raw;     // the text or HTML, valid UTF-8
  Format format = Format::kText;  // kText or kHtml once read
  std::string origin;  // where it came from, for messages: "file:line"
};

enum class ParagraphKind {
  kSection,  // a section label above the headline ("International relations")
  kHeadline,
  kStandfirst,  // the summary line under the headline
  kByline,
  kCaption,  // photo caption
  kBody,
};

const char* ParagraphKindName(ParagraphKind kind);

struct Paragraph {
  ParagraphKind kind = ParagraphKind::kBody;
  uint32_t begin = 0;  // [begin, end) in Article::text
  uint32_t end = 0;
  // A dateline ("BEIJING (Reuters) --") occupies [begin, body_begin); the
  // segmenter starts the first sentence at body_begin. Equal to begin when the
  // paragraph has no dateline.
  uint32_t body_begin = 0;
};

struct ArticleMetadata {
  std::string title;     // <title> or og:title
  std::string headline;  // the visible headline
  std::string byline;    // "By Jane Doe"
  std::string dateline;  // place named by the dateline ("BEIJING")
  std::string date;      // YYYY-MM-DD found in the page, or empty
  std::string source;    // publisher (og:site_name, dateline agency)
  std::string section;   // section label, if any
};

// One piece of the offset map: Article::text[text_begin, text_begin+length)
// came from Document::raw[raw_begin, ...). Pieces are sorted by text_begin.
struct OffsetPiece {
  uint32_t text_begin = 0;
  uint32_t raw_begin = 0;
  uint32_t length = 0;
};

struct Article {
  std::string text;  // paragraphs joined by "\n\n"
  std::vector<Paragraph> paragraphs;
  std::vector<OffsetPiece> offsets;
  ArticleMetadata meta;
  std::vector<std::string> warnings;  // what extraction dropped or repaired

  std::string_view Slice(uint32_t begin, uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view Slice(const Paragraph& p) const {
    return Slice(p.begin, p.end);
  }
  // Maps an offset into `text` to an offset into Document::raw (the start of
  // the piece it falls in, plus the distance into it).
  uint32_t ToRaw(uint32_t text_offset) const;

  // Appends a paragraph of `kind` whose text is `s`, taken from raw offset
  // `raw_begin` (a single piece). Returns its index.
  size_t AddParagraph(ParagraphKind kind, std::string_view s,
                      uint32_t raw_begin);
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
