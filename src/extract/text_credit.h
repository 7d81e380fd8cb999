// Photo credits at the end of captions ("... \u00A9 Reuters", "Photo:
// AFP/Getty", "(AP Photo/Jane Doe)", "[Jane Doe/Reuters]", ". REUTERS/Jane
// Doe", "Credit...Jane Doe/The Paper"): where the credit starts, who it
// names, and where the caption text before it ends. Only the last 160 bytes
// of a line are searched.
//
// Thread safety: pure functions.
//
// Usage:
//   dyad::Credit c = dyad::FindCredit(line);
//   if (c.begin != std::string_view::npos)
//     caption = line.substr(0, dyad::CaptionEnd(line, c));
#ifndef DYAD_EXTRACT_TEXT_CREDIT_H_
#define DYAD_EXTRACT_TEXT_CREDIT_H_

#include <cstddef>
#include <string_view>

namespace dyad {

// A photo credit at the end of a line.
struct Credit {
  size_t begin = std::string_view::npos;  // where it starts in the line
  std::string_view who;                   // "Reuters", "AFP/Getty Images"
};

// Finds a credit ("© Reuters", "Photo: AFP/Getty", "(AP Photo/Jane Doe)",
// ". REUTERS/Jane Doe", "AFP via Getty Images") ending `line`.
Credit FindCredit(std::string_view line);

// How sure a kJunk label is.
enum class JunkKind : uint8_t {
  kStrong,   // page furniture: also evidence that the text is a scrape
  kWeak,     // numbers or a date alone: dropped only from scrapes
  kSignoff,  // punctuation only, or a lone agency name ("Reuter"): dropped,
             // but no evidence of a scrape
};

// Where the caption text before credit `c` of `line` ends: before the
// spaces and separators (" | ", " - ", "(") left in front of the credit.
size_t CaptionEnd(std::string_view line, const Credit& c);

}  // namespace dyad

#endif  // DYAD_EXTRACT_TEXT_CREDIT_H_
