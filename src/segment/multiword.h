// Multiword tokens: which words produced by the segmenter share one surface
// token in the UD sense ("don't" = "do" + "n't", "cannot" = "can" + "not").
//
// The tokenizer splits clitics off the word they are written with; UD keeps
// such a written form as one surface (multiword) token over several syntactic
// words. Evaluators use this to compare against UD surface tokens, writers of
// CoNLL-U to emit "3-4" ranges.
//
// Thread safety: pure function.
//
// Usage:
//   for (size_t i = 1; i < tokens.size(); ++i)
//     if (dyad::segment::ContinuesSurfaceToken(tokens[i - 1], tokens[i])) ...
#ifndef DYAD_SEGMENT_MULTIWORD_H_
#define DYAD_SEGMENT_MULTIWORD_H_

#include "dyad/sentence.h"

namespace dyad::segment {

// True when `token` is a word the tokenizer split off `prev` (both from one
// written form without space between them).
bool ContinuesSurfaceToken(const Token& prev, const Token& token);

}  // namespace dyad::segment

#endif  // DYAD_SEGMENT_MULTIWORD_H_
