// Queries (timeline, event pages, actors, edges, documents) and export rows
// on a small hand-made store.
#include <gtest/gtest.h>

#include "dyad/store.h"
#include "store/rows.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

using testing::MakeDoc;
using testing::MakeEvent;
using testing::OpenStore;
using testing::TempDir;

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = OpenStore(dir_.path("q.db"));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    // Short texts: never near-duplicates; distinct dates: never clustered.
    Add("d1", "2022-01-10",
        {MakeEvent("CHNGOV", "RUSGOV", "040", "2022-01-10",
                   "China met Russia in Geneva.")});
    Add("d2", "2022-01-20",
        {MakeEvent("RUSGOV", "CHNGOV", "042", "2022-01-20"),
         MakeEvent("RUSMIL", "UKRMIL", "190", "2022-01-21",
                   "Russian troops shelled positions.")});
    Add("d3", "2022-02-03",
        {MakeEvent("CHNGOV", "RUSGOV", "111", "2022-02-03"),
         MakeEvent("USAGOV", "RUSGOV", "130", "2022-02-07")});
  }
  void Add(const std::string& id, const std::string& date,
           std::vector<Event> events) {
    auto r = store_->Add(MakeDoc(id, "Text of " + id + ".", "pub-" + id, date,
                                 std::move(events)));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(QueryTest, TimelineByMonthBothDirections) {
  auto t = store_->Timeline({.a = "CHN", .b = "RUS", .by = Period::kMonth});
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->size(), 3u);  // Jan CHN→RUS, Jan RUS→CHN, Feb CHN→RUS
  EXPECT_EQ((*t)[0].period, "2022-01");
  EXPECT_EQ((*t)[2].period, "2022-02");
  EXPECT_EQ((*t)[2].source, "CHN");
  EXPECT_EQ((*t)[2].quad[2], 1);  // 111 is verbal conflict
  EXPECT_LT((*t)[2].goldstein_sum, 0);
  int events = 0;
  for (const auto& b : *t) events += b.events;
  EXPECT_EQ(events, 3);
}

TEST_F(QueryTest, TimelineByWeekStartsOnMonday) {
  auto t = store_->Timeline(
      {.a = "RUS", .b = "CHN", .from = "2022-01-15", .by = Period::kWeek});
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->size(), 2u);
  EXPECT_EQ((*t)[0].period, "2022-01-17");  // 2022-01-20 is a Thursday
  EXPECT_EQ((*t)[1].period, "2022-01-31");
}

TEST_F(QueryTest, EventFilters) {
  auto count = [&](EventFilter f) {
    auto page = store_->Events(f);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? static_cast<int>(page->events.size()) : -1;
  };
  EXPECT_EQ(count({}), 5);
  EXPECT_EQ(count({.actor = "RUS"}), 5);
  EXPECT_EQ(count({.actor = "RUSMIL"}), 1);
  EXPECT_EQ(count({.actor = "UKR"}), 1);
  EXPECT_EQ(count({.source = "RUS"}), 2);
  EXPECT_EQ(count({.code = "04"}), 2);
  EXPECT_EQ(count({.root = "1x"}), 3);
  EXPECT_EQ(count({.root = "19"}), 1);
  EXPECT_EQ(count({.quad_class = 1}), 2);
  EXPECT_EQ(count({.from = "2022-02-01"}), 2);
  EXPECT_EQ(count({.from = "2022-01-15", .to = "2022-01-31"}), 2);
  EXPECT_EQ(count({.text = "shelled"}), 1);
}

TEST_F(QueryTest, EventPagesAreNewestFirst) {
  auto p1 = store_->Events({.limit = 2});
  ASSERT_TRUE(p1.ok());
  ASSERT_EQ(p1->events.size(), 2u);
  EXPECT_TRUE(p1->more);
  EXPECT_EQ(p1->events[0].event.date, "2022-02-07");
  auto p3 = store_->Events({.offset = 4, .limit = 2});
  ASSERT_TRUE(p3.ok());
  ASSERT_EQ(p3->events.size(), 1u);
  EXPECT_FALSE(p3->more);
  EXPECT_EQ(p3->events[0].event.date, "2022-01-10");
  EXPECT_EQ(p3->events[0].event.mentions[0].sentence_text,
            "China met Russia in Geneva.");
}

