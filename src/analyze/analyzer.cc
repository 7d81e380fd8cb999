// The Analyzer facade (include/dyad/analyzer.h): model file → tagger,
// lemmatizer and parser, checked by the self-test sentences on load.
#include "dyad/analyzer.h"

#include <algorithm>
#include <cstdlib>
#include <span>

#include "analyze/lemmatizer.h"
#include "analyze/model_file.h"
#include "analyze/parser.h"
#include "analyze/tagger.h"
#include "util/file.h"
#include "util/strings.h"

namespace dyad {

struct Analyzer::Impl {
  std::string name;     // from the model file header
  std::string credits;  // from the model file header
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::unique_ptr<Parser> parser;
  bool rescue_main_verb = false;  // AnalyzerOptions::rescue_main_verb
  bool proper_name_runs = false;  // AnalyzerOptions::proper_name_runs

  void Run(std::span<std::vector<Token>* const> sentences) const {
    for (std::vector<Token>* tokens : sentences) TagAndLemmatize(tokens);
    parser->ParseAll(sentences);
    // After parsing: the parser was trained on the tagger's own output.
    if (!proper_name_runs) return;
    for (std::vector<Token>* tokens : sentences) MarkProperNameRuns(tokens);
  }

  void TagAndLemmatize(std::vector<Token>* tokens) const {
    if (tokens->empty()) return;
    tagger->Tag(tokens);
    if (rescue_main_verb) {
      NounAfterDeterminer(tokens);
      ParticipleModifiers(tokens);
      RescueMainVerb(tokens);
    }
    for (Token& t : *tokens) {
      t.lemma = lemmatizer->Lemmatize(t.text, t.upos, t.xpos);
    }
  }

  // "the Space Shuttle Discovery", "the Environment Agency": inside a
  // sentence, a capitalised common noun next to a capitalised proper noun
  // is part of the name.
  void MarkProperNameRuns(std::vector<Token>* tokens) const {
    // Until nothing changes: "Space Shuttle Endeavour" joins right to left.
    while (MarkProperNamesOnce(tokens)) {
    }
  }

  bool MarkProperNamesOnce(std::vector<Token>* tokens) const {
    std::vector<Token>& t = *tokens;
    bool changed = false;
    for (size_t i = 1; i < t.size(); ++i) {
      if (t[i].upos != "NOUN" || !IsCapitalised(t[i].text)) continue;
      bool name = (i > 1 && IsNamePart(t[i - 1])) ||
                  (i + 1 < t.size() && IsNamePart(t[i + 1]));
      if (!name) continue;
      t[i].upos = "PROPN";
      t[i].xpos = t[i].xpos == "NNS" ? "NNPS" : "NNP";
      t[i].lemma = lemmatizer->Lemmatize(t[i].text, t[i].upos, t[i].xpos);
      changed = true;
    }
    return changed;
  }

  static bool IsNamePart(const Token& t) {
    return t.upos == "PROPN" && IsCapitalised(t.text);
  }

  // "Shuttle", not "NASA" or "shuttle".
  static bool IsCapitalised(const std::string& w) {
    if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') return false;
    for (size_t k = 1; k < w.size(); ++k) {
      if (w[k] >= 'a' && w[k] <= 'z') return true;
    }
    return false;
  }

  // A clause of news needs a finite verb: when the tagger found none ("Ukraine
  // shot down 30 drones" with "shot" as a noun, "rebels resumed talks"
  // with "resumed" as an adjective, "the minister plans to visit"), the
  // first word after the opening phrase that is an inflected form of a
  // verb becomes that verb. A closing reporting clause (", police said.")
  // does not count as the clause's verb.
  void RescueMainVerb(std::vector<Token>* tokens) const {
    if (tokens->size() < 4 || tokens->size() > 80) return;
    const size_t end = ReportingTail(*tokens);
    for (size_t i = 0; i < end; ++i) {
      if (IsFinite((*tokens)[i])) return;
    }
    // A participle is the main verb only in a full sentence: "Israeli jets
    // struck targets." (headlines are often passive: "Three soldiers
    // killed in attack").
    const bool full = tokens->back().text == ".";
    for (size_t i = 1; i < end && i + 2 < tokens->size(); ++i) {
      if (RescueAt(tokens, i, full)) return;
    }
  }

