// The store's schema: the migrations that build it (doc/store.md) and the
// checks that make Open refuse foreign, corrupt or too-new files.
//
// Thread safety: stateless functions; each works on the Db it is given.
//
// Usage:
//   DYAD_RETURN_IF_ERROR(CheckFile(db));          // refuses foreign files
//   DYAD_RETURN_IF_ERROR(Migrate(db, kSchemaVersion));
//   DYAD_RETURN_IF_ERROR(ConfigureConnection(db, /*writer=*/true));
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include <string>
#include <vector>

#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad::store {

// "dyad" in ASCII: PRAGMA application_id of every dyad store.
inline constexpr int kApplicationId = 0x64796164;
// The schema version this build writes (= number of migrations).
inline constexpr int kSchemaVersion = 4;

// Migration i (0-based) brings user_version i to i + 1.
const std::vector<std::string>& Migrations();

// What CheckFile found.
struct FileState {
  bool empty = true;  // a new (or empty) database: needs every migration
  int version = 0;    // user_version of an existing dyad store
};

// Reads the header of the open database: Corruption for a file that is not
// SQLite, InvalidArgument for another application's database or a newer
// dyad store. Writes nothing.
StatusOr<FileState> CheckFile(const Db& db);

// Applies migrations user_version+1 .. `target`, each in one transaction,
// and stamps application_id.
Status Migrate(const Db& db, int from, int target);

// WAL journal, synchronous=NORMAL, foreign keys; the writer sets WAL.
Status ConfigureConnection(const Db& db, bool writer);

}  // namespace dyad::store

#endif  // DYAD_STORE_SCHEMA_H_
