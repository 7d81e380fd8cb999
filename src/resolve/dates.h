// Temporal expressions resolved against the publication date (internal).
//
// Finds the date an event sentence speaks of — "on Thursday", "Feb. 3",
// "3 February 2022", "yesterday", "last week", "next month", "earlier this
// year" — and resolves it to a calendar date with a precision. Weekdays
// point back to the latest such day on or before publication, or forward to
// the next one when the sentence speaks of the future ("will meet on
// Friday").
//
// Thread safety: pure functions.
//
// Usage:
//   CivilDate pub{2022, 2, 3};
//   ResolvedDate d = FindDate(sentence.tokens, pub, /*future=*/true);
//   // d.date == "2022-02-04", d.precision == "day" for "on Friday"
#ifndef DYAD_RESOLVE_DATES_H_
#define DYAD_RESOLVE_DATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/sentence.h"

namespace dyad {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  bool valid() const { return year > 0; }
};

// Parses YYYY-MM-DD; invalid() on failure.
CivilDate ParseCivilDate(std::string_view s);
std::string FormatCivilDate(const CivilDate& d);
// Adds `days` (may be negative).
CivilDate AddDays(const CivilDate& d, int days);
// 0 = Monday … 6 = Sunday.
int Weekday(const CivilDate& d);

struct ResolvedDate {
  std::string date;       // YYYY-MM-DD (first day of a week/month/year)
  std::string precision;  // "day", "week", "month", "year"; "" if none found
  uint32_t first = 0, last = 0;  // tokens of the expression
};

// The first temporal expression of `tokens`, resolved against `published`.
// Without one, returns an empty precision.
ResolvedDate FindDate(const std::vector<Token>& tokens,
                      const CivilDate& published, bool future);

}  // namespace dyad

#endif  // DYAD_RESOLVE_DATES_H_
