// Translation of TABARI / PETRARCH verb patterns into dyad lexicon slots
// (internal to src/code). The words after the verb marker "*" become units
// (a preposition, a noun with its lemma alternatives, a prepositional
// phrase, a particle, a complement verb ...) and the units become slots:
// "* (TO +)" -> "@to", "* &CEASEFIRE" -> "obj:truce|armistice|...",
// "* TO ATTEND" -> "xcomp:attend". The rules and what is dropped are listed
// in doc/verb_importers.md.
//
// Thread safety: not thread-safe (caches synset readings); one per import.
//
// Usage:
//   dyad::PatternTranslator tr(vocab, synsets, /*stems=*/false, 4);
//   std::vector<dyad::Unit> units = tr.Units(post_tokens);
//   dyad::Translation t = tr.Interpret(pre_tokens, units);
#ifndef DYAD_CODE_VERB_IMPORTER_TRANSLATE_H_
#define DYAD_CODE_VERB_IMPORTER_TRANSLATE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "code/verb_importer_syntax.h"
#include "code/verb_importer_vocab.h"
#include "dyad/lexicon.h"

namespace dyad {

// Synset definitions: key (SynsetKey) -> member phrases as written.
using SynsetTable =
    std::map<std::string, std::vector<std::string>, std::less<>>;

// One meaningful piece of a pattern after the verb.
struct Unit {
  enum class Kind {
    kTarget,    // "+"
    kSource,    // "$"
    kCompound,  // "%"
    kSkip,      // "^"
    kPrep,      // words: prepositions ("BY/WITH" gives two)
    kParticle,  // words[0]: up, out, down, off ...
    kNominal,   // words: noun lemmas, any of which may be the head
    kVerbWord,  // words: verb lemmas (a word that cannot be a noun)
    kAdjWord,   // words[0]: an adjective
    kModifier,  // determiner, adverb, number: dropped
    kBlocker,   // words[0]: why the pattern cannot be expressed
    kPP,        // words: prepositions; content: what they govern
  };
  Kind kind = Kind::kModifier;
  std::vector<std::string> words;
  std::vector<Unit> content;
  bool mergeable = false;  // a bare word or synset: may join a noun run
  bool joined = false;     // joined to the previous piece by "_"
  bool malformed = false;  // kBlocker caused by a dictionary error
  // kNominal: the (first) word is also the base form of these verbs, as
  // "LEAVE" in "* TO LEAVE" (read as "to leave", not "to the leave").
  std::vector<std::string> base_verbs;
};

struct Translation {
  enum class Result { kOk, kPartial, kInexpressible, kMalformed };
  Result result = Result::kOk;
  std::string particle;  // phrasal verb particle found after the verb
  std::vector<Slot> slots;
  std::string reason;  // kInexpressible / kMalformed: why
};

class PatternTranslator {
 public:
  // `stems`: words without a trailing "_" are TABARI stems.
  PatternTranslator(const Vocabulary& vocab, const SynsetTable& synsets,
                    bool stems, int max_extra);

  bool IsSynset(std::string_view key) const;
  std::vector<Unit> Units(const std::vector<VerbToken>& tokens);
  // A dictionary error in `units` (an undefined synset), or "".
  static std::string MalformedReason(const std::vector<Unit>& units);
  // Slots for the pattern "pre * units". Words before the verb make it
  // inexpressible; "$", "+", "%", "^" there are dropped.
  Translation Interpret(const std::vector<VerbToken>& pre,
                        const std::vector<Unit>& units) const;
  WordReading Read(const VerbToken& word) const;

 private:
  Unit WordUnit(const VerbToken& t) const;
  Unit SynsetUnit(const std::string& key);
  Unit ClassifySynset(const std::string& key);
  Unit MemberUnit(const std::vector<VerbToken>& tokens);
  void GroupUnits(const std::vector<VerbToken>& tokens, size_t* i,
                  std::vector<Unit>* out);
  Unit NounGroup(const std::vector<VerbToken>& inner);
  Unit Alternatives(const std::vector<VerbToken>& inner);
  void Parenthesized(const std::vector<VerbToken>& inner,
                     std::vector<Unit>* out);

  const Vocabulary& vocab_;
  const SynsetTable& synsets_;
  bool stems_;
  int max_extra_;
  std::map<std::string, Unit, std::less<>> synset_units_;
};

}  // namespace dyad

#endif  // DYAD_CODE_VERB_IMPORTER_TRANSLATE_H_
