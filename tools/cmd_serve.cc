// `dyad serve`: HTTP API and dashboard over the event store
// Placeholder registration until the command is implemented: it reports
// that clearly and exits with a failure status.
#include <iostream>

#include "commands.h"

namespace dyad::cli {

void AddServeCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "HTTP API and dashboard over the event store (not yet available)");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "dyad serve: not implemented yet\n";
    *exit_code = kExitFailure;
  });
}

}  // namespace dyad::cli
