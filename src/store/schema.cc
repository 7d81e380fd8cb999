#include "store/schema.h"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace dyad::store {
namespace {

// Event columns shared by `mentions` and `events`.
constexpr const char* kEventColumns = R"(
  date TEXT NOT NULL DEFAULT '',
  date_precision TEXT NOT NULL DEFAULT '',
  source_code TEXT NOT NULL DEFAULT '',
  source_text TEXT NOT NULL DEFAULT '',
  source_country TEXT NOT NULL DEFAULT '',
  source_role TEXT NOT NULL DEFAULT '',
  target_code TEXT NOT NULL DEFAULT '',
  target_text TEXT NOT NULL DEFAULT '',
  target_country TEXT NOT NULL DEFAULT '',
  target_role TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL DEFAULT 0,
  goldstein REAL NOT NULL DEFAULT 0,
  plover_event TEXT NOT NULL DEFAULT '',
  plover_mode TEXT NOT NULL DEFAULT '',
  trigger TEXT NOT NULL DEFAULT '',
  negated INTEGER NOT NULL DEFAULT 0,
  modality TEXT NOT NULL DEFAULT 'asserted',
  confidence REAL NOT NULL DEFAULT 0,
  codebook_version TEXT NOT NULL DEFAULT '')";

std::string MigrationV1() {
  return fmt::format(R"(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  doc_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  source_key TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  simhash INTEGER,
  duplicate_of INTEGER REFERENCES documents(doc_key),
  ingested_at TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '');
CREATE INDEX documents_hash ON documents(content_hash);
CREATE TABLE events(
  event_key INTEGER PRIMARY KEY,
  day INTEGER,
  source_principal TEXT NOT NULL DEFAULT '',
  target_principal TEXT NOT NULL DEFAULT '',
  num_mentions INTEGER NOT NULL DEFAULT 1,
  num_sources INTEGER NOT NULL DEFAULT 1,
  num_articles INTEGER NOT NULL DEFAULT 1,
  first_doc_key INTEGER NOT NULL REFERENCES documents(doc_key),
  first_mention_key INTEGER NOT NULL DEFAULT 0,{0});
CREATE INDEX events_dyad ON events(source_principal, target_principal, day);
CREATE INDEX events_src ON events(source_principal, day);
CREATE INDEX events_tgt ON events(target_principal, day);
CREATE INDEX events_src_code ON events(source_code, day);
CREATE INDEX events_tgt_code ON events(target_code, day);
CREATE INDEX events_code ON events(code, day);
CREATE INDEX events_day ON events(day);
CREATE TABLE mentions(
  mention_key INTEGER PRIMARY KEY,
  event_key INTEGER NOT NULL REFERENCES events(event_key),
  doc_key INTEGER NOT NULL REFERENCES documents(doc_key),
  doc_event_id TEXT NOT NULL DEFAULT '',
  sentence INTEGER NOT NULL DEFAULT 0,
  sentence_text TEXT NOT NULL DEFAULT '',
  trigger_begin INTEGER NOT NULL DEFAULT 0,
  trigger_end INTEGER NOT NULL DEFAULT 0,
  source_begin INTEGER NOT NULL DEFAULT 0,
  source_end INTEGER NOT NULL DEFAULT 0,
  target_begin INTEGER NOT NULL DEFAULT 0,
  target_end INTEGER NOT NULL DEFAULT 0,{0});
CREATE INDEX mentions_event ON mentions(event_key);
CREATE INDEX mentions_doc ON mentions(doc_key);
CREATE TABLE actors(
  code TEXT PRIMARY KEY,
  principal TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  as_source INTEGER NOT NULL DEFAULT 0,
  as_target INTEGER NOT NULL DEFAULT 0);
)",
                     kEventColumns);
}

constexpr const char* kMigrationV2 = R"(
CREATE VIRTUAL TABLE mention_text USING fts5(
  sentence_text, content='mentions', content_rowid='mention_key');
INSERT INTO mention_text(mention_text) VALUES('rebuild');
)";

// Timelines read only the index.
constexpr const char* kMigrationV3 = R"(
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events(source_principal, target_principal, day,
  quad_class, goldstein, num_mentions);
)";

// Timelines between full codes read only the index too.
constexpr const char* kMigrationV4 = R"(
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events(source_principal, target_principal, day,
  quad_class, goldstein, num_mentions, source_code, target_code);
)";

// Foreign: an SQLite file with tables that is not stamped as a dyad store.
Status CheckForeign(const Db& db, int64_t app_id) {
  DYAD_ASSIGN_OR_RETURN(int64_t tables,
                        db.QueryInt("SELECT count(*) FROM sqlite_master"));
  if (app_id == 0 && tables == 0) return Status::OK();
  return Status::InvalidArgument(fmt::format(
      "{}: an SQLite database of another application (application_id {:#x}, "
      "{} schema objects), not a dyad store; refusing to touch it",
      db.path(), app_id, tables));
}

}  // namespace

const std::vector<std::string>& Migrations() {
  static const std::vector<std::string> m = {MigrationV1(), kMigrationV2,
                                             kMigrationV3, kMigrationV4};
  return m;
}

StatusOr<FileState> CheckFile(const Db& db) {
  auto app_id = db.QueryInt("PRAGMA application_id");
  if (!app_id.ok()) {
    return Status::Corruption(app_id.status().message() +
                              ": not a dyad store (not an SQLite database, "
                              "or damaged); refusing to touch it");
  }
  DYAD_ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  FileState state;
  if (*app_id != kApplicationId) {
    DYAD_RETURN_IF_ERROR(CheckForeign(db, *app_id));
    return state;
  }
  state.empty = false;
  state.version = static_cast<int>(version);
  if (version > kSchemaVersion) {
    return Status::InvalidArgument(fmt::format(
        "{}: dyad store schema version {} is newer than this build's {}",
        db.path(), version, kSchemaVersion));
  }
  return state;
}

Status Migrate(const Db& db, int from, int target) {
  for (int v = from; v < target; ++v) {
    Transaction t(&db);
    DYAD_RETURN_IF_ERROR(t.Begin());
    DYAD_RETURN_IF_ERROR(db.Exec(Migrations()[v]));
    DYAD_RETURN_IF_ERROR(db.Exec(
        fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {}",
                    kApplicationId, v + 1)));
    DYAD_RETURN_IF_ERROR(t.Commit());
  }
  return Status::OK();
}

Status ConfigureConnection(const Db& db, bool writer) {
  if (writer) {
    DYAD_ASSIGN_OR_RETURN(Stmt s, db.Prepare("PRAGMA journal_mode = WAL"));
    DYAD_RETURN_IF_ERROR(s.Run());
  }
  return db.Exec(
      "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
      "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
}

}  // namespace dyad::store
