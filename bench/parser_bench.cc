// Dependency parser speed on the UD English EWT dev sentences (gold words and
// tags, so the parser is measured alone); reports tokens/s.
//
//   BM_ParseEwtDev        every dev sentence, in place
//   BM_ParseLongSentence  the dev sentences joined into windows of 2,000
//                         words: time per token stays flat (linear parsing)
//
// The parser is the "parser" section of the shipped model, or the raw parser
// blob named by $DYAD_PARSER_BLOB (what the parser trainer writes). Without a
// model or the data every benchmark reports itself skipped.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "analyze/model_file.h"
#include "analyze/parser.h"
#include "dyad/analyzer.h"
#include "util/conllu.h"
#include "util/file.h"

namespace dyad {
namespace {

StatusOr<std::unique_ptr<Parser>> LoadParser() {
  if (const char* blob_path = std::getenv("DYAD_PARSER_BLOB")) {
    std::string blob;
    DYAD_RETURN_IF_ERROR(ReadFileToString(blob_path, &blob));
    return Parser::Deserialize(blob);
  }
  DYAD_ASSIGN_OR_RETURN(ModelFile file, ModelFile::Read(DefaultModelPath()));
  DYAD_ASSIGN_OR_RETURN(std::string_view section, file.Section("parser"));
  return Parser::Deserialize(section);
}

struct Fixture {
  std::string error;  // non-empty: skip
  std::unique_ptr<Parser> parser;
  std::vector<std::vector<Token>> sentences;
  size_t tokens = 0;
};

const Fixture& GetFixture() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    auto parser = LoadParser();
    if (!parser.ok()) {
      f->error = parser.status().ToString();
      return f;
    }
    f->parser = std::move(parser).value();
    std::vector<ConlluSentence> gold;
    if (!ReadConlluFile(DYAD_SHARED_DIR "/ud/en_ewt-ud-dev.conllu", &gold)
             .ok()) {
      f->error = "no ../shared/ud/en_ewt-ud-dev.conllu";
      return f;
    }
    for (auto& s : gold) {
      f->tokens += s.words.size();
      f->sentences.push_back(std::move(s.words));
    }
    return f;
  }();
  return *fixture;
}

void Run(benchmark::State& state, std::vector<std::vector<Token>> sentences) {
  const Fixture& f = GetFixture();
  size_t tokens = 0;
  for (const auto& s : sentences) tokens += s.size();
  for (auto _ : state) {
    for (auto& s : sentences) {
      f.parser->Parse(&s);
      benchmark::DoNotOptimize(s.data());
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                         benchmark::Counter::kIsRate);
  state.counters["model_MB"] = f.parser->MemoryBytes() / 1e6;
}

void BM_ParseEwtDev(benchmark::State& state) {
  const Fixture& f = GetFixture();
  if (!f.error.empty()) return state.SkipWithError(f.error.c_str());
  Run(state, f.sentences);
}
BENCHMARK(BM_ParseEwtDev)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ParseLongSentence(benchmark::State& state) {
  const Fixture& f = GetFixture();
  if (!f.error.empty()) return state.SkipWithError(f.error.c_str());
  std::vector<std::vector<Token>> windows(1);
  for (const auto& s : f.sentences) {
    if (windows.back().size() + s.size() > 2000) windows.emplace_back();
    windows.back().insert(windows.back().end(), s.begin(), s.end());
  }
  Run(state, std::move(windows));
}
BENCHMARK(BM_ParseLongSentence)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace dyad
