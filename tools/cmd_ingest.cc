// `dyad ingest`: read documents, run the whole pipeline and store documents,
// mentions and events in the event store (doc/store.md).
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = "dyad.db";
  std::string format = "auto";
  std::string date;
  std::string id;
  std::string model;
  int window_days = StoreOptions().cluster_window_days;
  bool quiet = false;
};

struct Totals {
  size_t documents = 0, stored = 0, present = 0, duplicates = 0, skipped = 0;
  size_t mentions = 0, new_events = 0;
  uint64_t bytes_done = 0, bytes_total = 0;
  double code_seconds = 0, store_seconds = 0;  // pipeline vs store calls
  std::chrono::steady_clock::time_point start =
      std::chrono::steady_clock::now();
};

// Size of the inputs, for the ETA (0 for stdin).
uint64_t InputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& p : paths) {
    if (std::filesystem::is_regular_file(p, ec)) {
      total += std::filesystem::file_size(p, ec);
      continue;
    }
    if (!std::filesystem::is_directory(p, ec)) continue;
    for (const auto& e : std::filesystem::recursive_directory_iterator(p, ec)) {
      if (e.is_regular_file(ec)) total += e.file_size(ec);
    }
  }
  return total;
}

void ShowProgress(const Totals& t, bool final) {
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t.start)
          .count();
  const double rate = secs > 0 ? t.documents / secs : 0;
  std::string eta = "?";
  if (t.bytes_total > 0 && t.bytes_done > 0 && t.bytes_done <= t.bytes_total) {
    const double left = secs * (t.bytes_total - t.bytes_done) / t.bytes_done;
    eta = fmt::format("{}:{:02}", static_cast<int>(left) / 60,
                      static_cast<int>(left) % 60);
  }
  std::cerr << fmt::format(
      "\r\033[Kingest: {} docs ({:.1f}/s), {} new events, {} mentions, ETA {}",
      t.documents, rate, t.new_events, t.mentions, eta);
  if (final) std::cerr << "\n";
}

// Seconds since `start`, and restarts it.
double Lap(std::chrono::steady_clock::time_point* start) {
  const auto now = std::chrono::steady_clock::now();
  const double s = std::chrono::duration<double>(now - *start).count();
  *start = now;
  return s;
}

// Stores one document (the pipeline runs only for documents not stored).
Status IngestOne(const Pipeline& pipeline, Store* store, const Document& doc,
                 Processed* out, Totals* t) {
  auto clock = std::chrono::steady_clock::now();
  DYAD_ASSIGN_OR_RETURN(bool present, store->Contains(doc));
  t->store_seconds += Lap(&clock);
  if (present) {
    ++t->present;
    return Status::OK();
  }
  DYAD_RETURN_IF_ERROR(pipeline.Process(doc, out));
  t->code_seconds += Lap(&clock);
  DYAD_ASSIGN_OR_RETURN(AddResult r, store->Add(*out));
  t->store_seconds += Lap(&clock);
  t->present += r.skipped;
  t->stored += !r.skipped;
  t->duplicates += !r.duplicate_of.empty();
  t->mentions += r.mentions;
  t->new_events += r.new_events;
  return Status::OK();
}

void Summarize(const IngestArgs& args, const Totals& t) {
  std::cerr << fmt::format(
      "dyad ingest: {} documents read: {} stored ({} near-duplicates), {} "
      "already in the store, {} skipped; {} mentions, {} new events -> {}\n",
      t.documents, t.stored, t.duplicates, t.present, t.skipped, t.mentions,
      t.new_events, args.db);
  if (t.code_seconds > 0) {
    std::cerr << fmt::format(
        "dyad ingest: coding {:.2f} s, store {:.2f} s (+{:.1f} %)\n",
        t.code_seconds, t.store_seconds,
        100 * t.store_seconds / t.code_seconds);
  }
}

struct Setup {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<Store> store;
  ReadOptions read;
};

Status Prepare(const IngestArgs& args, Setup* s) {
  DYAD_RETURN_IF_ERROR(
      InputReadOptions(args.format, args.date, args.id, &s->read));
  StoreOptions so;
  so.cluster_window_days = args.window_days;
  DYAD_ASSIGN_OR_RETURN(s->store, Store::Open(args.db, so));
  PipelineOptions po = PipelineOptions::Full();
  po.analyzer.model_path = args.model;
  DYAD_ASSIGN_OR_RETURN(s->pipeline, Pipeline::Create(po));
  return Status::OK();
}

int RunIngest(const IngestArgs& args) {
  Setup setup;
  if (Status s = Prepare(args, &setup); !s.ok()) {
    std::cerr << "dyad ingest: " << s.ToString() << "\n";
    return kExitFailure;
  }
  const bool progress = !args.quiet && isatty(STDERR_FILENO);
  Totals t;
  t.bytes_total = InputBytes(args.paths);
  auto reader = Reader::Open(args.paths, setup.read);
  Document doc;
  Processed out;
  Status problem;
  auto last = std::chrono::steady_clock::now();
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) {
      t.bytes_done += doc.raw.size();
      problem = IngestOne(*setup.pipeline, setup.store.get(), doc, &out, &t);
    }
    ++t.documents;
    if (!problem.ok()) {
      if (progress) std::cerr << "\r\033[K";
      std::cerr << "dyad ingest: skipped " << problem.ToString() << "\n";
      ++t.skipped;
      if (problem.code() == Status::Code::kCorruption) break;
    }
    const auto now = std::chrono::steady_clock::now();
    if (progress && now - last > std::chrono::milliseconds(250)) {
      ShowProgress(t, false);
      last = now;
    }
  }
  if (progress) ShowProgress(t, true);
  if (Status s = setup.store->Flush(); !s.ok()) {
    std::cerr << "dyad ingest: " << s.ToString() << "\n";
    return kExitFailure;
  }
  Summarize(args, t);
  return t.skipped > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Code documents and store them in the event store");
  cmd->add_option("paths", args->paths,
                  "Files or directories (recursive); none or '-' = stdin");
  cmd->add_option("--db", args->db, "Store file (SQLite)")
      ->capture_default_str();
  cmd->add_option("--format", args->format, "auto|text|html|jsonl")
      ->capture_default_str();
  cmd->add_option("--date", args->date,
                  "Publication date YYYY-MM-DD for inputs without one");
  cmd->add_option("--id", args->id, "Document id for a single input");
  cmd->add_option("--model", args->model, "Analyzer model file");
  cmd->add_option("--window", args->window_days,
                  "Days apart two mentions may be and still be one event")
      ->capture_default_str();
  cmd->add_flag("--quiet", args->quiet, "No progress line");
  cmd->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace dyad::cli
