// The `dyad` command line: one Add*Command per subcommand, each in its own
// cmd_*.cc file. Every command runs through the library and turns a Status
// into an exit code only here, at the edge.
#ifndef DYAD_TOOLS_COMMANDS_H_
#define DYAD_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command could not do its job
inline constexpr int kExitPartial = 3;  // done, but some inputs were skipped
inline constexpr int kExitBelowTarget = 4;  // an evaluation missed its target

// ReadOptions from the input flags every reading command shares
// (--format, --date, --id); InvalidArgument naming the bad flag.
Status InputReadOptions(const std::string& format, const std::string& date,
                        const std::string& id, ReadOptions* r);

// Each function adds a subcommand to `app`; when it runs, its exit code is
// written to *exit_code.
void AddCodeCommand(CLI::App& app, int* exit_code);
void AddEvalCommand(CLI::App& app, int* exit_code);
void AddTrainCommand(CLI::App& app, int* exit_code);
void AddParseCommand(CLI::App& app, int* exit_code);
void AddActorsCommand(CLI::App& app, int* exit_code);
void AddIngestCommand(CLI::App& app, int* exit_code);  // cmd_ingest.cc
void AddQueryCommand(CLI::App& app, int* exit_code);   // cmd_query.cc
void AddExportCommand(CLI::App& app, int* exit_code);  // cmd_export.cc
void AddServeCommand(CLI::App& app, int* exit_code);   // cmd_serve.cc
// Adds `dyad eval ud` under the eval command.
void AddEvalUdCommand(CLI::App* eval, int* exit_code);
// Adds `dyad eval petrarch1|udpetrarch|tabari|cameo-examples` (event coding
// against validation suites) under the eval command; cmd_eval_events.cc.
void AddEvalEventsCommands(CLI::App* eval, int* exit_code);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_COMMANDS_H_
