// Deduplication with hand-made article families: near-duplicate copies of a
// wire story add mentions, not events; separate reports of one event
// cluster; different events stay apart.
#include <gtest/gtest.h>

#include "dyad/store.h"
#include "store/ingest.h"
#include "store/simhash.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

using testing::MakeDoc;
using testing::MakeEvent;
using testing::OpenStore;
using testing::TempDir;

// Family 1: a wire story and its republications.
const char* const kWire =
    "BEIJING, Feb 3 - Chinese Foreign Minister Wang Yi met his Russian "
    "counterpart Sergei Lavrov in Beijing on Thursday, a day before the "
    "opening of the Winter Olympics, and the two men pledged closer "
    "coordination on security in Europe and Asia. The ministers discussed "
    "energy supplies, trade settled in national currencies and the "
    "situation around Ukraine, according to a statement published by the "
    "Chinese ministry after the talks. Lavrov said relations between Moscow "
    "and Beijing were at their best level in history, and Wang said both "
    "countries opposed the expansion of military blocs.";
// Small edits: a new dateline, two changed words, a dropped clause, an
// added closing sentence.
const char* const kWireEdited =
    "MOSCOW, Feb 3 - Chinese Foreign Minister Wang Yi met his Russian "
    "counterpart Sergei Lavrov in Beijing on Thursday, a day before the "
    "opening of the Winter Games, and the two men promised closer "
    "coordination on security in Europe and Asia. The ministers discussed "
    "energy supplies, trade settled in national currencies and the "
    "situation around Ukraine, according to a statement published by the "
    "Chinese ministry. Lavrov said relations between Moscow and Beijing "
    "were at their best level in history, and Wang said both countries "
    "opposed the expansion of military blocs. The meeting lasted two hours.";
// Same topic, same actors, written independently.
const char* const kOtherReport =
    "Russia's top diplomat held talks with China's foreign minister in the "
    "Chinese capital this week. Sergei Lavrov and Wang Yi agreed that "
    "Western alliances should not grow further east, officials in Moscow "
    "told reporters, and they spoke about gas deliveries and payments in "
    "roubles and yuan. Observers in Brussels described the meeting as a "
    "sign that the partnership is deepening while tensions over Ukraine "
    "continue to rise.";
const char* const kUnrelated =
    "Heavy rain flooded several districts of the city on Monday, cutting "
    "power to thousands of homes and closing schools for the rest of the "
    "week. Emergency services said they had rescued dozens of residents "
    "from cars stranded on submerged roads, and the mayor asked people to "
    "stay indoors until the water receded. Forecasters expect more storms "
    "later in the month as the rainy season reaches its peak across the "
    "region.";

Event Meet(const std::string& date) {
  return MakeEvent("CHNGOV", "RUSGOV", "040", date,
                   "Wang Yi met Sergei Lavrov.");
}

TEST(NearDuplicate, SimilarityOfTheFamily) {
  auto shingles = [](const char* t) { return Shingles(Words(t), 3); };
  const auto wire = shingles(kWire), edited = shingles(kWireEdited),
             other = shingles(kOtherReport), rain = shingles(kUnrelated);
  EXPECT_GE(Jaccard(wire, edited), 0.6);
  EXPECT_LT(Jaccard(wire, other), 0.1);
  EXPECT_LT(Jaccard(wire, rain), 0.05);
  EXPECT_LE(HammingDistance(SimHash(wire), SimHash(edited)), 12);
  EXPECT_GT(HammingDistance(SimHash(wire), SimHash(rain)), 12);
}

TEST(NearDuplicate, RepublishedStoryAddsMentionsNotEvents) {
  TempDir dir;
  auto store = OpenStore(dir.path("a.db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)
                  ->Add(MakeDoc("reuters-1", kWire, "Reuters", "2022-02-03",
                                {Meet("2022-02-03")}))
                  .ok());
  // The copy's coder dated the meeting differently and saw 042 (a visit):
  // still the same event of the copied story.
  auto r =
      (*store)->Add(MakeDoc("tass-1", kWireEdited, "TASS", "2022-02-05",
                            {MakeEvent("CHNGOV", "RUSGOV", "042", "2022-02-07",
                                       "Wang met Lavrov.")}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->duplicate_of, "reuters-1");
  EXPECT_EQ(r->new_events, 0);
  EXPECT_EQ(r->clustered_mentions, 1);
  auto page = (*store)->Events(EventFilter{});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->events.size(), 1u);
  const StoredEvent& e = page->events[0];
  EXPECT_EQ(e.num_mentions, 2);
  EXPECT_EQ(e.num_articles, 2);
  EXPECT_EQ(e.num_sources, 2);
  EXPECT_EQ(e.event.doc_id, "reuters-1");  // first seen
  EXPECT_EQ(e.event.code, "040");
  auto doc = (*store)->GetDocument("tass-1");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->duplicate_of, "reuters-1");
  ASSERT_EQ(doc->mentions.size(), 1u);
  EXPECT_EQ(doc->mentions[0].event_key, e.key);
}

