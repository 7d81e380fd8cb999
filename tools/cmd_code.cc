// `dyad code`: read documents, run the pipeline, write results as JSONL.
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "dump.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::string date;
  std::string id;
  std::string dump;  // "", "sentences", "text"
};

// Writes one JSON line per processed document for the chosen view.
void Emit(const CodeArgs& args, const Processed& p) {
  if (args.dump == "sentences") {
    std::cout << SentencesToJson(p).dump(
                     -1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else if (args.dump == "text") {
    std::cout << SentencesToText(p);
  }
}

int RunCode(const CodeArgs& args) {
  ReadOptions ropts;
  if (!ParseFormat(args.format, &ropts.format)) {
    std::cerr << "dyad code: unknown --format '" << args.format << "'\n";
    return kExitFailure;
  }
  if (!args.date.empty() && !NormalizeDate(args.date, &ropts.default_date)) {
    std::cerr << "dyad code: --date: expected YYYY-MM-DD, got '" << args.date
              << "'\n";
    return kExitFailure;
  }
  ropts.id = args.id;
  PipelineOptions popts;
  popts.analyze = popts.resolve = true;
  auto pipeline = Pipeline::Create(popts);
  if (!pipeline.ok()) {
    std::cerr << "dyad code: " << pipeline.status().ToString() << "\n";
    return kExitFailure;
  }
  auto reader = Reader::Open(args.paths, ropts);
  Document doc;
  Status problem;
  Processed out;
  size_t skipped = 0;
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) problem = (*pipeline)->Process(doc, &out);
    if (!problem.ok()) {
      std::cerr << "dyad code: skipped " << problem.message() << "\n";
      ++skipped;
      continue;
    }
    for (const std::string& w : out.article.warnings) {
      std::cerr << "dyad code: " << doc.origin << ": " << w << "\n";
    }
    Emit(args, out);
  }
  std::cout.flush();
  if (skipped > 0) {
    std::cerr << "dyad code: " << skipped << " input(s) skipped\n";
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace

void AddCodeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "code", "Code events from files, directories or stdin (JSONL out)");
  cmd->add_option("paths", args->paths,
                  "Files or directories (recursive); none or '-' = stdin");
  cmd->add_option("--format", args->format, "auto|text|html|jsonl")
      ->capture_default_str();
  cmd->add_option("--date", args->date,
                  "Publication date YYYY-MM-DD for inputs without one");
  cmd->add_option("--id", args->id, "Document id for a single input");
  cmd->add_option("--dump", args->dump,
                  "Print an intermediate stage instead of events: sentences "
                  "(JSONL) or text (readable)")
      ->check(CLI::IsMember({"sentences", "text"}));
  cmd->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace dyad::cli
