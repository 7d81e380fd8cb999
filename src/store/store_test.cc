// Opening, refusing foreign files, idempotent ingest, migrations, free SQL.
#include "dyad/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "store/schema.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

using testing::DumpStore;
using testing::MakeDoc;
using testing::MakeEvent;
using testing::OpenStore;
using testing::TempDir;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteAll(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary) << data;
}

Processed OneDoc(const std::string& id, const std::string& text) {
  return MakeDoc(id, text, "wire", "2022-02-03",
                 {MakeEvent("CHNGOV", "RUSGOV", "040", "2022-02-03")});
}

TEST(StoreOpen, CreatesSchemaAndReopens) {
  TempDir dir;
  const std::string path = dir.path("a.db");
  {
    auto store = OpenStore(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_TRUE((*store)->Add(OneDoc("d1", "Some text.")).ok());
  }
  auto again = OpenStore(path, StoreOptions{.read_only = true});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  auto stats = (*again)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->schema_version, kSchemaVersion);
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->events, 1);
  EXPECT_EQ(stats->mentions, 1);
  EXPECT_EQ(stats->actors, 2);
}

TEST(StoreOpen, RefusesTextFileAndLeavesItAlone) {
  TempDir dir;
  const std::string path = dir.path("notes.txt");
  const std::string content(5000, 'x');
  WriteAll(path, "These are my notes, not a database.\n" + content);
  auto store = OpenStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kCorruption);
  EXPECT_NE(store.status().message().find("not a dyad store"),
            std::string::npos)
      << store.status().message();
  EXPECT_EQ(ReadAll(path), "These are my notes, not a database.\n" + content);
}

TEST(StoreOpen, RefusesDamagedStore) {
  TempDir dir;
  const std::string path = dir.path("a.db");
  { ASSERT_TRUE(OpenStore(path).ok()); }
  std::string bytes = ReadAll(path);
  ASSERT_GT(bytes.size(), 100u);
  for (size_t i = 0; i < 16; ++i) bytes[i] = '#';  // wipe the SQLite magic
  WriteAll(path, bytes);
  auto store = OpenStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(ReadAll(path), bytes);
}

TEST(StoreOpen, RefusesAnotherApplicationsDatabase) {
  TempDir dir;
  const std::string path = dir.path("other.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(42)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  const std::string before = ReadAll(path);
  auto store = OpenStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(store.status().message().find("another application"),
            std::string::npos);
  EXPECT_EQ(ReadAll(path), before);
}

TEST(StoreOpen, RefusesNewerSchema) {
  TempDir dir;
  const std::string path = dir.path("a.db");
  { ASSERT_TRUE(OpenStore(path).ok()); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  auto store = OpenStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer"), std::string::npos);
}

TEST(StoreOpen, ReadOnlyMissingFileIsNotFoundAndNotCreated) {
  TempDir dir;
  const std::string path = dir.path("missing.db");
  auto store = OpenStore(path, StoreOptions{.read_only = true});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(StoreIngest, SameIdTwiceChangesNothing) {
  TempDir dir;
  const std::string path = dir.path("a.db");
  auto store = OpenStore(path);
  ASSERT_TRUE(store.ok());
  auto first = (*store)->Add(OneDoc("d1", "First text."));
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first->skipped);
  const std::string before = DumpStore(path);
  auto second = (*store)->Add(OneDoc("d1", "Changed text, same id."));
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second->skipped);
  EXPECT_EQ(DumpStore(path), before);
  auto contains = (*store)->Contains(OneDoc("d1", "x").doc);
  ASSERT_TRUE(contains.ok());
  EXPECT_TRUE(*contains);
}

TEST(StoreIngest, SameContentUnderAnotherIdChangesNothing) {
  TempDir dir;
  const std::string path = dir.path("a.db");
  auto store = OpenStore(path);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Add(OneDoc("d1", "The very same bytes.")).ok());
  const std::string before = DumpStore(path);
  auto r = (*store)->Add(OneDoc("copy-of-d1", "The very same bytes."));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->skipped);
  EXPECT_EQ(DumpStore(path), before);
  auto other = (*store)->Contains(OneDoc("d2", "Different bytes.").doc);
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(*other);
}

