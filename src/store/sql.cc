// Store::Sql: free read-only SQL on a second connection that SQLite itself
// opens read-only, so no statement can change the store.
#include <fmt/format.h>

#include "dyad/store.h"
#include "store/ingest.h"
#include "store/rows.h"

namespace dyad {
namespace {

using store::Stmt;

nlohmann::json Cell(const Stmt& s, int col) {
  switch (s.ColumnType(col)) {
    case SQLITE_NULL:
      return nullptr;
    case SQLITE_INTEGER:
      return s.Int(col);
    case SQLITE_FLOAT:
      return s.Real(col);
    case SQLITE_BLOB: {
      std::string hex;
      for (unsigned char c : s.Text(col)) hex += fmt::format("{:02x}", c);
      return hex;
    }
    default:
      return s.Text(col);
  }
}

bool OnlySpaceOrSemicolons(const char* tail) {
  for (; tail && *tail; ++tail) {
    if (*tail != ';' && !std::isspace(static_cast<unsigned char>(*tail))) {
      return false;
    }
  }
  return true;
}

}  // namespace

StatusOr<SqlResult> Store::Sql(const std::string& sql) const {
  // The other connection sees committed documents only.
  if (impl_->ingester) DYAD_RETURN_IF_ERROR(impl_->ingester->Flush());
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Db> ro,
                        store::Db::Open(impl_->path, SQLITE_OPEN_READONLY,
                                        impl_->options.busy_timeout_ms));
  DYAD_RETURN_IF_ERROR(ro->Exec("PRAGMA query_only = 1"));
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v2(ro->raw(), sql.c_str(),
                                    static_cast<int>(sql.size()), &raw, &tail);
  sqlite3_finalize(raw);
  if (rc != SQLITE_OK) return ro->Error(rc, sql);
  if (!OnlySpaceOrSemicolons(tail)) {
    return Status::InvalidArgument("one SQL statement at a time, please");
  }
  DYAD_ASSIGN_OR_RETURN(Stmt s, ro->Prepare(sql));
  SqlResult out;
  for (int c = 0; c < s.ColumnCount(); ++c)
    out.columns.push_back(s.ColumnName(c));
  while (s.Step()) {
    if (out.rows.size() >= impl_->options.max_sql_rows) {
      out.truncated = true;
      break;
    }
    auto& row = out.rows.emplace_back();
    for (int c = 0; c < s.ColumnCount(); ++c) row.push_back(Cell(s, c));
  }
  DYAD_RETURN_IF_ERROR(s.status());
  return out;
}

}  // namespace dyad
