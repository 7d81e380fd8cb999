// `dyad serve`: the read-only HTTP API and the dashboard over an event store.
// Ctrl-C (SIGINT) or SIGTERM stops the server after the requests in flight.
#include <pthread.h>
#include <signal.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "commands.h"
#include "dyad/server.h"

namespace dyad::cli {
namespace {

struct ServeArgs {
  ServerOptions options;
  std::string assets;
  bool assets_given = false;
};

// The dashboard build of the source tree, when it exists.
std::string DefaultAssets() {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/web/dist";
  std::error_code ec;
  return std::filesystem::is_regular_file(dir + "/index.html", ec) ? dir : "";
}

// Blocks SIGINT and SIGTERM in this thread (and the workers it starts) and
// stops `server` from a helper thread when one arrives.
void StopOnSignals(Server* server) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread([set, server] {
    int sig = 0;
    sigwait(&set, &sig);
    server->Stop();
  }).detach();
}

int RunServe(ServeArgs& a) {
  a.options.asset_dir = a.assets_given ? a.assets : DefaultAssets();
  if (a.options.asset_dir.empty() && !a.assets_given) {
    std::cerr << "dyad serve: no dashboard build in web/dist (run "
                 "scripts/setup_web.sh); serving the API only\n";
  }
  a.options.log = [](const std::string& line) {
    std::cerr << "dyad serve: " << line << "\n";
  };
  auto server = Server::Create(a.options);
  if (!server.ok()) {
    std::cerr << "dyad serve: " << server.status().ToString() << "\n";
    return kExitFailure;
  }
  StopOnSignals(server->get());
  Status s = (*server)->Bind();
  if (s.ok()) {
    std::cout << "dyad serve: http://" << a.options.bind << ":"
              << (*server)->port() << "/  (store " << a.options.db_path
              << "; Ctrl-C stops)" << std::endl;
    s = (*server)->Run();
  }
  if (!s.ok()) {
    std::cerr << "dyad serve: " << s.ToString() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "HTTP API and dashboard over the event store (read-only)");
  ServerOptions& o = args->options;
  cmd->add_option("--db", o.db_path, "event store (SQLite file)")
      ->capture_default_str();
  cmd->add_option("--port", o.port, "TCP port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", o.bind,
                  "address to listen on (0.0.0.0 exposes it to the network)")
      ->capture_default_str();
  cmd->add_option_function<std::string>(
      "--assets",
      [args](const std::string& dir) {
        args->assets = dir;
        args->assets_given = true;
      },
      "dashboard build folder (default: web/dist of the source tree; \"\" "
      "for the API only)");
  cmd->add_option("--threads", o.threads, "worker threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--max-page-size", o.max_page_size,
                  "largest page of events a request may ask for")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--query-time-limit", o.query_time_limit_ms,
                  "milliseconds before a query is interrupted (503)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace dyad::cli
