// A thin RAII layer over the SQLite C API for the store: a connection (Db)
// and prepared statements (Stmt) whose errors come back as dyad::Status
// naming the database file.
//
// Thread safety: a Db opened by Db::Open uses SQLite's serialized mode, so
// one Db may be shared; a Stmt belongs to one thread at a time.
//
// Usage:
//   DYAD_ASSIGN_OR_RETURN(std::unique_ptr<Db> db, Db::Open(path, flags));
//   DYAD_ASSIGN_OR_RETURN(Stmt s, db->Prepare("SELECT count(*) FROM events"));
//   while (s.Step()) n = s.Int(0);  DYAD_RETURN_IF_ERROR(s.status());
#ifndef DYAD_STORE_SQLITE_H_
#define DYAD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::store {

class Db;

// A prepared statement. Bind with 1-based indexes, read columns 0-based.
class Stmt {
 public:
  Stmt() = default;
  Stmt(Stmt&& o) noexcept;
  Stmt& operator=(Stmt&& o) noexcept;
  ~Stmt();

  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, double v);
  Stmt& Bind(int i, std::string_view v);
  Stmt& BindNull(int i);
  // Binds NULL when `v` is empty.
  Stmt& BindOrNull(int i, std::string_view v);

  // Runs one step: true while a row is available. On an error returns false
  // and status() says why.
  bool Step();
  // Runs to completion (for statements without rows).
  Status Run();
  // Resets for another execution with new bindings.
  void Reset();
  const Status& status() const { return status_; }

  int64_t Int(int col) const;
  double Real(int col) const;
  std::string Text(int col) const;
  bool IsNull(int col) const;
  int ColumnCount() const;
  int ColumnType(int col) const;  // SQLITE_INTEGER, ...
  std::string ColumnName(int col) const;

 private:
  friend class Db;
  Stmt(sqlite3_stmt* s, const Db* db) : stmt_(s), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  const Db* db_ = nullptr;
  Status status_;
};

class Db {
 public:
  // `flags` are sqlite3_open_v2 flags; SQLITE_OPEN_FULLMUTEX is added.
  static StatusOr<std::unique_ptr<Db>> Open(const std::string& path, int flags,
                                            int busy_timeout_ms);
  ~Db();

  StatusOr<Stmt> Prepare(std::string_view sql) const;
  // Runs one or more statements without results.
  Status Exec(const std::string& sql) const;
  // The first column of the first row as an integer (0 when no row).
  StatusOr<int64_t> QueryInt(const std::string& sql) const;

  // A Status for SQLite result code `rc`, naming the file.
  Status Error(int rc, std::string_view what) const;
  int64_t LastInsertId() const;
  const std::string& path() const { return path_; }
  sqlite3* raw() const { return db_; }

 private:
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// Runs a transaction: BEGIN IMMEDIATE, then COMMIT on destruction after
// Commit(), ROLLBACK otherwise.
class Transaction {
 public:
  explicit Transaction(const Db* db) : db_(db) {}
  ~Transaction();
  Status Begin();
  Status Commit();

 private:
  const Db* db_;
  bool open_ = false;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_H_
