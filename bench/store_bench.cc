// Event store speed.
//
//   BM_CodeOnly          the whole pipeline over BBC politics/world articles
//                        (../shared/corpora/bbc.jsonl), per document
//   BM_CodeAndIngest     the same plus Store::Add into a fresh store
//   BM_StoreAdd          Store::Add alone of the same, already coded,
//                        documents: the ingest overhead is BM_StoreAdd /
//                        BM_CodeOnly (issue 6: at most 10 %)
//   BM_Timeline*         a dyad timeline over a store of 1,000,000
//                        synthetic events (target < 100 ms)
//   BM_EventPage*        a filtered page of 50 events on it (< 50 ms)
//
// The synthetic store is built once (a few minutes) at $DYAD_BENCH_STORE or
// /tmp/dyad_bench_1m.db and reused while it holds at least 1,000,000 events.
// Without the corpus or the model the coding benchmarks report an error.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dyad/extractor.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/store.h"

namespace dyad {
namespace {

constexpr size_t kCodedDocs = 30;
constexpr int64_t kSyntheticEvents = 1000000;

// The first kCodedDocs documents of the corpus and their coded results.
struct Coded {
  std::string error;
  std::unique_ptr<Pipeline> pipeline;
  std::vector<Document> docs;
  std::vector<Processed> processed;
};

Status LoadCoded(Coded* c) {
  DYAD_ASSIGN_OR_RETURN(c->pipeline, Pipeline::Create(PipelineOptions::Full()));
  ReadOptions ropts;
  ropts.format = Format::kJsonl;
  auto reader = Reader::Open({DYAD_SHARED_DIR "/corpora/bbc.jsonl"}, ropts);
  Document doc;
  Status problem;
  while (c->docs.size() < kCodedDocs && reader->Next(&doc, &problem)) {
    // Politics and world news carry the political events.
    if (!problem.ok() || doc.id.find("politics") == std::string::npos) continue;
    c->docs.push_back(doc);
    DYAD_RETURN_IF_ERROR(
        c->pipeline->Process(doc, &c->processed.emplace_back()));
  }
  if (c->docs.empty()) return Status::NotFound("no documents in bbc.jsonl");
  return Status::OK();
}

const Coded& GetCoded() {
  static Coded* c = [] {
    auto* coded = new Coded;
    if (Status s = LoadCoded(coded); !s.ok()) coded->error = s.ToString();
    return coded;
  }();
  return *c;
}

std::string TempStorePath(const char* name) {
  return (std::filesystem::temp_directory_path() /
          (std::string(name) + std::to_string(getpid()) + ".db"))
      .string();
}

void RemoveStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(path + suffix);
  }
}

void BM_CodeOnly(benchmark::State& state) {
  const Coded& c = GetCoded();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  Processed out;
  for (auto _ : state) {
    for (const Document& d : c.docs) {
      benchmark::DoNotOptimize(c.pipeline->Process(d, &out));
    }
  }
  state.SetItemsProcessed(state.iterations() * c.docs.size());
}
BENCHMARK(BM_CodeOnly)->Unit(benchmark::kMillisecond);

void BM_CodeAndIngest(benchmark::State& state) {
  const Coded& c = GetCoded();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  const std::string path = TempStorePath("dyad_bench_ingest");
  Processed out;
  std::unique_ptr<Store> store;
  for (auto _ : state) {
    // Closing a store checkpoints its log once per run, not per document:
    // it is left out of the timing, the last batch's commit is not.
    state.PauseTiming();
    store.reset();
    RemoveStore(path);
    auto opened = Store::Open(path, StoreOptions());
    store = std::move(*opened);
    state.ResumeTiming();
    for (const Document& d : c.docs) {
      benchmark::DoNotOptimize(store->Contains(d));
      benchmark::DoNotOptimize(c.pipeline->Process(d, &out));
      benchmark::DoNotOptimize(store->Add(out));
    }
    benchmark::DoNotOptimize(store->Flush());
  }
  store.reset();  // after the timed loop
  RemoveStore(path);
  state.SetItemsProcessed(state.iterations() * c.docs.size());
}
BENCHMARK(BM_CodeAndIngest)->Unit(benchmark::kMillisecond);

void BM_StoreAdd(benchmark::State& state) {
  const Coded& c = GetCoded();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  const std::string path = TempStorePath("dyad_bench_add");
  size_t events = 0;
  std::unique_ptr<Store> store;
  for (auto _ : state) {
    state.PauseTiming();  // as in BM_CodeAndIngest
    store.reset();
    RemoveStore(path);
    auto opened = Store::Open(path, StoreOptions());
    store = std::move(*opened);
    state.ResumeTiming();
    for (size_t i = 0; i < c.docs.size(); ++i) {
      benchmark::DoNotOptimize(store->Contains(c.docs[i]));
      benchmark::DoNotOptimize(store->Add(c.processed[i]));
      events += c.processed[i].events.size();
    }
    benchmark::DoNotOptimize(store->Flush());
  }
  store.reset();  // after the timed loop
  RemoveStore(path);
  state.SetItemsProcessed(state.iterations() * c.docs.size());
  state.counters["events/doc"] =
      static_cast<double>(events) / (state.iterations() * c.docs.size());
}
BENCHMARK(BM_StoreAdd)->Unit(benchmark::kMillisecond);

