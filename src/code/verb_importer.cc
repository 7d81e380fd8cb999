// Verb dictionary importer: PETRARCH-2, PETRARCH-1 and TABARI verb files
// -> dyad lexicon patterns. Layout: verb_importer_reader.cc; pattern
// translation: verb_importer_units.cc and verb_importer_translate.cc; the
// rules: doc/verb_importers.md.
#include "code/verb_importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <utility>

#include "code/verb_importer_options.h"
#include "code/verb_importer_reader.h"
#include "code/verb_importer_sequence.h"
#include "code/verb_importer_translate.h"
#include "util/file.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 12> kAuxiliaries = {
    "be",     "have", "do",    "will", "would", "shall",
    "should", "can",  "could", "may",  "might", "must"};

// Anchors per verb entry at most (a stem may complete to several verbs).
constexpr size_t kMaxAnchorLemmas = 3;

// A verb entry ready to anchor patterns: "+MEET_WITH" is meet + "WITH".
struct Anchor {
  std::vector<std::string> lemmas;
  std::vector<Unit> back;  // words after the verb in the entry itself
  std::vector<VerbToken> back_tokens;  // the same as written
};

// A pattern line that passed the checks, shared by the verbs of a block.
struct Prepared {
  int line = 0;
  VerbCode code;
  PatternTokens tokens;
  std::vector<Unit> units;
};

// WordNet, loaded once per folder and kept for the life of the process.
StatusOr<const Vocabulary*> SharedWordNet(const std::string& dir) {
  static std::mutex* mu = new std::mutex;
  static auto* cache = new std::map<std::string, std::unique_ptr<Vocabulary>>;
  std::lock_guard<std::mutex> lock(*mu);
  auto it = cache->find(dir);
  if (it != cache->end())
    return static_cast<const Vocabulary*>(it->second.get());
  auto vocab = Vocabulary::LoadWordNet(dir);
  if (!vocab.ok()) return vocab.status();
  auto& slot = (*cache)[dir];
  slot = std::move(*vocab);
  return static_cast<const Vocabulary*>(slot.get());
}

const Vocabulary& EmptyVocabulary() {
  static const Vocabulary* empty = new Vocabulary;
  return *empty;
}

std::string PatternKey(const Pattern& p) {
  std::string k = p.lemma + "_" + p.particle;
  for (const Slot& s : p.slots) {
    k += fmt::format("|{}:{}:{}", static_cast<int>(s.kind),
                     fmt::join(s.preps, ","), fmt::join(s.lemmas, ","));
  }
  for (const auto* part : {&p.sequence.before, &p.sequence.after}) {
    k += "#";
    for (const SequenceItem& i : *part) {
      k += fmt::format("{}{}", static_cast<int>(i.kind), i.joined ? "_" : " ");
      for (const auto& phrase : i.phrases)
        k += fmt::format("{},", fmt::join(phrase, " "));
    }
  }
  return k;
}

class Importer {
 public:
  Importer(const std::string& name, const VerbImportOptions& options,
           const Vocabulary& vocab, const VerbFile& file, Lexicon* lexicon)
      : name_(name),
        options_(options),
        vocab_(vocab),
        file_(file),
        lexicon_(lexicon),
        translator_(vocab, file.synsets, file.format == VerbFormat::kTabari,
                    options.max_stem_extra_letters) {
    stats_.format = VerbFormatName(file.format);
    stats_.unsupported_lines = file.unsupported_lines;
  }

  Status Run() {
    for (const auto& [line, what] : file_.errors)
      DYAD_RETURN_IF_ERROR(Bad(line, what));
    for (const VerbBlock& b : file_.blocks) DYAD_RETURN_IF_ERROR(Block(b));
    return Status::OK();
  }

  const VerbImportStats& stats() const { return stats_; }

 private:
  Status Block(const VerbBlock& b) {
    VerbCode code;
    code.kind = VerbCode::Kind::kNull;
    if (b.has_code) DYAD_RETURN_IF_ERROR(Code(b.line, b.code, &code));
    std::vector<Prepared> patterns;
    for (const VerbLine& p : b.patterns)
      DYAD_RETURN_IF_ERROR(Prepare(p, &patterns));
    for (const VerbLine& v : b.verbs)
      DYAD_RETURN_IF_ERROR(Verb(v, code, patterns));
    return Status::OK();
  }

  // Parses a code; a bad one is reported and read as the null code.
  Status Code(int line, const std::string& text, VerbCode* code) {
    *code = ParseVerbCode(text);
    if (code->kind != VerbCode::Kind::kBad) return Status::OK();
    code->kind = VerbCode::Kind::kNull;
    return Bad(line, "bad code [" + text + "]");
  }

  bool Usable(const VerbCode& code) {
    if (code.kind != VerbCode::Kind::kCode) return false;
    if (options_.codebook == nullptr || options_.codebook->Find(code.code))
      return true;
    ++stats_.unknown_code_lines;
    return false;
  }

