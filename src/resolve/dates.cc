#include "resolve/dates.h"

#include <charconv>
#include <cstdio>

#include "resolve/normalize.h"

namespace dyad {
namespace {

// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400) + (m <= 2), m, d};
}

long ToDays(const CivilDate& d) {
  return DaysFromCivil(d.year, d.month, d.day);
}

int MonthOf(const std::string& w) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string s = w;
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s.size() < 3) return 0;
  if (s == "sept") return 9;
  for (int i = 0; i < 12; ++i) {
    std::string full[] = {"january",   "february", "march",    "april",
                          "may",       "june",     "july",     "august",
                          "september", "october",  "november", "december"};
    if (s == kMonths[i] || s == full[i]) return i + 1;
  }
  return 0;
}

int WeekdayOf(const std::string& w) {
  static const char* kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (w == kDays[i]) return i;
  }
  return -1;
}

int Number(const std::string& w) {
  int v = 0;
  std::string s = w;
  for (const char* suf : {"st", "nd", "rd", "th"}) {
    if (s.size() > 2 && s.compare(s.size() - 2, 2, suf) == 0)
      s.resize(s.size() - 2);
  }
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() ? v : -1;
}

int DaysInMonth(int y, int m) {
  CivilDate next = m == 12 ? CivilDate{y + 1, 1, 1} : CivilDate{y, m + 1, 1};
  return static_cast<int>(ToDays(next) - ToDays({y, m, 1}));
}

// Matching state over normalised words.
struct Scan {
  std::vector<std::string> w;
  CivilDate pub;
  bool future;
  std::string at(size_t i) const { return i < w.size() ? w[i] : ""; }
};

bool Day(const CivilDate& d, uint32_t first, uint32_t last, ResolvedDate* out) {
  *out = {FormatCivilDate(d), "day", first, last};
  return true;
}

// "Feb. 3", "February 3, 2022", "3 February", "3 Feb 2022".
bool MonthDay(const Scan& s, size_t i, ResolvedDate* out) {
  int m = MonthOf(s.at(i));
  if (m == 0) return false;
  size_t next = s.at(i + 1) == "." ? i + 2 : i + 1;  // "Sept . 9"
  int d = Number(s.at(next));
  size_t last = next;
  if ((d < 1 || d > 31) && i > 0) d = Number(s.at(i - 1)), last = i;
  if (d < 1 || d > 31) return false;
  size_t first = last == i ? i - 1 : i;
  int y = s.pub.year;
  size_t yi = s.at(last + 1) == "," ? last + 2 : last + 1;
  if (int yy = Number(s.at(yi)); yy >= 1900 && yy <= 2100) y = yy, last = yi;
  if (d > DaysInMonth(y, m)) return false;
  return Day({y, m, d}, static_cast<uint32_t>(first),
             static_cast<uint32_t>(last), out);
}

bool WeekdayExpr(const Scan& s, size_t i, ResolvedDate* out) {
  int wd = WeekdayOf(s.at(i));
  if (wd < 0) return false;
  std::string prev = i > 0 ? s.at(i - 1) : "";
  bool fwd = prev == "next" || prev == "coming" || (s.future && prev != "last");
  int delta = (wd - Weekday(s.pub) + 7) % 7;  // days forward to that weekday
  int days = fwd ? delta : (delta == 0 ? 0 : delta - 7);
  if (prev == "last" && days == 0) days = -7;
  uint32_t first = static_cast<uint32_t>(
      prev == "next" || prev == "last" || prev == "on" ? i - 1 : i);
  return Day(AddDays(s.pub, days), first, static_cast<uint32_t>(i), out);
}

bool Relative(const Scan& s, size_t i, ResolvedDate* out) {
  const std::string& w = s.at(i);
  auto u = static_cast<uint32_t>(i);
  if (w == "today" || w == "tonight") return Day(s.pub, u, u, out);
  if (w == "yesterday") return Day(AddDays(s.pub, -1), u, u, out);
  if (w == "tomorrow") return Day(AddDays(s.pub, 1), u, u, out);
  int dir = w == "last" || w == "past" ? -1 : w == "next" ? 1 : 0;
  if (w == "this" || w == "earlier" || w == "later") dir = 0;
  std::string unit = s.at(i + 1);
  if (w == "earlier" || w == "later")
    unit = s.at(i + 1) == "this" ? s.at(i + 2) : "";
  // Only "last/past/next/this/earlier/later <unit>": not "two-year rift".
  bool relative = dir != 0 || w == "this" || w == "earlier" || w == "later";
  if (!relative || unit.empty()) return false;
  if (unit == "week") {
    CivilDate d = AddDays(s.pub, 7 * dir - Weekday(s.pub));
    *out = {FormatCivilDate(d), "week", u, u + 1};
    return true;
  }
  if (unit == "month") {
    int m = s.pub.month + dir, y = s.pub.year;
    if (m < 1) m = 12, --y;
    if (m > 12) m = 1, ++y;
    *out = {FormatCivilDate({y, m, 1}), "month", u, u + 1};
    return true;
  }
  if (unit == "year") {
    *out = {FormatCivilDate({s.pub.year + dir, 1, 1}), "year", u, u + 1};
    return true;
  }
  return false;
}

}  // namespace

CivilDate ParseCivilDate(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return {};
  std::from_chars(s.data(), s.data() + 4, y);
  std::from_chars(s.data() + 5, s.data() + 7, m);
  std::from_chars(s.data() + 8, s.data() + 10, d);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return {};
  return {y, m, d};
}

std::string FormatCivilDate(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

CivilDate AddDays(const CivilDate& d, int days) {
  return CivilFromDays(ToDays(d) + days);
}

int Weekday(const CivilDate& d) {
  long z = ToDays(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

ResolvedDate FindDate(const std::vector<Token>& tokens,
                      const CivilDate& published, bool future) {
  ResolvedDate out;
  if (!published.valid()) return out;
  Scan s{{}, published, future};
  for (const Token& t : tokens) s.w.push_back(NormalizeToken(t.text));
  for (size_t i = 0; i < s.w.size(); ++i) {
    if (MonthDay(s, i, &out) || WeekdayExpr(s, i, &out) ||
        Relative(s, i, &out)) {
      return out;
    }
  }
  return ResolvedDate();
}

}  // namespace dyad
