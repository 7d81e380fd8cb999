// JSON bodies and HTTP status codes for the API.
#include "serve/http_json.h"

namespace dyad::serve {

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk:
      return 200;
    case Status::Code::kInvalidArgument:
      return 400;
    case Status::Code::kNotFound:
      return 404;
    case Status::Code::kUnimplemented:
      return 501;
    case Status::Code::kResourceExhausted:
      return 503;
    default:
      return 500;
  }
}

std::string ErrorBodyForHttp(int http_status, const std::string& message) {
  return JsonBody({{"error", {{"status", http_status}, {"message", message}}}});
}

std::string ErrorBody(const Status& status) {
  const int http = HttpStatusFor(status);
  std::string message = status.message();
  if (http == 503) {
    message =
        "the store is busy or the query took too long; narrow the "
        "request or retry";
  } else if (http >= 500) {
    message = "internal error while reading the event store";
  }
  return ErrorBodyForHttp(http, message);
}

std::string JsonBody(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dyad::serve
