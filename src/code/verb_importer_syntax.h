// Line-level syntax shared by the TABARI, PETRARCH-1 and PETRARCH-2 verb
// dictionary readers (internal to src/code): comments, "[CODE]" blocks and
// the tokens of a pattern ("- * (TO +) {PEACE PLAN} [037] # AGREE").
// Grammar and meaning: doc/verb_importers.md.
//
// Thread safety: stateless functions.
//
// Usage:
//   std::string_view body = dyad::StripComment(line);
//   dyad::VerbCode code = dyad::ParseVerbCode("042:043");  // code "042"
//   auto tokens = dyad::Tokenize("* (TO +)", is_synset);
#ifndef DYAD_CODE_VERB_IMPORTER_SYNTAX_H_
#define DYAD_CODE_VERB_IMPORTER_SYNTAX_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// The code of a verb or pattern, from the text between "[" and "]".
struct VerbCode {
  enum class Kind {
    kCode,         // a CAMEO code in `code` ("042" from "042:043")
    kNull,         // "---": no event
    kDiscard,      // "###" / "+++": discard markers, no event
    kPassiveOnly,  // ":173": PETRARCH-2 code for the passive voice only
    kBad,          // anything else
  };
  Kind kind = Kind::kBad;
  std::string code;
  std::string reverse;  // "043" from "042:043", else ""
};
VerbCode ParseVerbCode(std::string_view inside);

// `line` without "\r", a ";" or "#" comment (outside "[...]") and
// surrounding blanks.
std::string_view StripComment(std::string_view line);

// Removes the last "[...]" block from *line and stores its inside in *code;
// false when there is none.
bool TakeCodeBlock(std::string_view* line, std::string* code);

// Trims blanks at both ends.
std::string_view Trim(std::string_view s);

struct VerbToken {
  enum class Kind {
    kWord,        // text: uppercase word
    kVerb,        // *
    kTarget,      // +
    kSource,      // $
    kCompound,    // %
    kSkip,        // ^
    kSynset,      // text: synset name without "&" and trailing "_"
    kOpen,        // (
    kClose,       // )
    kOpenBrace,   // {
    kCloseBrace,  // }
    kBar,         // |
  };
  Kind kind = Kind::kWord;
  std::string text;
  bool exact = false;   // a word followed by "_" (TABARI: not a stem)
  bool joined = false;  // joined to the previous token by "_"
};

// Tokens of a pattern. `is_synset(name)` says whether a synset is defined
// (name without "&" and trailing "_"); it decides where a synset reference
// ends in "NEW_&TIETYPES_RELATIONS". Unbalanced or nested brackets are an
// InvalidArgument error saying what is wrong.
StatusOr<std::vector<VerbToken>> Tokenize(
    std::string_view text,
    const std::function<bool(std::string_view)>& is_synset);

// A pattern split at its verb marker "*".
struct PatternTokens {
  std::vector<VerbToken> pre;   // before the verb
  std::vector<VerbToken> post;  // after the verb
  bool verb_joined = false;     // "IN_*": the verb follows "IN" directly
};
// InvalidArgument unless `tokens` holds exactly one "*".
StatusOr<PatternTokens> SplitAtVerb(std::vector<VerbToken> tokens);

// A synset name as used for lookup: without "&" and trailing "_".
std::string SynsetKey(std::string_view name);

}  // namespace dyad

#endif  // DYAD_CODE_VERB_IMPORTER_SYNTAX_H_