  // "rejected a US offer to host": a base form after an article and its
  // modifiers, or a present form right after the article, is a noun (after
  // a modifier, a present form is the verb: "the Kremlin says").
  static void NounAfterDeterminer(std::vector<Token>* tokens) {
    std::vector<Token>& t = *tokens;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      const std::string w = Lowercase(t[i].text);
      if (w != "a" && w != "an" && w != "the") continue;
      size_t k = i + 1;
      while (k + 1 < t.size() && (t[k].upos == "ADJ" || t[k].upos == "PROPN" ||
                                  t[k].upos == "NOUN")) {
        ++k;
      }
      const bool present = t[k].xpos == "VBP" || t[k].xpos == "VBZ";
      if (t[k].xpos != "VB" && !(present && k == i + 1)) continue;
      if (t[k].upos == "AUX") continue;
      const bool plural = t[k].xpos == "VBZ";
      t[k].upos = "NOUN";
      t[k].xpos = plural ? "NNS" : "NN";
    }
  }

  // "extradited suspected British militant X", "Jailed Kurdish
  // politicians went on hunger strike": participles of suspicion and
  // punishment before a noun phrase modify it; they are not verbs.
  static void ParticipleModifiers(std::vector<Token>* tokens) {
    static const char* const kWords[] = {
        "suspected", "alleged", "accused", "convicted", "wanted",    "ousted",
        "deposed",   "exiled",  "jailed",  "detained",  "imprisoned"};
    std::vector<Token>& t = *tokens;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if (t[i].xpos != "VBN" && t[i].xpos != "VBD") continue;
      const std::string w = Lowercase(t[i].text);
      bool listed = false;
      for (const char* k : kWords) listed = listed || w == k;
      const std::string& next = t[i + 1].upos;
      const std::string prev = i == 0 ? "PUNCT" : t[i - 1].upos;
      if (!listed || (next != "ADJ" && next != "NOUN" && next != "PROPN") ||
          (prev != "VERB" && prev != "DET" && prev != "ADP" &&
           prev != "PUNCT" && prev != "CCONJ")) {
        continue;
      }
      t[i].upos = "ADJ";
      t[i].xpos = "JJ";
    }
  }

  static bool IsFinite(const Token& t) {
    return t.upos == "AUX" || t.xpos == "VBD" || t.xpos == "VBZ" ||
           t.xpos == "VBP" || t.xpos == "MD";
  }

  // The index of the comma that opens a closing reporting clause (",
  // police said .", ", the ministry reported on Friday ."), else the size.
  static size_t ReportingTail(const std::vector<Token>& t) {
    const size_t n = t.size();
    for (size_t c = n - 1; c > 0 && n - c <= 10; --c) {
      if (t[c].text != ",") continue;
      for (size_t k = c + 1; k < n; ++k) {
        const std::string& w = t[k].text;
        if (w == "said" || w == "says" || w == "reported" || w == "added" ||
            w == "told") {
          return c > 3 ? c : n;
        }
      }
      return n;
    }
    return n;
  }

  bool RescueAt(std::vector<Token>* tokens, size_t i, bool full) const {
    Token& t = (*tokens)[i];
    const std::string& prev = (*tokens)[i - 1].upos;
    if (prev == "DET" || prev == "ADP" || prev == "PRON" || prev == "ADJ" ||
        prev == "NUM" || prev == "AUX") {
      return false;
    }
    bool participle = full && t.upos == "VERB" && t.xpos == "VBN" &&
                      (prev == "NOUN" || prev == "PROPN");
    const char* xpos = participle ? "VBD"
                       : t.upos == "NOUN" || t.upos == "ADJ"
                           ? VerbForm(*tokens, i)
                           : nullptr;
    if (xpos == nullptr) return false;
    t.upos = "VERB";
    t.xpos = xpos;
    return true;
  }

  // The verb tag word i can take: VBD for a lowercase "-ed" word, VBZ for
  // an "-s" word before "to" and a verb ("plans to visit"); else nullptr.
  static const char* VerbForm(const std::vector<Token>& tokens, size_t i) {
    const std::string& w = tokens[i].text;
    if (w.size() < 4 || w[0] < 'a' || w[0] > 'z') return nullptr;
    if (w.ends_with("ed")) return "VBD";
    bool to_verb = tokens[i + 1].text == "to" && tokens[i + 2].upos == "VERB";
    return w.back() == 's' && to_verb ? "VBZ" : nullptr;
  }
};

