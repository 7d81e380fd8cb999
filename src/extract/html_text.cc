#include "extract/html_text.h"

#include <algorithm>

namespace dyad::html {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

bool IsSpaceCodePoint(std::string_view cp) {
  if (cp.size() == 1) return IsAsciiSpace(cp[0]);
  return cp == "\xC2\xA0";  // no-break space
}

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// End (exclusive) of the character reference starting at s[i] == '&'.
size_t ReferenceEnd(std::string_view s, size_t i) {
  size_t p = i + 1;
  if (p < s.size() && s[p] == '#') {
    ++p;
    if (p < s.size() && (s[p] | 0x20) == 'x') ++p;
  }
  size_t limit = std::min(s.size(), p + 32);
  while (p < limit && IsAlnum(s[p])) ++p;
  if (p < s.size() && s[p] == ';') ++p;
  return p;
}

// Raw offset for a code point of `n` bytes at original index `i`, kept inside
// the original text so that all its bytes map into it.
uint32_t Clamped(uint32_t raw, size_t i, size_t n, size_t size) {
  if (i + n > size) i = size >= n ? size - n : 0;
  return raw + static_cast<uint32_t>(i);
}

// Walks decoded text and its original bytes side by side, calling
// emit(code_point, raw_offset) for each decoded code point. The original may
// hold markup that the decoded text lacks: gumbo joins the text around an
// ignored tag ("a</b>b" outside any <b>) into one node.
template <typename Emit>
void Align(std::string_view text, std::string_view orig, uint32_t raw,
           Emit&& emit) {
  size_t i = 0, j = 0;
  while (j < text.size()) {
    size_t n = std::min(Utf8Length(text[j]), text.size() - j);
    std::string_view cp = text.substr(j, n);
    if (i < orig.size() && orig[i] == '<' && cp != "<") {
      size_t close = orig.find('>', i);
      if (close != std::string_view::npos) {
        i = close + 1;  // an ignored tag
        continue;
      }
    }
    if (i < orig.size() && orig[i] == '&') {
      size_t e = ReferenceEnd(orig, i);
      std::string_view ref = orig.substr(i, e - i);
      if (ref.size() > 1 && text.substr(j, ref.size()) != ref) {
        emit(cp, Clamped(raw, i, n, orig.size()));  // a decoded reference
        i = e;
        j += n;
        continue;
      }
    }
    if (i < orig.size() && orig[i] == '\r' && cp == "\n") {
      // CR LF and a lone CR both decode to LF.
      emit(cp, raw + static_cast<uint32_t>(i));
      i += (i + 1 < orig.size() && orig[i + 1] == '\n') ? 2 : 1;
      j += n;
      continue;
    }
    emit(cp, Clamped(raw, i, n, orig.size()));
    if (orig.substr(i, n) == cp) {
      i += n;
    } else if (i < orig.size()) {
      i += Utf8Length(orig[i]);  // an unexpected difference: stay in step
    }
    j += n;
  }
}

}  // namespace

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

void TextBuilder::AppendDecoded(std::string_view text,
                                std::string_view original, uint32_t raw_begin) {
  if (truncated_) return;
  Align(text, original, raw_begin,
        [this](std::string_view cp, uint32_t raw) { Emit(cp, raw); });
}

void TextBuilder::AppendSpace(uint32_t raw) {
  if (!text_.empty() && !pending_space_) {
    pending_space_ = true;
    space_raw_ = raw;
    space_synthetic_ = true;
  }
}

void TextBuilder::Emit(std::string_view cp, uint32_t raw) {
  if (IsSpaceCodePoint(cp)) {
    if (!text_.empty() && !pending_space_) {
      pending_space_ = true;
      space_raw_ = raw;
      space_synthetic_ = false;
    }
    return;
  }
  size_t need = cp.size() + (pending_space_ ? 1 : 0);
  if (text_.size() + need > max_bytes_) {
    truncated_ = true;
    return;
  }
  if (pending_space_) {
    PutByte(' ', space_raw_, !space_synthetic_);
    pending_space_ = false;
  }
  for (size_t k = 0; k < cp.size(); ++k) {
    PutByte(cp[k], raw + static_cast<uint32_t>(k), true);
  }
}

void TextBuilder::PutByte(char c, uint32_t raw, bool mergeable) {
  uint32_t at = static_cast<uint32_t>(text_.size());
  text_.push_back(c);
  bool merge = mergeable && last_mergeable_;
  last_mergeable_ = mergeable;
  if (merge && !pieces_.empty()) {
    OffsetPiece& last = pieces_.back();
    if (last.raw_begin + last.length == raw &&
        last.text_begin + last.length == at) {
      ++last.length;
      return;
    }
  }
  pieces_.push_back({at, raw, 1});
}

void TextBuilder::TakeTo(std::string* text, std::vector<OffsetPiece>* pieces) {
  *text = std::move(text_);
  *pieces = std::move(pieces_);
  text_.clear();
  pieces_.clear();
  pending_space_ = false;
  last_mergeable_ = true;
  truncated_ = false;
}

}  // namespace dyad::html
