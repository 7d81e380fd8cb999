// Aggregate endpoints: /api/stats, /api/timeline, /api/dyad, /api/dyads,
// /api/actors, /api/graph, /api/map.
#include <map>
#include <string>

#include "serve/api.h"

namespace dyad::serve {
namespace {

// Directed principal pairs over the date range, heaviest first.
constexpr const char* kEdgeSelect =
    "SELECT e.source_principal, e.target_principal, count(*), "
    "sum(e.num_mentions), round(sum(e.goldstein), 3), round(avg(e.goldstein), "
    "3), ";

nlohmann::json EdgeJson(const SqlRow& row) {
  return {{"source", row.Text(0)},        {"target", row.Text(1)},
          {"events", row.Int(2)},         {"mentions", row.Int(3)},
          {"goldstein_sum", row.Real(4)}, {"goldstein_mean", row.Real(5)},
          {"quad", QuadCounts(row, 6)}};
}

// Reads the date range and runs the edge query with `having` and `limit`.
StatusOr<nlohmann::json> Edges(const ApiRequest& r, int64_t min_events,
                               int64_t limit) {
  SqlWhere where;
  where.Add("e.target_principal <> ''");
  DYAD_RETURN_IF_ERROR(AddDateRange(r.params, &where));
  std::vector<SqlArg> args = where.args();
  args.push_back(min_events);
  args.push_back(limit);
  nlohmann::json edges = nlohmann::json::array();
  // "+column" keeps SQLite from grouping along the dyad index (a scan of
  // every event) when the date range can use the day index.
  DYAD_RETURN_IF_ERROR(r.db.Query(
      std::string(kEdgeSelect) + kQuadSums + " FROM events e" + where.Clause() +
          " GROUP BY +e.source_principal, +e.target_principal HAVING count(*) "
          ">= ? "
          "ORDER BY 3 DESC, 1, 2 LIMIT ?",
      args, [&](const SqlRow& row) { edges.push_back(EdgeJson(row)); }));
  return edges;
}

// Events per value of a side column pair (principal or country), counting an
// event once per distinct value.
std::string SidesUnion(const std::string& column, const SqlWhere& where) {
  const std::string conditions = where.Conditions();
  return "SELECT e.source_" + column +
         " AS k, 1 AS s, 0 AS t, e.goldstein AS g"
         " FROM events e WHERE " +
         conditions + " AND e.source_" + column +
         " <> '' UNION ALL SELECT e.target_" + column +
         ", 0, 1, e.goldstein FROM events e WHERE " + conditions +
         " AND e.target_" + column + " <> '' AND e.target_" + column +
         " <> e.source_" + column;
}

std::vector<SqlArg> Twice(const std::vector<SqlArg>& args) {
  std::vector<SqlArg> out = args;
  out.insert(out.end(), args.begin(), args.end());
  return out;
}

}  // namespace

StatusOr<nlohmann::json> ApiStats(const ApiRequest& r) {
  nlohmann::json out;
  DYAD_RETURN_IF_ERROR(r.db.Query(
      "SELECT (SELECT count(*) FROM documents), "
      "(SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL), "
      "(SELECT count(*) FROM mentions), (SELECT count(*) FROM events), "
      "(SELECT count(*) FROM actors), "
      "(SELECT date(min(day) * 86400, 'unixepoch') FROM events), "
      "(SELECT date(max(day) * 86400, 'unixepoch') FROM events)",
      {}, [&](const SqlRow& row) {
        out = {{"documents", row.Int(0)},
               {"near_duplicates", row.Int(1)},
               {"mentions", row.Int(2)},
               {"events", row.Int(3)},
               {"actors", row.Int(4)},
               {"first_date", row.Text(5)},
               {"last_date", row.Text(6)},
               {"schema_version", r.db.schema_version()}};
      }));
  return out;
}

StatusOr<nlohmann::json> ApiTimeline(const ApiRequest& r) {
  DYAD_ASSIGN_OR_RETURN(std::string by, ReadPeriod(r.params, "day"));
  SqlWhere where;
  where.Add("e.day IS NOT NULL");
  DYAD_RETURN_IF_ERROR(AddDateRange(r.params, &where));
  DYAD_ASSIGN_OR_RETURN(ActorParam actor, ReadActor(r, "actor"));
  if (!actor.value.empty()) {
    where.Add(
        actor.Column("source") + " = ? OR " + actor.Column("target") + " = ?",
        {actor.value, actor.value});
  }
  nlohmann::json rows = nlohmann::json::array();
  DYAD_RETURN_IF_ERROR(r.db.Query(
      "SELECT " + PeriodExpression(by) +
          ", count(*), round(avg(e.goldstein), 3), " + kQuadSums +
          " FROM events e" + where.Clause() + " GROUP BY 1 ORDER BY 1",
      where.args(), [&](const SqlRow& row) {
        rows.push_back({{"period", row.Text(0)},
                        {"events", row.Int(1)},
                        {"goldstein_mean", row.Real(2)},
                        {"quad", QuadCounts(row, 3)}});
      }));
  return nlohmann::json{{"by", by}, {"rows", rows}};
}

StatusOr<nlohmann::json> ApiDyad(const ApiRequest& r) {
  DYAD_ASSIGN_OR_RETURN(ActorParam a, ReadActor(r, "a"));
  DYAD_ASSIGN_OR_RETURN(ActorParam b, ReadActor(r, "b"));
  if (a.value.empty() || b.value.empty()) {
    return Status::InvalidArgument("parameters 'a' and 'b': two actors needed");
  }
  DYAD_ASSIGN_OR_RETURN(std::string by, ReadPeriod(r.params, "week"));
  SqlWhere where;
  where.Add("e.day IS NOT NULL");
  AddDyad(a, b, &where);
  DYAD_RETURN_IF_ERROR(AddDateRange(r.params, &where));
  std::vector<SqlArg> args = {a.value};  // the direction flag, first `?`
  args.insert(args.end(), where.args().begin(), where.args().end());
  nlohmann::json rows = nlohmann::json::array();
  DYAD_RETURN_IF_ERROR(r.db.Query(
      "SELECT " + PeriodExpression(by) + ", " + a.Column("source") +
          " = ?, count(*), sum(e.num_mentions), round(sum(e.goldstein), 3), "
          "round(avg(e.goldstein), 3), " +
          kQuadSums + " FROM events e" + where.Clause() +
          " GROUP BY 1, 2 ORDER BY 1, 2 DESC",
      args, [&](const SqlRow& row) {
        const bool forward = row.Int(1) != 0;
        rows.push_back({{"period", row.Text(0)},
                        {"source", forward ? a.value : b.value},
                        {"target", forward ? b.value : a.value},
                        {"events", row.Int(2)},
                        {"mentions", row.Int(3)},
                        {"goldstein_sum", row.Real(4)},
                        {"goldstein_mean", row.Real(5)},
                        {"quad", QuadCounts(row, 6)}});
      }));
  return nlohmann::json{
      {"a", a.value}, {"b", b.value}, {"by", by}, {"rows", rows}};
}

StatusOr<nlohmann::json> ApiDyads(const ApiRequest& r) {
  DYAD_ASSIGN_OR_RETURN(int top, r.params.Int("top", 10, 1, r.options.max_top));
  DYAD_ASSIGN_OR_RETURN(nlohmann::json edges, Edges(r, 1, top));
  return nlohmann::json{{"dyads", edges}};
}

StatusOr<nlohmann::json> ApiGraph(const ApiRequest& r) {
  DYAD_ASSIGN_OR_RETURN(int min, r.params.Int("min", 1, 1, 1000000000));
  DYAD_ASSIGN_OR_RETURN(int limit,
                        r.params.Int("limit", r.options.max_graph_edges, 1,
                                     r.options.max_graph_edges));
  DYAD_ASSIGN_OR_RETURN(nlohmann::json edges, Edges(r, min, limit));
  std::map<std::string, int64_t> volume;
  for (const nlohmann::json& e : edges) {
    volume[e["source"]] += e["events"].get<int64_t>();
    volume[e["target"]] += e["events"].get<int64_t>();
  }
  nlohmann::json nodes = nlohmann::json::array();
  for (const auto& [id, events] : volume) {
    nodes.push_back({{"id", id}, {"events", events}});
  }
  return nlohmann::json{{"nodes", nodes}, {"edges", edges}};
}

StatusOr<nlohmann::json> ApiActors(const ApiRequest& r) {
  DYAD_ASSIGN_OR_RETURN(int top, r.params.Int("top", 20, 1, r.options.max_top));
  SqlWhere where;
  DYAD_RETURN_IF_ERROR(AddDateRange(r.params, &where));
  std::vector<SqlArg> args = Twice(where.args());
  args.push_back(int64_t{top});
  nlohmann::json actors = nlohmann::json::array();
  DYAD_RETURN_IF_ERROR(r.db.Query(
      "SELECT k, sum(s) + sum(t), sum(s), sum(t), "
      "(SELECT name FROM actors WHERE code = k), "
      "(SELECT type FROM actors WHERE principal = k LIMIT 1) FROM (" +
          SidesUnion("principal", where) +
          ") GROUP BY k ORDER BY 2 DESC, k LIMIT ?",
      args, [&](const SqlRow& row) {
        actors.push_back({{"code", row.Text(0)},
                          {"events", row.Int(1)},
                          {"as_source", row.Int(2)},
                          {"as_target", row.Int(3)},
                          {"name", row.Text(4)},
                          {"type", row.Text(5)}});
      }));
  return nlohmann::json{{"actors", actors}};
}

StatusOr<nlohmann::json> ApiMap(const ApiRequest& r) {
  SqlWhere where;
  DYAD_RETURN_IF_ERROR(AddDateRange(r.params, &where));
  nlohmann::json countries = nlohmann::json::array();
  DYAD_RETURN_IF_ERROR(r.db.Query(
      "SELECT k, count(*), round(avg(g), 3), sum(s), sum(t) FROM (" +
          SidesUnion("country", where) + ") GROUP BY k ORDER BY 2 DESC, k",
      Twice(where.args()), [&](const SqlRow& row) {
        countries.push_back({{"code", row.Text(0)},
                             {"events", row.Int(1)},
                             {"goldstein_mean", row.Real(2)},
                             {"as_source", row.Int(3)},
                             {"as_target", row.Int(4)}});
      }));
  return nlohmann::json{{"countries", countries}};
}

}  // namespace dyad::serve
