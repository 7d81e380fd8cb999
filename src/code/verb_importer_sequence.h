// TABARI / PETRARCH-1 patterns as word sequences (internal to src/code).
//
// Those coders match a pattern's words in order around the verb, with any
// words between two of them unless "_" joins them; a synset stands for any
// of its member phrases. BuildSequence turns a pattern's tokens into the
// WordSequence of include/dyad/lexicon.h; the coder matches it in
// pattern_match.cc. Rules: doc/verb_importers.md.
//
// Thread safety: a pure function.
//
// Usage:
//   WordSequence seq;
//   if (BuildSequence(tokens.pre, tokens.verb_joined, tokens.post, synsets,
//                     /*stems=*/true, &seq)) pattern.sequence = seq;
#ifndef DYAD_CODE_VERB_IMPORTER_SEQUENCE_H_
#define DYAD_CODE_VERB_IMPORTER_SEQUENCE_H_

#include <vector>

#include "code/verb_importer_syntax.h"
#include "code/verb_importer_translate.h"
#include "dyad/lexicon.h"

namespace dyad {

// False when the tokens hold something a sequence cannot say (a compound
// actor "%", an undefined synset, an empty alternative) or no word at all:
// such patterns keep their slot translation only. `stems`: words without
// a trailing "_" match any word they begin (TABARI).
bool BuildSequence(const std::vector<VerbToken>& pre, bool verb_joined,
                   const std::vector<VerbToken>& post,
                   const SynsetTable& synsets, bool stems, WordSequence* out);

}  // namespace dyad

#endif  // DYAD_CODE_VERB_IMPORTER_SEQUENCE_H_
