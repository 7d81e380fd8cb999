// Training of the whole analyzer model: tagger, lemmatizer and parser, into
// one model file (what `dyad train` runs).
//
// The tagger and lemmatizer learn from gold training data. The parser learns
// from the same sentences with PREDICTED tags, obtained by jackknifing (the
// training set is cut into k folds; each fold is tagged by a tagger trained
// on the others), so that it sees at training time the kind of tags it gets
// at run time. Dev data selects the best epoch of every component. Training
// is deterministic for a given seed.
//
// Thread safety: single-threaded; independent calls may run in parallel.
//
// Usage:
//   std::string model;
//   DYAD_RETURN_IF_ERROR(TrainAnalyzerModel(train, dev, TrainOptions(),
//                                           log, &model));
#ifndef DYAD_ANALYZE_TRAIN_H_
#define DYAD_ANALYZE_TRAIN_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analyze/lemmatizer.h"
#include "analyze/parser.h"
#include "analyze/tagger.h"
#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

struct TrainOptions {
  // Written into the model header.
  std::string model_name = "en-ud-2";
  std::string credits =
      "Trained by dyad on Universal Dependencies English EWT (CC BY-SA 4.0) "
      "and the GUM Wikinews subset (CC BY 4.0).";
  // Seeds every component (the tagger and parser shuffling).
  uint32_t seed = 1;
  // Folds for the parser's predicted training tags; below 2: gold tags.
  int jackknife_folds = 4;
  // The parser sees the training sentences from index parser_repeat_begin
  // on this many times in all: an in-domain weight (`dyad train` puts the
  // news treebank, GUM Wikinews, last). 1: every sentence once.
  int parser_repeat = 1;
  size_t parser_repeat_begin = 0;
  TaggerOptions tagger;
  LemmatizerOptions lemmatizer;
  ParserTrainOptions parser;
};

// Sentences for training (gold words with every column set).
using Treebank = std::vector<std::vector<Token>>;

// Trains all components on `train`, early-stopping on `dev`, and returns the
// finished model file in *model_bytes.
Status TrainAnalyzerModel(const Treebank& train, const Treebank& dev,
                          const TrainOptions& options, const TrainLog& log,
                          std::string* model_bytes);

// Reads the words of CoNLL-U files into one treebank.
Status ReadTreebank(const std::vector<std::string>& paths, Treebank* out);

}  // namespace dyad

#endif  // DYAD_ANALYZE_TRAIN_H_
