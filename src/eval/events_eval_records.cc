#include "eval/events_eval_records.h"

#include <cctype>
#include <map>

namespace dyad {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
    s.remove_prefix(1);
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

// Runs of whitespace (the records wrap their sentences) become one space.
std::string CollapseSpaces(std::string_view s) {
  std::string out;
  for (char c : Trim(s)) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  return out;
}

std::string DecodeEntities(std::string_view s) {
  static const std::pair<const char*, char> kEntities[] = {{"&amp;", '&'},
                                                           {"&lt;", '<'},
                                                           {"&gt;", '>'},
                                                           {"&quot;", '"'},
                                                           {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    bool done = false;
    for (const auto& [name, c] : kEntities) {
      if (s.substr(i).starts_with(name)) {
        out.push_back(c);
        i += std::string_view(name).size() - 1;
        done = true;
        break;
      }
    }
    if (!done) out.push_back(s[i]);
  }
  return out;
}

std::string StripXmlComments(std::string_view xml) {
  std::string out;
  size_t pos = 0;
  while (pos < xml.size()) {
    size_t open = xml.find("<!--", pos);
    out.append(xml.substr(pos, open - pos));
    if (open == std::string_view::npos) break;
    size_t close = xml.find("-->", open + 4);
    pos = close == std::string_view::npos ? xml.size() : close + 3;
  }
  return out;
}

// name="value" or name = 'value' pairs of one start tag.
std::map<std::string, std::string> Attributes(std::string_view tag) {
  std::map<std::string, std::string> out;
  size_t pos = 0;
  while ((pos = tag.find('=', pos)) != std::string_view::npos) {
    size_t name_end = tag.find_last_not_of(" \t\r\n", pos - 1);
    size_t name_begin = tag.find_last_of(" \t\r\n", name_end);
    size_t q = tag.find_first_not_of(" \t\r\n", pos + 1);
    if (name_end == std::string_view::npos || q == std::string_view::npos ||
        (tag[q] != '"' && tag[q] != '\'')) {
      ++pos;
      continue;
    }
    size_t end = tag.find(tag[q], q + 1);
    if (end == std::string_view::npos) break;
    size_t nb = name_begin == std::string_view::npos ? 0 : name_begin + 1;
    out[std::string(tag.substr(nb, name_end + 1 - nb))] =
        DecodeEntities(tag.substr(q + 1, end - q - 1));
    pos = end + 1;
  }
  return out;
}

// The content of the first <name>...</name> in `body`, or "".
std::string_view Element(std::string_view body, std::string_view name) {
  std::string open = "<" + std::string(name) + ">";
  std::string close = "</" + std::string(name) + ">";
  size_t b = body.find(open);
  if (b == std::string_view::npos) return {};
  b += open.size();
  size_t e = body.find(close, b);
  return body.substr(b, e == std::string_view::npos ? e : e - b);
}

// A coded actor as the records write it; a quoted phrase ('"INJURY TOLL"')
// is a null-coded actor that no dictionary code can equal.
std::string ActorCode(const std::string& v) { return CollapseSpaces(v); }

void ReadCodings(std::string_view body, SuiteRecord* r) {
  size_t pos = 0;
  while ((pos = body.find("<EventCoding", pos)) != std::string_view::npos) {
    size_t end = body.find('>', pos);
    auto attrs = Attributes(body.substr(pos + 12, end - pos - 12));
    pos = end;
    if (attrs.count("error")) r->error = attrs["error"];
    if (!attrs.count("eventcode")) continue;
    r->expected.push_back({ActorCode(attrs["sourcecode"]),
                           ActorCode(attrs["targetcode"]),
                           CollapseSpaces(attrs["eventcode"])});
  }
}

SuiteRecord PetrarchRecord(std::string_view start_tag, std::string_view body) {
  auto attrs = Attributes(start_tag);
  SuiteRecord r;
  r.id = attrs["id"];
  r.category = attrs["category"];
  r.date = SuiteDate(attrs["date"]);
  r.text = CollapseSpaces(DecodeEntities(Element(body, "Text")));
  r.parse = std::string(Trim(Element(body, "Parse")));
  for (const char* flag : {"sentence", "evaluate"}) {
    if (attrs.count(flag) && attrs[flag] == "false") {
      r.evaluate = false;
      r.skip_reason = std::string(flag) + "=\"false\" in the suite";
    }
  }
  ReadCodings(body, &r);
  return r;
}

bool IsTabariHeader(std::string_view line) {
  if (line.size() < 8) return false;
  for (int i = 0; i < 6; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  }
  return line[6] == ' ' || line[6] == '\t';
}

// One "{ ... }" group of a TABARI comment.
void ReadTabariGroup(std::string_view group, bool* none, SuiteRecord* r) {
  group = Trim(group);
  if (group == "+++" || group == "---") {
    *none = true;
    return;
  }
  std::vector<std::string> parts;
  size_t pos = 0;
  while (true) {
    size_t slash = group.find('/', pos);
    parts.push_back(CollapseSpaces(group.substr(pos, slash - pos)));
    if (slash == std::string_view::npos) break;
    pos = slash + 1;
  }
  if (parts.size() == 3) r->expected.push_back({parts[0], parts[1], parts[2]});
}

void ReadTabariComment(std::string_view comment, SuiteRecord* r) {
  bool none = false;
  size_t pos = 0;
  while ((pos = comment.find('{', pos)) != std::string_view::npos) {
    size_t end = comment.find('}', pos);
    if (end == std::string_view::npos) break;
    bool disabled = pos > 0 && comment[pos - 1] == '-';
    if (!disabled)
      ReadTabariGroup(comment.substr(pos + 1, end - pos - 1), &none, r);
    pos = end + 1;
  }
  if (r->expected.empty() && !none) {
    r->evaluate = false;
    r->skip_reason = "no active expected events in the suite";
  }
}

std::vector<std::string_view> Lines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t nl = s.find('\n', pos);
    out.push_back(s.substr(pos, nl - pos));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

// Text and comment of the TABARI record starting after line `i`.
size_t ReadTabariBody(const std::vector<std::string_view>& lines, size_t i,
                      SuiteRecord* r) {
  std::string text, comment;
  bool in_comment = false;
  for (; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (!in_comment && IsTabariHeader(line)) break;
    if (!in_comment) {
      size_t open = line.find("/*");
      text.append(line.substr(0, open)).push_back('\n');
      if (open == std::string_view::npos) continue;
      in_comment = true;
      line = line.substr(open + 2);
    }
    size_t close = line.find("*/");
    comment.append(line.substr(0, close)).push_back('\n');
    if (close != std::string_view::npos) {
      ++i;
      break;
    }
  }
  r->text = CollapseSpaces(text);
  ReadTabariComment(comment, r);
  return i;
}

// " WORD WORD " : letters and digits upper-cased, anything else a break.
std::string UpperWords(std::string_view text) {
  std::string words = " ";
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      words.push_back(std::toupper(static_cast<unsigned char>(c)));
    } else if (words.back() != ' ') {
      words.push_back(' ');
    }
  }
  if (words.back() != ' ') words.push_back(' ');
  return words;
}

}  // namespace

std::string SuiteDate(std::string_view d) {
  d = Trim(d);
  for (char c : d) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return "";
  }
  std::string year;
  if (d.size() == 8) {
    year = std::string(d.substr(0, 4));
  } else if (d.size() == 6) {
    year = (d[0] < '5' ? "20" : "19") + std::string(d.substr(0, 2));
  } else {
    return "";
  }
  std::string_view md = d.substr(d.size() - 4);
  return year + "-" + std::string(md.substr(0, 2)) + "-" +
         std::string(md.substr(2));
}

Status ParsePetrarchRecords(std::string_view xml, const std::string& name,
                            std::vector<SuiteRecord>* out) {
  std::string clean = StripXmlComments(xml);
  std::string_view s = clean;
  size_t pos = 0;
  while ((pos = s.find("<Sentence", pos)) != std::string_view::npos) {
    char after = pos + 9 < s.size() ? s[pos + 9] : '>';
    if (after != '>' && !std::isspace(static_cast<unsigned char>(after))) {
      pos += 9;  // <Sentences>
      continue;
    }
    size_t tag_end = s.find('>', pos);
    size_t close = s.find("</Sentence>", tag_end);
    if (tag_end == std::string_view::npos || close == std::string_view::npos) {
      return Status::Corruption(name + ": unterminated <Sentence> at byte " +
                                std::to_string(pos));
    }
    out->push_back(PetrarchRecord(s.substr(pos + 9, tag_end - pos - 9),
                                  s.substr(tag_end + 1, close - tag_end - 1)));
    pos = close;
  }
  if (out->empty()) return Status::Corruption(name + ": no <Sentence> records");
  return Status::OK();
}

Status ParseTabariValidation(std::string_view text, const std::string& name,
                             std::vector<SuiteRecord>* out) {
  std::vector<std::string_view> lines = Lines(text);
  size_t i = 0;
  while (i < lines.size()) {
    if (!IsTabariHeader(lines[i])) {
      ++i;
      continue;
    }
    SuiteRecord r;
    r.date = SuiteDate(lines[i].substr(0, 6));
    std::string rest = CollapseSpaces(lines[i].substr(6));
    r.id = rest.substr(0, rest.find(' '));
    r.category = r.id.substr(0, r.id.find('-'));
    if (r.category == "FINAL") break;
    i = ReadTabariBody(lines, i + 1, &r);
    out->push_back(std::move(r));
  }
  if (out->empty()) return Status::Corruption(name + ": no TABARI records");
  return Status::OK();
}

std::vector<std::vector<std::string>> ParseCsv(std::string_view data) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < data.size(); ++i) {
    char c = data[i];
    if (quoted) {
      if (c != '"') {
        field.push_back(c);
      } else if (i + 1 < data.size() && data[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',' || c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      if (c == '\n') rows.emplace_back();
    } else if (c != '\r') {
      field.push_back(c);
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

Status ParseCameoExamples(std::string_view csv, const std::string& name,
                          std::vector<SuiteRecord>* out) {
  auto rows = ParseCsv(csv);
  if (rows.empty()) return Status::Corruption(name + ": empty");
  int code = -1, example = -1;
  for (size_t i = 0; i < rows[0].size(); ++i) {
    if (rows[0][i] == "code") code = static_cast<int>(i);
    if (rows[0][i] == "example") example = static_cast<int>(i);
  }
  if (code < 0 || example < 0) {
    return Status::Corruption(name + ": no 'code' and 'example' columns");
  }
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    if (row.size() <= size_t(std::max(code, example))) continue;
    std::string text = CollapseSpaces(row[example]);
    if (text.empty() || text == "NA") continue;
    SuiteRecord r;
    r.id = row[code];
    r.category = row[code].substr(0, 2);
    r.text = text;
    r.expected.push_back({"", "", row[code]});
    out->push_back(std::move(r));
  }
  return Status::OK();
}

DiscardList DiscardList::Parse(std::string_view data) {
  DiscardList d;
  for (std::string_view line : Lines(data)) {
    line = line.substr(0, line.find('#'));
    line = Trim(line.substr(0, line.find(';')));
    if (!line.empty() && line[0] == '+') line.remove_prefix(1);
    std::string phrase = UpperWords(line);
    if (phrase.size() > 1) d.phrases_.push_back(phrase);
  }
  return d;
}

std::string DiscardList::Find(std::string_view text) const {
  std::string words = UpperWords(text);
  for (const std::string& p : phrases_) {
    if (words.find(p) != std::string::npos) return std::string(Trim(p));
  }
  return "";
}

}  // namespace dyad
