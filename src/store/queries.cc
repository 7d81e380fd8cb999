// Store: the read-only queries (timeline, event pages, actors, edges,
// documents). Free SQL is in sql.cc.
#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "dyad/store.h"
#include "store/rows.h"

namespace dyad {
namespace {

using store::Stmt;

// A WHERE clause under construction with its bound values.
struct Where {
  using Value = std::variant<int64_t, std::string>;
  std::vector<std::string> terms;
  std::vector<Value> values;

  // Adds `term`; each "?" in it takes the next of `vals`.
  void Add(const std::string& term, std::initializer_list<Value> vals) {
    std::string numbered;
    auto next = vals.begin();
    for (char c : term) {
      numbered += c;
      if (c != '?') continue;
      values.push_back(*next++);
      numbered += std::to_string(values.size());
    }
    terms.push_back(numbered);
  }
  std::string Sql() const {
    std::string out;
    for (size_t i = 0; i < terms.size(); ++i) {
      out += (i ? " AND " : " WHERE ") + terms[i];
    }
    return out;
  }
  void Bind(Stmt& s) const {
    for (size_t i = 0; i < values.size(); ++i) {
      const int col = static_cast<int>(i + 1);
      if (auto* n = std::get_if<int64_t>(&values[i])) s.Bind(col, *n);
      if (auto* t = std::get_if<std::string>(&values[i])) s.Bind(col, *t);
    }
  }
};

// The smallest string greater than every string starting with `prefix`.
std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff) {
    prefix.pop_back();
  }
  if (!prefix.empty()) ++prefix.back();
  return prefix;
}

// "1x" → "1"; "14" → "14"; "04" → "04".
std::string RootPrefix(const std::string& root) {
  const size_t x = root.find_first_of("xX");
  return x == std::string::npos ? root : root.substr(0, x);
}

void AddCodePrefix(const std::string& prefix, Where* w) {
  if (prefix.empty()) return;
  w->Add("e.code >= ? AND e.code < ?", {prefix, PrefixEnd(prefix)});
}

void AddDays(const std::string& from, const std::string& to, int64_t lo,
             int64_t hi, Where* w) {
  if (from.empty() && to.empty()) return;
  w->Add("e.day BETWEEN ? AND ?", {lo, hi});
}

// Whether `actor` names a principal (else a full code).
StatusOr<bool> IsPrincipal(const store::Db& db, const std::string& actor) {
  DYAD_ASSIGN_OR_RETURN(
      Stmt s, db.Prepare("SELECT 1 FROM actors WHERE principal = ?1 LIMIT 1"));
  s.Bind(1, actor);
  const bool found = s.Step();
  DYAD_RETURN_IF_ERROR(s.status());
  return found || actor.size() == 3;
}

Status AddActor(const store::Db& db, const std::string& actor, const char* side,
                Where* w) {
  if (actor.empty()) return Status::OK();
  DYAD_ASSIGN_OR_RETURN(bool principal, IsPrincipal(db, actor));
  const std::string col = principal ? "_principal" : "_code";
  if (std::string(side) == "either") {
    w->Add("(e.source" + col + " = ? OR e.target" + col + " = ?)",
           {actor, actor});
  } else {
    w->Add("e." + std::string(side) + col + " = ?", {actor});
  }
  return Status::OK();
}

Status BuildEventWhere(const store::Db& db, const EventFilter& f, Where* w) {
  DYAD_RETURN_IF_ERROR(AddActor(db, f.actor, "either", w));
  DYAD_RETURN_IF_ERROR(AddActor(db, f.source, "source", w));
  DYAD_RETURN_IF_ERROR(AddActor(db, f.target, "target", w));
  AddCodePrefix(f.code, w);
  AddCodePrefix(RootPrefix(f.root), w);
  if (f.quad_class > 0) w->Add("e.quad_class = ?", {int64_t{f.quad_class}});
  int64_t lo = 0, hi = 0;
  DYAD_RETURN_IF_ERROR(store::ParseRange(f.from, f.to, &lo, &hi));
  AddDays(f.from, f.to, lo, hi, w);
  if (!f.text.empty()) {
    w->Add(
        "e.event_key IN (SELECT m.event_key FROM mention_text t JOIN "
        "mentions m ON m.mention_key = t.rowid WHERE mention_text MATCH ?)",
        {f.text});
  }
  return Status::OK();
}

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
    DYAD_RETURN_IF_ERROR(AddActor(db, src, "source", &w));
    DYAD_RETURN_IF_ERROR(AddActor(db, tgt, "target", &w));
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

StatusOr<EventPage> Store::Events(const EventFilter& f) const {
  const store::Db& db = *impl_->db;
  Where w;
  DYAD_RETURN_IF_ERROR(BuildEventWhere(db, f, &w));
  const int limit =
      std::clamp(f.limit, 1, std::max(impl_->options.max_page_size, 1));
  DYAD_ASSIGN_OR_RETURN(
      Stmt s,
      db.Prepare(fmt::format(
          "{}{} ORDER BY e.day DESC, e.event_key DESC LIMIT {} "
          "OFFSET {}",
          store::kEventSelect, w.Sql(), limit + 1, std::max(f.offset, 0))));
  w.Bind(s);
  EventPage page;
  while (s.Step()) page.events.push_back(store::ReadEvent(s));
  DYAD_RETURN_IF_ERROR(s.status());
  page.more = static_cast<int>(page.events.size()) > limit;
  if (page.more) page.events.pop_back();
  return page;
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
  AddDays(from, to, lo, hi, &w);
  DYAD_ASSIGN_OR_RETURN(
      Stmt s, impl_->db->Prepare(std::string(store::kEventSelect) + w.Sql() +
                                 " ORDER BY e.event_key"));
  w.Bind(s);
  while (s.Step()) DYAD_RETURN_IF_ERROR(fn(store::ReadEvent(s)));
  return s.status();
}

}  // namespace dyad
