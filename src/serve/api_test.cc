// The HTTP API against a server on 127.0.0.1 (any free port) over a
// temporary store filled with hand-made coded documents.
#include <gtest/gtest.h>
#include <httplib.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "dyad/server.h"
#include "dyad/store.h"
#include "serve/db.h"
#include "util/file.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One coded event: words are found inside `sentence` of the document.
struct Spec {
  std::string sentence, src_code, src_text, trigger, code;
  std::string tgt_code, tgt_text;
  int quad;
  double goldstein;
};

EventActor Actor(const std::string& code, const std::string& text,
                 size_t begin) {
  EventActor a;
  a.code = code;
  a.text = text;
  a.country = code.substr(0, 3);
  a.role = code.size() > 3 ? code.substr(3) : "";
  a.begin = static_cast<uint32_t>(begin);
  a.end = static_cast<uint32_t>(begin + text.size());
  return a;
}

Event MakeEvent(const std::string& id, const std::string& date,
                const std::string& text, const Spec& s, int n) {
  const size_t sb = text.find(s.sentence);
  Event e;
  e.doc_id = id;
  e.event_id = id + "-" + std::to_string(n);
  e.source = Actor(s.src_code, s.src_text, text.find(s.src_text, sb));
  e.target = Actor(s.tgt_code, s.tgt_text, text.find(s.tgt_text, sb));
  e.code = s.code;
  e.root = s.code.substr(0, 2);
  e.quad_class = s.quad;
  e.goldstein = s.goldstein;
  e.trigger = s.trigger;
  e.date = date;
  e.date_precision = "day";
  e.confidence = 0.7;
  EventMention m;
  m.sentence_text = s.sentence;
  m.trigger_begin = static_cast<uint32_t>(text.find(s.trigger, sb));
  m.trigger_end = m.trigger_begin + static_cast<uint32_t>(s.trigger.size());
  m.source_begin = e.source.begin;
  m.source_end = e.source.end;
  m.target_begin = e.target->begin;
  m.target_end = e.target->end;
  e.mentions.push_back(m);
  return e;
}

Processed MakeDoc(const std::string& id, const std::string& date,
                  const std::vector<std::string>& sentences,
                  const std::vector<Spec>& specs) {
  Processed p;
  p.doc.id = id;
  p.doc.date = date;
  p.doc.title = "Title of " + id;
  p.doc.url = "https://example.org/" + id;
  for (const std::string& s : sentences) {
    p.doc.raw += (p.doc.raw.empty() ? "" : " ") + s;
  }
  p.article.text = p.doc.raw;
  p.date = date;
  for (const Spec& s : specs) {
    p.events.push_back(MakeEvent(id, date, p.article.text, s,
                                 static_cast<int>(p.events.size()) + 1));
  }
  return p;
}

std::vector<Processed> Corpus() {
  const std::string a1 = "China and Russia coordinated their positions.";
  const std::string a2 = "Sergey Lavrov met Wang Yi in Beijing.";
  const std::string b1 = "Russia shelled Kharkiv overnight, Ukraine says.";
  const std::string b2 = "The United States threatened Russia with sanctions.";
  const std::string c1 = "Russia accused China of hesitation.";
  return {
      MakeDoc(
          "d1", "2022-02-03", {a1, a2},
          {{a1, "CHN", "China", "coordinated", "042", "RUS", "Russia", 1, 1.9},
           {a2, "RUSGOV", "Sergey Lavrov", "met", "040", "CHNGOV", "Wang Yi", 1,
            1.0}}),
      MakeDoc(
          "d2", "2022-02-10", {b1, b2},
          {{b1, "RUS", "Russia", "shelled", "190", "UKR", "Kharkiv", 4, -10.0},
           {b2, "USA", "The United States", "threatened", "130", "RUS",
            "Russia", 3, -4.4}}),
      MakeDoc(
          "d/3 é", "2022-03-01", {c1},
          {{c1, "RUS", "Russia", "accused", "112", "CHN", "China", 3, -2.0}}),
  };
}

