// SuiteCoder: the coder under test in the event evaluations (internal to
// src/eval). It is the full dyad pipeline (extract, segment, analyze,
// resolve, code) built with a suite's own dictionaries, plus an entry for
// records that bring their own parse (UD-PETRARCH's CoNLL-U, UD v1 labels
// converted to v2). The suites' event codes (WEIS and invented test codes)
// are added to the codebook so that the coder may emit them.
//
// Thread safety: Code() and CodeParsed() are const and use only their
// arguments for scratch; one SuiteCoder serves many threads.
//
// Usage:
//   SuiteCoderOptions o;  o.actor_files = {".../PETR.Validate.actors.txt"};
//   auto coder = dyad::SuiteCoder::Create(o);
//   std::vector<dyad::Event> events;
//   (*coder)->Code("Arnor met Gondor.", "1995-01-01", &events);
#ifndef DYAD_EVAL_EVENTS_EVAL_CODER_H_
#define DYAD_EVAL_EVENTS_EVAL_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"
#include "util/conllu.h"

namespace dyad {

struct SuiteCoderOptions {
  // Analyzer model; empty: the default model.
  std::string model_path;
  // Dictionaries imported on top of (or instead of) the built-in ones.
  std::vector<std::string> actor_files, agent_files, verb_files;
  // Use only the files above (the suites ship complete dictionaries).
  bool replace_builtin = false;
  // dyad lexicon files or folders; empty: the built-in lexicon.
  std::vector<std::string> lexicon_paths;
  CoderOptions coder;
  // Event codes the codebook must accept besides CAMEO's: the suites' own.
  std::vector<std::string> extra_codes;
};

class SuiteCoder {
 public:
  static StatusOr<std::unique_ptr<SuiteCoder>> Create(
      const SuiteCoderOptions& options);

  // Codes plain `text` published on `date` (YYYY-MM-DD).
  Status Code(std::string_view text, std::string_view date,
              std::vector<Event>* events) const;

  // Codes a sentence parsed elsewhere: its words, tags, lemmas and tree
  // are kept; actors are resolved and events coded as for Code().
  Status CodeParsed(const ConlluSentence& parsed, std::string_view date,
                    std::vector<Event>* events) const;

 private:
  SuiteCoder() = default;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<ActorResolver> resolver_;
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<EventCoder> coder_;
};

// Every code in brackets in a verb dictionary ("[064]", "[042:043]",
// "[:173]"): the codes the suite's patterns can produce.
std::vector<std::string> VerbFileCodes(std::string_view data);

// Rewrites UD v1 relations and tags (dobj, nsubjpass, nmod under a
// predicate, neg, copula tagged VERB) as the UD v2 ones dyad's coder reads.
void ConvertUdV1ToV2(std::vector<Token>* words);

}  // namespace dyad

#endif  // DYAD_EVAL_EVENTS_EVAL_CODER_H_
