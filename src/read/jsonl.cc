#include "read/jsonl.h"

#include <simdjson.h>

#include <array>
#include <string_view>

namespace dyad {
namespace {

using simdjson::dom::element;

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

// The record fields dyad reads, in the order their errors are reported.
enum Field { kId, kUrl, kTitle, kSource, kDate, kText, kHtml, kFieldCount };
constexpr std::array<std::string_view, kFieldCount> kFieldNames = {
    "id", "url", "title", "source", "date", "text", "html"};

// The known fields of one record; a repeated key keeps its last value.
struct Fields {
  std::array<element, kFieldCount> value;
  std::array<bool, kFieldCount> present{};

  // Present and not null.
  bool Has(Field f) const { return present[f] && !value[f].is_null(); }
};

void Collect(simdjson::dom::object object, Fields* fields) {
  for (auto pair : object) {
    for (int f = 0; f < kFieldCount; ++f) {
      if (pair.key == kFieldNames[f]) {
        fields->value[f] = pair.value;
        fields->present[f] = true;
        break;
      }
    }
  }
}

Status NotAString(const std::string& where, Field f) {
  return Status::InvalidArgument(where + ": field \"" +
                                 std::string(kFieldNames[f]) +
                                 "\" must be a string");
}

// Reads an optional string field; integers are accepted for "id".
Status StringField(const Fields& fields, Field f, const std::string& where,
                   std::string* out) {
  if (!fields.Has(f)) return Status::OK();
  const element& v = fields.value[f];
  std::string_view s;
  int64_t i = 0;
  uint64_t u = 0;
  if (v.get(s) == simdjson::SUCCESS) {
    out->assign(s);
  } else if (f == kId && v.get(i) == simdjson::SUCCESS) {
    *out = std::to_string(i);
  } else if (f == kId && v.get(u) == simdjson::SUCCESS) {
    *out = std::to_string(u);
  } else {
    return NotAString(where, f);
  }
  return Status::OK();
}

Status ReadBody(const Fields& fields, const std::string& where, Document* doc) {
  std::string_view text, html;
  if (fields.Has(kText) && fields.value[kText].get(text) != simdjson::SUCCESS) {
    return NotAString(where, kText);
  }
  if (fields.Has(kHtml) && fields.value[kHtml].get(html) != simdjson::SUCCESS) {
    return NotAString(where, kHtml);
  }
  if (fields.Has(kHtml)) {
    doc->raw.assign(html);
    doc->format = Format::kHtml;
  } else if (fields.Has(kText)) {
    doc->raw.assign(text);
    doc->format = Format::kText;
  } else {
    return Status::InvalidArgument(
        where + ": record has neither \"text\" nor \"html\"");
  }
  RepairUtf8(&doc->raw);  // "\r" and "\u0000" escapes
  return Status::OK();
}

Status ReadDate(const Fields& fields, const std::string& where,
                const ReadOptions& options, Document* doc) {
  std::string date;
  DYAD_RETURN_IF_ERROR(StringField(fields, kDate, where, &date));
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

Status ReadDocument(const Fields& fields, const std::string& where,
                    const std::string& fallback_id, const ReadOptions& options,
                    Document* doc) {
  DYAD_RETURN_IF_ERROR(StringField(fields, kId, where, &doc->id));
  if (doc->id.empty()) doc->id = fallback_id;
  DYAD_RETURN_IF_ERROR(StringField(fields, kUrl, where, &doc->url));
  DYAD_RETURN_IF_ERROR(StringField(fields, kTitle, where, &doc->title));
  DYAD_RETURN_IF_ERROR(StringField(fields, kSource, where, &doc->source));
  DYAD_RETURN_IF_ERROR(ReadDate(fields, where, options, doc));
  return ReadBody(fields, where, doc);
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

struct JsonlParser::Impl {
  simdjson::dom::parser parser;
};

JsonlParser::JsonlParser() : impl_(std::make_unique<Impl>()) {}
JsonlParser::~JsonlParser() = default;

Status JsonlParser::Parse(std::string* line, const std::string& where,
                          const std::string& fallback_id,
                          const ReadOptions& options, Document* doc) {
  line->reserve(line->size() + simdjson::SIMDJSON_PADDING);  // no copy
  element root;
  if (impl_->parser.parse(*line).get(root)) {
    return Status::InvalidArgument(where + ": not a valid JSON object");
  }
  simdjson::dom::object object;
  if (root.get(object)) {
    return Status::InvalidArgument(where + ": expected a JSON object");
  }
  Fields fields;
  Collect(object, &fields);
  std::string raw = std::move(doc->raw);  // keep its buffer
  raw.clear();
  *doc = Document();
  doc->raw = std::move(raw);
  doc->origin = where;
  return ReadDocument(fields, where, fallback_id, options, doc);
}

}  // namespace dyad
