// Store::Events: one page of events matching a filter, newest first.
//
// A page is found in two steps so that SQLite walks an index that is already
// in date order and stops early, whatever the size of the store: each
// "branch" — one side of an actor filter (events_src, events_tgt, …), or the
// date index when no actor is given — yields its newest offset+limit+1
// matching keys; the page is the newest of their union.
#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "dyad/store.h"
#include "store/rows.h"
#include "store/where.h"

namespace dyad {
namespace {

using store::Stmt;
using store::Where;

// Equality constraints of a branch: column of events e, value.
using Equalities = std::vector<std::pair<std::string, std::string>>;

StatusOr<std::string> Column(const store::Db& db, const std::string& actor,
                             const std::string& side) {
  DYAD_ASSIGN_OR_RETURN(bool principal, store::IsPrincipal(db, actor));
  return side + (principal ? "_principal" : "_code");
}

// The index that serves a branch in date order ("" lets SQLite choose).
std::string IndexFor(const Equalities& eq, bool text) {
  if (eq.empty()) return text ? "" : "events_day";
  if (eq.size() == 2 && eq[0].first == "source_principal" &&
      eq[1].first == "target_principal") {
    return "events_dyad";
  }
  if (eq.size() != 1) return "";
  if (eq[0].first == "source_principal") return "events_src";
  if (eq[0].first == "target_principal") return "events_tgt";
  if (eq[0].first == "source_code") return "events_src_code";
  return "events_tgt_code";
}

// Fixed source/target constraints, then one branch per side of f.actor.
StatusOr<std::vector<Equalities>> Branches(const store::Db& db,
                                           const EventFilter& f) {
  Equalities fixed;
  for (const auto& [actor, side] :
       {std::pair{f.source, "source"}, std::pair{f.target, "target"}}) {
    if (actor.empty()) continue;
    DYAD_ASSIGN_OR_RETURN(std::string col, Column(db, actor, side));
    fixed.emplace_back(col, actor);
  }
  if (f.actor.empty()) return std::vector<Equalities>{fixed};
  std::vector<Equalities> out;
  for (const char* side : {"source", "target"}) {
    DYAD_ASSIGN_OR_RETURN(std::string col, Column(db, f.actor, side));
    Equalities eq = {{col, f.actor}};
    eq.insert(eq.end(), fixed.begin(), fixed.end());
    std::sort(eq.begin(), eq.end());  // source before target
    out.push_back(std::move(eq));
  }
  return out;
}

void AddCodePrefix(const std::string& prefix, Where* w) {
  if (prefix.empty()) return;
  w->Add("e.code >= ? AND e.code < ?", {prefix, store::PrefixEnd(prefix)});
}

// The constraints every branch shares.
Status AddCommon(const EventFilter& f, Where* w) {
  AddCodePrefix(f.code, w);
  AddCodePrefix(store::RootPrefix(f.root), w);
  if (f.quad_class > 0) w->Add("e.quad_class = ?", {int64_t{f.quad_class}});
  int64_t lo = 0, hi = 0;
  DYAD_RETURN_IF_ERROR(store::ParseRange(f.from, f.to, &lo, &hi));
  if (!f.from.empty() || !f.to.empty()) {
    w->Add("e.day BETWEEN ? AND ?", {lo, hi});
  }
  if (!f.text.empty()) {
    w->Add(
        "e.event_key IN (SELECT m.event_key FROM mention_text t JOIN "
        "mentions m ON m.mention_key = t.rowid WHERE mention_text MATCH ?)",
        {f.text});
  }
  return Status::OK();
}

StatusOr<std::string> BranchSql(const Equalities& eq, const EventFilter& f,
                                int64_t keep, Where* w) {
  for (const auto& [col, value] : eq) w->Add("e." + col + " = ?", {value});
  DYAD_RETURN_IF_ERROR(AddCommon(f, w));
  const std::string index = IndexFor(eq, !f.text.empty());
  return fmt::format(
      "SELECT event_key FROM (SELECT e.event_key FROM events e{}{} ORDER BY "
      "e.day DESC, e.event_key DESC LIMIT {})",
      index.empty() ? "" : " INDEXED BY " + index, w->TakeSql(), keep);
}

}  // namespace

StatusOr<EventPage> Store::Events(const EventFilter& f) const {
  const store::Db& db = *impl_->db;
  const int limit =
      std::clamp(f.limit, 1, std::max(impl_->options.max_page_size, 1));
  const int64_t offset = std::max(f.offset, 0);
  DYAD_ASSIGN_OR_RETURN(std::vector<Equalities> branches, Branches(db, f));
  Where w;
  std::string keys;
  for (const Equalities& eq : branches) {
    DYAD_ASSIGN_OR_RETURN(std::string sql,
                          BranchSql(eq, f, offset + limit + 1, &w));
    keys += (keys.empty() ? "" : " UNION ALL ") + sql;
  }
  DYAD_ASSIGN_OR_RETURN(
      Stmt s,
      db.Prepare(fmt::format("{} WHERE e.event_key IN ({}) ORDER BY "
                             "e.day DESC, e.event_key DESC LIMIT {} "
                             "OFFSET {}",
                             store::kEventSelect, keys, limit + 1, offset)));
  w.Bind(s);
  EventPage page;
  while (s.Step()) page.events.push_back(store::ReadEvent(s));
  DYAD_RETURN_IF_ERROR(s.status());
  page.more = static_cast<int>(page.events.size()) > limit;
  if (page.more) page.events.pop_back();
  return page;
}

}  // namespace dyad