  Status Prepare(const VerbLine& p, std::vector<Prepared>* out) {
    ++stats_.pattern_lines;
    VerbCode code;
    DYAD_RETURN_IF_ERROR(Code(p.line, p.code, &code));
    if (code.kind == VerbCode::Kind::kNull ||
        code.kind == VerbCode::Kind::kDiscard) {
      ++stats_.null_lines;
      return Status::OK();
    }
    if (code.kind == VerbCode::Kind::kPassiveOnly) {
      ++stats_.passive_only_lines;
      return Status::OK();
    }
    if (!Usable(code)) return Status::OK();
    auto tokens = Tokenize(
        p.text, [this](std::string_view k) { return translator_.IsSynset(k); });
    if (!tokens.ok()) return Bad(p.line, tokens.status().message());
    auto parts = SplitAtVerb(std::move(*tokens));
    if (!parts.ok()) return Bad(p.line, parts.status().message());
    std::vector<Unit> units = translator_.Units(parts->post);
    Prepared prepared{p.line, code, std::move(*parts), std::move(units)};
    std::string why = PatternTranslator::MalformedReason(prepared.units);
    if (!why.empty()) return Bad(p.line, why);
    out->push_back(std::move(prepared));
    return Status::OK();
  }

  Status Verb(const VerbLine& v, const VerbCode& block_code,
              const std::vector<Prepared>& patterns) {
    ++stats_.verb_lines;
    VerbCode code = block_code;
    if (v.has_code) DYAD_RETURN_IF_ERROR(Code(v.line, v.code, &code));
    Anchor anchor;
    std::string skip;
    DYAD_RETURN_IF_ERROR(ParseAnchor(v, &anchor, &skip));
    if (!skip.empty()) {
      ++stats_.verbs_skipped;
      ++stats_.skipped_verb_reasons[skip];
      return Status::OK();
    }
    if (Usable(code)) EmitBare(anchor, code, v.line);
    for (const Prepared& p : patterns) {
      std::vector<Unit> units = anchor.back;
      units.insert(units.end(), p.units.begin(), p.units.end());
      PatternTokens words = p.tokens;
      words.post.insert(words.post.begin(), anchor.back_tokens.begin(),
                        anchor.back_tokens.end());
      Emit(anchor, words, units, p.code, p.line);
    }
    return Status::OK();
  }

