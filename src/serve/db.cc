// Read-only SQLite connections with a per-query time limit.
#include "serve/db.h"

#include <sqlite3.h>

#include <filesystem>
#include <utility>

namespace dyad::serve {
namespace {

constexpr int64_t kDyadApplicationId = 0x64796164;  // "dyad", doc/store.md
constexpr int kMinSchemaVersion = 2;    // the FTS index on mention sentences
constexpr int kProgressOpcodes = 1000;  // VM steps between deadline checks

}  // namespace

int64_t SqlRow::Int(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double SqlRow::Real(int column) const {
  return sqlite3_column_double(stmt_, column);
}

std::string SqlRow::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     sqlite3_column_bytes(stmt_, column));
}

bool SqlRow::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

ReadOnlyDb::ReadOnlyDb(sqlite3* db, int time_limit_ms)
    : db_(db), time_limit_ms_(time_limit_ms) {
  sqlite3_progress_handler(db_, kProgressOpcodes, &ReadOnlyDb::OnProgress,
                           this);
}

ReadOnlyDb::~ReadOnlyDb() { sqlite3_close_v2(db_); }

StatusOr<std::unique_ptr<ReadOnlyDb>> ReadOnlyDb::Open(const std::string& path,
                                                       int time_limit_ms) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound("no event store at " + path);
  }
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw,
                           SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  std::unique_ptr<ReadOnlyDb> db(new ReadOnlyDb(raw, time_limit_ms));
  if (rc != SQLITE_OK) return db->Fail(rc, "cannot open " + path);
  sqlite3_busy_timeout(raw, time_limit_ms);
  Status s = db->CheckStore();
  if (!s.ok()) return s.WithContext(path);
  return db;
}

Status ReadOnlyDb::CheckStore() {
  for (const char* pragma : {"PRAGMA query_only = 1",
                             "PRAGMA mmap_size = 1073741824",  // reads via mmap
                             "PRAGMA cache_size = -32768"}) {  // 32 MiB
    DYAD_RETURN_IF_ERROR(Query(pragma, {}, [](const SqlRow&) {}));
  }
  int64_t app_id = 0;
  DYAD_RETURN_IF_ERROR(Query("PRAGMA application_id", {},
                             [&](const SqlRow& r) { app_id = r.Int(0); }));
  if (app_id != kDyadApplicationId) {
    return Status::InvalidArgument("not a dyad event store");
  }
  DYAD_RETURN_IF_ERROR(Query("PRAGMA user_version", {}, [&](const SqlRow& r) {
    schema_version_ = static_cast<int>(r.Int(0));
  }));
  if (schema_version_ < kMinSchemaVersion) {
    return Status::InvalidArgument(
        "store schema " + std::to_string(schema_version_) +
        " is too old; run `dyad ingest --db FILE` once to migrate it");
  }
  return Status::OK();
}

int ReadOnlyDb::OnProgress(void* self) {
  auto* db = static_cast<ReadOnlyDb*>(self);
  return std::chrono::steady_clock::now() > db->deadline_ ? 1 : 0;
}

Status ReadOnlyDb::Fail(int rc, std::string_view what) const {
  std::string detail =
      db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
  std::string message = std::string(what) + ": " + detail;
  switch (rc & 0xff) {
    case SQLITE_INTERRUPT:
      return Status::ResourceExhausted("the query took longer than " +
                                       std::to_string(time_limit_ms_) + " ms");
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::Corruption(message);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      return Status::IOError(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::ResourceExhausted(message);
    default:
      return Status::Internal(message);
  }
}

Status ReadOnlyDb::Bind(sqlite3_stmt* stmt, const std::vector<SqlArg>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    int rc = SQLITE_OK;
    if (const auto* n = std::get_if<int64_t>(&args[i])) {
      rc = sqlite3_bind_int64(stmt, index, *n);
    } else if (const auto* d = std::get_if<double>(&args[i])) {
      rc = sqlite3_bind_double(stmt, index, *d);
    } else {
      const std::string& s = std::get<std::string>(args[i]);
      rc = sqlite3_bind_text(stmt, index, s.data(), static_cast<int>(s.size()),
                             SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) return Fail(rc, "bind");
  }
  return Status::OK();
}

Status ReadOnlyDb::Query(std::string_view sql, const std::vector<SqlArg>& args,
                         const std::function<void(const SqlRow&)>& on_row) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()),
                              &raw, nullptr);
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw,
                                                             sqlite3_finalize);
  if (rc != SQLITE_OK) return Fail(rc, "prepare");
  DYAD_RETURN_IF_ERROR(Bind(raw, args));
  deadline_ = std::chrono::steady_clock::now() +
              std::chrono::milliseconds(time_limit_ms_);
  const SqlRow row(raw);
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) on_row(row);
  return rc == SQLITE_DONE ? Status::OK() : Fail(rc, "query");
}

StatusOr<DbPool::Lease> DbPool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      ReadOnlyDb* db = idle_.back().release();
      idle_.pop_back();
      return Lease(db, [this](ReadOnlyDb* d) { Release(d); });
    }
  }
  auto db = ReadOnlyDb::Open(path_, time_limit_ms_);
  if (!db.ok()) return db.status();
  return Lease(db->release(), [this](ReadOnlyDb* d) { Release(d); });
}

void DbPool::Release(ReadOnlyDb* db) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.emplace_back(db);
}

void SqlWhere::Add(std::string condition, std::vector<SqlArg> args) {
  condition.insert(condition.begin(), '(');
  condition.push_back(')');
  conditions_.push_back(std::move(condition));
  for (SqlArg& a : args) args_.push_back(std::move(a));
}

std::string SqlWhere::Conditions() const {
  if (conditions_.empty()) return "1";
  std::string out;
  for (const std::string& c : conditions_) {
    if (!out.empty()) out += " AND ";
    out += c;
  }
  return out;
}

std::string SqlWhere::Clause() const {
  return conditions_.empty() ? "" : " WHERE " + Conditions();
}

}  // namespace dyad::serve
