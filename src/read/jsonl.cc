#include "read/jsonl.h"

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

using nlohmann::json;

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

// Reads an optional string field; numbers are accepted for "id".
Status StringField(const json& j, const char* key, const std::string& where,
                   std::string* out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return Status::OK();
  if (it->is_string()) {
    *out = it->get<std::string>();
  } else if (it->is_number_integer() && std::string_view(key) == "id") {
    *out = std::to_string(it->get<long long>());
  } else {
    return Status::InvalidArgument(where + ": field \"" + key +
                                   "\" must be a string");
  }
  return Status::OK();
}

Status ReadBody(const json& j, const std::string& where, Document* doc) {
  std::string text, html;
  DYAD_RETURN_IF_ERROR(StringField(j, "text", where, &text));
  DYAD_RETURN_IF_ERROR(StringField(j, "html", where, &html));
  if (j.contains("html") && !j["html"].is_null()) {
    doc->raw = std::move(html);
    doc->format = Format::kHtml;
  } else if (j.contains("text") && !j["text"].is_null()) {
    doc->raw = std::move(text);
    doc->format = Format::kText;
  } else {
    return Status::InvalidArgument(
        where + ": record has neither \"text\" nor \"html\"");
  }
  RepairUtf8(&doc->raw);
  return Status::OK();
}

Status ReadDate(const json& j, const std::string& where,
                const ReadOptions& options, Document* doc) {
  std::string date;
  DYAD_RETURN_IF_ERROR(StringField(j, "date", where, &date));
  if (date.empty()) {
    doc->date = options.default_date;
    return Status::OK();
  }
  if (!NormalizeDate(date, &doc->date)) {
    return Status::InvalidArgument(where +
                                   ": field \"date\": expected "
                                   "YYYY-MM-DD, got \"" +
                                   date + "\"");
  }
  return Status::OK();
}

}  // namespace

bool NormalizeDate(std::string_view in, std::string* date) {
  if (in.size() < 10 || in[4] != '-' || in[7] != '-') return false;
  if (in.size() > 10 && in[10] != 'T' && in[10] != ' ') return false;
  std::string_view y = in.substr(0, 4), m = in.substr(5, 2),
                   d = in.substr(8, 2);
  if (!IsDigits(y) || !IsDigits(m) || !IsDigits(d)) return false;
  int yi = std::stoi(std::string(y)), mi = std::stoi(std::string(m)),
      di = std::stoi(std::string(d));
  if (mi < 1 || mi > 12 || di < 1 || di > DaysInMonth(yi, mi)) return false;
  *date = std::string(in.substr(0, 10));
  return true;
}

Status ParseJsonlDocument(std::string_view line, const std::string& where,
                          const std::string& fallback_id,
                          const ReadOptions& options, Document* doc) {
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return Status::InvalidArgument(where + ": not a valid JSON object");
  }
  if (!j.is_object()) {
    return Status::InvalidArgument(where + ": expected a JSON object");
  }
  *doc = Document();
  doc->origin = where;
  DYAD_RETURN_IF_ERROR(StringField(j, "id", where, &doc->id));
  if (doc->id.empty()) doc->id = fallback_id;
  DYAD_RETURN_IF_ERROR(StringField(j, "url", where, &doc->url));
  DYAD_RETURN_IF_ERROR(StringField(j, "title", where, &doc->title));
  DYAD_RETURN_IF_ERROR(StringField(j, "source", where, &doc->source));
  DYAD_RETURN_IF_ERROR(ReadDate(j, where, options, doc));
  return ReadBody(j, where, doc);
}

}  // namespace dyad
