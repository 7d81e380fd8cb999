// Actor resolution speed on the BBC corpus (../shared/corpora/bbc.jsonl).
//
//   BM_ActorMatch    the compiled dictionary matcher alone: longest-match
//                    lookup over the tokens of every sentence (no parsing)
//   BM_ActorResolve  the full ActorResolver: match + composition +
//                    document-level coreference, article by article
//
// Articles are extracted and segmented once, outside the timed loops.
// items_per_second is tokens/s for BM_ActorMatch and sentences/s for
// BM_ActorResolve; both also report a "tokens/s" rate. Without the corpus
// every benchmark reports an error message and is skipped.
#include <benchmark/benchmark.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/actor.h"
#include "dyad/extractor.h"
#include "dyad/reader.h"
#include "dyad/resolver.h"
#include "dyad/segmenter.h"
#include "resolve/dictionary.h"
#include "util/file.h"

namespace dyad {
namespace {

const char kCorpus[] = DYAD_SHARED_DIR "/corpora/bbc.jsonl";
// The BBC documents carry no date; roles are resolved for this day.
const char kDate[] = "2005-06-01";

struct Doc {
  Article article;
  std::vector<Sentence> sentences;
};

// The segmented corpus and the loaded dictionary, built once.
struct Fixture {
  std::string error;
  std::vector<Doc> docs;
  size_t tokens = 0, sentences = 0;
  std::unique_ptr<ActorDictionary> dictionary;
};

void AddDocument(const Document& doc, const Segmenter& segmenter, Fixture* f) {
  Doc d;
  if (!Extract(doc, ExtractOptions(), &d.article).ok()) return;
  segmenter.Segment(d.article, &d.sentences);
  for (const Sentence& s : d.sentences) f->tokens += s.tokens.size();
  f->sentences += d.sentences.size();
  f->docs.push_back(std::move(d));
}

Fixture Load() {
  Fixture f;
  std::string jsonl;
  if (!ReadFileToString(kCorpus, &jsonl).ok()) {
    f.error = std::string("corpus not found: ") + kCorpus;
    return f;
  }
  auto dict = ActorDictionary::Load(ActorDictionaryOptions());
  if (!dict.ok()) {
    f.error = dict.status().ToString();
    return f;
  }
  f.dictionary = std::move(dict.value());
  auto segmenter = Segmenter::Create(SegmentOptions());
  std::istringstream in(jsonl);
  ReadOptions ropts;
  ropts.format = Format::kJsonl;
  auto reader = Reader::FromStream(&in, "bbc.jsonl", ropts);
  Document doc;
  Status problem;
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) AddDocument(doc, *segmenter, &f);
  }
  if (f.docs.empty()) f.error = "no article in the corpus";
  return f;
}

const Fixture& GetFixture() {
  static const Fixture* fixture = new Fixture(Load());
  return *fixture;
}

bool Skip(benchmark::State& state, const Fixture& f) {
  if (f.error.empty()) return false;
  state.SkipWithError(f.error.c_str());
  return true;
}

void BM_ActorMatch(benchmark::State& state) {
  const Fixture& f = GetFixture();
  if (Skip(state, f)) return;
  const Dictionary& dict = CompiledDictionary(*f.dictionary);
  size_t matches = 0;
  for (auto _ : state) {
    for (const Doc& d : f.docs) {
      for (const Sentence& s : d.sentences) {
        matches += dict.Match(s.tokens).size();
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetItemsProcessed(int64_t(state.iterations()) * f.tokens);
  state.counters["tokens/s"] = benchmark::Counter(
      double(state.iterations()) * f.tokens, benchmark::Counter::kIsRate);
  state.counters["matches/iter"] = double(matches) / state.iterations();
}
BENCHMARK(BM_ActorMatch)->Unit(benchmark::kMillisecond);

void BM_ActorResolve(benchmark::State& state) {
  const Fixture& f = GetFixture();
  if (Skip(state, f)) return;
  auto resolver = ActorResolver::Create(*f.dictionary, ResolveOptions());
  // Resolve() rewrites Sentence::actors only; work on a private copy.
  std::vector<Doc> docs = f.docs;
  for (auto _ : state) {
    for (Doc& d : docs) {
      resolver->Resolve(d.article, kDate, &d.sentences);
      benchmark::DoNotOptimize(d.sentences.data());
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * f.sentences);
  state.counters["tokens/s"] = benchmark::Counter(
      double(state.iterations()) * f.tokens, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ActorResolve)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad
