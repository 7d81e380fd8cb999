// Actor files: TABARI / PETRARCH-1 `.actors` and Phoenix `*.actors.txt`.
// An entry is a primary line `NAME [CODE]...`, then `+SYNONYM` lines and
// indented `[CODE DATE]` lines; it is added to the builder when the next
// primary line (or the end of the file) is reached.
#include "resolve/importer.h"

#include <array>
#include <utility>

#include "resolve/importer_syntax.h"

namespace dyad {
namespace {

// CAMEO three-letter codes that are not states: international and
// non-state actor types and role segments. Any other bare three-letter code
// is taken as a country (ISO alpha-3 or a CAMEO historical code).
constexpr std::array<std::string_view, 48> kNonStateCodes = {
    "IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "UNO", "INT", "GOV", "MIL",
    "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "CVL", "BUS", "CRM",
    "EDU", "HLH", "REF", "LAB", "AGR", "DEV", "ENV", "HRI", "MED", "ELI",
    "REL", "MOS", "MUS", "CHR", "JEW", "BUD", "HIN", "SIK", "SEP", "UAF",
    "RAD", "MOD", "IMF", "IBR", "EEC", "WBK", "SHI", "SUN"};

bool LooksLikeCountry(const std::string& code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  for (std::string_view s : kNonStateCodes) {
    if (code == s) return false;
  }
  return true;
}

// An entry being read.
struct PendingActor {
  bool active = false;
  bool skip = false;  // the primary line was bad: absorb what follows
  int line = 0;
  std::vector<std::string> names;
  std::vector<DatedCode> dated;
  bool has_default = false;
  DatedCode fallback;      // the undated code, 0..99991231
  bool any_block = false;  // a [...] was seen, even a malformed one
  bool any_code = false;   // a well-formed code was read
};

class ActorImporter {
 public:
  ActorImporter(const std::string& file, DictionaryBuilder* builder)
      : file_(file), b_(builder) {}

  void Run(std::string_view data) {
    DictLineReader reader(
        data, [this](int n, std::string what) { Warn(n, std::move(what)); });
    DictLine line;
    while (reader.Next(&line)) Dispatch(line);
    Flush();
  }

 private:
  void Warn(int line, std::string what) {
    b_->Warn(file_ + ":" + std::to_string(line) + ": " + what);
  }

  void Dispatch(const DictLine& line) {
    std::string_view t = TrimBlanks(line.text);
    if (t[0] == '+') {
      Continuation(line.number, t.substr(1), true);
    } else if (t[0] == '[') {
      Continuation(line.number, t, false);
    } else {
      Primary(line.number, t);
    }
  }

  void Primary(int n, std::string_view t) {
    std::string error;
    if (subs_.Define(t, &error)) {
      Flush();
      if (!error.empty()) Warn(n, error);
      return;
    }
    LineParts parts;
    error = SplitCodeBlocks(t, &parts);
    // Phoenix writes synonyms as consecutive name lines before the codes.
    bool joins = p_.active && !p_.skip && !p_.any_block && error.empty() &&
                 parts.blocks.empty();
    if (!joins) {
      Flush();
      p_.active = true;
      p_.line = n;
    }
    bool ok = Read(n, error, parts);
    if (!joins) p_.skip = !ok;
  }

  // A `+SYNONYM` line (`synonym`) or an indented code line.
  void Continuation(int n, std::string_view t, bool synonym) {
    if (!p_.active) {
      Warn(n, synonym ? "synonym before any entry" : "code before any entry");
      return;
    }
    if (p_.skip) return;
    if (synonym && TrimBlanks(t).empty()) {
      Warn(n, "empty synonym");
      return;
    }
    LineParts parts;
    std::string error = SplitCodeBlocks(t, &parts);
    Read(n, error, parts);
  }

