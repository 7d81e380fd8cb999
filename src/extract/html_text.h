// Builds one block of page text from gumbo's decoded text nodes, collapsing
// whitespace, and keeps the offset map from that text back to the raw HTML.
//
// gumbo gives each text node both its decoded text (entities resolved, CR LF
// folded) and the original bytes with their offset; TextBuilder aligns the two
// so that every kept character maps to the raw byte it came from (a decoded
// entity maps to its '&'). Runs of whitespace (and no-break spaces) become one
// space; leading and trailing whitespace is dropped.
//
// Thread safety: a value type; use one per thread.
//
// Usage:
//   TextBuilder b(/*max_bytes=*/1 << 20);
//   b.AppendDecoded(text->text, original, text->start_pos.offset);
//   std::string s; std::vector<OffsetPiece> pieces; b.TakeTo(&s, &pieces);
#ifndef DYAD_EXTRACT_HTML_TEXT_H_
#define DYAD_EXTRACT_HTML_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::html {

class TextBuilder {
 public:
  explicit TextBuilder(size_t max_bytes) : max_bytes_(max_bytes) {}

  // Appends decoded `text` whose source is `original`, found at raw offset
  // `raw_begin` of the input.
  void AppendDecoded(std::string_view text, std::string_view original,
                     uint32_t raw_begin);

  // Appends a collapsible space (a <br>, a cell boundary) at raw offset `raw`.
  void AppendSpace(uint32_t raw);

  // Bytes kept so far (a pending trailing space not counted).
  size_t size() const { return text_.size(); }
  bool empty() const { return text_.empty(); }
  // True once text was dropped because the block reached max_bytes.
  bool truncated() const { return truncated_; }

  // Moves the text and its pieces (text_begin relative to the text) out and
  // resets the builder.
  void TakeTo(std::string* text, std::vector<OffsetPiece>* pieces);

 private:
  // Appends one code point (1-4 bytes) that came from raw offset `raw`.
  void Emit(std::string_view cp, uint32_t raw);
  // Appends one byte; a byte that is not `mergeable` (a space made for a
  // <br>) gets a piece of its own.
  void PutByte(char c, uint32_t raw, bool mergeable);

  size_t max_bytes_;
  std::string text_;
  std::vector<OffsetPiece> pieces_;
  bool pending_space_ = false;
  uint32_t space_raw_ = 0;
  bool space_synthetic_ = false;  // the pending space stands for a tag
  bool last_mergeable_ = true;
  bool truncated_ = false;
};

// Length of the UTF-8 sequence that starts with byte `lead` (1 if invalid).
size_t Utf8Length(unsigned char lead);

}  // namespace dyad::html

#endif  // DYAD_EXTRACT_HTML_TEXT_H_
