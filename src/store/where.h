// WHERE clauses for the store's queries, built piece by piece with their
// bound values, and the filters they share (actors, code prefixes).
//
// Thread safety: plain values; the functions that take a Db only read.
//
// Usage:
//   Where w;
//   w.Add("e.day BETWEEN ? AND ?", {lo, hi});
//   auto s = db.Prepare("SELECT … FROM events e" + w.Sql());  w.Bind(*s);
#ifndef DYAD_STORE_WHERE_H_
#define DYAD_STORE_WHERE_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <variant>
#include <vector>

#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad::store {

class Where {
 public:
  using Value = std::variant<int64_t, std::string>;

  // Adds a term joined by AND; each "?" in it takes the next of `vals`
  // (numbered over the whole statement).
  void Add(const std::string& term, std::initializer_list<Value> vals);
  // " WHERE a AND b", or "" without terms.
  std::string Sql() const;
  // Sql(), then forgets the terms but keeps the values, so that several
  // clauses of one statement share the numbering.
  std::string TakeSql();
  void Bind(Stmt& s) const;

 private:
  std::vector<std::string> terms_;
  std::vector<Value> values_;
};

// The smallest string greater than every string starting with `prefix`.
std::string PrefixEnd(std::string prefix);
// Root patterns as code prefixes: "1x" → "1"; "14" → "14".
std::string RootPrefix(const std::string& root);

// Whether `actor` names a principal ("RUS") rather than a full code.
StatusOr<bool> IsPrincipal(const Db& db, const std::string& actor);
// Adds "e.<side>_principal = ?" for a principal, or both the code and its
// principal for a full code, when `actor` is not empty; side is "source" or
// "target".
Status AddActor(const Db& db, const std::string& actor, const char* side,
                Where* w);

}  // namespace dyad::store

#endif  // DYAD_STORE_WHERE_H_
