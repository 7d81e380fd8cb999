// Shared pieces of the store's SQL: calendar days, the column list that
// reads a StoredEvent back, and the Store's private state (Store::Impl).
//
// Thread safety: the functions are pure; Store::Impl is guarded as the
// Store documents (queries may share it, Add must be alone).
//
// Usage:
//   int64_t day; if (DayFromDate("2022-02-03", &day)) ...;  // 19026
//   auto s = db.Prepare(std::string(kEventSelect) + " WHERE e.event_key=?");
//   StoredEvent e = ReadEvent(s);
#ifndef DYAD_STORE_ROWS_H_
#define DYAD_STORE_ROWS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad::store {

class Ingester;

// Days since 1970-01-01 of a YYYY-MM-DD date; false for anything else.
bool DayFromDate(std::string_view date, int64_t* day);
// The YYYY-MM-DD date of a day number.
std::string DateFromDay(int64_t day);
// The Monday on or before `day`.
int64_t WeekStart(int64_t day);

// kAsserted for unknown names.
Modality ParseModality(std::string_view name);

// SELECT … FROM events e JOIN documents d … LEFT JOIN mentions m …: every
// column ReadEvent needs. Append WHERE / ORDER BY.
extern const char* const kEventSelect;
StoredEvent ReadEvent(const Stmt& s);

// Binds the two ends of an inclusive date range to day numbers; an empty or
// malformed end binds the widest bound. InvalidArgument for malformed dates.
Status ParseRange(const std::string& from, const std::string& to, int64_t* lo,
                  int64_t* hi);

}  // namespace dyad::store

namespace dyad {

class Store::Impl {
 public:
  StoreOptions options;
  std::string path;
  std::unique_ptr<store::Db> db;
  std::unique_ptr<store::Ingester> ingester;  // created by the first Add
  ~Impl();
};

}  // namespace dyad

#endif  // DYAD_STORE_ROWS_H_
