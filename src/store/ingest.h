// The store's writer: adds one processed document per transaction, finds
// near-duplicate articles and clusters mentions into events (rules in
// doc/store.md). Store::Add delegates here.
//
// Thread safety: one Ingester per Store, used by one thread at a time; it
// keeps prepared statements and the SimHash list of stored documents.
//
// Usage:
//   Ingester ingester(db, options);
//   DYAD_ASSIGN_OR_RETURN(AddResult r, ingester.Add(processed));
//   if (r.skipped) ...;
#ifndef DYAD_STORE_INGEST_H_
#define DYAD_STORE_INGEST_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad::store {

// Publisher used for num_sources: source, else the URL host, else the id.
std::string SourceKey(const Processed& p);
// FNV-1a 64 hex of the raw bytes.
std::string ContentHash(const Document& doc);
// True when two CAMEO codes of one root may name the same event.
bool CompatibleCodes(const std::string& a, const std::string& b);

class Ingester {
 public:
  Ingester(const Db* db, const StoreOptions& options)
      : db_(db), options_(options) {}

  ~Ingester();
  StatusOr<AddResult> Add(const Processed& p);
  // Commits the open batch, if any.
  Status Flush();

 private:
  struct Fingerprint {
    std::vector<uint64_t> shingles;
    bool usable = false;  // enough words for near-duplicate detection
    uint64_t simhash = 0;
  };
  // Where the mentions of one Event go.
  struct Target {
    int64_t event_key = 0;  // 0: a new event
  };

  Status Prepare();
  // Resets every cached statement, so that none keeps a read snapshot open
  // after the transaction: an open snapshot stops SQLite from recycling
  // the write-ahead log, which then grows without bound.
  void ResetStatements();
  Status LoadSimHashes();
  StatusOr<bool> Present(const Document& doc);
  Fingerprint MakeFingerprint(const std::string& text) const;
  StatusOr<int64_t> FindOriginal(const Fingerprint& f);
  StatusOr<int64_t> InsertDocument(const Processed& p, const Fingerprint& f,
                                   int64_t original);
  Status AddEvent(const Event& e, int64_t doc_key, int64_t original,
                  const std::string& source_key, AddResult* r);
  StatusOr<int64_t> MatchOriginal(const Event& e, int64_t original);
  StatusOr<int64_t> MatchCluster(const Event& e);
  StatusOr<int64_t> InsertEvent(const Event& e, int64_t doc_key);
  // Inserts with key next_mention_ and advances it.
  Status InsertMention(const Event& e, const EventMention& m, int64_t event_key,
                       int64_t doc_key);
  Status LoadNextMentionKey();
  Status UpdateCounts(int64_t event_key, int64_t doc_key,
                      const std::string& source_key, int mentions);
  // Actor counts are gathered per document, then written once per code.
  void CountActor(const EventActor& a, bool source);
  Status FlushActors();

  const Db* db_;
  StoreOptions options_;
  bool prepared_ = false;
  std::vector<Stmt*> statements_;  // the cached statements, for resets
  bool simhashes_loaded_ = false;
  std::vector<std::pair<int64_t, uint64_t>> simhashes_;  // doc_key, SimHash
  struct ActorCounts {
    EventActor actor;  // as first seen in the document
    int64_t as_source = 0, as_target = 0;
  };
  std::map<std::string, ActorCounts> actor_counts_;
  int64_t next_mention_ = 1;  // key of the next mention row
  bool batch_open_ = false;   // a transaction holds uncommitted documents
  int batch_size_ = 0;        // documents in it
  StatusOr<AddResult> AddInSavepoint(const Processed& p);
  Stmt present_, insert_doc_, doc_text_, original_event_, cluster_,
      insert_event_, insert_mention_, insert_fts_, next_mention_key_, has_doc_,
      has_source_, update_counts_, upsert_actor_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_INGEST_H_