  // Adds the names and codes of one line to the pending entry; false when
  // the line is unusable (`error` is the splitting error, if any).
  bool Read(int n, std::string error, const LineParts& parts) {
    if (error.empty() && parts.head.find('=') != std::string_view::npos) {
      error = "'=' in a name";
    }
    if (!error.empty()) {
      Warn(n, error);
      return false;
    }
    if (!parts.trailing.empty()) {
      Warn(n, "text after the code ignored: '" + std::string(parts.trailing) +
                  "'");
    }
    if (!AddNames(n, parts.head)) return false;
    for (std::string_view block : parts.blocks) AddCode(n, block);
    return true;
  }

  // '+' inside a name separates synonyms ("A_+_B").
  bool AddNames(int n, std::string_view head) {
    while (!head.empty()) {
      size_t plus = head.find('+');
      std::vector<std::string> phrases;
      std::string error = subs_.Expand(head.substr(0, plus), &phrases);
      if (!error.empty()) {
        Warn(n, error);
        return false;
      }
      for (const std::string& phrase : phrases) {
        std::string surface = PhraseToSurface(phrase);
        if (!surface.empty()) p_.names.push_back(std::move(surface));
      }
      head = plus == std::string_view::npos ? "" : head.substr(plus + 1);
    }
    return true;
  }

  void AddCode(int n, std::string_view inside) {
    p_.any_block = true;
    CodeBlock block;
    std::string note;
    std::string error = ParseCodeBlock(inside, &block, &note);
    if (error.empty() && (block.agent_prefix || block.agent_suffix)) {
      error = "agent code in an actor file";
    }
    if (!note.empty()) Warn(n, note);
    if (!error.empty()) {
      Warn(n, error);
      return;
    }
    p_.any_code = true;
    DatedCode code;
    code.code = block.code;
    code.start = block.start;
    code.end = block.end;
    if (block.dated) {
      p_.dated.push_back(std::move(code));
    } else {
      p_.has_default = true;  // a later default replaces an earlier one
      p_.fallback = std::move(code);
    }
  }

  void Flush() {
    PendingActor p = std::exchange(p_, PendingActor());
    if (!p.active || p.skip) return;
    if (p.names.empty()) {
      Warn(p.line, "entry without a name");
      return;
    }
    if (!p.any_code) {  // malformed codes were reported already
      if (!p.any_block) Warn(p.line, "no code for '" + p.names[0] + "'");
      return;
    }
    ActorEntry entry;
    entry.name = p.names[0];
    bool dated = !p.dated.empty();
    entry.codes = std::move(p.dated);
    if (p.has_default) entry.codes.push_back(std::move(p.fallback));
    entry.kind = KindOf(entry, dated);
    Count(entry);
    bool acronyms = entry.kind != ActorKind::kPerson;
    entry.name = NameCase(entry.name, acronyms);
    uint32_t id = b_->AddEntry(std::move(entry));
    for (const std::string& name : p.names) {
      b_->AddName(NameCase(name, acronyms), id);
    }
  }

  static ActorKind KindOf(const ActorEntry& e, bool dated) {
    if (dated) return ActorKind::kPerson;
    return LooksLikeCountry(e.codes[0].code) ? ActorKind::kCountry
                                             : ActorKind::kOrganization;
  }

  void Count(const ActorEntry& e) {
    ActorDictionaryStats& s = b_->stats();
    switch (e.kind) {
      case ActorKind::kPerson:
        ++s.people;
        s.roles += e.codes.size();
        break;
      case ActorKind::kCountry:
        ++s.countries;
        break;
      default:
        ++s.organizations;
        break;
    }
  }

  const std::string& file_;
  DictionaryBuilder* b_;
  Substitutions subs_;
  PendingActor p_;
};

}  // namespace

Status ImportActorFile(std::string_view data, const std::string& name,
                       DictionaryBuilder* builder) {
  ActorImporter(name, builder).Run(data);
  return Status::OK();
}

}  // namespace dyad
