// Matching imported TABARI / PETRARCH-1 word sequences around a verb
// (internal to src/code).
//
// As in those coders, the words of a pattern are found in order in the
// sentence, before and after the verb, with any words between two of them
// unless the dictionary joined them with "_"; a stem ("accus*") matches any
// word it begins. "+" and "$" take the next actor after (or, before the
// verb, the nearest actor before) the words matched so far; a pattern
// without "+" targets the first actor after the verb. Longer patterns
// score higher, and beat the slot patterns of the same verb.
//
// Thread safety: pure functions over a ParseView.
//
// Usage:
//   PatternMatch m;
//   int score = MatchSequence(view, verb, pattern.sequence, &m);
//   if (score >= 0) Use(m.targets);
#ifndef DYAD_CODE_SEQUENCE_MATCH_H_
#define DYAD_CODE_SEQUENCE_MATCH_H_

#include "code/parse_view.h"
#include "code/pattern_match.h"
#include "dyad/lexicon.h"

namespace dyad {

// The score of the match, or -1 when `seq` does not match around `verb`.
// Fills m->targets, m->sources ("$"), m->consumed (words after the verb)
// and m->absorbs_negation (a negation among the words before the verb:
// "&NEGATVAUXVRB * OVER EFFORTS" codes "did not clash over the efforts").
int MatchSequence(const ParseView& v, int verb, const WordSequence& seq,
                  PatternMatch* m);

}  // namespace dyad

#endif  // DYAD_CODE_SEQUENCE_MATCH_H_
