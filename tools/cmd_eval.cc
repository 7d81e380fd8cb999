// `dyad eval ...`: evaluators. Each subcommand ends with one line of
// key=value pairs.
#include "commands.h"

namespace dyad::cli {

void AddEvalCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd =
      app.add_subcommand("eval", "Evaluate a stage against gold data");
  cmd->require_subcommand(1);
}

}  // namespace dyad::cli
