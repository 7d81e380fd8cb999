// Pipeline: wires the stages (extract → segment → analyze → resolve → …)
// for one document.
//
// A Pipeline owns the compiled, immutable heavy objects of every stage
// (segmenter, later models and dictionaries) and runs a Document through
// them. Later stages are added here as they land; each contributes an
// Options struct to PipelineOptions.
//
// Thread safety: Process() is const and may be called from many threads at
// once; each call uses only its own output object for scratch.
//
// Usage:
//   auto pipeline = dyad::Pipeline::Create(dyad::PipelineOptions());
//   dyad::Processed out;
//   DYAD_RETURN_IF_ERROR((*pipeline)->Process(doc, &out));
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <vector>

#include "dyad/actor.h"
#include "dyad/analyzer.h"
#include "dyad/codebook.h"
#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/extractor.h"
#include "dyad/lexicon.h"
#include "dyad/resolver.h"
#include "dyad/segmenter.h"
#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

struct PipelineOptions {
  ExtractOptions extract;  // boilerplate removal, HTML limits
  SegmentOptions segment;  // sentence and token limits

  // Tag, lemmatize and parse every sentence (needs the model file). Off by
  // default so that text-only callers (segmentation benchmarks, `dyad
  // parse`, which runs its own analyzer) pay nothing for it.
  bool analyze = false;
  AnalyzerOptions analyzer;

  // Find actors (needs the actor dictionaries). Off by default, like
  // analyze.
  bool resolve = false;
  ActorDictionaryOptions actors;
  ResolveOptions resolver;

  // Code events (needs analyze and resolve, the lexicon and the codebook).
  bool code = false;
  LexiconOptions lexicon;
  std::string codebook_path;  // empty: data/cameo/codebook.tsv
  CoderOptions coder;

  // Everything on: the options `dyad code` uses.
  static PipelineOptions Full();
};

// Everything the pipeline learned about one document.
struct Processed {
  Document doc;
  Article article;
  std::vector<Sentence> sentences;
  // The publication date used for resolution: the input's date, else the
  // one found in the page, else empty.
  std::string date;
  std::vector<Event> events;  // filled when PipelineOptions::code is set
};

class Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Create(
      const PipelineOptions& options);

  // Runs every stage on `doc` (copied into out->doc).
  Status Process(const Document& doc, Processed* out) const;

  const Lexicon* lexicon() const { return lexicon_.get(); }
  const ActorDictionary* actors() const { return actors_.get(); }

 private:
  explicit Pipeline(const PipelineOptions& options);
  PipelineOptions options_;
  std::unique_ptr<Segmenter> segmenter_;
  std::unique_ptr<Analyzer> analyzer_;       // null unless analyze
  std::unique_ptr<ActorDictionary> actors_;  // null unless resolve
  std::unique_ptr<ActorResolver> resolver_;
  std::unique_ptr<Lexicon> lexicon_;    // null unless code
  std::unique_ptr<Codebook> codebook_;  // null unless code
  std::unique_ptr<EventCoder> coder_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
