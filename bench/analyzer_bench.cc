// Analyzer speed: tagging, lemmatization and parsing of the UD English EWT
// dev sentences (gold words) with the shipped model; reports tokens/s.
#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

#include "dyad/analyzer.h"
#include "util/conllu.h"

namespace {

void BM_AnalyzeEwtDev(benchmark::State& state) {
  std::vector<dyad::ConlluSentence> gold;
  auto st =
      dyad::ReadConlluFile(DYAD_SHARED_DIR "/ud/en_ewt-ud-dev.conllu", &gold);
  if (!st.ok()) {
    state.SkipWithError("no ../shared/ud/en_ewt-ud-dev.conllu");
    return;
  }
  auto analyzer = dyad::Analyzer::Load(dyad::AnalyzerOptions());
  if (!analyzer.ok()) {
    state.SkipWithError(analyzer.status().ToString().c_str());
    return;
  }
  std::vector<std::vector<dyad::Token>> inputs;
  size_t tokens = 0;
  for (const auto& s : gold) {
    auto& words = inputs.emplace_back();
    for (const auto& w : s.words) words.emplace_back().text = w.text;
    tokens += words.size();
  }
  for (auto _ : state) {
    for (auto words : inputs) {
      (*analyzer)->Analyze(&words);
      benchmark::DoNotOptimize(words.data());
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnalyzeEwtDev)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
