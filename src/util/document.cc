#include "dyad/document.h"

#include <algorithm>

namespace dyad {

bool ParseFormat(std::string_view name, Format* format) {
  static constexpr std::pair<std::string_view, Format> kNames[] = {
      {"auto", Format::kAuto},
      {"text", Format::kText},
      {"html", Format::kHtml},
      {"jsonl", Format::kJsonl}};
  for (const auto& [n, f] : kNames) {
    if (n == name) {
      *format = f;
      return true;
    }
  }
  return false;
}

const char* FormatName(Format format) {
  switch (format) {
    case Format::kAuto:
      return "auto";
    case Format::kText:
      return "text";
    case Format::kHtml:
      return "html";
    case Format::kJsonl:
      return "jsonl";
  }
  return "?";
}

const char* ParagraphKindName(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kSection:
      return "section";
    case ParagraphKind::kHeadline:
      return "headline";
    case ParagraphKind::kStandfirst:
      return "standfirst";
    case ParagraphKind::kByline:
      return "byline";
    case ParagraphKind::kCaption:
      return "caption";
    case ParagraphKind::kBody:
      return "body";
  }
  return "?";
}

uint32_t Article::ToRaw(uint32_t text_offset) const {
  auto it = std::upper_bound(
      offsets.begin(), offsets.end(), text_offset,
      [](uint32_t off, const OffsetPiece& p) { return off < p.text_begin; });
  if (it == offsets.begin()) return 0;
  --it;
  uint32_t delta = std::min(text_offset - it->text_begin, it->length);
  return it->raw_begin + delta;
}

size_t Article::AddParagraph(ParagraphKind kind, std::string_view s,
                             uint32_t raw_begin) {
  if (!paragraphs.empty()) text.append("\n\n");
  Paragraph p;
  p.kind = kind;
  p.begin = p.body_begin = static_cast<uint32_t>(text.size());
  text.append(s);
  p.end = static_cast<uint32_t>(text.size());
  offsets.push_back({p.begin, raw_begin, static_cast<uint32_t>(s.size())});
  paragraphs.push_back(p);
  return paragraphs.size() - 1;
}

}  // namespace dyad
