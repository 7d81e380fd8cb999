// Importers for established verb dictionaries (internal to src/code): the
// PETRARCH-2 CAMEO.2.0.txt verb dictionary and TABARI / PETRARCH-1 verb
// files, translated into dyad lexicon patterns so users can code with
// dictionaries they already trust (`--verbs FILE`). Format notes and what is
// and isn't translated: doc/verb_importers.md.
//
// Thread safety: single-threaded; fills the Lexicon it is given.
//
// Usage:
//   Lexicon lex;
//   DYAD_RETURN_IF_ERROR(ImportVerbFile("CAMEO.2.0.txt", 1000, &lex));
//   size_t n = lex.size();
#ifndef DYAD_CODE_VERB_IMPORTER_H_
#define DYAD_CODE_VERB_IMPORTER_H_

#include <string>
#include <string_view>

#include "dyad/lexicon.h"
#include "dyad/status.h"

namespace dyad {

// Detects the format of `path` and imports it. Malformed entries are
// reported through Lexicon::Warn as "file:line: what".
Status ImportVerbFile(const std::string& path, int max_bad_lines,
                      Lexicon* lexicon);

// The same from memory (`name` is used in messages).
Status ImportVerbData(std::string_view data, const std::string& name,
                      int max_bad_lines, Lexicon* lexicon);

}  // namespace dyad

#endif  // DYAD_CODE_VERB_IMPORTER_H_
