// Read-only SQLite access for the HTTP server (internal to src/serve).
//
// ReadOnlyDb is one connection opened with SQLITE_OPEN_READONLY and
// `PRAGMA query_only`; every statement is parameterised (values are bound,
// never spliced into SQL text) and interrupted by a progress handler once it
// runs longer than the time limit (ResourceExhausted). DbPool hands one
// connection to each worker thread and takes it back afterwards. SqlWhere
// builds a conjunction of conditions with their bound values.
//
// Thread safety: a ReadOnlyDb is used by one thread at a time; DbPool is
// thread-safe.
//
// Usage:
//   DbPool pool("dyad.db", 2000);
//   auto db = pool.Acquire();   // StatusOr<DbPool::Lease>
//   DYAD_RETURN_IF_ERROR((*db)->Query("SELECT code FROM events WHERE root = ?",
//       {SqlArg("04")}, [&](const SqlRow& r) { codes.push_back(r.Text(0)); }));
#ifndef DYAD_SERVE_DB_H_
#define DYAD_SERVE_DB_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dyad::serve {

// A value bound to a `?` placeholder.
using SqlArg = std::variant<int64_t, double, std::string>;

// One result row, valid only inside the row callback.
class SqlRow {
 public:
  explicit SqlRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  int64_t Int(int column) const;
  double Real(int column) const;
  std::string Text(int column) const;  // "" for NULL
  bool IsNull(int column) const;

 private:
  sqlite3_stmt* stmt_;
};

class ReadOnlyDb {
 public:
  // Opens `path` read-only and checks that it is a dyad store (application
  // id and schema version); NotFound, Corruption or InvalidArgument if not.
  static StatusOr<std::unique_ptr<ReadOnlyDb>> Open(const std::string& path,
                                                    int time_limit_ms);
  ~ReadOnlyDb();
  ReadOnlyDb(const ReadOnlyDb&) = delete;
  ReadOnlyDb& operator=(const ReadOnlyDb&) = delete;

  // Runs one statement with `args` bound in order; calls `on_row` per row.
  Status Query(std::string_view sql, const std::vector<SqlArg>& args,
               const std::function<void(const SqlRow&)>& on_row);
  // The schema version (PRAGMA user_version) found at Open.
  int schema_version() const { return schema_version_; }

 private:
  ReadOnlyDb(sqlite3* db, int time_limit_ms);
  static int OnProgress(void* self);
  Status CheckStore();
  Status Bind(sqlite3_stmt* stmt, const std::vector<SqlArg>& args);
  Status Fail(int rc, std::string_view what) const;

  sqlite3* db_;
  int time_limit_ms_;
  int schema_version_ = 0;
  std::chrono::steady_clock::time_point deadline_;
};

// Connections for concurrent workers, opened on demand and reused.
class DbPool {
 public:
  using Lease = std::unique_ptr<ReadOnlyDb, std::function<void(ReadOnlyDb*)>>;
  DbPool(std::string path, int time_limit_ms)
      : path_(std::move(path)), time_limit_ms_(time_limit_ms) {}
  // An idle connection, or a new one; returned to the pool on destruction.
  StatusOr<Lease> Acquire();

 private:
  void Release(ReadOnlyDb* db);

  std::string path_;
  int time_limit_ms_;
  std::mutex mu_;
  std::vector<std::unique_ptr<ReadOnlyDb>> idle_;
};

// "a = ? AND b > ?" with its values, for WHERE clauses built from filters.
class SqlWhere {
 public:
  // Adds `condition` (with as many `?` as `args`) to the conjunction.
  void Add(std::string condition, std::vector<SqlArg> args = {});
  // " WHERE c1 AND c2" or "" when empty.
  std::string Clause() const;
  // "c1 AND c2", or "1" when empty.
  std::string Conditions() const;
  const std::vector<SqlArg>& args() const { return args_; }

 private:
  std::vector<std::string> conditions_;
  std::vector<SqlArg> args_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_DB_H_
