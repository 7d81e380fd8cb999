// Store: actor counts, the actor graph (edges between principals) and
// stored documents with their mentions.
#include <fmt/format.h>

#include "dyad/store.h"
#include "store/rows.h"

namespace dyad {
namespace {

using store::Stmt;

// Day condition on events `e`, or "" without a range (undated events then
// count too).
std::string DayTerm(const std::string& from, const std::string& to) {
  return from.empty() && to.empty() ? "1" : "e.day BETWEEN ?1 AND ?2";
}

// All-time counts per code, kept by ingest in `actors`.
std::string StoredCountsSql() {
  return "SELECT code, name, type, as_source + as_target, as_source, "
         "as_target FROM actors ORDER BY 4 DESC, code LIMIT ?3";
}

// Counts over a date range, per code or per principal.
std::string ScanCountsSql(const std::string& days, bool principals) {
  const char* col = principals ? "principal" : "code";
  return fmt::format(
      "SELECT x.actor, COALESCE(a.name, ''), COALESCE(a.type, ''), "
      "sum(x.s) + sum(x.t), sum(x.s), sum(x.t) FROM (SELECT e.source_{0} AS "
      "actor, 1 AS s, 0 AS t FROM events e WHERE {1} UNION ALL SELECT "
      "e.target_{0}, 0, 1 FROM events e WHERE e.target_code != '' AND {1}) x "
      "LEFT JOIN actors a ON a.code = x.actor GROUP BY x.actor ORDER BY 4 "
      "DESC, x.actor LIMIT ?3",
      col, days);
}

ActorCount ReadActorCount(const Stmt& s) {
  ActorCount c;
  c.code = s.Text(0);
  c.name = s.Text(1);
  c.type = s.Text(2);
  c.events = static_cast<int>(s.Int(3));
  c.as_source = static_cast<int>(s.Int(4));
  c.as_target = static_cast<int>(s.Int(5));
  return c;
}

DyadEdge ReadEdge(const Stmt& s) {
  DyadEdge e;
  e.source = s.Text(0);
  e.target = s.Text(1);
  e.events = static_cast<int>(s.Int(2));
  e.mentions = static_cast<int>(s.Int(3));
  e.goldstein_sum = s.Real(4);
  for (int q = 0; q < 4; ++q) e.quad[q] = static_cast<int>(s.Int(5 + q));
  return e;
}

StoredMention ReadMention(const Stmt& s) {
  StoredMention m;
  m.mention_key = s.Int(0);
  m.event_key = s.Int(1);
  m.doc_event_id = s.Text(2);
  m.mention.sentence = static_cast<int>(s.Int(3));
  m.mention.sentence_text = s.Text(4);
  m.mention.trigger_begin = static_cast<uint32_t>(s.Int(5));
  m.mention.trigger_end = static_cast<uint32_t>(s.Int(6));
  m.mention.source_begin = static_cast<uint32_t>(s.Int(7));
  m.mention.source_end = static_cast<uint32_t>(s.Int(8));
  m.mention.target_begin = static_cast<uint32_t>(s.Int(9));
  m.mention.target_end = static_cast<uint32_t>(s.Int(10));
  m.source_code = s.Text(11);
  m.target_code = s.Text(12);
  m.code = s.Text(13);
  m.trigger = s.Text(14);
  m.date = s.Text(15);
  return m;
}

Status ReadMentions(const store::Db& db, int64_t doc_key,
                    std::vector<StoredMention>* out) {
  DYAD_ASSIGN_OR_RETURN(
      Stmt s,
      db.Prepare("SELECT mention_key, event_key, doc_event_id, sentence, "
                 "sentence_text, trigger_begin, trigger_end, source_begin, "
                 "source_end, target_begin, target_end, source_code, "
                 "target_code, code, trigger, date FROM mentions WHERE "
                 "doc_key = ?1 ORDER BY trigger_begin, mention_key"));
  s.Bind(1, doc_key);
  while (s.Step()) out->push_back(ReadMention(s));
  return s.status();
}

}  // namespace

StatusOr<std::vector<ActorCount>> Store::TopActors(int n,
                                                   const std::string& from,
                                                   const std::string& to,
                                                   bool principals) const {
  int64_t lo = 0, hi = 0;
  DYAD_RETURN_IF_ERROR(store::ParseRange(from, to, &lo, &hi));
  const bool all_time = from.empty() && to.empty();
  const std::string sql = all_time && !principals
                              ? StoredCountsSql()
                              : ScanCountsSql(DayTerm(from, to), principals);
  DYAD_ASSIGN_OR_RETURN(Stmt s, impl_->db->Prepare(sql));
  if (!all_time) s.Bind(1, lo).Bind(2, hi);
  s.Bind(3, int64_t{n > 0 ? n : -1});
  std::vector<ActorCount> out;
  while (s.Step()) out.push_back(ReadActorCount(s));
  DYAD_RETURN_IF_ERROR(s.status());
  return out;
}

StatusOr<std::vector<DyadEdge>> Store::Edges(const std::string& from,
                                             const std::string& to,
                                             int limit) const {
  int64_t lo = 0, hi = 0;
  DYAD_RETURN_IF_ERROR(store::ParseRange(from, to, &lo, &hi));
  DYAD_ASSIGN_OR_RETURN(
      Stmt s,
      impl_->db->Prepare(fmt::format(
          "SELECT source_principal, target_principal, count(*), "
          "sum(num_mentions), total(goldstein), sum(quad_class = 1), "
          "sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4) FROM "
          "events e WHERE target_principal != '' AND {} GROUP BY 1, 2 ORDER "
          "BY 3 DESC, 4 DESC, 1, 2 LIMIT ?3",
          DayTerm(from, to))));
  if (!from.empty() || !to.empty()) s.Bind(1, lo).Bind(2, hi);
  s.Bind(3, int64_t{limit > 0 ? limit : -1});
  std::vector<DyadEdge> out;
  while (s.Step()) out.push_back(ReadEdge(s));
  DYAD_RETURN_IF_ERROR(s.status());
  return out;
}

StatusOr<StoredDocument> Store::GetDocument(const std::string& id) const {
  const store::Db& db = *impl_->db;
  DYAD_ASSIGN_OR_RETURN(
      Stmt s, db.Prepare("SELECT d.doc_key, d.id, d.url, d.source, d.title, "
                         "d.published, d.content_hash, d.ingested_at, "
                         "COALESCE(o.id, ''), d.text FROM documents d LEFT "
                         "JOIN documents o ON o.doc_key = d.duplicate_of "
                         "WHERE d.id = ?1"));
  s.Bind(1, id);
  if (!s.Step()) {
    DYAD_RETURN_IF_ERROR(s.status());
    return Status::NotFound("no document '" + id + "' in the store");
  }
  StoredDocument d{s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                   s.Text(6), s.Text(7), s.Text(8), s.Text(9), {}};
  DYAD_RETURN_IF_ERROR(ReadMentions(db, s.Int(0), &d.mentions));
  return d;
}

}  // namespace dyad
