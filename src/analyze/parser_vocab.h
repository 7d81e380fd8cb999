// The parser's lexicon: the word forms it knows, each with its tag class
// (the set of tags the form had in training, a category that does not depend
// on the tagger's decision in context). Unknown forms fall back to their
// shape ("Xxx", "dd.dd").
//
// Thread safety: immutable after construction; share freely.
//
// Usage:
//   ParserVocabulary v = ParserVocabulary::Build(train, 2, 0.05);
//   uint64_t w, tag_class;  v.Lookup("Geneva", &w, &tag_class);
#ifndef DYAD_ANALYZE_PARSER_VOCAB_H_
#define DYAD_ANALYZE_PARSER_VOCAB_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "analyze/perceptron.h"
#include "dyad/sentence.h"

namespace dyad {

class ParserVocabulary {
 public:
  struct Entry {
    uint64_t word;       // LowerHash of the form
    uint64_t tag_class;  // hash of the form's frequent tags
  };
  ParserVocabulary() = default;
  explicit ParserVocabulary(std::vector<Entry> entries);  // any order

  // Keeps the lowercased forms seen >= min_count times in `sentences`; a
  // form's class is made of the XPOS tags (UPOS if none) that make up at
  // least min_tag_share of its occurrences.
  static ParserVocabulary Build(
      const std::vector<std::vector<Token>>& sentences, int min_count,
      double min_tag_share);

  // The word atom (the form's hash if known, else its shape's) and the tag
  // class atom (of the shape for unknown forms).
  void Lookup(std::string_view text, uint64_t* word, uint64_t* tag_class) const;

  size_t size() const { return entries_.size(); }
  size_t MemoryBytes() const { return entries_.capacity() * sizeof(Entry); }
  void Serialize(ByteWriter* w) const;
  // False if the bytes are not a vocabulary.
  static bool Deserialize(ByteReader* r, ParserVocabulary* vocab);

 private:
  std::vector<Entry> entries_;  // sorted by word, unique
};

// Hash of the ASCII-lowercased form.
uint64_t LowerHash(std::string_view text);
// A short shape class: "Xxx", "dd.dd", "xx-xx" (runs cut at two, length
// capped), prefixed so it cannot collide with a word.
uint64_t ShapeHash(std::string_view text);

}  // namespace dyad

#endif  // DYAD_ANALYZE_PARSER_VOCAB_H_
