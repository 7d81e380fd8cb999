#include "dyad/lexicon.h"

#include <algorithm>
#include <filesystem>

#include "code/verb_importer.h"
#include "util/file.h"

namespace dyad {
namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  while (true) {
    size_t p = s.find(sep);
    out.emplace_back(s.substr(0, p));
    if (p == std::string_view::npos) return out;
    s.remove_prefix(p + 1);
  }
}

bool ValidCode(std::string_view c) {
  if (c == kNotAnEvent) return true;
  return c.size() >= 2 && c.size() <= 4 &&
         std::all_of(c.begin(), c.end(),
                     [](char ch) { return ch >= '0' && ch <= '9'; });
}

Status ParseAnchor(std::string_view a, const std::string& origin, Pattern* p) {
  if (a.size() < 3 || (a.substr(0, 2) != "v:" && a.substr(0, 2) != "n:")) {
    return Status::InvalidArgument(origin +
                                   ": anchor must be v:LEMMA or n:LEMMA");
  }
  p->noun = a[0] == 'n';
  std::string lemma(a.substr(2));
  size_t us = lemma.find('_');
  if (!p->noun && us != std::string::npos) {
    p->particle = lemma.substr(us + 1);
    lemma.resize(us);
  }
  p->lemma = lemma;
  return Status::OK();
}

Status ParseSlot(std::string_view s, const std::string& origin, Slot* slot) {
  using K = Slot::Kind;
  auto colon = s.find(':');
  std::string_view head = s.substr(0, colon);
  std::string_view rest =
      colon == std::string_view::npos ? "" : s.substr(colon + 1);
  if (s == "-obj") {
    slot->kind = K::kNoObject;
    return Status::OK();
  }
  if (head == "obj") {
    slot->kind = rest.empty() ? K::kObject : K::kObjectLemma;
  } else if (head == "xcomp") {
    slot->kind = K::kXcomp;
  } else if (head == "ccomp") {
    slot->kind = K::kCcomp;
  } else if (head == "src" && !rest.empty()) {
    slot->kind = K::kSourcePrep;
    slot->preps = Split(rest, '|');
    return Status::OK();
  } else if (!head.empty() && head[0] == '@' && head.size() > 1) {
    slot->kind = rest.empty() ? K::kPrep : K::kPrepLemma;
    slot->preps = Split(head.substr(1), '|');
  } else {
    return Status::InvalidArgument(origin + ": unknown slot '" +
                                   std::string(s) + "'");
  }
  if (!rest.empty()) slot->lemmas = Split(rest, '|');
  return Status::OK();
}

std::string DefaultDir() {
  return std::string(DYAD_SOURCE_DIR) + "/data/lexicon";
}

// The files named by `paths`: folders contribute their *.tsv files.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (!std::filesystem::is_directory(p)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> in_dir;
    for (const auto& e : std::filesystem::directory_iterator(p)) {
      if (e.path().extension() == ".tsv") in_dir.push_back(e.path().string());
    }
    std::sort(in_dir.begin(), in_dir.end());
    files.insert(files.end(), in_dir.begin(), in_dir.end());
  }
  return files;
}

Status LoadDyadFile(const std::string& path, int max_bad, Lexicon* lex) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &data));
  int lineno = 0, bad = 0;
  for (const std::string& line : Split(data, '\n')) {
    ++lineno;
    if (line.empty() || line[0] == '#' ||
        line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    Pattern p;
    Status s =
        Lexicon::ParseLine(line, path + ":" + std::to_string(lineno), &p);
    if (!s.ok()) {
      lex->Warn(s.message());
      if (++bad > max_bad) {
        return Status::InvalidArgument(path + ": too many malformed lines");
      }
      continue;
    }
    lex->Add(std::move(p));
  }
  return Status::OK();
}

const std::vector<const Pattern*>& Lookup(
    const std::map<std::string, std::vector<const Pattern*>, std::less<>>& m,
    std::string_view lemma) {
  static const std::vector<const Pattern*> kEmpty;
  auto it = m.find(lemma);
  return it == m.end() ? kEmpty : it->second;
}

}  // namespace

bool Slot::HasLemma(std::string_view l) const {
  return AnyLemma() ||
         std::find(lemmas.begin(), lemmas.end(), l) != lemmas.end();
}

bool Slot::HasPrep(std::string_view p) const {
  return std::find(preps.begin(), preps.end(), p) != preps.end();
}

const Slot* Pattern::TargetSlot() const {
  for (const Slot& s : slots) {
    if (s.kind == Slot::Kind::kObject || s.kind == Slot::Kind::kPrep) return &s;
  }
  return nullptr;
}

Status Lexicon::ParseLine(std::string_view line, const std::string& origin,
                          Pattern* out) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string> f = Split(line, '\t');
  if (f.size() < 2)
    return Status::InvalidArgument(origin + ": expected CODE<TAB>PATTERN");
  if (!ValidCode(f[0]))
    return Status::InvalidArgument(origin + ": bad code '" + f[0] + "'");
  std::vector<std::string> parts = Split(f[1], ' ');
  parts.erase(std::remove(parts.begin(), parts.end(), ""), parts.end());
  if (parts.empty()) return Status::InvalidArgument(origin + ": empty pattern");
  *out = Pattern();
  out->code = f[0];
  out->origin = origin;
  if (f.size() > 2) out->example = f[2];
  DYAD_RETURN_IF_ERROR(ParseAnchor(parts[0], origin, out));
  for (size_t i = 1; i < parts.size(); ++i) {
    Slot slot;
    DYAD_RETURN_IF_ERROR(ParseSlot(parts[i], origin, &slot));
    out->slots.push_back(std::move(slot));
  }
  return Status::OK();
}

void Lexicon::Add(Pattern p) {
  patterns_.push_back(std::make_unique<Pattern>(std::move(p)));
  const Pattern* ptr = patterns_.back().get();
  (ptr->noun ? nouns_ : verbs_)[ptr->lemma].push_back(ptr);
}

const std::vector<const Pattern*>& Lexicon::Verb(std::string_view l) const {
  return Lookup(verbs_, l);
}

const std::vector<const Pattern*>& Lexicon::Noun(std::string_view l) const {
  return Lookup(nouns_, l);
}

StatusOr<std::unique_ptr<Lexicon>> Lexicon::Load(
    const LexiconOptions& options) {
  auto lex = std::make_unique<Lexicon>();
  std::vector<std::string> paths = options.paths;
  if (paths.empty() && !options.replace_builtin) paths.push_back(DefaultDir());
  for (const std::string& f : ExpandPaths(paths)) {
    DYAD_RETURN_IF_ERROR(
        LoadDyadFile(f, options.max_bad_lines_per_file, lex.get()));
  }
  for (const std::string& f : options.verb_files) {
    DYAD_RETURN_IF_ERROR(
        ImportVerbFile(f, options.max_bad_lines_per_file, lex.get()));
  }
  if (lex->size() == 0) return Status::NotFound("no event patterns loaded");
  return lex;
}

}  // namespace dyad
