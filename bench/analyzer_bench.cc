// Analyzer speed: tagging, lemmatization and parsing of the UD English EWT
// dev sentences (gold words) with the shipped model; reports tokens/s.
// BM_AnalyzeEwtDev analyzes one sentence at a time; BM_AnalyzeEwtDevDocuments
// hands the analyzer 16 consecutive sentences at a time, as the pipeline
// hands it a document's sentences.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "dyad/analyzer.h"
#include "util/conllu.h"

namespace {

// The EWT dev sentences as unanalyzed tokens, and the analyzer; false (the
// benchmark skipped) when either is missing.
bool Setup(benchmark::State& state, std::vector<dyad::Sentence>* sentences,
           std::unique_ptr<dyad::Analyzer>* analyzer, size_t* tokens) {
  std::vector<dyad::ConlluSentence> gold;
  auto st =
      dyad::ReadConlluFile(DYAD_SHARED_DIR "/ud/en_ewt-ud-dev.conllu", &gold);
  if (!st.ok()) {
    state.SkipWithError("no ../shared/ud/en_ewt-ud-dev.conllu");
    return false;
  }
  auto loaded = dyad::Analyzer::Load(dyad::AnalyzerOptions());
  if (!loaded.ok()) {
    state.SkipWithError(loaded.status().ToString().c_str());
    return false;
  }
  *analyzer = std::move(*loaded);
  for (const auto& s : gold) {
    auto& words = sentences->emplace_back().tokens;
    for (const auto& w : s.words) words.emplace_back().text = w.text;
    *tokens += words.size();
  }
  return true;
}

void CountTokens(benchmark::State& state, size_t tokens) {
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                         benchmark::Counter::kIsRate);
}

void BM_AnalyzeEwtDev(benchmark::State& state) {
  std::vector<dyad::Sentence> inputs;
  std::unique_ptr<dyad::Analyzer> analyzer;
  size_t tokens = 0;
  if (!Setup(state, &inputs, &analyzer, &tokens)) return;
  for (auto _ : state) {
    for (dyad::Sentence s : inputs) {
      analyzer->Analyze(&s);
      benchmark::DoNotOptimize(s.tokens.data());
    }
  }
  CountTokens(state, tokens);
}
BENCHMARK(BM_AnalyzeEwtDev)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_AnalyzeEwtDevDocuments(benchmark::State& state) {
  std::vector<dyad::Sentence> inputs;
  std::unique_ptr<dyad::Analyzer> analyzer;
  size_t tokens = 0;
  if (!Setup(state, &inputs, &analyzer, &tokens)) return;
  constexpr size_t kDocument = 16;
  for (auto _ : state) {
    for (size_t b = 0; b < inputs.size(); b += kDocument) {
      std::vector<dyad::Sentence> doc(
          inputs.begin() + b,
          inputs.begin() + std::min(inputs.size(), b + kDocument));
      analyzer->Analyze(&doc);
      benchmark::DoNotOptimize(doc.data());
    }
  }
  CountTokens(state, tokens);
}
BENCHMARK(BM_AnalyzeEwtDevDocuments)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

}  // namespace
