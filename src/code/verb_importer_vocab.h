// Vocabulary for the verb importer (internal to src/code): which English
// lemmas are nouns, verbs, adjectives or adverbs, with the irregular forms,
// so the importer can tell "* SANCTIONS" (a noun, lemma "sanction") from
// "* TO ATTEND" (a verb), and complete TABARI stems ("ACCUS" -> "accuse").
// It is read from the WordNet database of the Debian package wordnet-base
// (index.* and *.exc files) or filled by hand in tests. An empty vocabulary
// makes every reading a guess by rule (see ReadWord).
//
// Thread safety: immutable after Finish(); const methods may run from many
// threads at once.
//
// Usage:
//   auto vocab = dyad::Vocabulary::LoadWordNet("/usr/share/wordnet");
//   dyad::WordReading r = dyad::ReadWord(**vocab, "SANCTIONS", false, 4);
//   // r.nouns == {"sanction"}
#ifndef DYAD_CODE_VERB_IMPORTER_VOCAB_H_
#define DYAD_CODE_VERB_IMPORTER_VOCAB_H_

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "util/strings.h"

namespace dyad {

class Vocabulary {
 public:
  enum Pos { kNoun = 0, kVerb, kAdj, kAdv, kNumPos };

  // Reads index.{noun,verb,adj,adv} and {noun,verb,adj}.exc from `dir`.
  static StatusOr<std::unique_ptr<Vocabulary>> LoadWordNet(
      const std::string& dir);

  // Building by hand; call Finish() after the last Add.
  void Add(Pos pos, std::string_view lemma);
  void AddException(Pos pos, std::string_view form, std::string_view lemma);
  void Finish();

  bool empty() const;
  bool Has(Pos pos, std::string_view lemma) const;
  // The lemmas of `pos` that the inflected `form` may belong to, by the
  // exception lists and then the regular suffix rules; empty when none.
  std::vector<std::string> Inflected(Pos pos, std::string_view form) const;
  // Lemmas of `pos` that start with `stem` and are at most `max_extra`
  // letters longer; with `shortest_only`, just the shortest ones.
  std::vector<std::string> Complete(Pos pos, std::string_view stem,
                                    int max_extra, bool shortest_only) const;

 private:
  std::array<std::vector<std::string>, kNumPos> lemmas_;  // sorted
  std::array<std::map<std::string, std::vector<std::string>, std::less<>>,
             kNumPos>
      exceptions_;
};

// What a dictionary word may be. Lemmas are lowercase.
struct WordReading {
  std::vector<std::string> nouns;  // noun lemmas (singular)
  std::vector<std::string> verbs;  // verb lemmas
  bool adj = false;
  bool adv = false;
  bool Known() const { return !nouns.empty() || !verbs.empty() || adj || adv; }
};

// Reads `word` (any case). A `stem` (TABARI word without a trailing "_")
// that is no word of its own is completed to lemmas at most `max_extra`
// letters longer. With an empty vocabulary the word is taken as a noun,
// singularized by rule, and as a verb as written.
WordReading ReadWord(const Vocabulary& vocab, std::string_view word, bool stem,
                     int max_extra);

// "sanctions" -> "sanction", "parties" -> "party", "crisis" -> "crisis":
// the suffix rule alone, for words the vocabulary does not know.
std::string SingularByRule(std::string_view noun);

}  // namespace dyad

#endif  // DYAD_CODE_VERB_IMPORTER_VOCAB_H_
