// Agent files: TABARI `.agents` and PETRARCH / Phoenix agents files. One
// agent per line, `NAME {PLURAL PLURAL} [~ROLE]`, with `!SET! = A, B`
// substitution sets and `+SYNONYM` lines adding names to the agent above.
#include <utility>

#include "resolve/importer.h"
#include "resolve/importer_syntax.h"

namespace dyad {
namespace {

constexpr int64_t kNoAgent = -1;

// Agents are common nouns, matched in lower case; lower case also lets
// PluralOf ("army" → "armies") see the word's ending.
std::string AsciiLower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// The parts of "NAME {PLURALS}".
struct AgentHead {
  std::string_view name;
  std::string_view plurals;
  bool braces = false;  // `{...}` present, even empty: no automatic plural
};

std::string SplitPlurals(std::string_view head, AgentHead* out) {
  size_t open = head.find('{');
  out->name = TrimBlanks(head.substr(0, open));
  if (open == std::string_view::npos) return "";
  size_t close = head.find('}', open);
  if (close == std::string_view::npos) return "unclosed '{'";
  if (!TrimBlanks(head.substr(close + 1)).empty()) {
    return "unexpected text after '}'";
  }
  out->braces = true;
  out->plurals = head.substr(open + 1, close - open - 1);
  return "";
}

std::string ReadRole(std::string_view inside, std::string* role) {
  CodeBlock block;
  std::string note;
  std::string error = ParseCodeBlock(inside, &block, &note);
  if (!error.empty()) return error;
  if (block.dated || !note.empty()) return "date restriction on an agent";
  if (block.code.empty()) return "null code for an agent";
  *role = block.code;  // "~GOV" and "NGO~" alike give the role
  return "";
}

class AgentImporter {
 public:
  AgentImporter(const std::string& file, DictionaryBuilder* builder)
      : file_(file), b_(builder) {}

  void Run(std::string_view data) {
    DictLineReader reader(
        data, [this](int n, std::string what) { Warn(n, std::move(what)); });
    DictLine line;
    while (reader.Next(&line)) {
      std::string error = Line(TrimBlanks(line.text));
      if (!error.empty()) Warn(line.number, error);
    }
  }

 private:
  void Warn(int line, std::string what) {
    b_->Warn(file_ + ":" + std::to_string(line) + ": " + what);
  }

  // Reads one line; returns an error text or "".
  std::string Line(std::string_view t) {
    std::string error;
    if (subs_.Define(t, &error)) return error;
    if (t[0] == '+') {
      if (last_ == kNoAgent) return "synonym before any agent";
      return AddNames(t.substr(1), static_cast<uint32_t>(last_));
    }
    last_ = kNoAgent;
    LineParts parts;
    error = SplitCodeBlocks(t, &parts);
    if (!error.empty()) return error;
    if (parts.blocks.empty())
      return "no code for '" + std::string(parts.head) + "'";
    if (parts.blocks.size() > 1) return "more than one code for an agent";
    if (!parts.trailing.empty()) return "text after the code";
    std::string role;
    error = ReadRole(parts.blocks[0], &role);
    if (!error.empty()) return error;
    return AddAgent(parts.head, role);
  }

  std::string AddAgent(std::string_view head, const std::string& role) {
    AgentHead parts;
    std::string error = SplitPlurals(head, &parts);
    std::vector<std::string> names;
    if (error.empty()) error = Expand(parts.name, &names);
    if (!error.empty()) return error;
    ActorEntry entry;
    entry.kind = ActorKind::kAgent;
    entry.name = names[0];
    entry.codes.emplace_back();
    entry.codes.back().code = role;
    uint32_t id = b_->AddEntry(std::move(entry));
    ++b_->stats().agents;
    last_ = id;
    AddSurfaces(names, parts, id);
    return "";
  }

  // `+SYNONYM {PLURALS}` for the agent above.
  std::string AddNames(std::string_view head, uint32_t id) {
    AgentHead parts;
    std::string error = SplitPlurals(head, &parts);
    std::vector<std::string> names;
    if (error.empty()) error = Expand(parts.name, &names);
    if (!error.empty()) return error;
    AddSurfaces(names, parts, id);
    return "";
  }

  // The surfaces of a phrase after substitution; error when there is none.
  std::string Expand(std::string_view phrase, std::vector<std::string>* out) {
    std::vector<std::string> phrases;
    std::string error = subs_.Expand(phrase, &phrases);
    if (!error.empty()) return error;
    for (const std::string& p : phrases) {
      std::string surface = AsciiLower(PhraseToSurface(p));
      if (!surface.empty()) out->push_back(std::move(surface));
    }
    return out->empty() ? "missing name" : "";
  }

  // Names with plurals: listed ones, none after `{}`, else the regular one
  // (but not for substituted names, whose sets list every form).
  void AddSurfaces(const std::vector<std::string>& names,
                   const AgentHead& parts, uint32_t id) {
    bool substituted =
        names.size() > 1 || names[0] != AsciiLower(PhraseToSurface(parts.name));
    for (const std::string& name : names) {
      if (parts.braces || substituted) {
        b_->AddName(name, id);
      } else {
        b_->AddNameWithPlural(name, id);
      }
    }
    std::string_view plurals = parts.plurals;
    while (!(plurals = TrimBlanks(plurals)).empty()) {
      size_t blank = plurals.find_first_of(" \t");
      std::string plural = PhraseToSurface(plurals.substr(0, blank));
      if (!plural.empty()) b_->AddName(AsciiLower(plural), id);
      plurals = blank == std::string_view::npos ? "" : plurals.substr(blank);
    }
  }

  const std::string& file_;
  DictionaryBuilder* b_;
  Substitutions subs_;
  int64_t last_ = kNoAgent;  // the agent that `+` lines extend
};

}  // namespace

Status ImportAgentFile(std::string_view data, const std::string& name,
                       DictionaryBuilder* builder) {
  AgentImporter(name, builder).Run(data);
  return Status::OK();
}

}  // namespace dyad
