// /api/documents/{id}: an article's extracted text with every coded mention
// and the byte spans of its source, target and trigger.
#include <string>

#include "serve/api.h"

namespace dyad::serve {
namespace {

constexpr const char* kDocumentSelect =
    "SELECT d.doc_key, d.id, d.url, d.source, d.title, d.published, "
    "d.ingested_at, (SELECT o.id FROM documents o WHERE o.doc_key = "
    "d.duplicate_of), d.text FROM documents d WHERE d.id = ?";

constexpr const char* kMentionSelect =
    "SELECT m.mention_key, m.event_key, m.doc_event_id, m.sentence, "
    "m.sentence_text, m.date, m.code, m.root, m.quad_class, m.goldstein, "
    "m.trigger, m.negated, m.modality, m.source_code, m.source_text, "
    "m.target_code, m.target_text, m.trigger_begin, m.trigger_end, "
    "m.source_begin, m.source_end, m.target_begin, m.target_end "
    "FROM mentions m WHERE m.doc_key = ? ORDER BY m.trigger_begin, "
    "m.mention_key";

nlohmann::json Span(const SqlRow& row, int code_col, int begin_col) {
  if (row.Text(code_col).empty()) return nullptr;
  return {{"code", row.Text(code_col)},
          {"text", row.Text(code_col + 1)},
          {"begin", row.Int(begin_col)},
          {"end", row.Int(begin_col + 1)}};
}

nlohmann::json MentionJson(const SqlRow& row) {
  return {
      {"mention_key", row.Int(0)},
      {"event_key", row.Int(1)},
      {"event_id", row.Text(2)},
      {"sentence", row.Int(3)},
      {"sentence_text", row.Text(4)},
      {"date", row.Text(5)},
      {"code", row.Text(6)},
      {"root", row.Text(7)},
      {"quad_class", row.Int(8)},
      {"goldstein", row.Real(9)},
      {"trigger",
       {{"text", row.Text(10)}, {"begin", row.Int(17)}, {"end", row.Int(18)}}},
      {"negated", row.Int(11) != 0},
      {"modality", row.Text(12)},
      {"source", Span(row, 13, 19)},
      {"target", Span(row, 15, 21)}};
}

}  // namespace

StatusOr<nlohmann::json> ApiDocument(const ApiRequest& r) {
  if (r.path_arg.empty() || r.path_arg.size() > r.options.max_param_bytes) {
    return Status::InvalidArgument("document id: expected 1 to " +
                                   std::to_string(r.options.max_param_bytes) +
                                   " bytes");
  }
  int64_t doc_key = -1;
  nlohmann::json doc;
  DYAD_RETURN_IF_ERROR(
      r.db.Query(kDocumentSelect, {r.path_arg}, [&](const SqlRow& row) {
        doc_key = row.Int(0);
        doc = {{"id", row.Text(1)},
               {"url", row.Text(2)},
               {"source", row.Text(3)},
               {"title", row.Text(4)},
               {"published", row.Text(5)},
               {"ingested_at", row.Text(6)},
               {"duplicate_of", row.IsNull(7) ? nlohmann::json(nullptr)
                                              : nlohmann::json(row.Text(7))},
               {"text", row.Text(8)}};
      }));
  if (doc_key < 0) return Status::NotFound("no document with this id");
  nlohmann::json mentions = nlohmann::json::array();
  DYAD_RETURN_IF_ERROR(r.db.Query(
      kMentionSelect, {doc_key},
      [&](const SqlRow& row) { mentions.push_back(MentionJson(row)); }));
  doc["mentions"] = mentions;
  return doc;
}

}  // namespace dyad::serve
