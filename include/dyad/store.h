// Store: the event store — coded events accumulated in an SQLite database,
// deduplicated across articles, queried and exported.
//
// Ingest adds one processed document at a time (Store::Add), all or nothing
// (batches of documents share a transaction, see StoreOptions): the
// document row, one mention row per place an event is told,
// and the events those mentions cluster into. A document already present
// (same id, or same content hash of its raw bytes) changes nothing. A
// near-duplicate article (a republished wire story: SimHash over word
// shingles, confirmed by shingle Jaccard) adds mentions to the events of the
// article it copies instead of new events. Mentions of the same real-world
// event in different articles (same principals, compatible CAMEO codes, dates
// within StoreOptions::cluster_window_days) cluster into one event that
// carries GDELT-style counts (num_mentions, num_sources, num_articles) and its
// first-seen article. The schema, the clustering rule and the migrations are
// documented in doc/store.md.
//
// The database is in WAL mode: readers (other Store objects, other
// processes) work while one writer ingests. A process killed mid-ingest
// leaves the last committed document and nothing of the next one.
//
// Thread safety: a Store wraps one SQLite connection opened in serialized
// mode, and every query prepares its own statements, so the const query
// functions may be called from several threads at once (they take turns on
// the connection). For parallel reads, open one read-only Store per thread.
// Add() must not run concurrently with other calls on the same Store.
//
// Usage:
//   auto store = dyad::Store::Open("dyad.db", dyad::StoreOptions());
//   DYAD_RETURN_IF_ERROR((*store)->Add(processed).status());
//   auto timeline = (*store)->Timeline({.a = "CHN", .b = "RUS"});
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"

namespace dyad {

struct StoreOptions {
  // Open for reading only (queries, export, the server). A missing file is
  // then NotFound instead of being created.
  bool read_only = false;

  // Create the file when it does not exist (ignored when read_only).
  bool create_if_missing = true;

  // How long a call waits for a lock held by another connection before
  // failing, in milliseconds.
  int busy_timeout_ms = 10000;

  // Clustering: mentions whose dates are at most this many days apart (and
  // that share principals and a compatible CAMEO code) are one event.
  int cluster_window_days = 2;

  // Near-duplicate articles: words per shingle.
  int shingle_words = 3;
  // Articles with fewer words than this are never near-duplicates.
  int min_words_for_near_duplicate = 25;
  // A stored article is a candidate when the SimHashes (64 bits) of the two
  // texts differ in at most this many bits.
  int simhash_max_distance = 12;
  // A candidate is a near-duplicate when the Jaccard similarity of the two
  // shingle sets is at least this.
  double min_shingle_jaccard = 0.6;

  // `Sql()` returns at most this many rows (the rest are dropped and
  // SqlResult::truncated is set).
  size_t max_sql_rows = 100000;

  // Largest page Events() returns, whatever EventFilter::limit asks.
  int max_page_size = 1000;