TEST(NearDuplicate, UnrelatedArticleIsNotADuplicate) {
  TempDir dir;
  auto store = OpenStore(dir.path("a.db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)
                  ->Add(MakeDoc("a", kWire, "Reuters", "2022-02-03",
                                {Meet("2022-02-03")}))
                  .ok());
  auto r = (*store)->Add(MakeDoc("b", kUnrelated, "Local", "2022-02-03", {}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->duplicate_of, "");
  auto other = (*store)->Add(
      MakeDoc("c", kOtherReport, "AFP", "2022-02-04", {Meet("2022-02-03")}));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->duplicate_of, "");
  EXPECT_EQ((*store)->Stats()->near_duplicates, 0);
}

TEST(Clustering, IndependentReportsOfOneEventCluster) {
  TempDir dir;
  auto store = OpenStore(dir.path("a.db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)
                  ->Add(MakeDoc("a", kWire, "Reuters", "2022-02-03",
                                {Meet("2022-02-03")}))
                  .ok());
  // An independent article, a day later, with the specific code 042 and the
  // same publisher as the first: one more article, not one more source.
  auto r = (*store)->Add(
      MakeDoc("c", kOtherReport, "Reuters", "2022-02-04",
              {MakeEvent("CHNMIL", "RUSGOV", "042", "2022-02-04")}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->new_events, 0);
  auto page = (*store)->Events(EventFilter{});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].num_articles, 2);
  EXPECT_EQ(page->events[0].num_sources, 1);
  EXPECT_EQ(page->events[0].num_mentions, 2);
}

TEST(Clustering, DifferentEventsStayApart) {
  TempDir dir;
  auto store = OpenStore(dir.path("a.db"));
  ASSERT_TRUE(store.ok());
  // The first article also has a statement without target.
  const Event said = MakeEvent("CHNGOV", "", "010", "2022-02-03");
  ASSERT_TRUE((*store)
                  ->Add(MakeDoc("a", kWire, "Reuters", "2022-02-03",
                                {Meet("2022-02-03"), said}))
                  .ok());
  Event negated = Meet("2022-02-03");
  negated.negated = true;
  Event intended = Meet("2022-02-03");
  intended.modality = Modality::kIntended;
  Event no_date = Meet("");
  const std::vector<Event> apart = {
      Meet("2022-02-10"),                                  // outside window
      MakeEvent("RUSGOV", "CHNGOV", "040", "2022-02-03"),  // reversed
      MakeEvent("CHNGOV", "USAGOV", "040", "2022-02-03"),  // other target
      MakeEvent("CHNGOV", "RUSGOV", "190", "2022-02-03"),  // other root
      negated,
      intended,
      no_date,
      said};  // no target: never matched across articles
  auto r =
      (*store)->Add(MakeDoc("c", kOtherReport, "AFP", "2022-02-04", apart));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->new_events, static_cast<int>(apart.size()));
  EXPECT_EQ((*store)->Stats()->events, 2 + static_cast<int64_t>(apart.size()));
}

TEST(Clustering, CompatibleCodes) {
  EXPECT_TRUE(CompatibleCodes("040", "042"));
  EXPECT_TRUE(CompatibleCodes("042", "040"));
  EXPECT_TRUE(CompatibleCodes("0311", "0311"));
  EXPECT_FALSE(CompatibleCodes("042", "043"));
  EXPECT_FALSE(CompatibleCodes("040", "050"));
}

TEST(Principal, CountryElseCodeWithoutRole) {
  EXPECT_EQ(ActorPrincipal(testing::MakeActor("RUSGOV")), "RUS");
  EventActor nato{.code = "IGOWSTNATMIL", .country = "", .role = "MIL"};
  EXPECT_EQ(ActorPrincipal(nato), "IGOWSTNAT");
}

}  // namespace
}  // namespace dyad::store
