// Segmentation speed on the BBC corpus (../shared/corpora/bbc.jsonl).
//
//   BM_Segment           sentences + tokens over extracted article text
//   BM_Tokenize          tokens only, same text
//   BM_Read              JSONL bytes in memory -> Reader -> Documents
//   BM_ReadExtract       ... -> Extract -> Articles
//   BM_ReadExtractSegment  JSONL bytes in memory -> Reader -> Pipeline (the
//                        issue 2 figure: read + extract + segment)
//
// Bytes/s are bytes of article text for the first two, bytes of JSONL input
// for the others. Without the corpus every benchmark reports an error
// message and is skipped.
#include <benchmark/benchmark.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/extractor.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/segmenter.h"
#include "util/file.h"

namespace dyad {
namespace {

const char kCorpus[] = DYAD_SHARED_DIR "/corpora/bbc.jsonl";

// The corpus bytes and its extracted articles, loaded once.
struct Corpus {
  bool ok = false;
  std::string jsonl;
  std::vector<Article> articles;
  size_t text_bytes = 0;
};

Corpus LoadCorpus() {
  Corpus c;
  if (!ReadFileToString(kCorpus, &c.jsonl).ok()) return c;
  std::istringstream in(c.jsonl);
  ReadOptions ropts;
  ropts.format = Format::kJsonl;
  auto reader = Reader::FromStream(&in, "bbc.jsonl", ropts);
  Document doc;
  Status problem;
  while (reader->Next(&doc, &problem)) {
    Article article;
    if (!problem.ok() || !Extract(doc, ExtractOptions(), &article).ok()) {
      continue;
    }
    c.text_bytes += article.text.size();
    c.articles.push_back(std::move(article));
  }
  c.ok = !c.articles.empty();
  return c;
}

const Corpus& GetCorpus() {
  static const Corpus* corpus = new Corpus(LoadCorpus());
  return *corpus;
}

bool Skip(benchmark::State& state, const Corpus& c) {
  if (c.ok) return false;
  state.SkipWithError((std::string("corpus not found: ") + kCorpus).c_str());
  return true;
}

void BM_Segment(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (Skip(state, c)) return;
  auto segmenter = Segmenter::Create(SegmentOptions());
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    for (const Article& a : c.articles) {
      sentences.clear();
      segmenter->Segment(a, &sentences);
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.text_bytes);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (Skip(state, c)) return;
  auto segmenter = Segmenter::Create(SegmentOptions());
  std::vector<Token> tokens;
  for (auto _ : state) {
    for (const Article& a : c.articles) {
      tokens.clear();
      segmenter->Tokenize(a.text, 0, &tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.text_bytes);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Reads every document of the corpus, calling f(doc) for each.
template <typename F>
void ForEachDocument(const Corpus& c, F f) {
  std::istringstream in(c.jsonl);
  ReadOptions ropts;
  ropts.format = Format::kJsonl;
  auto reader = Reader::FromStream(&in, "bbc.jsonl", ropts);
  Document doc;
  Status problem;
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) f(doc);
  }
}

void BM_Read(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (Skip(state, c)) return;
  for (auto _ : state) {
    ForEachDocument(c, [](const Document& doc) {
      benchmark::DoNotOptimize(doc.raw.data());
    });
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.jsonl.size());
}
BENCHMARK(BM_Read)->Unit(benchmark::kMillisecond);

void BM_ReadExtract(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (Skip(state, c)) return;
  Article article;
  for (auto _ : state) {
    ForEachDocument(c, [&](const Document& doc) {
      benchmark::DoNotOptimize(Extract(doc, ExtractOptions(), &article));
    });
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.jsonl.size());
}
BENCHMARK(BM_ReadExtract)->Unit(benchmark::kMillisecond);

void BM_ReadExtractSegment(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (Skip(state, c)) return;
  auto pipeline = Pipeline::Create(PipelineOptions());
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().ToString().c_str());
    return;
  }
  Processed out;
  for (auto _ : state) {
    ForEachDocument(c, [&](const Document& doc) {
      benchmark::DoNotOptimize((*pipeline)->Process(doc, &out));
    });
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.jsonl.size());
}
BENCHMARK(BM_ReadExtractSegment)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad
