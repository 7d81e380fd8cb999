// `dyad code`: read documents, run the pipeline, write events (or an
// intermediate stage) to stdout.
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "dump.h"
#include "dyad/event_io.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::string date;
  std::string id;
  std::string dump;          // "", "sentences", "text"
  std::string out = "json";  // "json", "gdelt", "table"
  std::string model;
  std::vector<std::string> actors, agents, verbs;
  bool replace_dictionaries = false;
  bool hypothetical = false;
};

struct Totals {
  size_t documents = 0, skipped = 0;
  uint64_t gdelt_id = 0;
  std::vector<Event> table;  // --out table collects, then prints
};

void EmitEvents(const CodeArgs& args, const Processed& p, Totals* t) {
  for (const Event& e : p.events) {
    if (args.out == "gdelt") {
      std::cout << EventToGdeltRow(e, ++t->gdelt_id, p.doc.url);
    } else if (args.out == "table") {
      t->table.push_back(e);
    } else {
      std::cout << EventToJsonLine(e);
    }
  }
}

void Emit(const CodeArgs& args, const Processed& p, Totals* t) {
  if (args.dump == "sentences") {
    std::cout << SentencesToJson(p).dump(
                     -1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else if (args.dump == "text") {
    std::cout << SentencesToText(p);
  } else {
    EmitEvents(args, p, t);
  }
}

PipelineOptions MakePipelineOptions(const CodeArgs& args) {
  PipelineOptions o = PipelineOptions::Full();
  o.analyzer.model_path = args.model;
  // Dumps show the stages that can run: without a model file, tokens and
  // actors only (said on stderr), never a failure.
  const std::string model =
      args.model.empty() ? DefaultModelPath() : args.model;
  if (!args.dump.empty()) {
    o.code = false;
    o.analyze = std::filesystem::exists(model);
    if (!o.analyze) {
      std::cerr << "dyad code: no analyzer model at " << model
                << ": dumping without tags and parses\n";
    }
  }
  o.actors.actor_files = args.actors;
  o.actors.agent_files = args.agents;
  o.actors.replace_builtin = args.replace_dictionaries;
  o.lexicon.verb_files = args.verbs;
  o.lexicon.replace_builtin = args.replace_dictionaries && !args.verbs.empty();
  o.coder.emit_hypothetical = args.hypothetical;
  return o;
}

int RunCode(const CodeArgs& args) {
  ReadOptions ropts;
  Status s = InputReadOptions(args.format, args.date, args.id, &ropts);
  auto pipeline = Pipeline::Create(MakePipelineOptions(args));
  if (s.ok() && !pipeline.ok()) s = pipeline.status();
  if (!s.ok()) {
    std::cerr << "dyad code: " << s.ToString() << "\n";
    return kExitFailure;
  }
  auto reader = Reader::Open(args.paths, ropts);
  Document doc;
  Status problem;
  Processed out;
  Totals totals;
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) problem = (*pipeline)->Process(doc, &out);
    if (!problem.ok()) {
      std::cerr << "dyad code: skipped " << problem.message() << "\n";
      ++totals.skipped;
      continue;
    }
    ++totals.documents;
    for (const std::string& w : out.article.warnings) {
      std::cerr << "dyad code: " << doc.origin << ": " << w << "\n";
    }
    Emit(args, out, &totals);
  }
  if (args.out == "table") std::cout << EventsToTable(totals.table);
  std::cout.flush();
  if (totals.skipped > 0) {
    std::cerr << "dyad code: " << totals.skipped << " input(s) skipped\n";
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
  cmd->add_option("--out", args->out, "json (JSON Lines), gdelt, table")
      ->check(CLI::IsMember({"json", "gdelt", "table"}))
      ->capture_default_str();
  cmd->add_option("--dump", args->dump,
                  "Print an intermediate stage instead of events: sentences "
                  "(JSONL) or text (readable)")
      ->check(CLI::IsMember({"sentences", "text"}));
  cmd->add_option("--model", args->model, "Analyzer model file");
  cmd->add_option(
      "--actors", args->actors,
      "Extra actor dictionary (dyad TSV, TABARI, PETRARCH, Phoenix)");
  cmd->add_option("--agents", args->agents, "Extra agents dictionary");
  cmd->add_option("--verbs", args->verbs,
                  "Verb dictionary (PETRARCH-2 CAMEO.2.0.txt, TABARI verbs)");
  cmd->add_flag("--replace-dictionaries", args->replace_dictionaries,
                "Use only the given --actors/--agents/--verbs files");
  cmd->add_flag("--hypothetical", args->hypothetical,
                "Also emit hypothetical events (would, if, requested)");
  cmd->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

Status InputReadOptions(const std::string& format, const std::string& date,
                        const std::string& id, ReadOptions* r) {
  if (!ParseFormat(format, &r->format)) {
    return Status::InvalidArgument("unknown --format '" + format + "'");
  }
  if (!date.empty() && !NormalizeDate(date, &r->default_date)) {
    return Status::InvalidArgument("--date: expected YYYY-MM-DD, got '" + date +
                                   "'");
  }
  r->id = id;
  return Status::OK();
}

}  // namespace dyad::cli
