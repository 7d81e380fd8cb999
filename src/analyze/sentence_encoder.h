// The parser's encoding of its input, several sentences at a time: the
// bidirectional LSTM over each sentence's words, then the first layers of
// the move and label scorers for every word (analyze/nn.h, doc/parser.md).
// The recurrent steps of all the sentences of a batch advance together, so
// that each step reads a direction's recurrent weights (64 KB, more than
// the first-level cache holds) once for all of them instead of once per
// sentence. A batch of one sentence gives the same numbers bit for bit.
// Internal to src/analyze.
//
// Thread safety: EncodeBatch keeps its scratch per thread; any number of
// threads may call it with the same model.
//
// Usage:
//   std::vector<SentenceIds> ids(2);  model.Lookup(a, &ids[0]);  ...
//   std::vector<Encoding> encodings;  EncodeBatch(model, ids, &encodings);
//   encodings[1].pre.col(3);  // the scorers' first layers for word 3 of b
#ifndef DYAD_ANALYZE_SENTENCE_ENCODER_H_
#define DYAD_ANALYZE_SENTENCE_ENCODER_H_

#include <vector>

#include "analyze/parser_model.h"

namespace dyad {

struct Encoding {
  // For each of the n words, then ROOT (column n) and "no word" (n + 1):
  // the stacked first layers of both scorers, ParserModel::scorer_in times
  // the word's vector (rows padded to whole panels).
  nn::Matrix pre;
};

// Encodes every sentence of `ids` (none empty) into (*out)[i].
void EncodeBatch(const ParserModel& m, const std::vector<SentenceIds>& ids,
                 std::vector<Encoding>* out);

}  // namespace dyad

#endif  // DYAD_ANALYZE_SENTENCE_ENCODER_H_