namespace {

// "word 3 'met': expected VERB/VBD/meet/0/root, got ..."
std::string Describe(const Token& t) {
  return t.upos + "/" + t.xpos + "/" + t.lemma + "/" +
         std::to_string(t.head + 1) + "/" + t.deprel;
}

// `run` analyzes one sentence with the freshly loaded components.
template <typename Run>
Status CheckSelfTest(const Run& run, const ModelFile& file) {
  DYAD_ASSIGN_OR_RETURN(std::string_view bytes, file.Section("selftest"));
  std::vector<std::vector<Token>> expected;
  Status s = DecodeSelfTest(bytes, &expected);
  if (!s.ok()) return file.Corrupt(s.message());
  for (size_t i = 0; i < expected.size(); ++i) {
    std::vector<Token> got;
    for (const Token& t : expected[i]) got.emplace_back().text = t.text;
    run(&got);
    for (size_t k = 0; k < got.size(); ++k) {
      if (Describe(got[k]) == Describe(expected[i][k])) continue;
      return file.Corrupt(
          "self-test sentence " + std::to_string(i + 1) + " failed at word " +
          std::to_string(k + 1) + " '" + got[k].text + "': expected " +
          Describe(expected[i][k]) + ", got " + Describe(got[k]));
    }
  }
  return Status::OK();
}

// Runs a component's Deserialize on its section, naming the file on error.
template <typename T, typename F>
Status LoadSection(const ModelFile& file, std::string_view name, F load,
                   std::unique_ptr<T>* out) {
  DYAD_ASSIGN_OR_RETURN(std::string_view bytes, file.Section(name));
  auto loaded = load(bytes);
  if (!loaded.ok()) return file.Corrupt(loaded.status().message());
  *out = std::move(loaded).value();
  return Status::OK();
}

}  // namespace

std::string DefaultModelPath() {
  const char* env = std::getenv("DYAD_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return std::string(DYAD_SOURCE_DIR) + "/data/models/" + kDefaultModelName;
}

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

StatusOr<std::unique_ptr<Analyzer>> Analyzer::Load(
    const AnalyzerOptions& options) {
  return Load(
      options.model_path.empty() ? DefaultModelPath() : options.model_path,
      options);
}

StatusOr<std::unique_ptr<Analyzer>> Analyzer::Load(
    const std::string& path, const AnalyzerOptions& options) {
  std::string bytes;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &bytes));
  return FromBytes(std::move(bytes), path, options);
}

StatusOr<std::unique_ptr<Analyzer>> Analyzer::FromBytes(
    std::string bytes, const std::string& origin,
    const AnalyzerOptions& options) {
  DYAD_ASSIGN_OR_RETURN(ModelFile file,
                        ModelFile::Parse(std::move(bytes), origin));
  auto impl = std::make_unique<Impl>();
  ParserOptions popts;
  popts.max_sentence_tokens = std::max(options.parse_window_tokens, 1);
  DYAD_RETURN_IF_ERROR(
      LoadSection(file, "tagger", Tagger::Deserialize, &impl->tagger));
  DYAD_RETURN_IF_ERROR(LoadSection(file, "lemmatizer", Lemmatizer::Deserialize,
                                   &impl->lemmatizer));
  DYAD_RETURN_IF_ERROR(LoadSection(
      file, "parser",
      [&](std::string_view b) { return Parser::Deserialize(b, popts); },
      &impl->parser));
  if (options.self_test)
    DYAD_RETURN_IF_ERROR(CheckSelfTest(
        [&](std::vector<Token>* t) {
          impl->Run({&t, 1});
        },
        file));
  // After the self-test, which checks the model as trained.
  impl->rescue_main_verb = options.rescue_main_verb;
  impl->proper_name_runs = options.proper_name_runs;
  impl->name = file.name();
  impl->credits = file.credits();
  return std::unique_ptr<Analyzer>(new Analyzer(std::move(impl)));
}

void Analyzer::Analyze(Sentence* sentence) const { Analyze(&sentence->tokens); }

void Analyzer::Analyze(std::vector<Token>* tokens) const {
  std::vector<Token>* one[] = {tokens};
  impl_->Run(one);
}

void Analyzer::Analyze(std::vector<Sentence>* sentences) const {
  std::vector<std::vector<Token>*> all;
  for (Sentence& s : *sentences) all.push_back(&s.tokens);
  impl_->Run(all);
}

const std::string& Analyzer::model_name() const { return impl_->name; }
const std::string& Analyzer::credits() const { return impl_->credits; }

}  // namespace dyad
