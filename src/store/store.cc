// Store: opening, the ingest entry points and statistics. Queries are in
// queries.cc, exports in export.cc, the writer in ingest.cc.
#include "dyad/store.h"

#include <filesystem>

#include "store/ingest.h"
#include "store/rows.h"
#include "store/schema.h"

namespace dyad {
namespace {

using store::Db;

int OpenFlags(const StoreOptions& o) {
  if (o.read_only) return SQLITE_OPEN_READONLY;
  return SQLITE_OPEN_READWRITE | (o.create_if_missing ? SQLITE_OPEN_CREATE : 0);
}

Status CheckPath(const std::string& path, const StoreOptions& o) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument(path + ": is a directory, not a store");
  }
  const bool exists = std::filesystem::exists(path, ec);
  if (!exists && (o.read_only || !o.create_if_missing)) {
    return Status::NotFound(path + ": no such store");
  }
  return Status::OK();
}

// Brings the schema up to date (writers) or insists it is (readers).
Status PrepareSchema(const Db& db, const StoreOptions& o) {
  DYAD_ASSIGN_OR_RETURN(store::FileState state, store::CheckFile(db));
  if (state.version == store::kSchemaVersion) {
    return store::ConfigureConnection(db, !o.read_only);
  }
  if (o.read_only) {
    return Status::InvalidArgument(
        db.path() + ": store schema " + std::to_string(state.version) +
        " needs migrating to " + std::to_string(store::kSchemaVersion) +
        "; open it for writing once (e.g. dyad ingest)");
  }
  DYAD_RETURN_IF_ERROR(store::ConfigureConnection(db, true));
  return store::Migrate(db, state.version, store::kSchemaVersion);
}

}  // namespace

bool ParsePeriod(const std::string& name, Period* period) {
  if (name == "day") {
    *period = Period::kDay;
  } else if (name == "week") {
    *period = Period::kWeek;
  } else if (name == "month") {
    *period = Period::kMonth;
  } else {
    return false;
  }
  return true;
}

std::string ActorPrincipal(const EventActor& a) {
  if (!a.country.empty()) return a.country;
  const std::string& c = a.code;
  if (!a.role.empty() && c.size() > a.role.size() &&
      c.compare(c.size() - a.role.size(), a.role.size(), a.role) == 0) {
    return c.substr(0, c.size() - a.role.size());
  }
  return c;
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                             const StoreOptions& options) {
  DYAD_RETURN_IF_ERROR(CheckPath(path, options));
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->path = path;
  DYAD_ASSIGN_OR_RETURN(
      impl->db, Db::Open(path, OpenFlags(options), options.busy_timeout_ms));
  DYAD_RETURN_IF_ERROR(PrepareSchema(*impl->db, options));
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

StatusOr<bool> Store::Contains(const Document& doc) const {
  DYAD_ASSIGN_OR_RETURN(
      store::Stmt s,
      impl_->db->Prepare("SELECT 1 FROM documents WHERE id = ?1 OR "
                         "content_hash = ?2 LIMIT 1"));
  s.Bind(1, doc.id).Bind(2, store::ContentHash(doc));
  const bool found = s.Step();
  DYAD_RETURN_IF_ERROR(s.status());
  return found;
}

StatusOr<AddResult> Store::Add(const Processed& p) {
  if (impl_->options.read_only) {
    return Status::InvalidArgument(impl_->path + ": store opened read-only");
  }
  if (!impl_->ingester) {
    impl_->ingester =
        std::make_unique<store::Ingester>(impl_->db.get(), impl_->options);
  }
  return impl_->ingester->Add(p);
}

Status Store::Flush() {
  return impl_->ingester ? impl_->ingester->Flush() : Status::OK();
}

StatusOr<StoreStats> Store::Stats() const {
  const Db& db = *impl_->db;
  StoreStats s;
  DYAD_ASSIGN_OR_RETURN(s.documents,
                        db.QueryInt("SELECT count(*) FROM documents"));
  DYAD_ASSIGN_OR_RETURN(s.near_duplicates,
                        db.QueryInt("SELECT count(*) FROM documents WHERE "
                                    "duplicate_of IS NOT NULL"));
  DYAD_ASSIGN_OR_RETURN(s.mentions,
                        db.QueryInt("SELECT count(*) FROM mentions"));
  DYAD_ASSIGN_OR_RETURN(s.events, db.QueryInt("SELECT count(*) FROM events"));
  DYAD_ASSIGN_OR_RETURN(s.actors, db.QueryInt("SELECT count(*) FROM actors"));
  DYAD_ASSIGN_OR_RETURN(int64_t v, db.QueryInt("PRAGMA user_version"));
  s.schema_version = static_cast<int>(v);
  return s;
}

}  // namespace dyad