  // Documents written per transaction (group commit; 1 = one each). Each
  // document is still all or nothing (a savepoint inside the batch): a
  // failed Add() leaves the batch's other documents in place, and a crash
  // loses at most the open batch, which running the ingest again stores.
  // Flush() or the destructor commits the last batch.
  int batch_documents = 16;
};

// What Add() did with one document.
struct AddResult {
  bool skipped = false;        // already stored (same id or content hash)
  std::string duplicate_of;    // id of the article it near-duplicates, or ""
  int mentions = 0;            // mention rows added
  int new_events = 0;          // events created
  int clustered_mentions = 0;  // mentions that joined an existing event
};

// An event cluster as stored. `event` holds the fields of the first-seen
// mention (its doc_id and event_id are those of the first-seen article, and
// event.mentions holds that one mention); the counts cover every mention.
struct StoredEvent {
  int64_t key = 0;  // events.event_key; GLOBALEVENTID in exports
  Event event;
  std::string source_principal;  // "RUS"; a country, else the IGO/group code
  std::string target_principal;  // "" without target
  int num_mentions = 0;          // mention rows
  int num_sources = 0;   // distinct publishers (source, else URL host, else id)
  int num_articles = 0;  // distinct documents
  std::string first_url;     // url of the first-seen article
  std::string first_source;  // publisher of the first-seen article
};

// Dates are inclusive YYYY-MM-DD strings; empty means unbounded.
struct EventFilter {
  // A principal ("RUS", 3 letters) or a full actor code ("RUSGOV") on either
  // side; source/target restrict one side. Empty: any.
  std::string actor;
  std::string source;
  std::string target;
  std::string code;    // CAMEO code prefix: "04" matches 040..049x
  std::string root;    // root or root pattern: "14", "1x" (10..19)
  int quad_class = 0;  // 1..4, 0 = any
  std::string from;
  std::string to;
  std::string text;  // full-text search in the sentences (FTS5 syntax)
  int offset = 0;    // paging
  int limit = 50;    // page size (capped at StoreOptions::max_page_size)
};

struct EventPage {
  std::vector<StoredEvent> events;  // newest first, then by key
  bool more = false;                // another page follows
};

enum class Period { kDay, kWeek, kMonth };
// "day", "week", "month"; false for anything else.
bool ParsePeriod(const std::string& name, Period* period);

// A dyad timeline: events between principals a and b, both directions.
struct TimelineQuery {
  std::string a;  // principal or full code, e.g. "CHN"
  std::string b;
  std::string from;
  std::string to;
  Period by = Period::kMonth;
};

// One period and direction of a timeline.
struct TimelineBucket {
  std::string period;  // "2022-02-03", week's Monday "2022-01-31", "2022-02"
  std::string source;  // the acting side: TimelineQuery::a or ::b
  std::string target;
  int events = 0;
  int mentions = 0;            // sum of num_mentions
  int quad[4] = {0, 0, 0, 0};  // events per quad class 1..4
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // per event
};

// Counts of an actor code (or a principal) over a date range.
struct ActorCount {
  std::string code;
  std::string name;  // the text of its first mention, or ""
  std::string type;  // "country", "igo", "group" (no country), or ""
  int events = 0;    // events where it is source or target
  int as_source = 0;
  int as_target = 0;
};

// A directed edge of the actor graph: source principal → target principal.
struct DyadEdge {
  std::string source;
  std::string target;
  int events = 0;
  int mentions = 0;
  double goldstein_sum = 0;
  int quad[4] = {0, 0, 0, 0};
};

// Where an event is told in a stored document.
struct StoredMention {
  int64_t mention_key = 0;
  int64_t event_key = 0;     // the cluster it belongs to
  std::string doc_event_id;  // Event::event_id as coded ("<doc>-<n>")
  EventMention mention;      // sentence and offsets into the document text
  std::string source_code;
  std::string target_code;
  std::string code;
  std::string trigger;
  std::string date;
};

struct StoredDocument {
  std::string id;
  std::string url;
  std::string source;
  std::string title;
  std::string published;     // YYYY-MM-DD or ""
  std::string content_hash;  // 16 hex digits over the raw bytes
  std::string ingested_at;   // UTC, "YYYY-MM-DDTHH:MM:SSZ"
  std::string duplicate_of;  // id of the article it near-duplicates, or ""
  std::string text;          // extracted article text (offsets refer to it)
  std::vector<StoredMention> mentions;  // in text order
};

// Result of a free SQL query: column names and rows of JSON scalars
// (null, integer, real, string; blobs as hex strings).
struct SqlResult {
  std::vector<std::string> columns;
  std::vector<std::vector<nlohmann::json>> rows;
  bool truncated = false;
};

struct StoreStats {
  int64_t documents = 0;
  int64_t near_duplicates = 0;
  int64_t mentions = 0;
  int64_t events = 0;
  int64_t actors = 0;
  int schema_version = 0;
};

class Store {
 public:
  // Opens (or creates) the store at `path`. A file that is not SQLite, an
  // SQLite database of another application, or a dyad store newer than this
  // build is refused with Corruption / InvalidArgument and left untouched.
  // An older schema is migrated (not when read_only: then refused).
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path,
                                               const StoreOptions& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // ---- ingest ----
  // True when a document with this id or these raw bytes is stored: callers
  // check it before running the pipeline.
  StatusOr<bool> Contains(const Document& doc) const;
  // Stores one processed document, all or nothing, in the open batch of
  // StoreOptions::batch_documents documents (committed when full).
  StatusOr<AddResult> Add(const Processed& p);
  // Commits the documents added since the last commit. The destructor does
  // it too, but cannot report a failure.
  Status Flush();

  // ---- queries (read-only) ----
  StatusOr<std::vector<TimelineBucket>> Timeline(const TimelineQuery& q) const;
  StatusOr<EventPage> Events(const EventFilter& f) const;
  StatusOr<StoredEvent> GetEvent(int64_t key) const;
  // The n actor codes in most events between from and to (empty: all time);
  // `principals` groups codes by principal ("RUSGOV", "RUSMIL" → "RUS").
  StatusOr<std::vector<ActorCount>> TopActors(int n, const std::string& from,
                                              const std::string& to,
                                              bool principals) const;
  // Directed principal pairs with events between from and to, most events
  // first, at most `limit` (0 = all). Also the "top dyads".
  StatusOr<std::vector<DyadEdge>> Edges(const std::string& from,
                                        const std::string& to, int limit) const;
  // A document by id, with its mentions and their offsets.
  StatusOr<StoredDocument> GetDocument(const std::string& id) const;
  // Any read-only SQL (a second, read-only connection runs it, after the
  // open batch of added documents is committed).
  StatusOr<SqlResult> Sql(const std::string& sql) const;
  StatusOr<StoreStats> Stats() const;

  // Calls `fn` for every event whose date is in [from, to] (empty:
  // unbounded; events without a date only when both are empty), in key
  // order; stops at the first non-OK Status and returns it.
  Status ForEachEvent(
      const std::string& from, const std::string& to,
      const std::function<Status(const StoredEvent&)>& fn) const;

  class Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// ---- export rows (doc/export_formats.md) ----
// GDELT 2.0: event_io's 61 columns with the cluster's GLOBALEVENTID (key),
// NumMentions, NumSources, NumArticles and first-seen SOURCEURL.
std::string StoredEventToGdeltRow(const StoredEvent& e);
// doc/events.md's JSON object plus "global_event_id", "num_mentions",
// "num_sources", "num_articles", "first_url", "source_principal",
// "target_principal".
nlohmann::json StoredEventToJson(const StoredEvent& e);
// A PLOVER record (field names of the PLOVER specification: id, date,
// source/target as [{actorText, code, sector}], event, mode, context,
// eventText, text, url, publication, language, version, dateCoded) with
// dyad's extra fields under "dyad". `context` comes from the codebook.
nlohmann::json StoredEventToPlover(const StoredEvent& e,
                                   const std::string& context);
// CSV: the header line, then one row per event (RFC 4180 quoting).
std::string EventCsvHeader();
std::string StoredEventToCsvRow(const StoredEvent& e);

// The principal of an actor: its country ("RUSGOV" → "RUS"), else its code
// without the role segment ("IGOWSTNATMIL" with role MIL → "IGOWSTNAT").
std::string ActorPrincipal(const EventActor& a);

}  // namespace dyad

#endif  // DYAD_STORE_H_
