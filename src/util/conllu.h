// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
//
// Internal to dyad: used by the trainer, the evaluators and `dyad parse`.
// Multi-word token ranges ("3-4") are kept as surface tokens with the words
// they cover; empty nodes ("5.1") are skipped.
//
// Thread safety: plain functions over values.
//
// Usage:
//   std::vector<dyad::ConlluSentence> sents;
//   DYAD_RETURN_IF_ERROR(dyad::ReadConlluFile(path, &sents));
//   for (auto& s : sents) Train(s.words);
#ifndef DYAD_UTIL_CONLLU_H_
#define DYAD_UTIL_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

// A surface token that spans several syntactic words ("don't" = do + n't
// in some treebanks).
struct ConlluMultiword {
  int first = 0;  // index into words (0-based) of the first word covered
  int last = 0;   // index of the last word covered (inclusive)
  std::string form;
  bool space_after = true;
};

struct ConlluSentence {
  std::string sent_id;
  std::string text;      // the "# text = " comment, if any
  bool new_doc = false;  // preceded by "# newdoc"
  bool new_par = false;  // preceded by "# newpar" (or newdoc)
  // One Token per syntactic word; head is 0-based (-1 for the root), offsets
  // unset (0).
  std::vector<Token> words;
  std::vector<std::string> feats;  // FEATS column per word ("_" if none)
  std::vector<ConlluMultiword> multiwords;
};

// Parses CoNLL-U text. `name` is used in error messages ("name:line: ...").
Status ParseConllu(std::string_view data, std::string_view name,
                   std::vector<ConlluSentence>* out);
Status ReadConlluFile(const std::string& path,
                      std::vector<ConlluSentence>* out);

// Writes one sentence in CoNLL-U, using Token fields (head -1 → 0). `id` and
// `text` become comments when non-empty. Ends with the blank line.
void WriteConllu(const std::vector<Token>& tokens, std::string_view id,
                 std::string_view text, std::string* out);

}  // namespace dyad

#endif  // DYAD_UTIL_CONLLU_H_
