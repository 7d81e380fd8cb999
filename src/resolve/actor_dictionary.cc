// ActorDictionary: loads dyad's TSV files and imported dictionaries into a
// compiled Dictionary.
#include <filesystem>

#include "dyad/actor.h"
#include "resolve/dictionary.h"
#include "resolve/importer.h"
#include "resolve/tsv_loader.h"
#include "util/file.h"

namespace dyad {
namespace {

// Loaded in this order: a later identical name takes over an earlier one,
// so organisations and people override group names ("Kurdish Peshmerga").
constexpr const char* kBuiltinFiles[] = {
    "countries.tsv",     "historical.tsv", "ethnic.tsv", "places.tsv",
    "organizations.tsv", "agents.tsv",     "people.tsv"};

int32_t DateNumber(std::string_view date) {
  int32_t d = 0;
  return ParseDictDate(date, false, &d) ? d : 0;
}

class ActorDictionaryImpl : public ActorDictionary {
 public:
  ActorDictionaryImpl(std::unique_ptr<Segmenter> seg,
                      std::unique_ptr<Dictionary> dict)
      : segmenter_(std::move(seg)), dict_(std::move(dict)) {}

  const ActorDictionaryStats& stats() const override { return dict_->stats(); }
  const std::vector<std::string>& warnings() const override {
    return dict_->warnings();
  }

  std::vector<ActorHit> Lookup(std::string_view text,
                               std::string_view date) const override {
    std::vector<Token> tokens;
    segmenter_->Tokenize(text, 0, &tokens);
    std::vector<ActorHit> hits;
    for (const DictMatch& m : dict_->Match(tokens)) {
      hits.push_back(MakeHit(text, tokens, m, DateNumber(date)));
    }
    return hits;
  }

  const Dictionary& dictionary() const { return *dict_; }

 private:
  ActorHit MakeHit(std::string_view text, const std::vector<Token>& tokens,
                   const DictMatch& m, int32_t date) const {
    const ActorEntry& e = dict_->entries()[m.entry];
    ActorHit hit;
    hit.text = std::string(text.substr(
        tokens[m.first].begin, tokens[m.last].end - tokens[m.first].begin));
    hit.code = CodeForDate(e, date);
    hit.kind = e.kind;
    hit.name = e.name;
    for (const DatedCode& c : e.codes) {
      if (c.office.empty()) continue;
      if (!hit.detail.empty()) hit.detail += "; ";
      hit.detail += c.office + " " + c.code + " " + std::to_string(c.start) +
                    ".." + (c.end == 99991231 ? "" : std::to_string(c.end));
    }
    return hit;
  }

  std::unique_ptr<Segmenter> segmenter_;
  std::unique_ptr<Dictionary> dict_;
};

std::string DefaultDir() {
  return std::string(DYAD_SOURCE_DIR) + "/data/actors";
}

// Loads one file of either kind, checking the bad-line budget.
Status LoadFile(const std::string& path, bool agents,
                const ActorDictionaryOptions& options, DictionaryBuilder* b) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &data));
  size_t bad_before = b->stats().bad_lines;
  Status s = LooksLikeDyadTsv(data) ? LoadDyadTsv(data, path, b)
             : agents               ? ImportAgentFile(data, path, b)
                                    : ImportActorFile(data, path, b);
  DYAD_RETURN_IF_ERROR(s);
  size_t bad = b->stats().bad_lines - bad_before;
  if (bad > static_cast<size_t>(options.max_bad_lines_per_file)) {
    return Status::InvalidArgument(path + ": " + std::to_string(bad) +
                                   " malformed lines; is this a dictionary?");
  }
  return Status::OK();
}

Status LoadBuiltin(const ActorDictionaryOptions& options,
                   DictionaryBuilder* b) {
  const std::string dir = options.dir.empty() ? DefaultDir() : options.dir;
  for (const char* name : kBuiltinFiles) {
    std::string path = dir + "/" + name;
    if (!std::filesystem::exists(path)) {
      return Status::NotFound(path + ": built-in actor dictionary missing");
    }
    DYAD_RETURN_IF_ERROR(LoadFile(path, false, options, b));
  }
  return Status::OK();
}

}  // namespace

const Dictionary& CompiledDictionary(const ActorDictionary& dictionary) {
  return static_cast<const ActorDictionaryImpl&>(dictionary).dictionary();
}

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry:
      return "country";
    case ActorKind::kAdjective:
      return "adjective";
    case ActorKind::kCapital:
      return "capital";
    case ActorKind::kOrganization:
      return "organization";
    case ActorKind::kAgent:
      return "agent";
    case ActorKind::kPerson:
      return "person";
    case ActorKind::kPronoun:
      return "pronoun";
  }
  return "?";
}

StatusOr<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(
    const ActorDictionaryOptions& options) {
  auto seg = Segmenter::Create(SegmentOptions());
  DictionaryBuilder builder(*seg);
  if (!options.replace_builtin) {
    DYAD_RETURN_IF_ERROR(LoadBuiltin(options, &builder));
  }
  for (const std::string& f : options.actor_files) {
    DYAD_RETURN_IF_ERROR(LoadFile(f, false, options, &builder));
  }
  for (const std::string& f : options.agent_files) {
    DYAD_RETURN_IF_ERROR(LoadFile(f, true, options, &builder));
  }
  return std::unique_ptr<ActorDictionary>(
      new ActorDictionaryImpl(std::move(seg), builder.Build()));
}

}  // namespace dyad
