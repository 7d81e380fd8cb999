// Sentences and tokens: the unit every stage after segmentation works on.
//
// The segmenter fills text, offsets and space_after; the analyzer fills the
// morpho-syntactic fields (upos, xpos, lemma, head, deprel). Offsets are byte
// offsets into Article::text.
//
// Thread safety: plain values; no shared state.
//
// Usage:
//   for (const dyad::Sentence& s : sentences)
//     for (const dyad::Token& t : s.tokens)
//       Print(t.text, t.begin, t.end, t.upos, t.head, t.deprel);
#ifndef DYAD_SENTENCE_H_
#define DYAD_SENTENCE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/actor.h"

namespace dyad {

struct Token {
  std::string text;    // the surface form (may be normalised, see norm)
  uint32_t begin = 0;  // [begin, end) in Article::text
  uint32_t end = 0;
  bool space_after = true;  // whitespace follows in the input

  // Filled by the analyzer (src/analyze); empty / -1 before.
  std::string upos;  // universal POS tag (NOUN, VERB, PROPN ...)
  std::string xpos;  // Penn Treebank tag (NN, VBD, NNP ...)
  std::string lemma;
  int head = -1;       // index of the head token in Sentence::tokens; -1 root
  std::string deprel;  // UD relation (nsubj, obj, obl:tmod ...)
};

struct Sentence {
  uint32_t paragraph = 0;  // index into Article::paragraphs
  uint32_t begin = 0;      // [begin, end) in Article::text
  uint32_t end = 0;
  std::vector<Token> tokens;
  // Filled by the resolver (src/resolve): actors in token order. Two
  // mentions over the same tokens are a pair ("both sides").
  std::vector<ActorMention> actors;
};

}  // namespace dyad

#endif  // DYAD_SENTENCE_H_
