// Builds an Article's text, paragraphs and offset map from spans of the raw
// input. Lines of one paragraph are joined with single spaces, each line
// getting its own OffsetPiece; Unicode spaces (U+00A0 and friends) become
// ASCII spaces, which get no piece (they map to the end of the piece before
// them); a paragraph longer than the byte limit is cut at a space into
// several paragraphs of the same kind, with one warning per cut paragraph.
//
// Thread safety: one writer per Article; not shared.
//
// Usage:
//   dyad::ParagraphWriter w(raw, options.max_paragraph_bytes, &article);
//   w.Begin(dyad::ParagraphKind::kBody);
//   w.AppendLine(line_begin, line_end);  // raw offsets, once per line
//   w.End();
#ifndef DYAD_EXTRACT_TEXT_WRITER_H_
#define DYAD_EXTRACT_TEXT_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/document.h"

namespace dyad {

class ParagraphWriter {
 public:
  // `max_bytes` 0 means no limit. `raw` and `article` must outlive the
  // writer.
  ParagraphWriter(std::string_view raw, size_t max_bytes, Article* article);

  // Starts a paragraph of `kind`; it is added once it gets some text.
  void Begin(ParagraphKind kind);
  // Appends raw[begin, end), trimmed, separated by a space from the
  // previous line of the paragraph.
  void AppendLine(size_t begin, size_t end);
  // Finishes the paragraph. Returns its index, or -1 if it stayed empty.
  int End();

 private:
  void Open();
  void Close();
  void Cut();
  // Appends `bytes`, which came from raw offset `raw_begin`, cutting the
  // paragraph where it reaches the limit. Only `verbatim` bytes (equal to
  // the raw ones) get an OffsetPiece; a substituted space maps to the end
  // of the piece before it, where the raw whitespace starts.
  void Emit(size_t raw_begin, std::string_view bytes, bool verbatim);
  void Piece(size_t raw_begin, std::string_view bytes, bool verbatim);
  size_t CutPoint(std::string_view bytes, size_t room) const;
  size_t Room() const;
  size_t Size() const;
  size_t Sep() const;  // bytes of "\n\n" before a new paragraph

  std::string_view raw_;
  size_t max_bytes_;
  Article* article_;
  ParagraphKind kind_ = ParagraphKind::kBody;
  bool open_ = false;       // the last paragraph is being written
  int last_index_ = -1;     // index of the last paragraph closed
  size_t total_bytes_ = 0;  // bytes written since Begin
  size_t last_end_ = 0;     // raw end of the previous line
  bool was_cut_ = false;
};

}  // namespace dyad

#endif  // DYAD_EXTRACT_TEXT_WRITER_H_