TEST_F(QueryTest, BadDateIsInvalidArgument) {
  auto page = store_->Events({.from = "last week"});
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), Status::Code::kInvalidArgument);
}

TEST_F(QueryTest, TopActorsAndEdges) {
  auto top = store_->TopActors(1, "", "", false);
  ASSERT_TRUE(top.ok());
  ASSERT_EQ(top->size(), 1u);
  EXPECT_EQ((*top)[0].code, "RUSGOV");
  EXPECT_EQ((*top)[0].events, 4);
  EXPECT_EQ((*top)[0].type, "country");
  auto principals = store_->TopActors(10, "2022-01-01", "2022-01-31", true);
  ASSERT_TRUE(principals.ok());
  ASSERT_FALSE(principals->empty());
  EXPECT_EQ((*principals)[0].code, "RUS");
  EXPECT_EQ((*principals)[0].events, 3);
  auto edges = store_->Edges("", "", 0);
  ASSERT_TRUE(edges.ok());
  ASSERT_EQ(edges->size(), 4u);
  EXPECT_EQ((*edges)[0].source, "CHN");
  EXPECT_EQ((*edges)[0].target, "RUS");
  EXPECT_EQ((*edges)[0].events, 2);
}

TEST_F(QueryTest, DocumentWithMentions) {
  auto doc = store_->GetDocument("d2");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Text of d2.");
  EXPECT_EQ(doc->source, "pub-d2");
  ASSERT_EQ(doc->mentions.size(), 2u);
  EXPECT_EQ(doc->mentions[0].mention.trigger_begin, 5u);
  EXPECT_FALSE(store_->GetDocument("nope").ok());
}

TEST_F(QueryTest, ExportRows) {
  auto page = store_->Events({.root = "19"});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->events.size(), 1u);
  StoredEvent e = page->events[0];
  e.num_mentions = 7, e.num_sources = 5, e.num_articles = 6;
  const std::string row = StoredEventToGdeltRow(e);
  std::vector<std::string> cols;
  size_t start = 0;
  for (size_t tab = row.find('\t'); tab != std::string::npos;
       start = tab + 1, tab = row.find('\t', start)) {
    cols.push_back(row.substr(start, tab - start));
  }
  cols.push_back(row.substr(start, row.size() - start - 1));
  ASSERT_EQ(cols.size(), 61u);
  EXPECT_EQ(cols[0], std::to_string(e.key));
  EXPECT_EQ(cols[26], "190");
  EXPECT_EQ(cols[31], "7");
  EXPECT_EQ(cols[32], "5");
  EXPECT_EQ(cols[33], "6");
  EXPECT_EQ(cols[60], "https://pub-d2.example/d2");
  const nlohmann::json p = StoredEventToPlover(e, "military");
  EXPECT_EQ(p["event"], "FIGHT");
  EXPECT_EQ(p["context"], "military");
  EXPECT_EQ(p["source"][0]["code"], "RUS");
  EXPECT_EQ(p["source"][0]["sector"], "MIL");
  EXPECT_EQ(p["target"][0]["code"], "UKR");
  EXPECT_EQ(p["version"], "0.8");
  const nlohmann::json j = StoredEventToJson(e);
  EXPECT_EQ(j["num_articles"], 6);
  EXPECT_EQ(j["code"], "190");
  const auto fields = [](const std::string& line) {
    return std::count(line.begin(), line.end(), ',');
  };
  EXPECT_EQ(fields(EventCsvHeader()), fields(StoredEventToCsvRow(e)));
}

TEST(Days, RoundTripAndWeeks) {
  int64_t d = 0;
  ASSERT_TRUE(DayFromDate("2022-02-03", &d));
  EXPECT_EQ(d, 19026);
  EXPECT_EQ(DateFromDay(d), "2022-02-03");
  EXPECT_EQ(DateFromDay(WeekStart(d)), "2022-01-31");
  EXPECT_FALSE(DayFromDate("2022-2-3", &d));
}

}  // namespace
}  // namespace dyad::store
