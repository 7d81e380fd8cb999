// Analyzer: part-of-speech tags, lemmas and a dependency parse per sentence.
//
// The Analyzer loads one model file (data/models/en-ud-2.dyadm by default,
// trained by `dyad train` on Universal Dependencies English) holding a
// UPOS/XPOS tagger, a lemmatizer and a labeled dependency parser. Loading
// verifies the file (magic, version, size, checksum) and re-analyzes the
// self-test sentences stored in it; any mismatch is Status::Corruption
// naming the file. Analyze() fills upos, xpos, lemma, head and deprel of the
// tokens the segmenter produced. The model format is in doc/model_format.md.
//
// Thread safety: an Analyzer is immutable after Load(); Analyze() is const
// and may run from many threads at once (scratch memory is per call).
//
// Usage:
//   auto analyzer = dyad::Analyzer::Load(dyad::AnalyzerOptions());
//   if (!analyzer.ok()) return analyzer.status();
//   (*analyzer)->Analyze(&document_sentences);  // or one Sentence*
#ifndef DYAD_ANALYZER_H_
#define DYAD_ANALYZER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

// The file name of the model this version of dyad ships.
inline constexpr char kDefaultModelName[] = "en-ud-2.dyadm";

struct AnalyzerOptions {
  // The model file. Empty: $DYAD_MODEL if that environment variable is set,
  // else <source dir>/data/models/en-ud-2.dyadm (the source dir is compiled
  // in, so a binary run from anywhere finds the committed model).
  std::string model_path;

  // Re-analyze the self-test sentences stored in the model on load.
  bool self_test = true;

  // Sentences longer than this are parsed in windows of this many words
  // (bounds scratch memory; parsing is linear in length either way).
  int parse_window_tokens = 2000;

  // News clauses have a finite verb: in a sentence where the tagger found
  // none, the first "-ed" word after the opening phrase (or an "-s" word
  // before "to" + verb, or, in a sentence ending in a full stop, a past
  // participle right after a noun) is tagged as a finite verb before
  // parsing ("rebels resumed talks", "the minister plans to visit",
  // "Israeli jets struck targets."). Headlines keep their passives. Off for the
  // model as trained
  // (`dyad parse`, `dyad eval ud`, the self-test); the news pipeline
  // (PipelineOptions::Full) turns it on.
  bool rescue_main_verb = false;

  // Inside a sentence, a capitalised common noun next to a capitalised
  // proper noun is tagged as part of the name ("the Space Shuttle
  // Discovery"), as UD annotates names. The self-test checks the model
  // without it.
  bool proper_name_runs = true;
};

// The model path Load(options) uses (see AnalyzerOptions::model_path).
std::string DefaultModelPath();

class Analyzer {
 public:
  // Loads options.model_path (or the default model).
  static StatusOr<std::unique_ptr<Analyzer>> Load(
      const AnalyzerOptions& options);
  // Loads the model at `path`, overriding options.model_path.
  static StatusOr<std::unique_ptr<Analyzer>> Load(
      const std::string& path, const AnalyzerOptions& options);
  // Loads a model from bytes in memory; `origin` names it in messages.
  static StatusOr<std::unique_ptr<Analyzer>> FromBytes(
      std::string bytes, const std::string& origin,
      const AnalyzerOptions& options);
  ~Analyzer();

  // Fills upos, xpos, lemma, head and deprel of every token of `sentence`
  // from the token texts. Any input gives a well-formed tree.
  void Analyze(Sentence* sentence) const;
  void Analyze(std::vector<Token>* tokens) const;
  // The same for every sentence of a document, with the same results,
  // faster: the parser encodes the sentences together.
  void Analyze(std::vector<Sentence>* sentences) const;

  // The name and the training-data credits stored in the model file.
  const std::string& model_name() const;
  const std::string& credits() const;

 private:
  struct Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_ANALYZER_H_
