// The line classifier of plain-text extraction: labels each paragraph
// candidate of a text or flattened page scrape from cheap features (word
// count, final punctuation, capitalised and camel-case glued words such as
// "ChevronIcon", bullets, dates, photo credits) and the page-furniture
// vocabulary of text_vocab.h. Only the first 512 bytes of a candidate are
// looked at, so a huge paragraph costs no more than a small one.
//
// Thread safety: pure functions.
//
// Usage:
//   dyad::UnitInfo info = dyad::ClassifyUnit(text, lines, unit);
//   if (info.cls == dyad::UnitClass::kJunk) Drop(unit);
#ifndef DYAD_EXTRACT_TEXT_CLASSIFY_H_
#define DYAD_EXTRACT_TEXT_CLASSIFY_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/text_credit.h"
#include "extract/text_lines.h"

namespace dyad {

enum class UnitClass : uint8_t {
  kJunk,       // icon labels, share bars, sign-in, cookie, ads, promotions
  kTrailer,    // a heading after which nothing is article ("Most read")
  kLinkIntro,  // introduces headline links ("Read more", "Related")
  kByline,     // "By Jane Doe"
  kCaption,    // text ending with a photo credit ("... © Reuters")
  kTitle,      // short, no final period: headline, label, link, subhead
  kText,       // sentence-like text
};

const char* UnitClassName(UnitClass cls);

struct UnitInfo {
  UnitClass cls = UnitClass::kText;
  JunkKind junk = JunkKind::kStrong;  // for kJunk
  uint32_t words = 0;                 // words in the first 4 KiB
  uint32_t bullet = 0;                // bytes of a leading bullet marker
  // kCaption: raw offset where the caption text ends (before the credit)
  // and who the credit names.
  uint32_t caption_end = 0;
  std::string_view credit;
};

// Classifies the candidate `unit` (lines of `text`) on its own, without
// context; text_roles.h decides what to keep.
UnitInfo ClassifyUnit(std::string_view text, const std::vector<TextLine>& lines,
                      const TextUnit& unit);

}  // namespace dyad

#endif  // DYAD_EXTRACT_TEXT_CLASSIFY_H_
