// Export rows for stored events: GDELT 2.0 (event_io's writer with the
// cluster's counts), JSON, PLOVER and CSV. Formats: doc/export_formats.md.
#include <fmt/format.h>

#include "dyad/event_io.h"
#include "dyad/store.h"

namespace dyad {
namespace {

using nlohmann::json;

// Column indexes in event_io's 61-column GDELT 2.0 row.
constexpr size_t kGdeltColumns = 61;
constexpr size_t kNumMentionsColumn = 31;  // then NumSources, NumArticles

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else if (c != '\n') {
      out.back() += c;
    }
  }
  return out;
}

json PloverActor(const EventActor& a, const std::string& principal) {
  json j = {{"actorText", a.text}, {"code", principal}};
  if (!a.role.empty()) j["sector"] = a.role;
  return j;
}

// "cameo-1.1b3+gdelt;plover-0.8" → "0.8".
std::string PloverVersion(const std::string& codebook_version) {
  const size_t at = codebook_version.find("plover-");
  return at == std::string::npos ? "" : codebook_version.substr(at + 7);
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string JoinCsv(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    line += (i ? "," : "") + CsvField(fields[i]);
  }
  return line + "\n";
}

}  // namespace

std::string StoredEventToGdeltRow(const StoredEvent& e) {
  const std::string row =
      EventToGdeltRow(e.event, static_cast<uint64_t>(e.key), e.first_url);
  std::vector<std::string> cols = SplitTabs(row);
  if (cols.size() != kGdeltColumns) return row;
  cols[kNumMentionsColumn] = std::to_string(e.num_mentions);
  cols[kNumMentionsColumn + 1] = std::to_string(e.num_sources);
  cols[kNumMentionsColumn + 2] = std::to_string(e.num_articles);
  std::string out;
  for (size_t i = 0; i < cols.size(); ++i) out += (i ? "\t" : "") + cols[i];
  return out + "\n";
}

json StoredEventToJson(const StoredEvent& e) {
  json j = EventToJson(e.event);
  j["global_event_id"] = e.key;
  j["source_principal"] = e.source_principal;
  j["target_principal"] = e.target_principal;
  j["num_mentions"] = e.num_mentions;
  j["num_sources"] = e.num_sources;
  j["num_articles"] = e.num_articles;
  j["first_url"] = e.first_url;
  return j;
}

json StoredEventToPlover(const StoredEvent& e, const std::string& context) {
  const Event& ev = e.event;
  json j = {
      {"id", fmt::format("dyad-{}", e.key)},
      {"date", ev.date},
      {"source", json::array({PloverActor(ev.source, e.source_principal)})},
      {"event", ev.plover_event},
      {"mode", ev.plover_mode},
      {"context", context},
      {"eventText", ev.trigger},
      {"text", ev.mentions.empty() ? "" : ev.mentions[0].sentence_text},
      {"url", e.first_url},
      {"publication", e.first_source},
      {"language", "en"},
      {"version", PloverVersion(ev.codebook_version)}};
  if (ev.target) {
    j["target"] = json::array({PloverActor(*ev.target, e.target_principal)});
  }
  j["dyad"] = {{"cameo", ev.code},
               {"goldstein", ev.goldstein},
               {"quad_class", ev.quad_class},
               {"modality", ModalityName(ev.modality)},
               {"doc_id", ev.doc_id},
               {"num_mentions", e.num_mentions},
               {"num_sources", e.num_sources},
               {"num_articles", e.num_articles}};
  return j;
}

std::string EventCsvHeader() {
  return "global_event_id,date,source_code,source_principal,source_text,"
         "target_code,target_principal,target_text,code,root,quad_class,"
         "goldstein,plover_event,plover_mode,negated,modality,confidence,"
         "num_mentions,num_sources,num_articles,first_doc_id,first_url,"
         "trigger,sentence\n";
}

std::string StoredEventToCsvRow(const StoredEvent& e) {
  const Event& ev = e.event;
  const EventActor none;
  const EventActor& t = ev.target ? *ev.target : none;
  return JoinCsv({std::to_string(e.key),
                  ev.date,
                  ev.source.code,
                  e.source_principal,
                  ev.source.text,
                  t.code,
                  e.target_principal,
                  t.text,
                  ev.code,
                  ev.root,
                  std::to_string(ev.quad_class),
                  fmt::format("{:.1f}", ev.goldstein),
                  ev.plover_event,
                  ev.plover_mode,
                  ev.negated ? "1" : "0",
                  ModalityName(ev.modality),
                  fmt::format("{:.2f}", ev.confidence),
                  std::to_string(e.num_mentions),
                  std::to_string(e.num_sources),
                  std::to_string(e.num_articles),
                  ev.doc_id,
                  e.first_url,
                  ev.trigger,
                  ev.mentions.empty() ? "" : ev.mentions[0].sentence_text});
}

}  // namespace dyad
