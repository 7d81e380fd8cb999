// JSON bodies and HTTP status codes for the API (internal to src/serve).
//
// Only HTTP handlers turn a Status into an HTTP code, and they do it here:
// HttpStatusFor maps Status codes to 400/404/500/501/503 and ErrorBody writes
// {"error": {"status": 400, "message": "..."}}. Client errors (4xx) carry the
// Status message, which names the parameter at fault; server errors carry a
// fixed text per code, never SQL, file paths or other internal detail.
// JsonBody serialises with invalid UTF-8 replaced, so it never throws.
//
// Thread safety: pure functions.
//
// Usage:
//   res.status = HttpStatusFor(status);
//   res.set_content(ErrorBody(status), kJsonType);
#ifndef DYAD_SERVE_HTTP_JSON_H_
#define DYAD_SERVE_HTTP_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "dyad/status.h"

namespace dyad::serve {

inline constexpr const char* kJsonType = "application/json; charset=utf-8";

// The HTTP status for a non-OK Status (200 for OK).
int HttpStatusFor(const Status& status);

// The error object sent to clients for `status` (never internal detail).
std::string ErrorBody(const Status& status);

// An error body for a bare HTTP status (unknown route, wrong method).
std::string ErrorBodyForHttp(int http_status, const std::string& message);

// `value` as compact JSON; invalid UTF-8 in strings becomes U+FFFD.
std::string JsonBody(const nlohmann::json& value);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_HTTP_JSON_H_
