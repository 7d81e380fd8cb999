// Server: the read-only HTTP API and dashboard over an event store.
//
// `dyad serve` is a thin shell over this class. The server opens the store
// read-only (an ingest may keep writing to it), answers JSON requests under
// /api/ (every endpoint with an example in doc/api.md) and serves the built
// dashboard (web/dist) as static files. Every query is parameterised, pages
// and graph sizes are capped, and a query that runs longer than the time
// limit is interrupted and answered with 503. Errors are JSON objects
// {"error": {"code": 400, "message": "..."}}; no SQL text or internal detail
// ever reaches a client.
//
// Security defaults: binds 127.0.0.1 only; files are served only from the
// asset folder (paths are resolved and checked to stay inside it); unknown
// parameters are ignored, malformed ones get 400.
//
// Thread safety: Run() serves requests on a pool of worker threads; Stop()
// may be called from any thread (or a signal handler's helper thread) and
// makes Run() return. One Server object serves one store.
//
// Usage:
//   dyad::ServerOptions options;
//   options.db_path = "demo.db";
//   options.asset_dir = "web/dist";
//   auto server = dyad::Server::Create(options);
//   if (!server.ok()) return Fail(server.status());
//   DYAD_RETURN_IF_ERROR((*server)->Bind());   // then (*server)->port()
//   DYAD_RETURN_IF_ERROR((*server)->Run());    // blocks until Stop()
#ifndef DYAD_SERVER_H_
#define DYAD_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad {

struct ServerOptions {
  // The address to listen on. 127.0.0.1 keeps the server private to this
  // machine; "0.0.0.0" exposes it to the network (there is no
  // authentication: do so only behind a proxy that adds it).
  std::string bind = "127.0.0.1";
  // The TCP port; 0 picks a free port (tests), readable with port().
  int port = 8080;
  // The event store (SQLite file written by `dyad ingest`), opened read-only.
  std::string db_path = "dyad.db";
  // The built dashboard (web/dist, containing index.html). Empty: API only.
  std::string asset_dir;
  // Events per page when a request gives no `limit`.
  int default_page_size = 50;
  // The largest `limit` a request may ask for; larger asks get 400.
  int max_page_size = 500;
  // The largest `top` for ranked lists (actors, dyads).
  int max_top = 200;
  // The most edges /api/graph returns (the heaviest ones).
  int max_graph_edges = 1000;
  // Wall-clock limit per SQL query; slower queries are interrupted (503).
  int query_time_limit_ms = 3000;
  // Longest accepted text parameter (search text, actor lists), in bytes.
  size_t max_param_bytes = 256;
  // Worker threads answering requests (each holds one read-only connection).
  int threads = 4;
  // Seconds a client may take to send its request before it is dropped.
  int read_timeout_s = 5;
  // Receives one line per server-side failure (HTTP 5xx) with the detail the
  // client does not see. Unset: nothing is reported.
  std::function<void(const std::string&)> log;
};

class Server {
 public:
  // Opens the store read-only and checks it is a dyad store; checks that
  // asset_dir (when given) holds index.html. Does not bind yet.
  static StatusOr<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket; IOError when the address or port is taken.
  Status Bind();
  // The bound port (after Bind()), useful when options.port was 0.
  int port() const;
  // Serves until Stop(). Binds first if Bind() was not called.
  Status Run();
  // Makes Run() return after the requests in flight; safe from any thread,
  // also before Run() has started (Run() then returns at once).
  void Stop();
  // True while Run() is accepting connections.
  bool running() const;

 private:
  class Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_SERVER_H_
