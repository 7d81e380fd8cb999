// Roles of the paragraph candidates of a plain-text document or page
// scrape, decided in context from their classes (text_classify.h):
//
//   [furniture] [section] headline [standfirst] [byline] [caption] body...
//   [trailer heading: everything from here on is dropped]
//
// The body starts at the first body-like candidate (sentence-like text of
// `min_body_words` words or more, or a paragraph opening with a dateline).
// Before it, the headline is the first stand-alone title-like line of five
// or more words (else of two or more); a short title just above it is the
// section label; furniture and navigation above them are dropped. The first
// text after the headline is the standfirst; lines with a photo credit, and
// a short line just before a dateline paragraph, are captions. After the
// body has started, a trailer heading ("Sponsored Content", "Most read")
// ends the article, and "Read more" link lists and runs of three or more
// title-like lines are dropped.
//
// Thread safety: pure function.
//
// Usage:
//   dyad::RoleInput in{text, lines, units, infos, 12};
//   dyad::Roles r = dyad::AssignRoles(in);
//   for (size_t i = 0; i < units.size(); ++i) Emit(units[i], r.roles[i]);
#ifndef DYAD_EXTRACT_TEXT_ROLES_H_
#define DYAD_EXTRACT_TEXT_ROLES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/text_classify.h"
#include "extract/text_lines.h"

namespace dyad {

enum class Role : uint8_t {
  kDrop,
  kSection,
  kHeadline,
  kStandfirst,
  kByline,
  kCaption,
  kBody,
};

struct RoleInput {
  std::string_view text;
  const std::vector<TextLine>& lines;
  const std::vector<TextUnit>& units;
  const std::vector<UnitInfo>& infos;  // one per unit
  uint32_t min_body_words = 12;
};

struct Roles {
  std::vector<Role> roles;                  // one per unit
  size_t trailer = std::string_view::npos;  // unit of the trailer heading
};

Roles AssignRoles(const RoleInput& in);

}  // namespace dyad

#endif  // DYAD_EXTRACT_TEXT_ROLES_H_
