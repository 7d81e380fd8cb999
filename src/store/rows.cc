#include "store/rows.h"

#include <fmt/format.h>

#include <charconv>
#include <limits>

#include "dyad/reader.h"
#include "store/ingest.h"

namespace dyad::store {
namespace {

bool ParseInt(std::string_view s, int* v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size();
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

EventActor ActorAt(const Stmt& s, int col, uint32_t begin, uint32_t end) {
  EventActor a;
  a.code = s.Text(col);
  a.text = s.Text(col + 1);
  a.country = s.Text(col + 2);
  a.role = s.Text(col + 3);
  a.begin = begin;
  a.end = end;
  return a;
}

EventMention MentionAt(const Stmt& s, int col) {
  EventMention m;
  m.sentence = static_cast<int>(s.Int(col));
  m.sentence_text = s.Text(col + 1);
  m.trigger_begin = static_cast<uint32_t>(s.Int(col + 2));
  m.trigger_end = static_cast<uint32_t>(s.Int(col + 3));
  m.source_begin = static_cast<uint32_t>(s.Int(col + 4));
  m.source_end = static_cast<uint32_t>(s.Int(col + 5));
  m.target_begin = static_cast<uint32_t>(s.Int(col + 6));
  m.target_end = static_cast<uint32_t>(s.Int(col + 7));
  return m;
}

}  // namespace

bool DayFromDate(std::string_view date, int64_t* day) {
  int y = 0, m = 0, d = 0;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  if (!ParseInt(date.substr(0, 4), &y) || !ParseInt(date.substr(5, 2), &m) ||
      !ParseInt(date.substr(8, 2), &d) || m < 1 || m > 12 || d < 1 || d > 31) {
    return false;
  }
  *day = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  return true;
}

std::string DateFromDay(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

int64_t WeekStart(int64_t day) {
  // 1970-01-01 was a Thursday: day 4 (1970-01-05) is a Monday.
  int64_t since_monday = (day - 4) % 7;
  if (since_monday < 0) since_monday += 7;
  return day - since_monday;
}

Modality ParseModality(std::string_view name) {
  for (Modality m :
       {Modality::kIntended, Modality::kHypothetical, Modality::kReported}) {
    if (name == ModalityName(m)) return m;
  }
  return Modality::kAsserted;
}

const char* const kEventSelect =
    "SELECT e.event_key, e.date, e.date_precision, e.source_code, "
    "e.source_text, e.source_country, e.source_role, e.target_code, "
    "e.target_text, e.target_country, e.target_role, e.code, e.root, "
    "e.quad_class, e.goldstein, e.plover_event, e.plover_mode, e.trigger, "
    "e.negated, e.modality, e.confidence, e.codebook_version, "
    "e.source_principal, e.target_principal, e.num_mentions, e.num_sources, "
    "e.num_articles, d.id, d.url, d.source_key, m.doc_event_id, m.sentence, "
    "m.sentence_text, m.trigger_begin, m.trigger_end, m.source_begin, "
    "m.source_end, m.target_begin, m.target_end FROM events e JOIN documents "
    "d ON d.doc_key = e.first_doc_key LEFT JOIN mentions m ON m.mention_key = "
    "e.first_mention_key";

StoredEvent ReadEvent(const Stmt& s) {
  StoredEvent out;
  Event& e = out.event;
  out.key = s.Int(0);
  const EventMention m = MentionAt(s, 31);
  e.date = s.Text(1);
  e.date_precision = s.Text(2);
  e.source = ActorAt(s, 3, m.source_begin, m.source_end);
  if (!s.Text(7).empty())
    e.target = ActorAt(s, 7, m.target_begin, m.target_end);
  e.code = s.Text(11);
  e.root = s.Text(12);
  e.quad_class = static_cast<int>(s.Int(13));
  e.goldstein = s.Real(14);
  e.plover_event = s.Text(15);
  e.plover_mode = s.Text(16);
  e.trigger = s.Text(17);
  e.negated = s.Int(18) != 0;
  e.modality = ParseModality(s.Text(19));
  e.confidence = s.Real(20);
  e.codebook_version = s.Text(21);
  out.source_principal = s.Text(22);
  out.target_principal = s.Text(23);
  out.num_mentions = static_cast<int>(s.Int(24));
  out.num_sources = static_cast<int>(s.Int(25));
  out.num_articles = static_cast<int>(s.Int(26));
  e.doc_id = s.Text(27);
  out.first_url = s.Text(28);
  out.first_source = s.Text(29);
  e.event_id = s.Text(30);
  e.mentions.push_back(m);
  return out;
}

Status ParseRange(const std::string& from, const std::string& to, int64_t* lo,
                  int64_t* hi) {
  *lo = std::numeric_limits<int32_t>::min();
  *hi = std::numeric_limits<int32_t>::max();
  if (!from.empty() && !DayFromDate(from, lo)) {
    return Status::InvalidArgument("from: expected YYYY-MM-DD, got '" + from +
                                   "'");
  }
  if (!to.empty() && !DayFromDate(to, hi)) {
    return Status::InvalidArgument("to: expected YYYY-MM-DD, got '" + to + "'");
  }
  return Status::OK();
}

}  // namespace dyad::store

namespace dyad {

Store::Impl::~Impl() = default;

}  // namespace dyad
