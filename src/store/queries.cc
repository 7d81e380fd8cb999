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

std::string PeriodSql(Period by) {
  switch (by) {
    case Period::kDay:
      return "day";
    case Period::kWeek:
      return "day - (((day - 4) % 7) + 7) % 7";
    case Period::kMonth:
      return "substr(date, 1, 7)";
  }
  return "day";
}

std::string PeriodName(const Stmt& s, Period by) {
  return by == Period::kMonth ? s.Text(0) : store::DateFromDay(s.Int(0));
}

TimelineBucket ReadBucket(const Stmt& s, Period by) {
  TimelineBucket b;
  b.period = PeriodName(s, by);
  b.events = static_cast<int>(s.Int(1));
  b.mentions = static_cast<int>(s.Int(2));
  for (int q = 0; q < 4; ++q) b.quad[q] = static_cast<int>(s.Int(3 + q));
  b.goldstein_sum = s.Real(7);
  b.goldstein_mean = b.events ? b.goldstein_sum / b.events : 0;
  return b;
}

}  // namespace

StatusOr<std::vector<TimelineBucket>> Store::Timeline(
    const TimelineQuery& q) const {
  const store::Db& db = *impl_->db;
  std::vector<TimelineBucket> out;
  for (int dir = 0; dir < 2; ++dir) {
    const std::string& src = dir == 0 ? q.a : q.b;
    const std::string& tgt = dir == 0 ? q.b : q.a;
    Where w;
    DYAD_RETURN_IF_ERROR(store::AddActor(db, src, "source", &w));
    DYAD_RETURN_IF_ERROR(store::AddActor(db, tgt, "target", &w));
    int64_t lo = 0, hi = 0;
    DYAD_RETURN_IF_ERROR(store::ParseRange(q.from, q.to, &lo, &hi));
    w.Add("e.day BETWEEN ? AND ?", {lo, hi});
    DYAD_ASSIGN_OR_RETURN(
        Stmt s,
        db.Prepare(fmt::format(
            "SELECT {} AS period, count(*), sum(num_mentions), "
            "sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3), "
            "sum(quad_class = 4), total(goldstein) FROM events e{} GROUP BY "
            "period ORDER BY period",
            PeriodSql(q.by), w.Sql())));
    w.Bind(s);
    while (s.Step()) {
      out.push_back(ReadBucket(s, q.by));
      out.back().source = src;
      out.back().target = tgt;
    }
    DYAD_RETURN_IF_ERROR(s.status());
  }
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
