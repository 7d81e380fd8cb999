// `dyad export`: export events from the store
// Placeholder registration until the command is implemented: it reports
// that clearly and exits with a failure status.
#include <iostream>

#include "commands.h"

namespace dyad::cli {

void AddExportCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "export", "export events from the store (not yet available)");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "dyad export: not implemented yet\n";
    *exit_code = kExitFailure;
  });
}

}  // namespace dyad::cli
