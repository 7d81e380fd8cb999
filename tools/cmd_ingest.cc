// `dyad ingest`: store coded events in a database
// Placeholder registration until the command is implemented: it reports
// that clearly and exits with a failure status.
#include <iostream>

#include "commands.h"

namespace dyad::cli {

void AddIngestCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "ingest", "store coded events in a database (not yet available)");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "dyad ingest: not implemented yet\n";
    *exit_code = kExitFailure;
  });
}

}  // namespace dyad::cli
