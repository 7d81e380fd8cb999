// dyad: turns raw news into coded political events. See README.md.
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad " DYAD_VERSION
               " - who did what to whom, when and where, from raw news"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad " DYAD_VERSION);
  int exit_code = dyad::cli::kExitOk;
  dyad::cli::AddCodeCommand(app, &exit_code);
  dyad::cli::AddEvalCommand(app, &exit_code);
  dyad::cli::AddTrainCommand(app, &exit_code);
  dyad::cli::AddParseCommand(app, &exit_code);
  dyad::cli::AddActorsCommand(app, &exit_code);
  dyad::cli::AddIngestCommand(app, &exit_code);
  dyad::cli::AddQueryCommand(app, &exit_code);
  dyad::cli::AddExportCommand(app, &exit_code);
  dyad::cli::AddServeCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}
