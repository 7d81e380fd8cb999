// Pieces shared by the endpoint files: date ranges, sides, periods.
#include "serve/api.h"

namespace dyad::serve {

Status AddDateRange(const ParamReader& params, SqlWhere* where) {
  DYAD_ASSIGN_OR_RETURN(std::string from, params.Date("from"));
  DYAD_ASSIGN_OR_RETURN(std::string to, params.Date("to"));
  if (!from.empty() && !to.empty() && from > to) {
    return Status::InvalidArgument("parameter 'from': after 'to'");
  }
  if (!from.empty()) where->Add("e.day >= ?", {int64_t{DayNumber(from)}});
  if (!to.empty()) where->Add("e.day <= ?", {int64_t{DayNumber(to)}});
  return Status::OK();
}

StatusOr<ActorParam> ResolveActor(ReadOnlyDb& db, const std::string& actor) {
  ActorParam out{actor, "code"};
  if (actor.empty()) return out;
  DYAD_RETURN_IF_ERROR(
      db.Query("SELECT EXISTS (SELECT 1 FROM actors WHERE principal = ?)",
               {actor}, [&](const SqlRow& row) {
                 if (row.Int(0) != 0) out.column = "principal";
               }));
  return out;
}

StatusOr<ActorParam> ReadActor(const ApiRequest& r, const std::string& name) {
  DYAD_ASSIGN_OR_RETURN(std::string actor, r.params.Actor(name));
  return ResolveActor(r.db, actor);
}

void AddSide(const char* side, const ActorParam& actor, SqlWhere* where) {
  where->Add(actor.Column(side) + " = ?", {actor.value});
}

void AddDyad(const ActorParam& a, const ActorParam& b, SqlWhere* where) {
  where->Add("(" + a.Column("source") + " = ? AND " + b.Column("target") +
                 " = ?) OR (" + b.Column("source") + " = ? AND " +
                 a.Column("target") + " = ?)",
             {a.value, b.value, b.value, a.value});
}

std::string PeriodExpression(const std::string& by) {
  if (by == "week") {
    // 1970-01-01 was a Thursday: Monday-based weekday = (day + 3) mod 7.
    return "date((e.day - ((e.day % 7) + 10) % 7) * 86400, 'unixepoch')";
  }
  if (by == "month") return "substr(date(e.day * 86400, 'unixepoch'), 1, 7)";
  return "date(e.day * 86400, 'unixepoch')";
}

StatusOr<std::string> ReadPeriod(const ParamReader& params,
                                 const std::string& fallback) {
  return params.OneOf("by", fallback, {"day", "week", "month"});
}

nlohmann::json QuadCounts(const SqlRow& row, int first_column) {
  nlohmann::json quad = nlohmann::json::array();
  for (int i = 0; i < 4; ++i) quad.push_back(row.Int(first_column + i));
  return quad;
}

const std::vector<ApiRoute>& ApiRoutes() {
  static const std::vector<ApiRoute> kRoutes = {
      {"/api/stats", ApiStats},         {"/api/timeline", ApiTimeline},
      {"/api/events", ApiEvents},       {"/api/dyad", ApiDyad},
      {"/api/dyads", ApiDyads},         {"/api/actors", ApiActors},
      {"/api/graph", ApiGraph},         {"/api/map", ApiMap},
      {"/api/documents/", ApiDocument},
  };
  return kRoutes;
}

}  // namespace dyad::serve
