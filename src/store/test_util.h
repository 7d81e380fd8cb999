// Test helpers for the store: hand-made processed documents and events, a
// temporary store path and a dump of a store's content for comparisons.
//
// Thread safety: plain functions; each test uses its own files.
//
// Usage:
//   TempDir dir;  auto store = OpenStore(dir.path("a.db"));
//   Processed p = MakeDoc("a1", kWireStory, "Reuters", "2022-02-03",
//                         {MakeEvent("CHNGOV", "RUSGOV", "040",
//                         "2022-02-03")});
//   ASSERT_TRUE((*store)->Add(p).ok());
#ifndef DYAD_STORE_TEST_UTIL_H_
#define DYAD_STORE_TEST_UTIL_H_

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::store::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl =
        (std::filesystem::temp_directory_path() / "dyad_store_XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name) const {
    return (std::filesystem::path(dir_) / name).string();
  }

 private:
  std::string dir_;
};

// A CAMEO actor from a code whose first three letters are a country
// (or "IGO…" codes, which get no country).
inline EventActor MakeActor(const std::string& code) {
  EventActor a;
  a.code = code;
  a.text = "the " + code;
  if (code.rfind("IGO", 0) != 0) a.country = code.substr(0, 3);
  if (code.size() > 3 && !a.country.empty()) a.role = code.substr(3);
  return a;
}

inline Event MakeEvent(const std::string& source, const std::string& target,
                       const std::string& code, const std::string& date,
                       const std::string& sentence = "A sentence.") {
  Event e;
  e.source = MakeActor(source);
  if (!target.empty()) e.target = MakeActor(target);
  e.code = code;
  e.root = code.substr(0, 2);
  const int root = std::stoi(e.root);
  e.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
  e.goldstein = root <= 8 ? 1.0 + root / 4.0 : -(root - 8) / 1.2;
  e.plover_event = root == 4 ? "CONSULT" : root == 19 ? "FIGHT" : "";
  e.trigger = "met";
  e.date = date;
  e.date_precision = "day";
  e.codebook_version = "test;plover-0.8";
  EventMention m;
  m.sentence_text = sentence;
  m.trigger_begin = 5, m.trigger_end = 8;
  m.source_begin = 0, m.source_end = 4;
  if (e.target) m.target_begin = 9, m.target_end = 14;
  e.mentions.push_back(m);
  return e;
}

inline Processed MakeDoc(const std::string& id, const std::string& text,
                         const std::string& source, const std::string& date,
                         std::vector<Event> events) {
  Processed p;
  p.doc.id = id;
  p.doc.raw = text;
  p.doc.source = source;
  p.doc.date = date;
  p.doc.url = "https://" + source + ".example/" + id;
  p.article.text = text;
  p.date = date;
  for (size_t i = 0; i < events.size(); ++i) {
    events[i].doc_id = id;
    events[i].event_id = id + "-" + std::to_string(i + 1);
  }
  p.events = std::move(events);
  return p;
}

inline StatusOr<std::unique_ptr<Store>> OpenStore(
    const std::string& path, StoreOptions options = StoreOptions()) {
  return Store::Open(path, options);
}

// Every row of the store's tables (ingested_at left out), one per line.
inline std::string DumpStore(const std::string& path) {
  auto store = Store::Open(path, StoreOptions{.read_only = true});
  if (!store.ok()) return "error: " + store.status().ToString();
  std::string out;
  for (const char* sql :
       {"SELECT doc_key, id, url, source, source_key, title, published, "
        "content_hash, simhash, duplicate_of, text FROM documents ORDER BY 1",
        "SELECT * FROM events ORDER BY event_key",
        "SELECT * FROM mentions ORDER BY mention_key",
        "SELECT * FROM actors ORDER BY code"}) {
    auto r = (*store)->Sql(sql);
    if (!r.ok()) return "error: " + r.status().ToString();
    for (const auto& row : r->rows) out += nlohmann::json(row).dump() + "\n";
  }
  return out;
}

}  // namespace dyad::store::testing

#endif  // DYAD_STORE_TEST_UTIL_H_
