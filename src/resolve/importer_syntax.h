// Shared syntax of TABARI / PETRARCH dictionary files (internal to
// src/resolve, used by the actor and agent importers in importer.cc and
// importer_agents.cc; grammar in doc/importers.md).
//
// DictLineReader yields the meaningful lines of a file: `#`, `;` and
// `<!-- -->` comments removed (the latter may span lines), blank lines,
// other `<...>` markup lines and TABARI `<NOUN>` / `<ADJECTIVE>` blocks
// skipped, and reading stops at a `~~FINISH` line. The helpers parse the
// pieces of a line: names (`A_B_` → "A B"), `[CODE DATE]` blocks and the
// TABARI dates inside them.
//
// Thread safety: the functions are pure; a DictLineReader is used by one
// thread.
//
// Usage:
//   DictLineReader reader(data, [&](int line, std::string what) { ... });
//   DictLine line;
//   LineParts parts;
//   while (reader.Next(&line)) { SplitCodeBlocks(line.text, &parts); }
#ifndef DYAD_RESOLVE_IMPORTER_SYNTAX_H_
#define DYAD_RESOLVE_IMPORTER_SYNTAX_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

// Two-digit years up to this are 20xx, the others 19xx ("070723" is 2007,
// "320101" is 1932), as in KEDS, TABARI and PETRARCH: the dictionaries hold
// dates from the 1920s to the 2010s.
inline constexpr int kTwoDigitYearPivot = 30;

// Receives problems as (line number, description).
using LineWarning = std::function<void(int, std::string)>;

// One meaningful line: comments removed, trailing blanks trimmed, leading
// blanks kept (a leading tab marks a code line).
struct DictLine {
  std::string text;
  int number = 0;  // 1-based line number in the file
};

class DictLineReader {
 public:
  DictLineReader(std::string_view data, LineWarning warn);

  // The next meaningful line; false at the end of the input.
  bool Next(DictLine* line);

 private:
  enum class State { kText, kXmlComment, kBlock };

  bool NextRaw(std::string_view* raw);
  // Removes comments from `raw` into *out, updating the state.
  void StripComments(std::string_view raw, std::string* out);
  // Handles a line starting with '<'; true when it was consumed.
  bool Markup(std::string_view trimmed);
  void WarnUnterminated();

  std::string_view data_;
  size_t pos_ = 0;
  int number_ = 0;
  State state_ = State::kText;
  std::string block_;  // closing tag of the block being skipped
  int opened_at_ = 0;  // line where the comment or block opened
  LineWarning warn_;
};

// Blanks are ' ', '\t' and '\r'.
std::string_view TrimBlanks(std::string_view s);

// A line cut at its brackets: "NAME {PLURALS} [CODE] [CODE DATE]".
struct LineParts {
  std::string_view head;                 // before the first '[', trimmed
  std::vector<std::string_view> blocks;  // the insides of the [...] blocks
  std::string_view trailing;  // text after the last block, to be ignored
};

// Splits `line`; a block closed by '}' is accepted. Returns an error text
// ("" on success) for unbalanced brackets.
std::string SplitCodeBlocks(std::string_view line, LineParts* out);

// One parsed `[CODE RESTRICTION]` block.
struct CodeBlock {
  std::string code;  // upper case; "" for the null codes ---, ###, +++
  int32_t start = 0;
  int32_t end = 99991231;
  bool dated = false;
  bool agent_prefix = false;  // "~GOV"
  bool agent_suffix = false;  // "NGO~"
};

// Parses the inside of one block. Returns an error text, "" on success; a
// non-fatal note on a repaired date (an unreadable start taken as open, a
// date without '<' or '>' taken as a start) goes to *note.
std::string ParseCodeBlock(std::string_view inside, CodeBlock* out,
                           std::string* note);

// "YYMMDD" or "YYYYMMDD" → yyyymmdd; false when malformed.
bool ParseTabariDate(std::string_view digits, int32_t* out);

// Dictionary phrase → surface: underscores become spaces, blanks collapse,
// a final '_' is dropped, an unclosed '(' cuts the rest ("TODOROV (ACTING_").
std::string PhraseToSurface(std::string_view phrase);

// The dictionaries write every name in capitals, so the case says nothing;
// names are set in title case ("SERGEY_LAVROV" → "Sergey Lavrov",
// "AL-QAEDA" → "Al-Qaeda"; initials such as "U.S." stay) so that the
// dictionary's capitals-only rule for acronyms does not catch them. With
// `keep_acronym`, a one-word name that looks like an acronym — at most three
// letters, or at most five without a vowel ("UN", "IMF", "PKK") — keeps its
// capitals and so matches only when printed in capitals.
std::string NameCase(std::string_view surface, bool keep_acronym);

// PETRARCH substitution sets: `!PERSON! = MAN, MEN, WOMAN` defines a set,
// `CONGRESS!PERSON!` then stands for CONGRESSMAN, CONGRESSMEN, ...
class Substitutions {
 public:
  // True when `line` is a definition ("!NAME! = A, B"); a malformed one sets
  // *error.
  bool Define(std::string_view line, std::string* error);

  // Appends every expansion of `phrase` to *out (the phrase itself when it
  // has no marker). Returns an error text for an undefined marker.
  std::string Expand(std::string_view phrase,
                     std::vector<std::string>* out) const;

 private:
  std::unordered_map<std::string, std::vector<std::string>> sets_;
};

}  // namespace dyad

#endif  // DYAD_RESOLVE_IMPORTER_SYNTAX_H_
