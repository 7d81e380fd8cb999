// Full pipeline speed: JSON Lines documents to events (read, extract,
// segment, analyze, resolve, code) on ../shared/corpora/bbc.jsonl with
// PipelineOptions::Full(), one thread. Reports articles/s, sentences/s,
// events per article and the process's peak RSS (getrusage ru_maxrss, MiB).
// Loading the model and dictionaries is outside the timed loop.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <memory>

#include "dyad/pipeline.h"
#include "dyad/reader.h"

namespace {

constexpr char kCorpus[] = DYAD_SHARED_DIR "/corpora/bbc.jsonl";

double PeakRssMib() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

struct Counts {
  size_t articles = 0, sentences = 0, events = 0, skipped = 0;
};

// Reads every document of the corpus and runs it through the pipeline.
Counts RunCorpus(const dyad::Pipeline& pipeline) {
  dyad::ReadOptions read;
  read.format = dyad::Format::kJsonl;
  auto reader = dyad::Reader::Open({kCorpus}, read);
  dyad::Document doc;
  dyad::Status problem;
  dyad::Processed out;
  Counts c;
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) problem = pipeline.Process(doc, &out);
    if (!problem.ok()) {
      ++c.skipped;
      continue;
    }
    ++c.articles;
    c.sentences += out.sentences.size();
    c.events += out.events.size();
    benchmark::DoNotOptimize(out.events.data());
  }
  return c;
}

void BM_PipelineBbcJsonl(benchmark::State& state) {
  if (!std::filesystem::exists(kCorpus)) {
    state.SkipWithError("no ../shared/corpora/bbc.jsonl");
    return;
  }
  auto pipeline = dyad::Pipeline::Create(dyad::PipelineOptions::Full());
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().ToString().c_str());
    return;
  }
  Counts total;
  for (auto _ : state) {
    Counts c = RunCorpus(**pipeline);
    total.articles += c.articles;
    total.sentences += c.sentences;
    total.events += c.events;
    total.skipped += c.skipped;
  }
  using benchmark::Counter;
  state.counters["articles/s"] =
      Counter(static_cast<double>(total.articles), Counter::kIsRate);
  state.counters["sentences/s"] =
      Counter(static_cast<double>(total.sentences), Counter::kIsRate);
  state.counters["events/article"] =
      total.articles ? double(total.events) / total.articles : 0.0;
  state.counters["skipped"] = static_cast<double>(total.skipped);
  state.counters["peak_rss_MiB"] = PeakRssMib();
}
// One pass over the 2,225 articles is long enough to time. Rates are per
// CPU second of the one thread (the machine may be shared).
BENCHMARK(BM_PipelineBbcJsonl)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
