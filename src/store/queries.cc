// Store: the read-only queries (timeline, event pages, actors, edges,
// documents). Free SQL is in sql.cc.
#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "dyad/store.h"
#include "store/rows.h"
#include "store/where.h"

namespace dyad {
namespace {

using store::Stmt;
using store::Where;

// The period a day falls in: the day, its week's Monday, or "YYYY-MM".
std::string PeriodOf(int64_t day, Period by) {
  switch (by) {
    case Period::kDay:
      return store::DateFromDay(day);
    case Period::kWeek:
      return store::DateFromDay(store::WeekStart(day));
    case Period::kMonth:
      return store::DateFromDay(day).substr(0, 7);
  }
  return "";
}

// Adds one row of per-day counts to the last bucket, or starts a new one.
void AddDay(const Stmt& s, Period by, std::vector<TimelineBucket>* out) {
  const std::string period = PeriodOf(s.Int(0), by);
  if (out->empty() || out->back().period != period) {
    out->emplace_back().period = period;
  }
  TimelineBucket& b = out->back();
  b.events += static_cast<int>(s.Int(1));
  b.mentions += static_cast<int>(s.Int(2));
  for (int q = 0; q < 4; ++q) b.quad[q] += static_cast<int>(s.Int(3 + q));
  b.goldstein_sum += s.Real(7);
  b.goldstein_mean = b.events ? b.goldstein_sum / b.events : 0;
}

// Per-day counts of one direction, folded into periods. Grouping by day
// follows the order of events_dyad, which covers every column read.
Status TimelineDirection(const store::Db& db, const TimelineQuery& q,
                         const std::string& src, const std::string& tgt,
                         std::vector<TimelineBucket>* out) {
  Where w;
  DYAD_RETURN_IF_ERROR(store::AddActor(db, src, "source", &w));
  DYAD_RETURN_IF_ERROR(store::AddActor(db, tgt, "target", &w));
  int64_t lo = 0, hi = 0;
  DYAD_RETURN_IF_ERROR(store::ParseRange(q.from, q.to, &lo, &hi));
  w.Add("e.day BETWEEN ? AND ?", {lo, hi});
  // Both sides known: the covering index, even when a side is a full code.
  const std::string hint =
      src.empty() || tgt.empty() ? "" : " INDEXED BY events_dyad";
  DYAD_ASSIGN_OR_RETURN(
      Stmt s, db.Prepare("SELECT e.day, count(*), sum(e.num_mentions), "
                         "sum(e.quad_class = 1), sum(e.quad_class = 2), "
                         "sum(e.quad_class = 3), sum(e.quad_class = 4), "
                         "total(e.goldstein) FROM events e" +
                         hint + w.Sql() + " GROUP BY e.day ORDER BY e.day"));
  w.Bind(s);
  std::vector<TimelineBucket> buckets;
  while (s.Step()) AddDay(s, q.by, &buckets);
  DYAD_RETURN_IF_ERROR(s.status());
  for (TimelineBucket& b : buckets) {
    b.source = src;
    b.target = tgt;
    out->push_back(std::move(b));
  }
  return Status::OK();
}

}  // namespace

StatusOr<std::vector<TimelineBucket>> Store::Timeline(
    const TimelineQuery& q) const {
  const store::Db& db = *impl_->db;
  std::vector<TimelineBucket> out;
  DYAD_RETURN_IF_ERROR(TimelineDirection(db, q, q.a, q.b, &out));
  DYAD_RETURN_IF_ERROR(TimelineDirection(db, q, q.b, q.a, &out));
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.period < y.period;
  });
  return out;
}

StatusOr<StoredEvent> Store::GetEvent(int64_t key) const {
  DYAD_ASSIGN_OR_RETURN(Stmt s,
                        impl_->db->Prepare(std::string(store::kEventSelect) +
                                           " WHERE e.event_key = ?1"));
  s.Bind(1, key);
  if (s.Step()) return store::ReadEvent(s);
  DYAD_RETURN_IF_ERROR(s.status());
  return Status::NotFound("no event " + std::to_string(key));
}

Status Store::ForEachEvent(
    const std::string& from, const std::string& to,
    const std::function<Status(const StoredEvent&)>& fn) const {
  int64_t lo = 0, hi = 0;
  DYAD_RETURN_IF_ERROR(store::ParseRange(from, to, &lo, &hi));
  Where w;
  if (!from.empty() || !to.empty()) w.Add("e.day BETWEEN ? AND ?", {lo, hi});
  DYAD_ASSIGN_OR_RETURN(
      Stmt s, impl_->db->Prepare(std::string(store::kEventSelect) + w.Sql() +
                                 " ORDER BY e.event_key"));
  w.Bind(s);
  while (s.Step()) DYAD_RETURN_IF_ERROR(fn(store::ReadEvent(s)));
  return s.status();
}

}  // namespace dyad
