// Datelines: the "BEIJING (Reuters) --" that opens a news story.
//
// A dateline is a place, optionally followed by ", <region or date>"
// qualifiers and an agency in parentheses, then a separator (--, -, en or em
// dash, or a colon), then the first sentence. To keep ordinary sentence
// starts ("China and Russia ...", "US President - ...") from matching, the
// place must be written in capitals, or be followed by a date or an agency:
//   BEIJING (Reuters) -- China and ...      NEW DELHI (Reuters) - Leaders ...
//   WASHINGTON, Feb 3 (Reuters) - The ...   KYIV, Ukraine (AP) — Russia ...
//   LONDON: The ...                          Beijing, Feb. 3 (Xinhua) -- ...
//   GAZA CITY, Oct 7 — Israel ...            BEIJING—The ...
//
// Thread safety: pure functions; MarkDatelines mutates only its argument.
//
// Usage:
//   dyad::Dateline d;
//   if (dyad::ParseDateline(paragraph, &d)) Use(d.place, d.agency);
//   dyad::MarkDatelines(&article);  // after extraction
#ifndef DYAD_EXTRACT_DATELINE_H_
#define DYAD_EXTRACT_DATELINE_H_

#include <cstddef>
#include <string_view>

#include "dyad/document.h"

namespace dyad {

struct Dateline {
  std::string_view place;          // "BEIJING", as written
  std::string_view agency;         // "Reuters", as written; empty if none
  size_t body_begin = 0;           // offset of the sentence after the dateline
  bool place_in_capitals = false;  // "BEIJING", not "Beijing"
};

// True if `paragraph` opens with a dateline; fills *out (views into
// `paragraph`).
bool ParseDateline(std::string_view paragraph, Dateline* out);

// Finds the dateline in the first body paragraphs of `article` and sets that
// paragraph's body_begin, meta.dateline (if empty) and meta.source (the
// agency, canonically spelled, if meta.source is empty). Later body
// paragraphs that open with a dateline whose place is in capitals (the
// items of a news digest) get their body_begin too. Idempotent: does
// nothing when a body paragraph already has a dateline marked.
void MarkDatelines(Article* article);

// The canonical name of a news agency ("REUTERS" and "Reuter" → "Reuters",
// "Associated Press" → "AP"); empty if `name` is not a known agency.
std::string_view CanonicalAgency(std::string_view name);

// 1..12 for a month name or abbreviation ("Feb", "Feb.", "Sept",
// "february", case-insensitive); 0 otherwise.
int MonthNumber(std::string_view word);

}  // namespace dyad

#endif  // DYAD_EXTRACT_DATELINE_H_