  // "+MEET_WITH" -> meet + WITH; "WIRE_+TAP" (a word before the verb) and
  // non-verbs are skipped with *skip saying why.
  Status ParseAnchor(const VerbLine& v, Anchor* a, std::string* skip) {
    std::string_view text = v.text;
    size_t plus = text.find('+');
    if (plus != std::string_view::npos) {
      if (!Trim(text.substr(0, plus)).empty()) {
        *skip = "words before the verb";
        return Status::OK();
      }
      text.remove_prefix(plus + 1);
    }
    size_t end = std::min(text.find_first_of("_ \t"), text.size());
    VerbToken word;
    for (char c : text.substr(0, end)) {
      word.text +=
          static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    word.exact = end < text.size() && text[end] == '_';
    auto back = Tokenize(text.substr(end), [this](std::string_view k) {
      return translator_.IsSynset(k);
    });
    if (!back.ok()) return Bad(v.line, back.status().message());
    a->back = translator_.Units(*back);
    a->back_tokens = std::move(*back);
    a->lemmas = VerbLemmas(word, skip);
    return Status::OK();
  }

  std::vector<std::string> VerbLemmas(const VerbToken& word,
                                      std::string* skip) {
    WordReading r = translator_.Read(word);
    std::vector<std::string> lemmas = r.verbs;
    if (lemmas.empty() && !vocab_.empty() && r.Known()) {
      *skip = "not a verb";
      return {};
    }
    if (lemmas.empty()) lemmas = {Lowercase(word.text)};
    if (lemmas.size() > kMaxAnchorLemmas) lemmas.resize(kMaxAnchorLemmas);
    for (const std::string& l : lemmas) {
      if (std::find(kAuxiliaries.begin(), kAuxiliaries.end(), l) !=
          kAuxiliaries.end()) {
        *skip = "auxiliary verb";
        return {};
      }
    }
    return lemmas;
  }

  // A verb's own code, as TABARI and PETRARCH apply it: with no pattern
  // they code the verb against the actor it governs, so the bare pattern
  // comes with a twin whose target is the direct object ("Arnor condemned
  // Gondor"); without an actor there the bare one codes a sourced event.
  void EmitBare(const Anchor& a, const VerbCode& code, int line) {
    Emit(a, {}, a.back, code, line);
    std::vector<Unit> with_target = a.back;
    with_target.emplace_back().kind = Unit::Kind::kTarget;
    Emit(a, {}, with_target, code, line);
  }

  // TABARI and PETRARCH-1 patterns with words are matched as word sequences
  // (verb_importer_sequence.h); PETRARCH-2's by their slots.
  WordSequence Sequence(const PatternTokens& words) const {
    WordSequence seq;
    if (file_.format == VerbFormat::kPetrarch2) return seq;
    BuildSequence(words.pre, words.verb_joined, words.post, file_.synsets,
                  file_.format == VerbFormat::kTabari, &seq);
    return seq;
  }

  void Emit(const Anchor& a, const PatternTokens& words,
            const std::vector<Unit>& units, const VerbCode& code, int line) {
    Translation t = translator_.Interpret(words.pre, units);
    WordSequence seq = Sequence(words);
    if (seq.empty() && (t.result == Translation::Result::kInexpressible ||
                        t.result == Translation::Result::kMalformed)) {
      ++stats_.inexpressible;
      ++stats_.inexpressible_reasons[t.reason];
      return;
    }
    if (!seq.empty()) ++stats_.sequences;
    for (const std::string& lemma : a.lemmas) {
      Pattern p;
      p.code = code.code;
      // PETRARCH-2's second code is for the passive voice, not the reverse.
      if (file_.format != VerbFormat::kPetrarch2) p.reverse_code = code.reverse;
      p.lemma = lemma;
      p.particle = t.particle;
      p.slots = t.slots;
      p.sequence = seq;
      p.origin = name_ + ":" + std::to_string(line);
      if (!seen_.insert(PatternKey(p)).second) {
        ++stats_.duplicates;
        continue;
      }
      lexicon_->Add(std::move(p));
      ++stats_.imported;
      if (t.result == Translation::Result::kPartial) ++stats_.partial;
    }
  }

  Status Bad(int line, const std::string& what) {
    lexicon_->Warn(name_ + ":" + std::to_string(line) + ": " + what);
    if (++stats_.malformed_lines > options_.max_bad_lines) {
      return Status::InvalidArgument(fmt::format(
          "{}: more than {} malformed lines", name_, options_.max_bad_lines));
    }
    return Status::OK();
  }

  const std::string& name_;
  const VerbImportOptions& options_;
  const Vocabulary& vocab_;
  const VerbFile& file_;
  Lexicon* lexicon_;
  PatternTranslator translator_;
  VerbImportStats stats_;
  std::set<std::string> seen_;
};

const Vocabulary& ChooseVocabulary(const std::string& name,
                                   const VerbImportOptions& options,
                                   Lexicon* lexicon) {
  if (options.vocabulary != nullptr) return *options.vocabulary;
  auto wordnet = SharedWordNet(options.wordnet_dir);
  if (wordnet.ok()) return **wordnet;
  lexicon->Warn(name + ": WordNet not readable (" + wordnet.status().message() +
                "); nouns and verbs told apart by rule");
  return EmptyVocabulary();
}

}  // namespace

std::string VerbImportStats::Summary() const {
  return fmt::format(
      "{}: {} verb entries ({} skipped), {} pattern lines ({} null, {} "
      "passive-only, {} unknown code, {} malformed, {} unsupported); "
      "imported {} patterns ({} partial, {} word sequences), {} not "
      "expressible, {} duplicates; {:.3f} s",
      format, verb_lines, verbs_skipped, pattern_lines, null_lines,
      passive_only_lines, unknown_code_lines, malformed_lines,
      unsupported_lines, imported, partial, sequences, inexpressible,
      duplicates, seconds);
}

StatusOr<VerbImportStats> ImportVerbs(std::string_view data,
                                      const std::string& name,
                                      const VerbImportOptions& options,
                                      Lexicon* lexicon) {
  auto start = std::chrono::steady_clock::now();
  const Vocabulary& vocab = ChooseVocabulary(name, options, lexicon);
  VerbFile file = ReadVerbFile(data);
  Importer importer(name, options, vocab, file, lexicon);
  DYAD_RETURN_IF_ERROR(importer.Run());
  VerbImportStats stats = importer.stats();
  stats.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  return stats;
}

StatusOr<VerbImportStats> ImportVerbsFromFile(const std::string& path,
                                              const VerbImportOptions& options,
                                              Lexicon* lexicon) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &data));
  return ImportVerbs(data, path, options, lexicon);
}

Status ImportVerbFile(const std::string& path, int max_bad_lines,
                      Lexicon* lexicon) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &data));
  return ImportVerbData(data, path, max_bad_lines, lexicon);
}

Status ImportVerbData(std::string_view data, const std::string& name,
                      int max_bad_lines, Lexicon* lexicon) {
  VerbImportOptions options;
  options.max_bad_lines = max_bad_lines;
  return ImportVerbs(data, name, options, lexicon).status();
}

}  // namespace dyad
