// The HTTP server: routes /api/ requests to the endpoint functions and other
// GET requests to the dashboard's static files.
#include "dyad/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>

#include "serve/api.h"
#include "serve/db.h"
#include "serve/http_json.h"
#include "serve/static_files.h"
#include "util/file.h"

namespace dyad {

using serve::ApiFunction;
using serve::HttpStatusFor;
using serve::kJsonType;

namespace {

constexpr size_t kMaxRequestBody = 64 * 1024;  // the API takes no bodies

// Headers on every response: no sniffing, no framing, no third parties.
httplib::Headers SecurityHeaders() {
  return {{"X-Content-Type-Options", "nosniff"},
          {"X-Frame-Options", "DENY"},
          {"Referrer-Policy", "no-referrer"},
          {"Content-Security-Policy",
           "default-src 'self'; img-src 'self' data: blob:; "
           "style-src 'self' 'unsafe-inline'; connect-src 'self'; "
           "object-src 'none'; frame-ancestors 'none'"}};
}

Status CheckOptions(const ServerOptions& o) {
  if (o.port < 0 || o.port > 65535) {
    return Status::InvalidArgument("port must be 0..65535");
  }
  if (o.threads < 1 || o.default_page_size < 1 || o.max_top < 1 ||
      o.max_page_size < o.default_page_size || o.max_graph_edges < 1 ||
      o.query_time_limit_ms < 1 || o.read_timeout_s < 1) {
    return Status::InvalidArgument(
        "server options: threads, sizes and limits must be positive, and "
        "max_page_size at least default_page_size");
  }
  return Status::OK();
}

// The canonical asset folder, checked to hold index.html ("" stays "").
StatusOr<std::string> AssetRoot(const std::string& dir) {
  if (dir.empty()) return std::string();
  std::error_code ec;
  const auto root = std::filesystem::canonical(dir, ec);
  if (ec || !std::filesystem::is_regular_file(root / "index.html", ec)) {
    return Status::NotFound("no dashboard build (index.html) in " + dir +
                            "; run scripts/setup_web.sh");
  }
  return root.string();
}

}  // namespace

class Server::Impl {
 public:
  Impl(const ServerOptions& options, std::string asset_root)
      : options_(options),
        asset_root_(std::move(asset_root)),
        pool_(options.db_path, options.query_time_limit_ms) {}

  Status Open() { return pool_.Acquire().status(); }
  void Configure();
  Status Bind();
  Status Run();
  void Stop();

  httplib::Server http_;
  int port_ = 0;
  bool bound_ = false;
  // cpp-httplib ignores stop() until listen_after_bind() has marked the
  // server running, so a Stop() that comes first would be lost and Run()
  // would never return. These two flags close that window (see Stop()).
  std::atomic<bool> stop_requested_{false};
  std::atomic<bool> run_entered_{false};

 private:
  void RouteApi();
  void RouteStatic();
  void Answer(ApiFunction fn, const httplib::Request& req,
              httplib::Response& res);
  StatusOr<nlohmann::json> Call(ApiFunction fn, const httplib::Request& req);
  void Fail(const Status& status, httplib::Response& res);
  void ServeFile(const httplib::Request& req, httplib::Response& res);

  ServerOptions options_;
  std::string asset_root_;
  serve::DbPool pool_;
};

void Server::Impl::Configure() {
  const int threads = options_.threads;
  http_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // SO_REUSEADDR only: cpp-httplib's default adds SO_REUSEPORT, which would
  // let a second server share a port that is in use instead of failing.
  http_.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  http_.set_default_headers(SecurityHeaders());
  http_.set_payload_max_length(kMaxRequestBody);
  http_.set_read_timeout(options_.read_timeout_s, 0);
  http_.set_exception_handler([this](const httplib::Request&,
                                     httplib::Response& res,
                                     std::exception_ptr) {
    Fail(Status::Internal("exception in a request handler"), res);
  });
  http_.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* what = res.status == 404 ? "no such resource" : "bad request";
    res.set_content(serve::ErrorBodyForHttp(res.status, what), kJsonType);
  });
  RouteApi();
  RouteStatic();
}

