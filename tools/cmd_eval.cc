// `dyad eval ...`: evaluators. Each subcommand prints its detailed figures
// and ends with exactly one line of key=value pairs; it exits with
// kExitBelowTarget when a --min-* target is missed.
//
// One Add*Eval function per subcommand; AddEvalCommand calls each.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "eval/segment_eval.h"

namespace dyad::cli {
namespace {

// "name  precision=0.991 recall=0.990 f1=0.990 (gold G, system S, correct C)"
void PrintPrf(const char* name, const PrfCounts& c) {
  std::printf(
      "%-10s precision=%.4f recall=%.4f f1=%.4f (gold %zu, system %zu, "
      "correct %zu)\n",
      name, c.Precision(), c.Recall(), c.F1(), c.gold, c.system, c.correct);
}

// ---- dyad eval segment ----------------------------------------------------

struct SegmentArgs {
  std::string path;
  double min_tokens_f1 = 0;
  double min_sentences_f1 = 0;
  size_t errors = 0;
};

void PrintSegmentErrors(const SegmentEvalResult& r) {
  for (const SegmentError& e : r.errors) {
    std::printf("%s %s: [%s] in: %s\n", e.gold ? "missed" : "extra ",
                e.sentence ? "sentence" : "token", e.text.c_str(),
                e.context.c_str());
  }
}

int RunSegmentEval(const SegmentArgs& args) {
  SegmentEvalOptions options;
  options.max_errors = args.errors;
  SegmentEvalResult r;
  Status s = EvaluateSegmentationFile(args.path, options, &r);
  if (!s.ok()) {
    std::cerr << "dyad eval segment: " << s.ToString() << "\n";
    return kExitFailure;
  }
  PrintSegmentErrors(r);
  std::printf("file       %s (%zu paragraphs, %zu bytes)\n", args.path.c_str(),
              r.paragraphs, r.text_bytes);
  PrintPrf("tokens", r.tokens);
  PrintPrf("sentences", r.sentences);
  std::printf("tokens_f1=%.3f sentences_f1=%.3f\n", r.tokens.F1(),
              r.sentences.F1());
  std::fflush(stdout);
  bool below = r.tokens.F1() < args.min_tokens_f1 ||
               r.sentences.F1() < args.min_sentences_f1;
  return below ? kExitBelowTarget : kExitOk;
}

void AddSegmentEval(CLI::App* eval, int* exit_code) {
  auto args = std::make_shared<SegmentArgs>();
  CLI::App* cmd = eval->add_subcommand(
      "segment", "Tokens and sentences against a CoNLL-U file (CoNLL 2018)");
  cmd->add_option("file", args->path, "Gold CoNLL-U file with # text")
      ->required();
  cmd->add_option("--min-tokens-f1", args->min_tokens_f1,
                  "Exit with code 4 when tokens F1 is below this");
  cmd->add_option("--min-sentences-f1", args->min_sentences_f1,
                  "Exit with code 4 when sentences F1 is below this");
  cmd->add_option("--errors", args->errors,
                  "Print up to N disagreements of each kind");
  cmd->callback([args, exit_code] { *exit_code = RunSegmentEval(*args); });
}

}  // namespace

void AddEvalCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd =
      app.add_subcommand("eval", "Evaluate a stage against gold data");
  cmd->require_subcommand(1);
  AddSegmentEval(cmd, exit_code);
  AddEvalUdCommand(cmd, exit_code);
  AddEvalEventsCommands(cmd, exit_code);
}

}  // namespace dyad::cli