TEST(StoreMigrations, Version1IsMigratedWithItsRows) {
  TempDir dir;
  const std::string path = dir.path("v1.db");
  {
    auto db = Db::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 1000);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrate(**db, 0, 1).ok());
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO documents(id, content_hash, "
                           "ingested_at) VALUES('old', 'h', 'now');"
                           "INSERT INTO events(first_doc_key, code, root) "
                           "VALUES(1, '040', '04');"
                           "INSERT INTO mentions(event_key, doc_key, "
                           "sentence_text, code, root) VALUES(1, 1, "
                           "'Envoys met in Geneva.', '040', '04');")
                    .ok());
  }
  auto store = OpenStore(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Stats()->schema_version, kSchemaVersion);
  auto page = (*store)->Events(EventFilter{.text = "geneva"});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].event.code, "040");
}

TEST(StoreIngest, ABatchIsCommittedWhenFullOrFlushed) {
  TempDir dir;
  const std::string path = dir.path("batch.db");
  StoreOptions o;
  o.batch_documents = 3;
  auto writer = OpenStore(path, o);
  ASSERT_TRUE(writer.ok());
  auto committed = [&] {
    auto reader = OpenStore(path, StoreOptions{.read_only = true});
    return reader.ok() ? (*reader)->Stats()->documents : int64_t{-1};
  };
  ASSERT_TRUE((*writer)->Add(OneDoc("d1", "One.")).ok());
  ASSERT_TRUE((*writer)->Add(OneDoc("d2", "Two.")).ok());
  EXPECT_EQ(committed(), 0);                    // the batch is open
  EXPECT_EQ((*writer)->Stats()->documents, 2);  // the writer sees it
  ASSERT_TRUE((*writer)->Add(OneDoc("d3", "Three.")).ok());
  EXPECT_EQ(committed(), 3);  // full: committed
  ASSERT_TRUE((*writer)->Add(OneDoc("d4", "Four.")).ok());
  ASSERT_TRUE((*writer)->Flush().ok());
  EXPECT_EQ(committed(), 4);
}

TEST(StoreSql, ReadsButCannotWrite) {
  TempDir dir;
  const std::string path = dir.path("a.db");
  auto store = OpenStore(path);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Add(OneDoc("d1", "Text.")).ok());
  auto r =
      (*store)->Sql("SELECT code, count(*) AS n FROM events GROUP BY code");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->columns, (std::vector<std::string>{"code", "n"}));
  ASSERT_EQ(r->rows.size(), 1u);
  EXPECT_EQ(r->rows[0][0], "040");
  EXPECT_EQ(r->rows[0][1], 1);
  EXPECT_FALSE((*store)->Sql("DELETE FROM events").ok());
  EXPECT_FALSE((*store)->Sql("SELECT 1; DELETE FROM events").ok());
  EXPECT_EQ((*store)->Stats()->events, 1);
}

// Regression: cached statements left mid-result kept a read snapshot open
// after each commit, so the write-ahead log was never recycled and grew
// with every document (1.1 GB after 12,000 documents).
TEST(StoreIngest, WriteAheadLogStaysBounded) {
  TempDir dir;
  const std::string path = dir.path("wal_bounded.db");
  auto store = OpenStore(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  const std::string filler(2000, 'x');
  for (int i = 0; i < 3000; ++i) {
    const std::string id = "doc" + std::to_string(i);
    auto added =
        (*store)->Add(MakeDoc(id, id + " " + filler, "wire", "2024-01-01",
                              {MakeEvent("RUS", "UKR", "190", "2024-01-01")}));
    ASSERT_TRUE(added.ok()) << added.status().ToString();
  }
  std::ifstream wal(path + "-wal", std::ios::binary | std::ios::ate);
  ASSERT_TRUE(wal.good());
  // SQLite checkpoints every 1,000 pages (4 MB); 3,000 documents of 2 KB
  // without checkpoints would leave a log of well over 12 MB.
  EXPECT_LT(static_cast<long long>(wal.tellg()), 8ll << 20);
}

}  // namespace
}  // namespace dyad::store