std::string Slice(const std::string& s, const json& span) {
  const size_t b = span["begin"], e = span["end"];
  return s.substr(b, e - b);
}

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() /
                        ("dyad_api_test_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_ / "dist/assets");
    std::ofstream(*dir_ / "dist/index.html") << "<!doctype html><p>dash</p>";
    std::ofstream(*dir_ / "dist/assets/app.js") << "console.log(1)";
    std::ofstream(*dir_ / "secret.txt") << "secret";
    {
      auto store = Store::Open(db(), StoreOptions());
      ASSERT_TRUE(store.ok()) << store.status().ToString();
      for (const Processed& p : Corpus()) {
        auto added = (*store)->Add(p);
        ASSERT_TRUE(added.ok()) << added.status().ToString();
      }
    }
    ASSERT_TRUE(ReadFileToString(db(), &db_bytes()).ok());
    ServerOptions o;
    o.port = 0;
    o.db_path = db();
    o.asset_dir = (*dir_ / "dist").string();
    o.max_page_size = 100;
    auto server = Server::Create(o);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = server->release();
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = new std::thread([] { (void)server_->Run(); });
  }
  static void TearDownTestSuite() {
    if (server_ != nullptr) server_->Stop();
    if (thread_ != nullptr) thread_->join();
    delete thread_;
    delete server_;
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::string db() { return (*dir_ / "test.db").string(); }
  static std::string& db_bytes() {
    static std::string bytes;
    return bytes;
  }

  httplib::Result Get(const std::string& path) {
    httplib::Client client("127.0.0.1", server_->port());
    return client.Get(path);
  }
  // GETs `path`, expects `status` and a JSON body.
  json GetJson(const std::string& path, int status = 200) {
    auto res = Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return json();
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"),
              "application/json; charset=utf-8");
    return json::parse(res->body, nullptr, false);
  }

  static fs::path* dir_;
  static Server* server_;
  static std::thread* thread_;
};

fs::path* ApiTest::dir_ = nullptr;
Server* ApiTest::server_ = nullptr;
std::thread* ApiTest::thread_ = nullptr;

TEST_F(ApiTest, StatsCountTheStore) {
  json s = GetJson("/api/stats");
  EXPECT_EQ(s["documents"], 3);
  EXPECT_EQ(s["events"], 5);
  EXPECT_EQ(s["mentions"], 5);
  EXPECT_EQ(s["first_date"], "2022-02-03");
  EXPECT_EQ(s["last_date"], "2022-03-01");
}

TEST_F(ApiTest, EventsOfADyadInBothDirectionsWithSpans) {
  json page = GetJson("/api/events?dyad=CHN,RUS");
  ASSERT_EQ(page["events"].size(), 3u);
  EXPECT_EQ(page["more"], false);
  EXPECT_EQ(page["events"][0]["date"], "2022-03-01");  // newest first
  for (const json& e : page["events"]) {
    const std::string sentence = e["sentence"]["text"];
    ASSERT_EQ(e["sentence"]["spans"].size(), 3u) << sentence;
    for (const json& span : e["sentence"]["spans"]) {
      const std::string role = span["role"];
      const std::string want = role == "trigger"
                                   ? e["trigger"].get<std::string>()
                                   : e[role]["text"].get<std::string>();
      EXPECT_EQ(Slice(sentence, span), want) << role << " in " << sentence;
    }
    const std::set<std::string> pair = {e["source"]["principal"],
                                        e["target"]["principal"]};
    EXPECT_EQ(pair, (std::set<std::string>{"CHN", "RUS"}));
  }
}

TEST_F(ApiTest, EventFilters) {
  auto count = [&](const std::string& q) {
    return GetJson("/api/events?" + q)["events"].size();
  };
  EXPECT_EQ(count("actor=USA"), 1u);
  EXPECT_EQ(count("actor=rusgov"), 1u);
  EXPECT_EQ(count("actor=RUS"), 5u);
  EXPECT_EQ(count("source=RUS"), 3u);
  EXPECT_EQ(count("target=RUS"), 2u);
  EXPECT_EQ(count("root=1x"), 3u);
  EXPECT_EQ(count("root=19"), 1u);
  EXPECT_EQ(count("code=04"), 2u);
  EXPECT_EQ(count("code=042"), 1u);
  EXPECT_EQ(count("quad=3"), 2u);
  EXPECT_EQ(count("from=2022-02-05"), 3u);
  EXPECT_EQ(count("from=2022-02-05&to=2022-02-28"), 2u);
  EXPECT_EQ(count("q=shelled"), 1u);
  EXPECT_EQ(count("q=sanctions%20Russia"), 1u);
  EXPECT_EQ(count("q=%22%20OR%20x"), 0u);  // FTS syntax is not interpreted
  EXPECT_EQ(count("dyad=USA,UKR"), 0u);
}

TEST_F(ApiTest, Paging) {
  json first = GetJson("/api/events?limit=2");
  EXPECT_EQ(first["events"].size(), 2u);
  EXPECT_EQ(first["more"], true);
  json last = GetJson("/api/events?limit=2&offset=4");
  EXPECT_EQ(last["events"].size(), 1u);
  EXPECT_EQ(last["more"], false);
  EXPECT_NE(first["events"][0]["key"], last["events"][0]["key"]);
}

