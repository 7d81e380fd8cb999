// The JSON endpoints of the HTTP API (internal to src/serve).
//
// Each endpoint is a function from a validated request to a JSON value or a
// Status; the server (server.cc) routes URLs to them and turns Status into
// HTTP codes. They read the store only through ReadOnlyDb with bound
// parameters, following the schema in doc/store.md. The responses are
// documented with examples in doc/api.md.
//
// Thread safety: the functions are reentrant; each call uses its own
// connection (ApiRequest::db).
//
// Usage:
//   ParamReader params(req.params, options.max_param_bytes);
//   ApiRequest request{**lease, params, options, ""};
//   StatusOr<nlohmann::json> body = ApiEvents(request);
#ifndef DYAD_SERVE_API_H_
#define DYAD_SERVE_API_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/server.h"
#include "dyad/status.h"
#include "serve/db.h"
#include "serve/params.h"

namespace dyad::serve {

struct ApiRequest {
  ReadOnlyDb& db;
  const ParamReader& params;
  const ServerOptions& options;
  std::string path_arg;  // the {id} of /api/documents/{id}, else ""
};

using ApiFunction = StatusOr<nlohmann::json> (*)(const ApiRequest&);

// /api/stats: counts and the date range of the store.
StatusOr<nlohmann::json> ApiStats(const ApiRequest& r);
// /api/timeline?by&from&to&actor: events per period by quad class.
StatusOr<nlohmann::json> ApiTimeline(const ApiRequest& r);
// /api/events?actor&source&target&dyad&code&root&quad&from&to&q&offset&limit
StatusOr<nlohmann::json> ApiEvents(const ApiRequest& r);
// /api/dyad?a&b&by&from&to: both directions between two actors per period.
StatusOr<nlohmann::json> ApiDyad(const ApiRequest& r);
// /api/dyads?top&from&to: the directed pairs with most events.
StatusOr<nlohmann::json> ApiDyads(const ApiRequest& r);
// /api/actors?top&from&to: the principals in most events.
StatusOr<nlohmann::json> ApiActors(const ApiRequest& r);
// /api/graph?from&to&min&limit: principals and weighted directed edges.
StatusOr<nlohmann::json> ApiGraph(const ApiRequest& r);
// /api/map?from&to: events and mean Goldstein per country.
StatusOr<nlohmann::json> ApiMap(const ApiRequest& r);
// /api/documents/{id}: text and every mention with its spans.
StatusOr<nlohmann::json> ApiDocument(const ApiRequest& r);

struct ApiRoute {
  const char* path;  // exact path, or a prefix ending in '/' taking {id}
  ApiFunction function;
};
// Every endpoint, for the router.
const std::vector<ApiRoute>& ApiRoutes();

// ---- shared by the endpoint files (api_common.cc) ----
// Adds `from`/`to` (days of events `e`) to `where`.
Status AddDateRange(const ParamReader& params, SqlWhere* where);
// An actor parameter and the columns it matches: "principal" when a stored
// actor has it as its principal (RUS, IGOWSTNAT), else "code" (RUSGOV).
// One column per side keeps every condition on an index.
struct ActorParam {
  std::string value;   // "" when the parameter is absent
  std::string column;  // "principal" or "code"
  // "e.source_principal" for side "source".
  std::string Column(const char* side) const {
    return std::string("e.") + side + "_" + column;
  }
};
// Reads actor parameter `name` and resolves its column.
StatusOr<ActorParam> ReadActor(const ApiRequest& r, const std::string& name);
// Resolves an actor code already read.
StatusOr<ActorParam> ResolveActor(ReadOnlyDb& db, const std::string& actor);
// Adds "the actor is on `side`" (source or target).
void AddSide(const char* side, const ActorParam& actor, SqlWhere* where);
// Adds "between a and b, in either direction".
void AddDyad(const ActorParam& a, const ActorParam& b, SqlWhere* where);
// The SQL expression naming the period of `e.day` for by = day|week|month.
std::string PeriodExpression(const std::string& by);
// Reads `by` (day, week, month) with a default.
StatusOr<std::string> ReadPeriod(const ParamReader& params,
                                 const std::string& fallback);
// [q1, q2, q3, q4] from four consecutive integer columns.
nlohmann::json QuadCounts(const SqlRow& row, int first_column);
// SQL selecting four quad-class counts of events `e`.
inline constexpr const char* kQuadSums =
    "sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), "
    "sum(e.quad_class = 4)";

}  // namespace dyad::serve

#endif  // DYAD_SERVE_API_H_
