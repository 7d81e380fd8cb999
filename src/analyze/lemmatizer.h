// Lemmatizer: learned suffix edit rules plus an exception list.
//
// Training turns every (form, XPOS, lemma) of the UD training data into an
// edit rule: a casing step (keep the form's case, lowercase it as UD does
// for everything but proper nouns, or title-case it: "i" → "I"), then strip n
// bytes from the end and append a string ("countries" → lower, strip 3,
// append "y"). Rules are chosen by the longest word ending (up to
// max_suffix characters) seen under the same XPOS; ending contexts that
// predict the same rule as a shorter one are pruned. Forms whose majority
// lemma the rules get wrong ("met" → "meet", "was" → "be") go into an
// exception table keyed by XPOS and form (looked up as written, then
// lowercased). For words outside the exception table, the rules of all
// matching endings are tried from the longest ending down, and the first
// whose result is a lemma seen in training with the same UPOS wins
// ("provoked": the "-oked" rule gives "provok", unseen; the "-ed" rule
// gives "provoke"); if none gives a known lemma, the longest ending's rule.
//
// Thread safety: immutable after Train/Deserialize; Lemmatize is const.
//
// Usage:
//   auto lem = Lemmatizer::Train(sentences, LemmatizerOptions());
//   std::string l = lem->Lemmatize("countries", "NOUN", "NNS");  // country
//   std::string bytes; lem->Serialize(&bytes);
#ifndef DYAD_ANALYZE_LEMMATIZER_H_
#define DYAD_ANALYZE_LEMMATIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

struct LemmatizerOptions {
  // Longest word ending (in characters) used as a rule context.
  int max_suffix = 7;
  // An ending context needs at least this many training words to be kept.
  int min_context_count = 2;
  // A form needs at least this many training occurrences (with one XPOS) to
  // get an exception entry when the rules mislemmatize it.
  int min_exception_count = 1;
  // Check rule results against the training lemmas (see above); the known
  // lemmas are stored with the model.
  bool check_known_lemmas = true;
};

// Lowercases UTF-8 text code point by code point (invalid bytes are kept).
std::string Utf8Lower(std::string_view s);

class Lemmatizer {
 public:
  // How a rule treats the form's case before editing it.
  enum Casing : uint8_t {
    kKeep = 0,   // as written ("Paris" → "Paris")
    kLower = 1,  // lowercased ("Countries" → "countries")
    kTitle = 2,  // lowercased, then the first letter upper ("i" → "I")
  };
  // One edit: the casing step, then strip bytes, then append.
  struct Rule {
    Casing casing = kLower;
    uint8_t strip = 0;
    std::string append;
    bool operator==(const Rule&) const = default;
  };

  // Learns rules and exceptions from the lemmas of gold `sentences` (words
  // whose lemma is empty are ignored).
  static std::unique_ptr<Lemmatizer> Train(
      const std::vector<std::vector<Token>>& sentences,
      const LemmatizerOptions& options);

  static StatusOr<std::unique_ptr<Lemmatizer>> Deserialize(
      std::string_view bytes);
  void Serialize(std::string* out) const;

  // The lemma of `form` with the given tags. Never empty for a non-empty
  // form.
  std::string Lemmatize(std::string_view form, std::string_view upos,
                        std::string_view xpos) const;

  size_t num_rules() const { return rules_.size(); }
  size_t num_contexts() const { return contexts_.size(); }
  size_t num_exceptions() const { return exceptions_.size(); }

  // The rule that turns `form` into `lemma` (exposed for tests).
  static Rule RuleFor(std::string_view form, std::string_view lemma);
  // Applies `rule` to `form`; false when it does not fit (strips too much
  // or cuts a UTF-8 character).
  static bool Apply(const Rule& rule, std::string_view form, std::string* out);

 private:
  friend class LemmatizerTrainer;
  // The rule index predicted by ending contexts, or -1.
  int RuleByContext(std::string_view xpos, std::string_view lower) const;
  // The lemma by ending contexts, checked against the known lemmas; empty
  // if no context applies.
  std::string LemmaByContexts(std::string_view form, std::string_view lower,
                              std::string_view upos,
                              std::string_view xpos) const;

  int max_suffix_ = 7;
  std::vector<Rule> rules_;
  // "XPOS\tlowercased ending" → rule index; "XPOS\tform" → rule index.
  std::unordered_map<std::string, uint32_t> contexts_;
  std::unordered_map<std::string, uint32_t> exceptions_;
  // "UPOS\tlowercased lemma" of every training word; empty: no check.
  std::unordered_set<std::string> known_;
};

}  // namespace dyad

#endif  // DYAD_ANALYZE_LEMMATIZER_H_
