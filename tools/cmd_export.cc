// `dyad export`: write the store's events as GDELT 2.0 rows, JSON Lines, CSV
// or PLOVER JSON Lines (doc/export_formats.md).
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "dyad/codebook.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

struct ExportArgs {
  std::string db = "dyad.db";
  std::string format = "jsonl";
  std::string from, to;
  std::string out;  // empty or "-": stdout
};

std::string Line(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

// PLOVER has no 01/02 statements and no negated events: those are left out.
std::string PloverLine(const StoredEvent& e, const Codebook& book) {
  if (e.event.plover_event.empty() || e.event.negated) return "";
  const CodeInfo* info = book.Find(e.event.code);
  return Line(StoredEventToPlover(e, info ? info->plover_context : ""));
}

Status Write(const Store& store, const ExportArgs& args, std::ostream& out,
             size_t* written) {
  std::unique_ptr<Codebook> book;
  if (args.format == "plover") {
    DYAD_ASSIGN_OR_RETURN(book, Codebook::Load(""));
  }
  if (args.format == "csv") out << EventCsvHeader();
  return store.ForEachEvent(args.from, args.to, [&](const StoredEvent& e) {
    std::string line;
    if (args.format == "gdelt") line = StoredEventToGdeltRow(e);
    if (args.format == "jsonl") line = Line(StoredEventToJson(e));
    if (args.format == "csv") line = StoredEventToCsvRow(e);
    if (args.format == "plover") line = PloverLine(e, *book);
    *written += !line.empty();
    out << line;
    return out ? Status::OK() : Status::IOError("write failed");
  });
}

Status RunExport(const ExportArgs& args, size_t* written) {
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<Store> store,
                        Store::Open(args.db, StoreOptions{.read_only = true}));
  if (args.out.empty() || args.out == "-") {
    return Write(*store, args, std::cout, written);
  }
  const std::string tmp = args.out + ".partial";
  std::ofstream file(tmp, std::ios::binary);
  if (!file) return Status::IOError(tmp + ": cannot write");
  DYAD_RETURN_IF_ERROR(Write(*store, args, file, written));
  file.close();
  if (!file) return Status::IOError(tmp + ": write failed");
  if (std::rename(tmp.c_str(), args.out.c_str()) != 0) {
    return Status::IOError(args.out + ": cannot rename " + tmp);
  }
  return Status::OK();
}

}  // namespace

void AddExportCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd =
      app.add_subcommand("export", "Export the store's events to a file");
  cmd->add_option("--db", args->db, "Store file")->capture_default_str();
  cmd->add_option("--format", args->format, "gdelt|jsonl|csv|plover")
      ->check(CLI::IsMember({"gdelt", "jsonl", "csv", "plover"}))
      ->capture_default_str();
  cmd->add_option("--from", args->from, "First event day YYYY-MM-DD");
  cmd->add_option("--to", args->to, "Last event day YYYY-MM-DD");
  cmd->add_option("--out", args->out, "Output file (default: stdout)");
  cmd->callback([args, exit_code] {
    size_t written = 0;
    const Status s = RunExport(*args, &written);
    if (!s.ok()) {
      std::cerr << "dyad export: " << s.ToString() << "\n";
      *exit_code = kExitFailure;
      return;
    }
    if (!args->out.empty() && args->out != "-") {
      std::cerr << "dyad export: " << written << " events -> " << args->out
                << "\n";
    }
    *exit_code = kExitOk;
  });
}

}  // namespace dyad::cli
