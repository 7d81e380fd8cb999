// Lexicon: the event patterns the coder matches over dependency parses.
//
// Each pattern anchors on a verb or noun lemma and adds slots (direct
// object, prepositional target, object lemma, open complement …) mapped to
// a CAMEO code. Patterns are loaded from dyad's own files (data/lexicon/,
// format in doc/lexicon.md) or imported from PETRARCH-2 / TABARI verb
// dictionaries, then indexed by anchor lemma.
//
// Thread safety: immutable after Load(); share between threads.
//
// Usage:
//   auto lex = dyad::Lexicon::Load(dyad::LexiconOptions());
//   for (const dyad::Pattern* p : (*lex)->Verb("meet")) Consider(*p);
//   size_t n = (*lex)->size();
#ifndef DYAD_LEXICON_H_
#define DYAD_LEXICON_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct Slot {
  enum class Kind {
    kObject,       // "obj": the target is the direct object
    kObjectLemma,  // "obj:a|b": the direct object is one of these lemmas
    kPrep,         // "@with|to": the target is in such an oblique
    kPrepLemma,    // "@on:a|b": such an oblique heads one of these lemmas
    kXcomp,        // "xcomp:a|b" or "xcomp": open clausal complement
    kCcomp,        // "ccomp:a|b" or "ccomp": a that-clause ("demanded that")
    kSourcePrep,   // "src:by": nouns: the source is in such an nmod
    kNoObject,     // "-obj": the verb has no direct object ("they met")
  };
  Kind kind = Kind::kObject;
  std::vector<std::string> preps;
  std::vector<std::string> lemmas;  // empty or {"*"}: any
  bool AnyLemma() const { return lemmas.empty() || lemmas[0] == "*"; }
  bool HasLemma(std::string_view l) const;
  bool HasPrep(std::string_view p) const;
};

// A TABARI / PETRARCH-1 pattern as the word sequence those coders match
// (doc/verb_importers.md): items before and after the verb, found in order
// with any words between them unless `joined` ("_" in the dictionary).
struct SequenceItem {
  enum class Kind {
    kWords,   // one of `phrases` (consecutive words) is here
    kTarget,  // "+": the target is the next actor
    kSource,  // "$": the source is the next actor
  };
  Kind kind = Kind::kWords;
  // Lowercase words; a word ending in "*" is a stem (matches any word it
  // begins), others match exactly ("ties", "n't", "accus*").
  std::vector<std::vector<std::string>> phrases;
  bool joined = false;  // right after the previous item (or the verb)
};

struct WordSequence {
  std::vector<SequenceItem> before;  // in text order, the last next to *
  std::vector<SequenceItem> after;
  // The verb itself must follow the last item before it directly.
  bool verb_joined = false;
  bool empty() const { return before.empty() && after.empty(); }
};

// The code of a pattern that says its wording is not an event ("met its
// targets"); it wins over less specific patterns and codes nothing.
inline constexpr std::string_view kNotAnEvent = "---";

struct Pattern {
  std::string code;  // CAMEO code
  // The code of the same event seen from the target's side, emitted as a
  // second event from target to source: TABARI's "[032:033]" (A arrives in
  // B: A visits B, B hosts A). "" for none; the built-in lexicon has none.
  std::string reverse_code;
  bool noun = false;     // anchored on an event noun
  std::string lemma;     // anchor lemma
  std::string particle;  // phrasal verb particle, "" if none
  std::vector<Slot> slots;
  // Imported TABARI / PETRARCH-1 patterns with words: matched as a word
  // sequence instead of slots (the coder's pattern_match.cc).
  WordSequence sequence;
  std::string example;  // optional sentence the pattern should code
  std::string origin;   // "file:line"
  // The slot that names the target, or nullptr.
  const Slot* TargetSlot() const;
};

struct LexiconOptions {
  // dyad lexicon files or folders of *.tsv files. Empty: data/lexicon/ in
  // the source tree.
  std::vector<std::string> paths;
  // PETRARCH-2 (CAMEO.2.0.txt) or TABARI / PETRARCH-1 verb dictionaries to
  // import (`--verbs FILE`), in addition to, or instead of, the built-in
  // lexicon.
  std::vector<std::string> verb_files;
  bool replace_builtin = false;
  // Loading fails when one file has more malformed lines than this.
  int max_bad_lines_per_file = 1000;
};

class Lexicon {
 public:
  static StatusOr<std::unique_ptr<Lexicon>> Load(const LexiconOptions& options);

  // Parses one line of the dyad lexicon format; `origin` is "file:line".
  static Status ParseLine(std::string_view line, const std::string& origin,
                          Pattern* out);

  void Add(Pattern p);  // used by loaders and importers
  const std::vector<const Pattern*>& Verb(std::string_view lemma) const;
  const std::vector<const Pattern*>& Noun(std::string_view lemma) const;
  const std::vector<std::unique_ptr<Pattern>>& patterns() const {
    return patterns_;
  }
  size_t size() const { return patterns_.size(); }
  const std::vector<std::string>& warnings() const { return warnings_; }
  void Warn(std::string w) { warnings_.push_back(std::move(w)); }

 private:
  std::vector<std::unique_ptr<Pattern>> patterns_;
  std::map<std::string, std::vector<const Pattern*>, std::less<>> verbs_;
  std::map<std::string, std::vector<const Pattern*>, std::less<>> nouns_;
  std::vector<std::string> warnings_;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_H_
