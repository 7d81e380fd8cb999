// `dyad eval ud FILE.conllu [--raw]`: tagging, lemmatization and parsing
// against a UD treebank with CoNLL 2018 metrics (src/eval/ud_eval.h). The
// last line is "upos=... xpos=... lemma=... uas=... las=...".
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "commands.h"
#include "dyad/analyzer.h"
#include "eval/ud_eval.h"
#include "util/conllu.h"
#include "util/file.h"

namespace dyad::cli {
namespace {

struct UdArgs {
  std::string path;
  std::string model;
  bool raw = false;
  bool by_relation = false;
  std::string write;  // CoNLL-U of the analyses, gold tokenization
  double min_upos = 0, min_xpos = 0, min_lemma = 0, min_uas = 0, min_las = 0;
};

void PrintCounts(const char* name, const PrfCounts& c) {
  std::printf(
      "%-12s f1=%.4f precision=%.4f recall=%.4f (gold %zu, system %zu, "
      "correct %zu)\n",
      name, c.F1(), c.Precision(), c.Recall(), c.gold, c.system, c.correct);
}

// One line per universal relation, most frequent in the gold data first.
void PrintRelations(const UdEvalResult& r) {
  std::vector<std::pair<std::string, PrfCounts>> rows(r.relations.begin(),
                                                      r.relations.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second.gold > b.second.gold;
  });
  for (const auto& [relation, counts] : rows)
    PrintCounts(("  " + relation).c_str(), counts);
}

// The analyses in CoNLL-U, each with the id and text of its gold sentence.
Status WriteAnalyses(const std::vector<ConlluSentence>& gold,
                     const std::vector<std::vector<Token>>& analyzed,
                     const UdArgs& args) {
  if (args.raw)
    return Status::InvalidArgument("--write needs gold tokenization");
  std::string out;
  for (size_t i = 0; i < analyzed.size() && i < gold.size(); ++i)
    WriteConllu(analyzed[i], gold[i].sent_id, gold[i].text, &out);
  return WriteStringToFile(args.write, out);
}

int RunUdEval(const UdArgs& args) {
  AnalyzerOptions aopts;
  aopts.model_path = args.model;
  auto analyzer = Analyzer::Load(aopts);
  std::vector<ConlluSentence> gold;
  Status s =
      analyzer.ok() ? ReadConlluFile(args.path, &gold) : analyzer.status();
  UdEvalOptions options;
  options.raw = args.raw;
  std::vector<std::vector<Token>> analyzed;
  if (!args.write.empty()) options.analyzed = &analyzed;
  UdEvalResult r;
  if (s.ok()) s = EvaluateUd(gold, **analyzer, options, &r);
  if (s.ok() && !args.write.empty()) s = WriteAnalyses(gold, analyzed, args);
  if (!s.ok()) {
    std::cerr << "dyad eval ud: " << s.ToString() << "\n";
    return kExitFailure;
  }
  std::printf("file   %s (%zu sentences, %s, model %s)\n", args.path.c_str(),
              r.sentences, args.raw ? "raw text" : "gold tokenization",
              (*analyzer)->model_name().c_str());
  PrintCounts("words", r.words);
  PrintCounts("upos", r.upos);
  PrintCounts("xpos", r.xpos);
  PrintCounts("lemma", r.lemma);
  PrintCounts("uas", r.uas);
  PrintCounts("las", r.las);
  if (args.by_relation) PrintRelations(r);
  std::printf("upos=%.3f xpos=%.3f lemma=%.3f uas=%.3f las=%.3f\n", r.upos.F1(),
              r.xpos.F1(), r.lemma.F1(), r.uas.F1(), r.las.F1());
  std::fflush(stdout);
  bool below = r.upos.F1() < args.min_upos || r.xpos.F1() < args.min_xpos ||
               r.lemma.F1() < args.min_lemma || r.uas.F1() < args.min_uas ||
               r.las.F1() < args.min_las;
  return below ? kExitBelowTarget : kExitOk;
}

}  // namespace

void AddEvalUdCommand(CLI::App* eval, int* exit_code) {
  auto args = std::make_shared<UdArgs>();
  CLI::App* cmd = eval->add_subcommand(
      "ud", "POS, lemmas and dependencies against a CoNLL-U file (CoNLL 2018)");
  cmd->add_option("file", args->path, "Gold CoNLL-U file")->required();
  cmd->add_flag("--raw", args->raw,
                "Segment the '# text' raw text with our own segmenter");
  cmd->add_flag("--by-relation", args->by_relation,
                "Also print LAS precision and recall per relation");
  cmd->add_option("--write", args->write,
                  "Write the analyses as CoNLL-U to this file "
                  "(gold tokenization)");
  cmd->add_option("--model", args->model,
                  "Model file (default: the shipped data/models model)");
  cmd->add_option("--min-upos", args->min_upos, "Exit 4 below this UPOS");
  cmd->add_option("--min-xpos", args->min_xpos, "Exit 4 below this XPOS");
  cmd->add_option("--min-lemma", args->min_lemma, "Exit 4 below this lemma");
  cmd->add_option("--min-uas", args->min_uas, "Exit 4 below this UAS");
  cmd->add_option("--min-las", args->min_las, "Exit 4 below this LAS");
  cmd->callback([args, exit_code] { *exit_code = RunUdEval(*args); });
}

}  // namespace dyad::cli
