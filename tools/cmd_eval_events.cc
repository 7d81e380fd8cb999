// `dyad eval petrarch1|udpetrarch|tabari|cameo-examples`: event coding
// against validation suites. Placeholder until implemented.
#include "commands.h"

namespace dyad::cli {

void AddEvalEventsCommands(CLI::App* eval, int* exit_code) {
  (void)eval;
  (void)exit_code;
}

}  // namespace dyad::cli
