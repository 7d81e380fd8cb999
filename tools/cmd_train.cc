// `dyad train`: trains the analyzer model (tagger, lemmatizer, parser) from
// the UD English treebanks and writes one model file, then reloads it and
// prints the dev figures.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "analyze/train.h"
#include "commands.h"
#include "dyad/analyzer.h"
#include "eval/ud_eval.h"
#include "util/file.h"

namespace dyad::cli {
namespace {

struct TrainArgs {
  std::string ud_dir = std::string(DYAD_SOURCE_DIR) + "/../shared/ud";
  std::string out =
      std::string(DYAD_SOURCE_DIR) + "/data/models/" + kDefaultModelName;
  uint32_t seed = 1;
  int folds = 4;
  // The parser sees the news treebank (GUM Wikinews) this many times.
  int news_repeat = 2;
};

constexpr const char* kTrain[] = {"en_ewt-ud-train.conllu",
                                  "en_gum-wikinews-train.conllu"};
constexpr const char* kDev[] = {"en_ewt-ud-dev.conllu",
                                "en_gum-wikinews-dev.conllu"};

void Log(std::string_view line) {
  std::cout << "dyad train: " << line << std::endl;
}

// Reloads the written model and reports each dev file with gold words.
Status ReportDev(const TrainArgs& args) {
  AnalyzerOptions aopts;
  DYAD_ASSIGN_OR_RETURN(auto analyzer, Analyzer::Load(args.out, aopts));
  for (const char* name : kDev) {
    std::vector<ConlluSentence> gold;
    DYAD_RETURN_IF_ERROR(ReadConlluFile(args.ud_dir + "/" + name, &gold));
    UdEvalResult r;
    DYAD_RETURN_IF_ERROR(EvaluateUd(gold, *analyzer, UdEvalOptions(), &r));
    std::printf(
        "dyad train: dev %s: upos=%.4f xpos=%.4f lemma=%.4f "
        "uas=%.4f las=%.4f\n",
        name, r.upos.F1(), r.xpos.F1(), r.lemma.F1(), r.uas.F1(), r.las.F1());
  }
  return Status::OK();
}

Status Train(const TrainArgs& args) {
  Treebank train, dev;
  std::vector<std::string> train_paths, dev_paths;
  for (const char* n : kTrain) train_paths.push_back(args.ud_dir + "/" + n);
  for (const char* n : kDev) dev_paths.push_back(args.ud_dir + "/" + n);
  DYAD_RETURN_IF_ERROR(ReadTreebank({train_paths[0]}, &train));
  const size_t news_begin = train.size();  // kTrain[1], the news treebank
  DYAD_RETURN_IF_ERROR(ReadTreebank({train_paths[1]}, &train));
  DYAD_RETURN_IF_ERROR(ReadTreebank(dev_paths, &dev));
  Log(std::to_string(train.size()) + " training and " +
      std::to_string(dev.size()) + " dev sentences");
  TrainOptions options;
  options.seed = args.seed;
  options.jackknife_folds = args.folds;
  options.parser_repeat = args.news_repeat;
  options.parser_repeat_begin = news_begin;
  std::string model;
  DYAD_RETURN_IF_ERROR(TrainAnalyzerModel(train, dev, options, Log, &model));
  DYAD_RETURN_IF_ERROR(WriteStringToFile(args.out, model));
  Log("wrote " + args.out);
  return ReportDev(args);
}

}  // namespace

void AddTrainCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd = app.add_subcommand(
      "train", "Train the tagger, lemmatizer and parser model from UD English");
  cmd->add_option("--ud-dir", args->ud_dir,
                  "Folder with the en_ewt and en_gum-wikinews CoNLL-U files")
      ->capture_default_str();
  cmd->add_option("--out", args->out, "Model file to write")
      ->capture_default_str();
  cmd->add_option("--seed", args->seed, "Random seed")->capture_default_str();
  cmd->add_option("--jackknife", args->folds,
                  "Folds for the parser's predicted tags (0: gold tags)")
      ->capture_default_str();
  cmd->add_option("--news-repeat", args->news_repeat,
                  "Times the parser sees the news treebank (in-domain weight)")
      ->capture_default_str();
  cmd->callback([args, exit_code] {
    Status s = Train(*args);
    if (!s.ok()) std::cerr << "dyad train: " << s.ToString() << "\n";
    *exit_code = s.ok() ? kExitOk : kExitFailure;
  });
}

}  // namespace dyad::cli
