// `dyad eval petrarch1|udpetrarch|tabari DIR`, `dyad eval cameo-examples
// FILE`, `dyad eval lexicon [DIR]`: event coding against validation suites
// (definitions in doc/evaluation.md). Each prints a breakdown by category
// (with -v every failure, expected vs got) and ends with the line
// "passed=N total=M rate=R"; exit 4 below --min-rate.
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "commands.h"
#include "eval/events_eval.h"

namespace dyad::cli {
namespace {

struct SuiteArgs {
  std::string path;
  double min_rate = 0;
  bool verbose = false;
  bool all = false;
  bool gold_parses = false;
  bool hypothetical = false;
  std::string model;
};

using SuiteFn = std::function<StatusOr<SuiteResult>(const std::string&,
                                                    const EventSuiteOptions&)>;

std::string Join(const std::vector<EventTriple>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const EventTriple& e : events) {
    if (!out.empty()) out += ", ";
    out += e.ToString();
  }
  return out;
}

void PrintFailures(const SuiteResult& r) {
  for (const RecordOutcome& o : r.outcomes) {
    if (o.passed) continue;
    std::printf("FAIL %s\n  expected: %s\n  got:      %s\n", o.id.c_str(),
                Join(o.expected).c_str(), Join(o.got).c_str());
    if (!o.note.empty()) std::printf("  note:     %s\n", o.note.c_str());
  }
}

void PrintCategories(const SuiteResult& r) {
  std::map<std::string, std::pair<size_t, size_t>> by;  // passed, total
  for (const RecordOutcome& o : r.outcomes) {
    auto& [passed, total] = by[o.category.empty() ? "-" : o.category];
    passed += o.passed;
    ++total;
  }
  for (const auto& [cat, n] : by) {
    std::printf("  %-12s %4zu / %-4zu %.3f\n", cat.c_str(), n.first, n.second,
                n.second ? double(n.first) / n.second : 0.0);
  }
}

int RunSuiteEval(const char* name, const SuiteFn& fn, const SuiteArgs& args,
                 const CoderOptions& coder) {
  EventSuiteOptions options;
  options.model_path = args.model;
  options.coder = coder;
  if (args.hypothetical) options.coder.emit_hypothetical = true;
  options.include_disabled = args.all;
  options.gold_parses = args.gold_parses;
  auto r = fn(args.path, options);
  if (!r.ok()) {
    std::cerr << "dyad eval " << name << ": " << r.status().ToString() << "\n";
    return kExitFailure;
  }
  if (args.verbose) PrintFailures(*r);
  std::printf("suite      %s (%s)\n", r->suite.c_str(), args.path.c_str());
  std::printf("records    %zu evaluated, %zu skipped (marked not a test)\n",
              r->total, r->skipped);
  std::printf("by category (passed / total rate):\n");
  PrintCategories(*r);
  std::printf("passed=%zu total=%zu rate=%.3f\n", r->passed, r->total,
              r->rate());
  std::fflush(stdout);
  return r->rate() < args.min_rate ? kExitBelowTarget : kExitOk;
}

CLI::App* AddSuite(CLI::App* eval, int* exit_code, const char* name,
                   const char* help, const char* what, SuiteFn fn,
                   CoderOptions coder, std::shared_ptr<SuiteArgs> args) {
  CLI::App* cmd = eval->add_subcommand(name, help);
  cmd->add_option("path", args->path, what)->required(what[0] != '[');
  cmd->add_option("--min-rate", args->min_rate,
                  "Exit with code 4 when the pass rate is below this");
  cmd->add_flag("-v,--verbose", args->verbose,
                "Print every failed record, expected vs got");
  cmd->add_option("--model", args->model, "Analyzer model file");
  cmd->add_flag("--hypothetical", args->hypothetical,
                "Also emit hypothetical events");
  cmd->callback([=] { *exit_code = RunSuiteEval(name, fn, *args, coder); });
  return cmd;
}

}  // namespace

void AddEvalEventsCommands(CLI::App* eval, int* exit_code) {
  const CoderOptions suite = SuiteCoderDefaults();
  for (auto [name, fn] :
       {std::pair<const char*, SuiteFn>{"petrarch1", EvaluatePetrarch1},
        {"tabari", EvaluateTabari}}) {
    auto args = std::make_shared<SuiteArgs>();
    CLI::App* cmd =
        AddSuite(eval, exit_code, name,
                 "Event coding: a validation suite with its own dictionaries",
                 "Suite folder", fn, suite, args);
    cmd->add_flag("--all", args->all,
                  "Also evaluate records the suite marks as not a test");
  }
  auto ud = std::make_shared<SuiteArgs>();
  CLI::App* cmd =
      AddSuite(eval, exit_code, "udpetrarch",
               "Event coding: UD-PETRARCH 2.02 records with their dictionaries",
               "Suite folder", EvaluateUdPetrarch, suite, ud);
  cmd->add_flag("--all", ud->all,
                "Also evaluate records the suite marks as not a test");
  cmd->add_flag("--gold-parses", ud->gold_parses,
                "Use the records' bundled parses instead of dyad's analyzer");
  AddSuite(eval, exit_code, "cameo-examples",
           "Event coding: root-code accuracy on the CAMEO codebook examples",
           "cameo-codes.csv", EvaluateCameoExamples, CoderOptions(),
           std::make_shared<SuiteArgs>());
  AddSuite(eval, exit_code, "lexicon",
           "Event coding: the example sentences of dyad's lexicon",
           "[lexicon folder; default data/lexicon]", EvaluateLexiconExamples,
           CoderOptions(), std::make_shared<SuiteArgs>());
}

}  // namespace dyad::cli
