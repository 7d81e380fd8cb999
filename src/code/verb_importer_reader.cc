#include "code/verb_importer_reader.h"

#include <algorithm>

#include "code/verb_importer_syntax.h"

namespace dyad {
namespace {

bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

// "--- NAME [CODE] ---" (a PETRARCH block header).
bool IsBlockHeader(std::string_view line) {
  return StartsWith(line, "---") && line.size() > 3 &&
         (line[3] == ' ' || line[3] == '\t');
}

bool HasBlockHeaders(std::string_view data) {
  size_t pos = 0;
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    if (IsBlockHeader(data.substr(pos, end - pos))) return true;
    pos = end + 1;
  }
  return false;
}

// PETRARCH-2 patterns group words with "(...)" or "{...}" without "|".
bool HasPetrarch2Groups(const std::vector<VerbBlock>& blocks) {
  for (const VerbBlock& b : blocks) {
    for (const VerbLine& p : b.patterns) {
      if (p.text.find('(') != std::string::npos) return true;
      if (p.text.find('{') != std::string::npos &&
          p.text.find('|') == std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

// "MEET {MEETS MET MEETING}" -> "MEET": the verb forms are not needed.
std::string WithoutForms(std::string_view text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '{') ++depth;
    if (depth == 0) out += c;
    if (c == '}' && depth > 0) --depth;
  }
  return std::string(Trim(out));
}

class LayoutReader {
 public:
  explicit LayoutReader(bool blocks) : blocks_(blocks) {
    file_.format = blocks ? VerbFormat::kPetrarch1 : VerbFormat::kTabari;
  }

  VerbFile Run(std::string_view data) {
    int lineno = 0;
    while (!data.empty() && !stop_) {
      size_t end = data.find('\n');
      Line(++lineno, data.substr(0, end));
      if (end == std::string_view::npos) break;
      data.remove_prefix(end + 1);
    }
    if (blocks_ && HasPetrarch2Groups(file_.blocks)) {
      file_.format = VerbFormat::kPetrarch2;
    }
    return std::move(file_);
  }

 private:
  void Line(int n, std::string_view raw) {
    std::string text = WithoutXmlComments(raw);
    std::string_view line = StripComment(text);
    if (line.empty()) return;
    if (in_time_) {
      if (StartsWith(line, "</TIME"))
        in_time_ = false;
      else
        ++file_.unsupported_lines;
      return;
    }
    if (line[0] != '+') synset_.clear();
    Classify(n, line);
  }

  void Classify(int n, std::string_view line) {
    if (StartsWith(line, "~~FINISH")) {
      stop_ = true;
    } else if (line[0] == '~') {
      ++file_.unsupported_lines;  // PETRARCH-2 transformation
    } else if (line[0] == '<') {
      in_time_ = StartsWith(line, "<TIME");
    } else if (line[0] == '&') {
      synset_ = SynsetKey(line.substr(0, line.find_first_of(" \t")));
      file_.synsets[synset_];
    } else if (line[0] == '+' && !synset_.empty()) {
      file_.synsets[synset_].push_back(std::string(Trim(line.substr(1))));
    } else if (blocks_ && IsBlockHeader(line)) {
      Header(n, line);
    } else if (line[0] == '-') {
      Pattern(n, line.substr(1));
    } else if (line[0] == '{' && !blocks_) {
      // TABARI verb forms line: not needed
    } else {
      Verb(n, line);
    }
  }

  // Drops "<!-- ... -->", also across lines.
  std::string WithoutXmlComments(std::string_view raw) {
    std::string out;
    while (!raw.empty()) {
      if (in_xml_) {
        size_t close = raw.find("-->");
        if (close == std::string_view::npos) return out;
        raw.remove_prefix(close + 3);
        in_xml_ = false;
      }
      size_t open = raw.find("<!--");
      out += raw.substr(0, open);
      if (open == std::string_view::npos) break;
      raw.remove_prefix(open + 4);
      in_xml_ = true;
    }
    return out;
  }

  void Header(int n, std::string_view line) {
    VerbBlock b;
    b.line = n;
    std::string_view body = line.substr(3);
    b.has_code = TakeCodeBlock(&body, &b.code);
    file_.blocks.push_back(std::move(b));
  }

  void Pattern(int n, std::string_view body) {
    VerbLine p;
    p.line = n;
    if (!TakeCodeBlock(&body, &p.code))
      return Error(n, "pattern without [code]");
    p.has_code = true;
    p.text = std::string(Trim(body));
    if (file_.blocks.empty() || file_.blocks.back().verbs.empty()) {
      return Error(n, "pattern before any verb");
    }
    file_.blocks.back().patterns.push_back(std::move(p));
  }

  void Verb(int n, std::string_view line) {
    VerbLine v;
    v.line = n;
    v.has_code = TakeCodeBlock(&line, &v.code);
    v.text = WithoutForms(line);
    if (v.text.empty()) return Error(n, "verb line without a verb");
    if (!blocks_) {
      if (!v.has_code) return Error(n, "verb without [code]");
      VerbBlock b;  // the verb carries its own code
      b.line = n;
      file_.blocks.push_back(std::move(b));
    } else if (file_.blocks.empty()) {
      return Error(n, "verb before any '--- NAME [CODE] ---' block");
    }
    file_.blocks.back().verbs.push_back(std::move(v));
  }

  void Error(int n, std::string what) {
    file_.errors.emplace_back(n, std::move(what));
  }

  bool blocks_;
  VerbFile file_;
  bool stop_ = false;
  bool in_xml_ = false;
  bool in_time_ = false;
  std::string synset_;  // the synset whose "+" members are being read
};

}  // namespace

const char* VerbFormatName(VerbFormat f) {
  switch (f) {
    case VerbFormat::kTabari:
      return "TABARI";
    case VerbFormat::kPetrarch1:
      return "PETRARCH-1";
    case VerbFormat::kPetrarch2:
      return "PETRARCH-2";
  }
  return "?";
}

VerbFile ReadVerbFile(std::string_view data) {
  return LayoutReader(HasBlockHeaders(data)).Run(data);
}

}  // namespace dyad