TEST_F(ApiTest, DyadTimelineBothDirections) {
  json d = GetJson("/api/dyad?a=CHN&b=RUS&by=day");
  ASSERT_EQ(d["rows"].size(), 3u);
  int events = 0;
  for (const json& r : d["rows"]) {
    events += r["events"].get<int>();
    if (r["period"] == "2022-03-01") {
      EXPECT_EQ(r["source"], "RUS");
      EXPECT_DOUBLE_EQ(r["goldstein_mean"].get<double>(), -2.0);
      EXPECT_EQ(r["quad"], json({0, 0, 1, 0}));
    }
  }
  EXPECT_EQ(events, 3);
  json w = GetJson("/api/dyad?a=CHN&b=RUS&by=week");
  std::set<std::string> weeks;
  for (const json& r : w["rows"]) weeks.insert(r["period"]);
  EXPECT_EQ(weeks, (std::set<std::string>{"2022-01-31", "2022-02-28"}));
  json m = GetJson("/api/dyad?a=CHN&b=RUS&by=month&to=2022-02-28");
  ASSERT_EQ(m["rows"].size(), 2u);
  EXPECT_EQ(m["rows"][0]["period"], "2022-02");
}

TEST_F(ApiTest, TimelineStacksQuadClasses) {
  json t = GetJson("/api/timeline?by=month");
  ASSERT_EQ(t["rows"].size(), 2u);
  EXPECT_EQ(t["rows"][0]["period"], "2022-02");
  EXPECT_EQ(t["rows"][0]["quad"], json({2, 0, 1, 1}));
  EXPECT_EQ(t["rows"][1]["events"], 1);
}

TEST_F(ApiTest, ActorsGraphDyadsAndMap) {
  json actors = GetJson("/api/actors?top=2");
  ASSERT_EQ(actors["actors"].size(), 2u);
  EXPECT_EQ(actors["actors"][0]["code"], "RUS");
  EXPECT_EQ(actors["actors"][0]["events"], 5);
  EXPECT_EQ(actors["actors"][1]["code"], "CHN");
  json graph = GetJson("/api/graph");
  EXPECT_EQ(graph["edges"].size(), 4u);
  EXPECT_EQ(graph["nodes"].size(), 4u);
  EXPECT_EQ(graph["edges"][0]["source"], "RUS");
  EXPECT_EQ(graph["edges"][0]["target"], "CHN");
  EXPECT_DOUBLE_EQ(graph["edges"][0]["goldstein_mean"].get<double>(), -0.5);
  json heavy = GetJson("/api/graph?min=2");
  EXPECT_EQ(heavy["edges"].size(), 1u);
  json dyads = GetJson("/api/dyads?top=1");
  ASSERT_EQ(dyads["dyads"].size(), 1u);
  EXPECT_EQ(dyads["dyads"][0]["events"], 2);
  json map = GetJson("/api/map");
  EXPECT_EQ(map["countries"][0]["code"], "RUS");
  EXPECT_EQ(map["countries"][0]["events"], 5);
}

TEST_F(ApiTest, DocumentWithHighlightSpans) {
  json doc = GetJson("/api/documents/d1");
  EXPECT_EQ(doc["title"], "Title of d1");
  const std::string text = doc["text"];
  ASSERT_EQ(doc["mentions"].size(), 2u);
  for (const json& m : doc["mentions"]) {
    EXPECT_EQ(Slice(text, m["source"]), m["source"]["text"]);
    EXPECT_EQ(Slice(text, m["target"]), m["target"]["text"]);
    EXPECT_EQ(Slice(text, m["trigger"]), m["trigger"]["text"]);
  }
  // Ids with slashes and non-ASCII letters, percent-encoded.
  json odd = GetJson("/api/documents/d%2F3%20%C3%A9");
  EXPECT_EQ(odd["id"], "d/3 é");
  json missing = GetJson("/api/documents/nope", 404);
  EXPECT_TRUE(missing["error"]["message"].is_string());
}