// ---- a store of 1,000,000 synthetic events ----

const char* const kCountries[] = {
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "UKR", "ISR", "IRN", "IND",
    "JPN", "TUR", "SYR", "PAK", "AFG", "IRQ", "SAU", "EGY", "KOR", "PRK",
    "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "ETH",
    "KEN", "SDN", "LBY", "YEM", "LBN", "JOR", "QAT", "ARE", "IDN", "PHL",
    "VNM", "THA", "MMR", "BGD", "LKA", "NPL", "VEN", "COL", "ARG", "CHL",
    "PER", "CUB", "BLR", "GEO", "ARM", "AZE", "KAZ", "SRB", "HUN", "GRC"};
const char* const kRoles[] = {"GOV", "MIL", "", "BUS", "OPP", "COP"};
const char* const kCodes[] = {
    "010", "020", "036", "040", "042", "043", "046", "051", "057", "061",
    "071", "081", "090", "100", "111", "112", "120", "130", "138", "141",
    "150", "160", "172", "173", "180", "181", "190", "193", "195", "200"};
const char* const kPhrases[] = {
    "troops shelled the border town",    "ministers met in the capital",
    "the envoy criticised the decision", "protesters gathered outside",
    "the government imposed sanctions",  "officials signed a trade deal",
    "the army deployed tanks",           "leaders discussed the ceasefire"};

class Synthetic {
 public:
  uint64_t Next() {
    state_ = state_ * 6364136223846793005u + 1442695040888963407u;
    return state_ >> 33;
  }
  // Zipf-like: country i with weight 1 / (i + 1).
  int Country() {
    static const std::vector<double> cdf = [] {
      std::vector<double> c;
      double sum = 0;
      for (size_t i = 0; i < std::size(kCountries); ++i)
        c.push_back(sum += 1.0 / (i + 1));
      for (double& x : c) x /= sum;
      return c;
    }();
    const double u = (Next() % 1000000) / 1e6;
    return static_cast<int>(std::lower_bound(cdf.begin(), cdf.end(), u) -
                            cdf.begin());
  }
  EventActor Actor(int country) {
    EventActor a;
    a.country = kCountries[country];
    a.role = kRoles[Next() % std::size(kRoles)];
    a.code = a.country + a.role;
    a.text = a.code;
    return a;
  }
  Event MakeEvent() {
    Event e;
    const int s = Country();
    int t = Country();
    if (t == s) t = (s + 1) % std::size(kCountries);
    e.source = Actor(s);
    e.target = Actor(t);
    e.code = kCodes[Next() % std::size(kCodes)];
    e.root = e.code.substr(0, 2);
    const int root = std::stoi(e.root);
    e.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
    e.goldstein = root <= 8 ? root / 2.0 : -(root - 8) / 1.2;
    e.date = DateOf(Next() % 3653);  // 2015-2024
    e.date_precision = "day";
    EventMention m;
    m.sentence_text = kPhrases[Next() % std::size(kPhrases)];
    e.mentions.push_back(m);
    return e;
  }
  static std::string DateOf(int day) {
    int y = 2015;
    for (;; ++y) {
      const int len = (y % 4 == 0) ? 366 : 365;
      if (day < len) break;
      day -= len;
    }
    static const int kMonth[] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    int m = 0;
    for (;; ++m) {
      const int len = kMonth[m] + (m == 1 && y % 4 == 0);
      if (day < len) break;
      day -= len;
    }
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m + 1, day + 1);
    return buf;
  }

 private:
  uint64_t state_ = 7;
};

std::vector<Processed> BbcWithEvents(Synthetic* g) {
  std::vector<Processed> out;
  ReadOptions ropts;
  ropts.format = Format::kJsonl;
  auto reader = Reader::Open({DYAD_SHARED_DIR "/corpora/bbc.jsonl"}, ropts);
  Document doc;
  Status problem;
  while (reader->Next(&doc, &problem)) {
    if (!problem.ok() || doc.id.find("politics") == std::string::npos) continue;
    Processed& p = out.emplace_back();
    p.doc = doc;
    if (!Extract(doc, ExtractOptions(), &p.article).ok()) continue;
    for (int i = 0; i < 2; ++i) {
      p.events.push_back(g->MakeEvent());
      p.events.back().doc_id = doc.id;
      p.events.back().event_id = doc.id + "-" + std::to_string(i + 1);
    }
  }
  return out;
}

