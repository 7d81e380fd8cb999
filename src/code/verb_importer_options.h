// Options and figures of the verb dictionary importer (internal to
// src/code). ImportVerbFile / ImportVerbData (verb_importer.h) use the
// defaults; ImportVerbs lets callers and tests choose the vocabulary and a
// codebook and read the figures of one import.
//
// Thread safety: ImportVerbs fills the Lexicon it is given; run one import
// per Lexicon at a time. The WordNet vocabulary is loaded once per process
// and folder and shared read-only.
//
// Usage:
//   dyad::VerbImportOptions opt;
//   auto stats = dyad::ImportVerbs(data, "CAMEO.2.0.txt", opt, &lexicon);
//   if (stats.ok()) Log(stats->Summary());
#ifndef DYAD_CODE_VERB_IMPORTER_OPTIONS_H_
#define DYAD_CODE_VERB_IMPORTER_OPTIONS_H_

#include <map>
#include <string>
#include <string_view>

#include "code/verb_importer_vocab.h"
#include "dyad/codebook.h"
#include "dyad/lexicon.h"
#include "dyad/status.h"

namespace dyad {

struct VerbImportOptions {
  // WordNet database folder (Debian package wordnet-base). It tells nouns
  // from verbs, gives singulars and completes TABARI stems. If it cannot be
  // read, words are classified by rule and a warning says so.
  std::string wordnet_dir = "/usr/share/wordnet";
  // A vocabulary to use instead of wordnet_dir (not owned; tests).
  const Vocabulary* vocabulary = nullptr;
  // TABARI stems complete to lemmas at most this many letters longer
  // ("VIOLAT" -> "violation", 3 more).
  int max_stem_extra_letters = 3;
  // The import fails when the file has more malformed lines than this.
  int max_bad_lines = 1000;
  // When set, patterns whose code is not in this codebook are skipped
  // (counted in unknown_code_lines). Not owned.
  const Codebook* codebook = nullptr;
};

// What one import did. Line counts are per dictionary line; translation
// counts per (verb, pattern) pair, since a PETRARCH block's patterns apply
// to each of its verbs.
struct VerbImportStats {
  std::string format;          // "TABARI", "PETRARCH-1", "PETRARCH-2"
  int verb_lines = 0;          // verb entries read
  int verbs_skipped = 0;       // of which not usable as an anchor
  int pattern_lines = 0;       // "- ..." pattern lines read
  int null_lines = 0;          // patterns coded ---, ### or +++
  int passive_only_lines = 0;  // PETRARCH-2 "[:code]" patterns
  int unknown_code_lines = 0;  // codes missing from options.codebook
  int malformed_lines = 0;     // reported through Lexicon::Warn
  int unsupported_lines = 0;   // transformations, <TIME> entries
  int imported = 0;            // dyad patterns added to the lexicon
  int partial = 0;             // of which some constraint was dropped
  int sequences = 0;           // matched as TABARI word sequences
  int inexpressible = 0;       // translations skipped: not expressible
  int duplicates = 0;          // same anchor and slots as an earlier one
  double seconds = 0;          // wall time of the import
  // Why verbs were skipped and translations not expressible, with counts.
  std::map<std::string, int> skipped_verb_reasons;
  std::map<std::string, int> inexpressible_reasons;

  // One line: "PETRARCH-2: 1817 verbs ... imported 41234 (partial ...)".
  std::string Summary() const;
};

StatusOr<VerbImportStats> ImportVerbs(std::string_view data,
                                      const std::string& name,
                                      const VerbImportOptions& options,
                                      Lexicon* lexicon);

StatusOr<VerbImportStats> ImportVerbsFromFile(const std::string& path,
                                              const VerbImportOptions& options,
                                              Lexicon* lexicon);

}  // namespace dyad

#endif  // DYAD_CODE_VERB_IMPORTER_OPTIONS_H_
