// `dyad parse`: read documents like `dyad code`, segment them with our own
// segmenter, analyze every sentence and print CoNLL-U.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "dyad/analyzer.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "util/conllu.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::string model;
  bool news = false;  // the tag repairs of the news pipeline, as `dyad code`
};

// One document's sentences as CoNLL-U, with newdoc, sent_id and text.
void WriteDocument(const Analyzer& analyzer, Processed* p, std::string* out) {
  out->append("# newdoc id = ").append(p->doc.id).append("\n");
  analyzer.Analyze(&p->sentences);
  for (size_t i = 0; i < p->sentences.size(); ++i) {
    const Sentence& s = p->sentences[i];
    std::string text(p->article.Slice(s.begin, s.end));
    for (char& c : text) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    WriteConllu(s.tokens, p->doc.id + "-" + std::to_string(i + 1), text, out);
  }
}

int RunParse(const ParseArgs& args) {
  ReadOptions ropts;
  if (!ParseFormat(args.format, &ropts.format)) {
    std::cerr << "dyad parse: unknown --format '" << args.format << "'\n";
    return kExitFailure;
  }
  AnalyzerOptions aopts;
  aopts.model_path = args.model;
  aopts.rescue_main_verb = args.news;
  auto analyzer = Analyzer::Load(aopts);
  auto pipeline = Pipeline::Create(PipelineOptions());
  Status s = analyzer.ok() ? pipeline.status() : analyzer.status();
  if (!s.ok()) {
    std::cerr << "dyad parse: " << s.ToString() << "\n";
    return kExitFailure;
  }
  auto reader = Reader::Open(args.paths, ropts);
  Document doc;
  Status problem;
  Processed processed;
  size_t skipped = 0;
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) problem = (*pipeline)->Process(doc, &processed);
    if (!problem.ok()) {
      std::cerr << "dyad parse: skipped " << problem.message() << "\n";
      ++skipped;
      continue;
    }
    std::string out;
    WriteDocument(**analyzer, &processed, &out);
    std::cout << out;
  }
  std::cout.flush();
  if (skipped > 0) {
    std::cerr << "dyad parse: " << skipped << " input(s) skipped\n";
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace

void AddParseCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd =
      app.add_subcommand("parse",
                         "Tag, lemmatize and parse files, directories or stdin "
                         "(CoNLL-U out)");
  cmd->add_option("paths", args->paths,
                  "Files or directories (recursive); none or '-' = stdin");
  cmd->add_option("--format", args->format, "auto|text|html|jsonl")
      ->capture_default_str();
  cmd->add_option("--model", args->model,
                  "Model file (default: the shipped data/models model)");
  cmd->add_flag("--news", args->news,
                "Repair tags as the news pipeline does (the parses `dyad "
                "code` codes)");
  cmd->callback([args, exit_code] { *exit_code = RunParse(*args); });
}

}  // namespace dyad::cli