Processed SyntheticDoc(Synthetic* g, int n) {
  Processed p;
  p.doc.id = "syn-" + std::to_string(n);
  p.doc.raw = p.doc.id;
  p.doc.source = "pub" + std::to_string(n % 50);
  p.article.text = "synthetic " + p.doc.id;
  for (int i = 0; i < 250; ++i) {
    p.events.push_back(g->MakeEvent());
    p.events.back().doc_id = p.doc.id;
    p.events.back().event_id = p.doc.id + "-" + std::to_string(i + 1);
  }
  return p;
}

Status FillSynthetic(Store* store) {
  Synthetic g;
  for (int n = 0;; ++n) {
    if (n % 100 == 0) {
      DYAD_ASSIGN_OR_RETURN(StoreStats st, store->Stats());
      if (st.events >= kSyntheticEvents) return Status::OK();
    }
    DYAD_RETURN_IF_ERROR(store->Add(SyntheticDoc(&g, n)).status());
  }
}

std::string SyntheticPath() {
  const char* env = std::getenv("DYAD_BENCH_STORE");
  return env ? env : "/tmp/dyad_bench_1m.db";
}

// The store, read-only, built first when needed; null with *error set.
const Store* GetSynthetic(std::string* error) {
  static std::string err;
  static Store* store = []() -> Store* {
    {
      auto w = Store::Open(SyntheticPath(), StoreOptions());
      Status s = w.ok() ? FillSynthetic(w->get()) : w.status();
      if (!s.ok()) return err = s.ToString(), nullptr;
    }
    auto r = Store::Open(SyntheticPath(), StoreOptions{.read_only = true});
    if (!r.ok()) return err = r.status().ToString(), nullptr;
    return r->release();
  }();
  *error = err;
  return store;
}

// ---- Store::Add on real article texts with synthetic events ----
// (BBC politics articles, extracted; two events each, as the coder finds
// on them on average): the store's cost per document without the model.

void BM_StoreAddBbc(benchmark::State& state) {
  static Synthetic g;
  static const std::vector<Processed> docs = BbcWithEvents(&g);
  if (docs.empty()) return state.SkipWithError("no bbc.jsonl");
  const std::string path = TempStorePath("dyad_bench_bbc");
  for (auto _ : state) {
    state.PauseTiming();
    RemoveStore(path);
    auto store = Store::Open(path, StoreOptions());
    state.ResumeTiming();
    for (const Processed& p : docs) {
      benchmark::DoNotOptimize((*store)->Contains(p.doc));
      benchmark::DoNotOptimize((*store)->Add(p));
    }
  }
  RemoveStore(path);
  state.SetItemsProcessed(state.iterations() * docs.size());
}

void BM_Timeline(benchmark::State& state, TimelineQuery q) {
  std::string error;
  const Store* store = GetSynthetic(&error);
  if (store == nullptr) return state.SkipWithError(error.c_str());
  size_t events = 0;
  for (auto _ : state) {
    auto t = store->Timeline(q);
    if (!t.ok()) return state.SkipWithError(t.status().ToString().c_str());
    events = 0;
    for (const auto& b : *t) events += b.events;
  }
  state.counters["events"] = static_cast<double>(events);
  state.counters["store_events"] = static_cast<double>(store->Stats()->events);
}
BENCHMARK(BM_StoreAddBbc)->Unit(benchmark::kMillisecond);

BENCHMARK_CAPTURE(BM_Timeline, USA_CHN_month,
                  TimelineQuery{.a = "USA", .b = "CHN"})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Timeline, CHN_RUS_week_2y,
                  TimelineQuery{.a = "CHN",
                                .b = "RUS",
                                .from = "2020-01-01",
                                .to = "2021-12-31",
                                .by = Period::kWeek})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Timeline, USA_CHNGOV_day,
                  TimelineQuery{.a = "USA", .b = "CHNGOV", .by = Period::kDay})
    ->Unit(benchmark::kMillisecond);

void BM_EventPage(benchmark::State& state, EventFilter f) {
  std::string error;
  const Store* store = GetSynthetic(&error);
  if (store == nullptr) return state.SkipWithError(error.c_str());
  size_t n = 0;
  for (auto _ : state) {
    auto page = store->Events(f);
    if (!page.ok())
      return state.SkipWithError(page.status().ToString().c_str());
    n = page->events.size();
  }
  state.counters["page"] = static_cast<double>(n);
}
BENCHMARK_CAPTURE(BM_EventPage, actor_RUS_root_1x_2020,
                  EventFilter{.actor = "RUS",
                              .root = "1x",
                              .from = "2020-01-01",
                              .to = "2020-12-31"})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EventPage, actor_USA, EventFilter{.actor = "USA"})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EventPage, rare_actor_GRC_code_19,
                  EventFilter{.actor = "GRC", .code = "19"})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EventPage, source_CHN_target_USA_page3,
                  EventFilter{.source = "CHN", .target = "USA", .offset = 100})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EventPage, quad4_month,
                  EventFilter{.quad_class = 4,
                              .from = "2022-02-01",
                              .to = "2022-02-28"})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_EventPage, text_shelled_RUS,
                  EventFilter{.actor = "RUS", .text = "shelled"})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad
