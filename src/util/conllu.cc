#include "util/conllu.h"

#include <charconv>

#include "util/file.h"

namespace dyad {
namespace {

// Splits `line` on tabs into at most 10 fields.
int SplitFields(std::string_view line, std::string_view* f) {
  int n = 0;
  while (n < 10) {
    size_t tab = line.find('\t');
    f[n++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return n;
}

bool ParseInt(std::string_view s, int* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool HasSpaceAfterNo(std::string_view misc) {
  return misc.find("SpaceAfter=No") != std::string_view::npos;
}

std::string Field(std::string_view s) {
  return s == "_" ? std::string() : std::string(s);
}

class Parser {
 public:
  Parser(std::string_view name, std::vector<ConlluSentence>* out)
      : name_(name), out_(out) {}

  Status Line(std::string_view line, int lineno) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return Flush();
    if (line[0] == '#') return Comment(line);
    return Word(line, lineno);
  }

  Status Flush() {
    if (!cur_.words.empty()) out_->push_back(std::move(cur_));
    cur_ = ConlluSentence();
    return Status::OK();
  }

 private:
  Status Comment(std::string_view line) {
    auto value = [&](std::string_view key) -> std::string_view {
      size_t eq = line.find('=');
      if (line.find(key) == std::string_view::npos || eq == line.npos) {
        return {};
      }
      std::string_view v = line.substr(eq + 1);
      while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
      return v;
    };
    if (line.rfind("# text =", 0) == 0) cur_.text = value("text");
    if (line.rfind("# sent_id", 0) == 0) cur_.sent_id = value("sent_id");
    if (line.rfind("# newdoc", 0) == 0) cur_.new_doc = cur_.new_par = true;
    if (line.rfind("# newpar", 0) == 0) cur_.new_par = true;
    return Status::OK();
  }

  Status Word(std::string_view line, int lineno) {
    std::string_view f[10];
    if (SplitFields(line, f) != 10) return Error(lineno, "expected 10 fields");
    size_t dash = f[0].find('-');
    if (f[0].find('.') != std::string_view::npos) return Status::OK();
    if (dash != std::string_view::npos) return Multiword(f, dash, lineno);
    int head = 0;
    if (!ParseInt(f[6], &head) && f[6] != "_") {
      return Error(lineno, "bad HEAD '" + std::string(f[6]) + "'");
    }
    Token t;
    t.text = std::string(f[1]);
    t.lemma = Field(f[2]);
    t.upos = Field(f[3]);
    t.xpos = Field(f[4]);
    t.head = head - 1;
    t.deprel = Field(f[7]);
    t.space_after = !HasSpaceAfterNo(f[9]);
    cur_.words.push_back(std::move(t));
    cur_.feats.emplace_back(f[5]);
    return Status::OK();
  }

  Status Multiword(std::string_view* f, size_t dash, int lineno) {
    int a = 0, b = 0;
    if (!ParseInt(f[0].substr(0, dash), &a) ||
        !ParseInt(f[0].substr(dash + 1), &b) || b < a) {
      return Error(lineno, "bad range '" + std::string(f[0]) + "'");
    }
    cur_.multiwords.push_back(
        {a - 1, b - 1, std::string(f[1]), !HasSpaceAfterNo(f[9])});
    return Status::OK();
  }

  Status Error(int lineno, const std::string& what) {
    return Status::Corruption(std::string(name_) + ":" +
                              std::to_string(lineno) + ": " + what);
  }

  std::string_view name_;
  std::vector<ConlluSentence>* out_;
  ConlluSentence cur_;
};

}  // namespace

Status ParseConllu(std::string_view data, std::string_view name,
                   std::vector<ConlluSentence>* out) {
  Parser parser(name, out);
  int lineno = 0;
  while (!data.empty()) {
    size_t nl = data.find('\n');
    DYAD_RETURN_IF_ERROR(parser.Line(data.substr(0, nl), ++lineno));
    if (nl == std::string_view::npos) break;
    data.remove_prefix(nl + 1);
  }
  return parser.Flush();
}

Status ReadConlluFile(const std::string& path,
                      std::vector<ConlluSentence>* out) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &data));
  return ParseConllu(data, path, out);
}

void WriteConllu(const std::vector<Token>& tokens, std::string_view id,
                 std::string_view text, std::string* out) {
  auto or_ = [](const std::string& s) -> std::string_view {
    return s.empty() ? std::string_view("_") : std::string_view(s);
  };
  if (!id.empty()) out->append("# sent_id = ").append(id).append("\n");
  if (!text.empty()) out->append("# text = ").append(text).append("\n");
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    out->append(std::to_string(i + 1)).append("\t").append(t.text);
    out->append("\t").append(or_(t.lemma)).append("\t").append(or_(t.upos));
    out->append("\t").append(or_(t.xpos)).append("\t_\t");
    out->append(std::to_string(t.head + 1)).append("\t");
    out->append(or_(t.deprel)).append("\t_\t");
    out->append(t.space_after ? "_" : "SpaceAfter=No").append("\n");
  }
  out->append("\n");
}

}  // namespace dyad