TEST_F(ApiTest, MalformedParametersGet400WithoutInternals) {
  for (const char* path :
       {"/api/events?limit=abc", "/api/events?limit=0",
        "/api/events?limit=100000", "/api/events?offset=-1",
        "/api/events?from=2022-13-01",
        "/api/events?from=2022-03-01&to=2022-01-01",
        "/api/events?actor=RUS%27%3B%20DROP%20TABLE%20events",
        "/api/events?root=99", "/api/events?code=abc", "/api/events?quad=5",
        "/api/events?dyad=CHN", "/api/events?q=%C3",
        "/api/events?limit=1&limit=2", "/api/dyad?a=CHN",
        "/api/dyad?a=CHN&b=RUS&by=year", "/api/actors?top=100000",
        "/api/graph?min=x", "/api/timeline?by=decade"}) {
    json body = GetJson(path, 400);
    ASSERT_TRUE(body.contains("error")) << path;
    const std::string message = body["error"]["message"];
    EXPECT_EQ(body["error"]["status"], 400);
    EXPECT_EQ(message.find("SELECT"), std::string::npos) << message;
    EXPECT_EQ(message.find("sqlite"), std::string::npos) << message;
  }
}

TEST_F(ApiTest, UnknownRoutesAndMethods) {
  EXPECT_EQ(GetJson("/api/nope", 404)["error"]["status"], 404);
  httplib::Client client("127.0.0.1", server_->port());
  auto res = client.Post("/api/events", "x", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
}

TEST_F(ApiTest, StaticFilesOnlyFromTheAssetFolder) {
  auto index = Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"),
            "text/html; charset=utf-8");
  EXPECT_EQ(index->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(index->body.find("dash"), std::string::npos);
  auto js = Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->get_header_value("Content-Type"),
            "text/javascript; charset=utf-8");
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt",
                           "/assets/%2e%2e/%2e%2e/secret.txt", "/nope.html"}) {
    auto res = Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->body.find("secret"), std::string::npos) << path;
  }
}

TEST_F(ApiTest, TheStoreIsNeverWritten) {
  GetJson("/api/events?q=Russia");
  GetJson("/api/graph");
  std::string after;
  ASSERT_TRUE(ReadFileToString(db(), &after).ok());
  EXPECT_EQ(after, db_bytes());
}

TEST(ServerCreateTest, RefusesWhatIsNotADyadStore) {
  const fs::path dir = fs::temp_directory_path() /
                       ("dyad_serve_refuse_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ServerOptions o;
  o.db_path = (dir / "missing.db").string();
  EXPECT_EQ(Server::Create(o).status().code(), Status::Code::kNotFound);
  o.db_path = (dir / "junk.db").string();
  std::ofstream(o.db_path) << std::string(4096, 'x');
  EXPECT_FALSE(Server::Create(o).ok());
  o.db_path = (dir / "other.db").string();
  sqlite3* other = nullptr;
  sqlite3_open(o.db_path.c_str(), &other);
  sqlite3_exec(other, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_EQ(Server::Create(o).status().code(), Status::Code::kInvalidArgument);
  fs::remove_all(dir);
}

TEST_F(ApiTest, APortInUseIsRefused) {
  ServerOptions o;
  o.db_path = db();
  o.port = server_->port();
  auto second = Server::Create(o);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ((*second)->Bind().code(), Status::Code::kIOError);
}

// Stop() right after Run() has started (or before it) must not be lost:
// cpp-httplib ignores a stop that comes before its listener is up, which
// once made this very sequence hang forever.
TEST_F(ApiTest, StopRightAfterStartEndsRun) {
  ServerOptions o;
  o.db_path = db();
  o.port = 0;
  for (int i = 0; i < 50; ++i) {
    auto server = Server::Create(o);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    ASSERT_TRUE((*server)->Bind().ok());
    Server* s = server->get();
    std::thread run([s] { EXPECT_TRUE(s->Run().ok()); });
    if (i % 2 == 1) std::this_thread::yield();
    s->Stop();
    run.join();
  }
  auto server = Server::Create(o);
  ASSERT_TRUE(server.ok());
  (*server)->Stop();
  EXPECT_TRUE((*server)->Run().ok());  // returns at once
}

TEST(ReadOnlyDbTest, LongQueriesAreInterrupted) {
  const fs::path dir = fs::temp_directory_path() /
                       ("dyad_serve_slow_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "s.db").string();
  { ASSERT_TRUE(Store::Open(path, StoreOptions()).ok()); }
  auto db = serve::ReadOnlyDb::Open(path, 50);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  Status s = (*db)->Query(
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
      "SELECT count(*) FROM c",
      {}, [](const serve::SqlRow&) {});
  EXPECT_EQ(s.code(), Status::Code::kResourceExhausted) << s.ToString();
  // The connection stays usable, and it cannot write.
  EXPECT_TRUE((*db)->Query("SELECT 1", {}, [](const serve::SqlRow&) {}).ok());
  EXPECT_FALSE(
      (*db)->Query("CREATE TABLE x(y)", {}, [](const serve::SqlRow&) {}).ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