void Server::Impl::RouteApi() {
  for (const serve::ApiRoute& route : serve::ApiRoutes()) {
    std::string path = route.path;
    if (path.back() == '/') path += "(.+)";
    ApiFunction fn = route.function;
    http_.Get(path,
              [this, fn](const httplib::Request& req, httplib::Response& res) {
                Answer(fn, req, res);
              });
  }
  http_.Get(
      "/api(/.*)?", [this](const httplib::Request&, httplib::Response& res) {
        Fail(Status::NotFound("no such API endpoint; see doc/api.md"), res);
      });
  auto not_allowed = [](const httplib::Request&, httplib::Response& res) {
    res.status = 405;
    res.set_header("Allow", "GET, HEAD");
    res.set_content(
        serve::ErrorBodyForHttp(405, "read-only server: GET and HEAD only"),
        kJsonType);
  };
  http_.Post(".*", not_allowed);
  http_.Put(".*", not_allowed);
  http_.Patch(".*", not_allowed);
  http_.Delete(".*", not_allowed);
  http_.Options(".*", not_allowed);
}

void Server::Impl::RouteStatic() {
  http_.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    ServeFile(req, res);
  });
}

StatusOr<nlohmann::json> Server::Impl::Call(ApiFunction fn,
                                            const httplib::Request& req) {
  serve::ParamReader params(req.params, options_.max_param_bytes);
  DYAD_ASSIGN_OR_RETURN(serve::DbPool::Lease db, pool_.Acquire());
  serve::ApiRequest request{*db, params, options_,
                            req.matches.size() > 1 ? req.matches[1].str() : ""};
  return fn(request);
}

void Server::Impl::Answer(ApiFunction fn, const httplib::Request& req,
                          httplib::Response& res) {
  StatusOr<nlohmann::json> body = Call(fn, req);
  if (!body.ok()) return Fail(body.status(), res);
  res.status = 200;
  res.set_header("Cache-Control", "no-store");
  res.set_content(serve::JsonBody(*body), kJsonType);
}

void Server::Impl::Fail(const Status& status, httplib::Response& res) {
  res.status = HttpStatusFor(status);
  if (res.status >= 500 && options_.log) options_.log(status.ToString());
  res.set_header("Cache-Control", "no-store");
  res.set_content(serve::ErrorBody(status), kJsonType);
}

void Server::Impl::ServeFile(const httplib::Request& req,
                             httplib::Response& res) {
  if (asset_root_.empty()) {
    return Fail(Status::NotFound("this server has no dashboard"), res);
  }
  StatusOr<std::string> path = serve::ResolveAssetPath(asset_root_, req.path);
  std::string data;
  if (path.ok()) {
    Status read = ReadFileToString(*path, &data);
    if (!read.ok()) path = read;
  }
  if (!path.ok()) return Fail(Status::NotFound("no such file"), res);
  const bool hashed = req.path.rfind("/assets/", 0) == 0;
  res.set_header("Cache-Control",
                 hashed ? "public, max-age=31536000, immutable" : "no-cache");
  res.set_content(std::move(data), serve::ContentTypeFor(*path));
}

Status Server::Impl::Bind() {
  if (bound_) return Status::OK();
  if (options_.port == 0) {
    port_ = http_.bind_to_any_port(options_.bind);
  } else {
    port_ =
        http_.bind_to_port(options_.bind, options_.port) ? options_.port : -1;
  }
  if (port_ <= 0) {
    return Status::IOError("cannot listen on " + options_.bind + ":" +
                           std::to_string(options_.port) +
                           " (address in use or not available)");
  }
  bound_ = true;
  return Status::OK();
}

Status Server::Impl::Run() {
  DYAD_RETURN_IF_ERROR(Bind());
  run_entered_ = true;
  const bool served = !stop_requested_ && http_.listen_after_bind();
  run_entered_ = false;
  if (!served && !stop_requested_) {
    return Status::IOError("the server stopped accepting connections");
  }
  return Status::OK();
}

// Stop and Run publish their flags before reading the other's (sequentially
// consistent atomics), so either Run sees the request and never listens, or
// Stop sees Run under way and waits until the listener is up (or Run has
// returned) before shutting it down.
void Server::Impl::Stop() {
  stop_requested_ = true;
  while (run_entered_ && !http_.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  http_.stop();
}

StatusOr<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  DYAD_RETURN_IF_ERROR(CheckOptions(options));
  DYAD_ASSIGN_OR_RETURN(std::string root, AssetRoot(options.asset_dir));
  auto impl = std::make_unique<Impl>(options, std::move(root));
  DYAD_RETURN_IF_ERROR(impl->Open());
  impl->Configure();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }
Status Server::Bind() { return impl_->Bind(); }
int Server::port() const { return impl_->port_; }
Status Server::Run() { return impl_->Run(); }
void Server::Stop() { impl_->Stop(); }
bool Server::running() const { return impl_->http_.is_running(); }

}  // namespace dyad
