// `dyad query`: query the event store
// Placeholder registration until the command is implemented: it reports
// that clearly and exits with a failure status.
#include <iostream>

#include "commands.h"

namespace dyad::cli {

void AddQueryCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd =
      app.add_subcommand("query", "query the event store (not yet available)");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "dyad query: not implemented yet\n";
    *exit_code = kExitFailure;
  });
}

}  // namespace dyad::cli
