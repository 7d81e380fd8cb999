// Reliability: a child process ingesting is killed with SIGKILL; the store
// stays consistent, readers work during the ingest, and running the same
// ingest again ends in the same store as an uninterrupted run.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "dyad/store.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

using testing::DumpStore;
using testing::MakeDoc;
using testing::MakeEvent;
using testing::TempDir;

constexpr int kDocs = 3000;
constexpr int kEventsPerDoc = 3;

// A deterministic corpus: random dyads and dates (so that events cluster),
// and every seventh article a lightly edited copy of an earlier one (so that
// near-duplicates occur).
class Corpus {
 public:
  Corpus() {
    for (int i = 0; i < kDocs; ++i) docs_.push_back(Make(i));
  }
  const std::vector<Processed>& docs() const { return docs_; }

 private:
  uint64_t Next() {
    state_ = state_ * 6364136223846793005u + 1442695040888963407u;
    return state_ >> 33;
  }
  std::string Text(int i) {
    if (i % 7 == 6) {
      std::string copy = docs_[Next() % docs_.size()].article.text;
      return "Updated: " + copy + " More to follow.";
    }
    static const char* kWords[] = {"talks",   "minister",  "border", "troops",
                                   "trade",   "sanctions", "summit", "aid",
                                   "protest", "capital",   "envoy",  "deal"};
    std::string t;
    for (int w = 0; w < 60; ++w) t += std::string(kWords[Next() % 12]) + " ";
    return t + std::to_string(i);
  }
  Processed Make(int i) {
    static const char* kActors[] = {"CHNGOV", "RUSGOV", "USAGOV",
                                    "UKRMIL", "FRAGOV", "IGOUNO"};
    static const char* kCodes[] = {"040", "042", "111", "190", "057", "130"};
    std::vector<Event> events;
    for (int k = 0; k < kEventsPerDoc; ++k) {
      const int s = Next() % 6, t = (s + 1 + Next() % 5) % 6;
      const std::string date = "2022-03-" + std::to_string(10 + Next() % 9);
      events.push_back(MakeEvent(kActors[s], kActors[t], kCodes[Next() % 6],
                                 date, "Sentence " + std::to_string(k)));
    }
    const std::string text = Text(i);
    return MakeDoc("doc" + std::to_string(i), text,
                   "pub" + std::to_string(Next() % 5), "2022-03-20",
                   std::move(events));
  }
  uint64_t state_ = 42;
  std::vector<Processed> docs_;
};

Status IngestAll(const std::string& path, const Corpus& corpus) {
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<Store> store,
                        Store::Open(path, StoreOptions()));
  for (const Processed& p : corpus.docs()) {
    DYAD_RETURN_IF_ERROR(store->Add(p).status());
  }
  return Status::OK();
}

// The number of stored documents, read while the child may be writing.
// Failures count only after a first success (before it, the child may not
// have created the schema yet).
int64_t CountDocuments(const std::string& path, int* failed_reads,
                       bool* ever_read) {
  auto store = Store::Open(path, StoreOptions{.read_only = true});
  auto stats =
      store.ok() ? (*store)->Stats() : StatusOr<StoreStats>(store.status());
  if (!stats.ok()) {
    if (*ever_read) ++*failed_reads;
    return -1;
  }
  *ever_read = true;
  return stats->documents;
}

// Every stored document has all its mentions: no half-written document.
void ExpectComplete(const std::string& path) {
  auto store = Store::Open(path, StoreOptions{.read_only = true});
  ASSERT_TRUE(store.ok());
  auto r = (*store)->Sql(
      "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM mentions "
      "m WHERE m.doc_key = d.doc_key) != 3");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rows[0][0], 0);
  auto check = (*store)->Sql("PRAGMA integrity_check");
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(check->rows[0][0], "ok");
}

TEST(KillTest, KilledIngestResumesToTheSameStore) {
  const Corpus corpus;
  TempDir dir;
  const std::string reference = dir.path("reference.db");
  const std::string killed = dir.path("killed.db");
  ASSERT_TRUE(IngestAll(reference, corpus).ok());

  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) _exit(IngestAll(killed, corpus).ok() ? 0 : 1);
  int failed_reads = 0, polls = 0;
  bool ever_read = false;
  int64_t seen = 0;
  while (seen < 200 && polls < 20000) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    if (std::filesystem::exists(killed))
      seen = CountDocuments(killed, &failed_reads, &ever_read);
    ++polls;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child finished before the kill";
  EXPECT_EQ(failed_reads, 0) << "readers failed while the ingest wrote";

  const int64_t at_kill = CountDocuments(killed, &failed_reads, &ever_read);
  EXPECT_GE(at_kill, 200);
  EXPECT_LT(at_kill, kDocs);
  ExpectComplete(killed);
  ASSERT_TRUE(IngestAll(killed, corpus).ok());
  ExpectComplete(killed);
  const std::string want = DumpStore(reference);
  EXPECT_GT(want.size(), 100000u);
  EXPECT_EQ(DumpStore(killed), want);
}

}  // namespace
}  // namespace dyad::store
