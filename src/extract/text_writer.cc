#include "extract/text_writer.h"

#include <cstring>
#include <limits>
#include <string>

#include "extract/text_lines.h"

namespace dyad {
namespace {

// The first i in [from, end) with s[i] >= 0x80, or `end`; checks eight
// bytes at a time.
size_t NextNonAscii(std::string_view s, size_t from, size_t end) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  size_t i = from;
  for (; i + 8 <= end; i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & kHigh) break;
  }
  while (i < end && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

ParagraphWriter::ParagraphWriter(std::string_view raw, size_t max_bytes,
                                 Article* article)
    : raw_(raw), max_bytes_(max_bytes), article_(article) {}

void ParagraphWriter::Begin(ParagraphKind kind) {
  kind_ = kind;
  open_ = false;
  last_index_ = -1;
  total_bytes_ = 0;
  was_cut_ = false;
}

void ParagraphWriter::AppendLine(size_t begin, size_t end) {
  TrimSpan(raw_, &begin, &end);
  if (begin >= end) return;
  if (open_) Emit(last_end_, " ", false);  // joins with the previous line
  last_end_ = end;
  size_t seg = begin;
  for (size_t i = NextNonAscii(raw_, begin, end); i < end;) {
    size_t n = SpaceLenAt(raw_, i);
    if (n < 2) {
      i = NextNonAscii(raw_, i + 1, end);
      continue;
    }
    Emit(seg, raw_.substr(seg, i - seg), true);
    Emit(i, " ", false);  // a Unicode space becomes an ASCII one
    i += n;
    seg = i;
  }
  Emit(seg, raw_.substr(seg, end - seg), true);
}

int ParagraphWriter::End() {
  if (open_) Close();
  if (was_cut_) {
    article_->warnings.push_back(
        "cut a paragraph of " + std::to_string(total_bytes_) +
        " bytes into parts of at most " + std::to_string(max_bytes_));
  }
  return last_index_;
}

void ParagraphWriter::Open() {
  Paragraph p;
  p.kind = kind_;
  p.begin = p.end = p.body_begin = static_cast<uint32_t>(Size() + Sep());
  article_->text.append(Sep(), '\n');
  article_->paragraphs.push_back(p);
  open_ = true;
}

void ParagraphWriter::Close() {
  Paragraph& p = article_->paragraphs.back();
  p.end = static_cast<uint32_t>(Size());
  open_ = false;
  last_index_ = static_cast<int>(article_->paragraphs.size()) - 1;
}

size_t ParagraphWriter::Sep() const {
  return article_->paragraphs.empty() ? 0 : 2;
}

size_t ParagraphWriter::Size() const { return article_->text.size(); }

size_t ParagraphWriter::Room() const {
  if (max_bytes_ == 0) return std::numeric_limits<size_t>::max();
  size_t used = Size() - article_->paragraphs.back().begin;
  return used >= max_bytes_ ? 0 : max_bytes_ - used;
}

void ParagraphWriter::Emit(size_t raw_begin, std::string_view bytes,
                           bool verbatim) {
  while (!bytes.empty()) {
    if (!open_) {
      // A paragraph never starts with a space.
      if (bytes[0] == ' ') {
        bytes.remove_prefix(1);
        ++raw_begin;
        continue;
      }
      Open();
    }
    size_t room = Room();
    if (room == 0) {
      Cut();
      continue;
    }
    size_t take = bytes.size() <= room ? bytes.size() : CutPoint(bytes, room);
    Piece(raw_begin, bytes.substr(0, take), verbatim);
    raw_begin += take;
    bytes.remove_prefix(take);
    if (!bytes.empty()) Cut();
  }
}

void ParagraphWriter::Piece(size_t raw_begin, std::string_view bytes,
                            bool verbatim) {
  if (bytes.empty()) return;
  auto text_begin = static_cast<uint32_t>(Size());
  auto raw = static_cast<uint32_t>(raw_begin);
  auto len = static_cast<uint32_t>(bytes.size());
  article_->text.append(bytes);
  total_bytes_ += bytes.size();
  // A substituted space has no piece: it maps to the end of the previous
  // piece, where the raw whitespace starts.
  if (!verbatim) return;
  auto& offsets = article_->offsets;
  if (!offsets.empty()) {
    OffsetPiece& prev = offsets.back();
    if (prev.text_begin + prev.length == text_begin &&
        prev.raw_begin + prev.length == raw) {
      prev.length += len;
      return;
    }
  }
  offsets.push_back({text_begin, raw, len});
}

void ParagraphWriter::Cut() {
  Close();
  was_cut_ = true;
  open_ = false;
}

size_t ParagraphWriter::CutPoint(std::string_view bytes, size_t room) const {
  size_t space = bytes.rfind(' ', room);
  if (space != std::string_view::npos && space >= room / 2 && space > 0) {
    return space;
  }
  size_t take = room;
  while (take > 0 && (static_cast<unsigned char>(bytes[take]) & 0xC0) == 0x80) {
    --take;
  }
  return take > 0 ? take : room;
}

}  // namespace dyad
