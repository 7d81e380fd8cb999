// Loader for dyad's own actor dictionary files (internal to src/resolve).
//
// Reads countries.tsv, historical.tsv, ethnic.tsv, organizations.tsv,
// agents.tsv and people.tsv (format in doc/actor_dictionary.md); the kind
// of file is told by its header line.
// Malformed lines are reported through DictionaryBuilder::Warn as
// "file:line: what" and skipped.
//
// Thread safety: single-threaded, like the builder it fills.
//
// Usage:
//   DictionaryBuilder builder(*segmenter);
//   DYAD_RETURN_IF_ERROR(LoadDyadTsv("data/actors/people.tsv", &builder));
#ifndef DYAD_RESOLVE_TSV_LOADER_H_
#define DYAD_RESOLVE_TSV_LOADER_H_

#include <string>
#include <string_view>

#include "dyad/status.h"
#include "resolve/dictionary.h"

namespace dyad {

// True when `data` starts (after comments) with a dyad TSV header.
bool LooksLikeDyadTsv(std::string_view data);

// Loads one dyad TSV file from memory; `name` is used in messages.
Status LoadDyadTsv(std::string_view data, const std::string& name,
                   DictionaryBuilder* builder);

}  // namespace dyad

#endif  // DYAD_RESOLVE_TSV_LOADER_H_
