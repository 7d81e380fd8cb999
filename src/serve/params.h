// Validated request parameters for the HTTP API (internal to src/serve).
//
// ParamReader reads the query-string parameters of one request and checks
// each against what it may be: a CAMEO actor or event code, a date, a bounded
// integer, one of a few words, or a bounded text. A malformed value is an
// InvalidArgument naming the parameter, which the server answers with 400.
// An absent parameter yields the given default.
//
// Thread safety: plain value; one per request.
//
// Usage:
//   ParamReader p(req.params, 256);
//   DYAD_ASSIGN_OR_RETURN(int limit, p.Int("limit", 50, 1, 500));
//   DYAD_ASSIGN_OR_RETURN(std::string from, p.Date("from"));
#ifndef DYAD_SERVE_PARAMS_H_
#define DYAD_SERVE_PARAMS_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::serve {

class ParamReader {
 public:
  using Map = std::multimap<std::string, std::string>;
  ParamReader(const Map& params, size_t max_bytes)
      : params_(params), max_bytes_(max_bytes) {}

  // Any text up to max_bytes, valid UTF-8; "" when absent.
  StatusOr<std::string> Text(const std::string& name) const;
  // An actor code or principal: 2–15 of A–Z, 0–9 (upper-cased); "" absent.
  StatusOr<std::string> Actor(const std::string& name) const;
  // Two actors "CHN,RUS"; empty vector when absent.
  StatusOr<std::vector<std::string>> ActorPair(const std::string& name) const;
  // A CAMEO code prefix: 1–4 digits; "" when absent.
  StatusOr<std::string> Code(const std::string& name) const;
  // A CAMEO root "14" or a root family "1x"; "" when absent.
  StatusOr<std::string> Root(const std::string& name) const;
  // A calendar date YYYY-MM-DD; "" when absent.
  StatusOr<std::string> Date(const std::string& name) const;
  // An integer in [min, max]; `fallback` when absent.
  StatusOr<int> Int(const std::string& name, int fallback, int min,
                    int max) const;
  // One of `choices`; `fallback` when absent.
  StatusOr<std::string> OneOf(const std::string& name,
                              const std::string& fallback,
                              const std::vector<std::string>& choices) const;

 private:
  // The value, nullopt when absent; InvalidArgument when repeated.
  StatusOr<std::optional<std::string>> Raw(const std::string& name) const;

  const Map& params_;
  size_t max_bytes_;
};

// Days since 1970-01-01 of a valid YYYY-MM-DD date.
int DayNumber(std::string_view date);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_PARAMS_H_
