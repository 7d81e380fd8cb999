// /api/events: filtered, paged events with their source sentence and the
// spans of source, target and trigger inside it.
#include <string>

#include "serve/api.h"
#include "util/strings.h"

namespace dyad::serve {
namespace {

constexpr const char* kEventSelect =
    "SELECT e.event_key, e.date, e.date_precision, "
    "e.source_code, e.source_principal, e.source_text, e.source_country, "
    "e.source_role, e.target_code, e.target_principal, e.target_text, "
    "e.target_country, e.target_role, e.code, e.root, e.quad_class, "
    "e.goldstein, e.plover_event, e.plover_mode, e.trigger, e.negated, "
    "e.modality, e.confidence, e.num_mentions, e.num_sources, e.num_articles, "
    "d.id, d.title, d.url, d.source, m.sentence_text, "
    "instr(CAST(d.text AS BLOB), CAST(m.sentence_text AS BLOB)) - 1, "
    "m.source_begin, m.source_end, m.target_begin, m.target_end, "
    "m.trigger_begin, m.trigger_end ";

// The page's keys drive the joins (CROSS JOIN keeps that order).
constexpr const char* kEventJoins =
    ") page CROSS JOIN events e ON e.event_key = page.k "
    "JOIN mentions m ON m.mention_key = e.first_mention_key "
    "JOIN documents d ON d.doc_key = e.first_doc_key";

// Column numbers in kEventSelect.
enum Col {
  kKey,
  kDate,
  kPrecision,
  kSrc,
  kSrcP = kSrc + 1,
  kTgt = kSrc + 5,
  kCode = kTgt + 5,
  kRoot,
  kQuad,
  kGoldstein,
  kPloverEvent,
  kPloverMode,
  kTrigger,
  kNegated,
  kModality,
  kConfidence,
  kMentions,
  kSources,
  kArticles,
  kDocId,
  kTitle,
  kUrl,
  kPublisher,
  kSentence,
  kSentenceBase,
  kSpans,
};

nlohmann::json ActorJson(const SqlRow& row, int c) {
  if (row.Text(c).empty()) return nullptr;
  return {{"code", row.Text(c)},
          {"principal", row.Text(c + 1)},
          {"text", row.Text(c + 2)},
          {"country", row.Text(c + 3)},
          {"role", row.Text(c + 4)}};
}

// A span of the sentence, from document offsets (or a text search when the
// sentence could not be placed in the document).
void AddSpan(const char* role, int64_t base, int64_t begin, int64_t end,
             const std::string& sentence, const std::string& words,
             nlohmann::json* spans) {
  int64_t b = begin - base, e = end - base;
  if (base < 0 || b < 0 || e <= b ||
      e > static_cast<int64_t>(sentence.size())) {
    const size_t at = words.empty() ? std::string::npos : sentence.find(words);
    if (at == std::string::npos) return;
    b = static_cast<int64_t>(at);
    e = b + static_cast<int64_t>(words.size());
  }
  spans->push_back({{"role", role}, {"begin", b}, {"end", e}});
}

nlohmann::json SentenceJson(const SqlRow& row) {
  const std::string text = row.Text(kSentence);
  const int64_t base = row.IsNull(kSentenceBase) ? -1 : row.Int(kSentenceBase);
  nlohmann::json spans = nlohmann::json::array();
  AddSpan("source", base, row.Int(kSpans), row.Int(kSpans + 1), text,
          row.Text(kSrc + 2), &spans);
  if (!row.Text(kTgt).empty()) {
    AddSpan("target", base, row.Int(kSpans + 2), row.Int(kSpans + 3), text,
            row.Text(kTgt + 2), &spans);
  }
  AddSpan("trigger", base, row.Int(kSpans + 4), row.Int(kSpans + 5), text,
          row.Text(kTrigger), &spans);
  return {{"text", text}, {"spans", spans}};
}

nlohmann::json EventJson(const SqlRow& row) {
  return {
      {"key", row.Int(kKey)},
      {"date", row.Text(kDate)},
      {"date_precision", row.Text(kPrecision)},
      {"source", ActorJson(row, kSrc)},
      {"target", ActorJson(row, kTgt)},
      {"code", row.Text(kCode)},
      {"root", row.Text(kRoot)},
      {"quad_class", row.Int(kQuad)},
      {"goldstein", row.Real(kGoldstein)},
      {"plover",
       {{"event", row.Text(kPloverEvent)}, {"mode", row.Text(kPloverMode)}}},
      {"trigger", row.Text(kTrigger)},
      {"negated", row.Int(kNegated) != 0},
      {"modality", row.Text(kModality)},
      {"confidence", row.Real(kConfidence)},
      {"num_mentions", row.Int(kMentions)},
      {"num_sources", row.Int(kSources)},
      {"num_articles", row.Int(kArticles)},
      {"document",
       {{"id", row.Text(kDocId)},
        {"title", row.Text(kTitle)},
        {"url", row.Text(kUrl)},
        {"source", row.Text(kPublisher)}}},
      {"sentence", SentenceJson(row)},
  };
}

// The smallest string greater than every string starting with `prefix`.
std::string PrefixEnd(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// Words of `text` as an FTS5 query of quoted terms (no operators).
std::string FtsQuery(const std::string& text) {
  std::string query;
  for (const std::string& word : SplitAny(text, " \t\"")) {
    query += (query.empty() ? "\"" : " \"") + word + "\"";
  }
  return query;
}

// source, target and dyad (the `actor` of either side is handled by
// EventKeys as a union of two index scans).
Status AddSideFilters(const ApiRequest& r, SqlWhere* where) {
  DYAD_ASSIGN_OR_RETURN(ActorParam source, ReadActor(r, "source"));
  if (!source.value.empty()) AddSide("source", source, where);
  DYAD_ASSIGN_OR_RETURN(ActorParam target, ReadActor(r, "target"));
  if (!target.value.empty()) AddSide("target", target, where);
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> dyad,
                        r.params.ActorPair("dyad"));
  if (!dyad.empty()) {
    DYAD_ASSIGN_OR_RETURN(ActorParam a, ResolveActor(r.db, dyad[0]));
    DYAD_ASSIGN_OR_RETURN(ActorParam b, ResolveActor(r.db, dyad[1]));
    AddDyad(a, b, where);
  }
  return Status::OK();
}

Status AddCodeFilters(const ParamReader& p, SqlWhere* where) {
  DYAD_ASSIGN_OR_RETURN(std::string code, p.Code("code"));
  if (!code.empty()) {
    where->Add("e.code >= ? AND e.code < ?", {code, PrefixEnd(code)});
  }
  DYAD_ASSIGN_OR_RETURN(std::string root, p.Root("root"));
  if (root.size() == 2 && root[1] == 'x') {
    where->Add("e.root >= ? AND e.root <= ?",
               {root.substr(0, 1) + "0", root.substr(0, 1) + "9"});
  } else if (!root.empty()) {
    where->Add("e.root = ?", {root});
  }
  DYAD_ASSIGN_OR_RETURN(int quad, p.Int("quad", 0, 0, 4));
  if (quad != 0) where->Add("e.quad_class = ?", {int64_t{quad}});
  return Status::OK();
}

Status AddTextFilter(const ParamReader& p, SqlWhere* where) {
  DYAD_ASSIGN_OR_RETURN(std::string text, p.Text("q"));
  const std::string query = FtsQuery(text);
  if (query.empty()) return Status::OK();
  where->Add(
      "e.event_key IN (SELECT mm.event_key FROM mentions mm WHERE "
      "mm.mention_key IN (SELECT rowid FROM mention_text WHERE mention_text "
      "MATCH ?))",
      {query});
  return Status::OK();
}

constexpr const char* kPageOrder = " ORDER BY e.day DESC, e.event_key DESC";

// SQL selecting the keys of one page of events (newest first) and its
// arguments, given the filters and the page. With an actor on either side,
// each side's newest `offset + limit` events come from its own index and
// the page is taken from their union.
std::string EventKeys(const ActorParam& actor, const SqlWhere& where,
                      int64_t limit, int64_t offset,
                      std::vector<SqlArg>* args) {
  if (actor.value.empty()) {
    *args = where.args();
    args->insert(args->end(), {limit, offset});
    return "SELECT e.event_key AS k, e.day AS day FROM events e" +
           where.Clause() + kPageOrder + " LIMIT ? OFFSET ?";
  }
  std::string sql = "SELECT k, day FROM (";
  for (const char* side : {"source", "target"}) {
    sql += std::string(side[0] == 's' ? "" : " UNION ") +
           "SELECT * FROM (SELECT e.event_key AS k, e.day AS day FROM events "
           "e WHERE " +
           actor.Column(side) + " = ? AND " + where.Conditions() + kPageOrder +
           " LIMIT ?)";
    args->push_back(actor.value);
    args->insert(args->end(), where.args().begin(), where.args().end());
    args->push_back(limit + offset);
  }
  args->insert(args->end(), {limit, offset});
  return sql + ") ORDER BY day DESC, k DESC LIMIT ? OFFSET ?";
}

}  // namespace

StatusOr<nlohmann::json> ApiEvents(const ApiRequest& r) {
  SqlWhere where;
  DYAD_ASSIGN_OR_RETURN(ActorParam actor, ReadActor(r, "actor"));
  DYAD_RETURN_IF_ERROR(AddSideFilters(r, &where));
  DYAD_RETURN_IF_ERROR(AddCodeFilters(r.params, &where));
  DYAD_RETURN_IF_ERROR(AddDateRange(r.params, &where));
  DYAD_RETURN_IF_ERROR(AddTextFilter(r.params, &where));
  DYAD_ASSIGN_OR_RETURN(int limit,
                        r.params.Int("limit", r.options.default_page_size, 1,
                                     r.options.max_page_size));
  DYAD_ASSIGN_OR_RETURN(int offset, r.params.Int("offset", 0, 0, 1000000000));
  std::vector<SqlArg> args;
  const std::string keys =
      EventKeys(actor, where, int64_t{limit} + 1, offset, &args);
  nlohmann::json events = nlohmann::json::array();
  DYAD_RETURN_IF_ERROR(r.db.Query(
      std::string(kEventSelect) + "FROM (" + keys + kEventJoins + kPageOrder,
      args, [&](const SqlRow& row) { events.push_back(EventJson(row)); }));
  const bool more = static_cast<int>(events.size()) > limit;
  if (more) events.erase(events.end() - 1);
  return nlohmann::json{
      {"offset", offset}, {"limit", limit}, {"more", more}, {"events", events}};
}

}  // namespace dyad::serve
