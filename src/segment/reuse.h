// SegmentReusing: Segmenter::Segment for a caller that segments document
// after document into the same vector (the pipeline).
//
// The sentences already in the vector are overwritten instead of destroyed
// and rebuilt, so their token buffers are reused and segmenting a document
// allocates little. The result equals sentences->clear() followed by
// segmenter.Segment(article, sentences).
//
// Thread safety: as Segmenter::Segment; `sentences` belongs to the caller.
//
// Usage:
//   std::vector<dyad::Sentence> sentences;  // kept from one document to next
//   for (const dyad::Article& a : articles)
//     dyad::segment::SegmentReusing(*segmenter, a, &sentences);
#ifndef DYAD_SEGMENT_REUSE_H_
#define DYAD_SEGMENT_REUSE_H_

#include <vector>

#include "dyad/document.h"
#include "dyad/segmenter.h"
#include "dyad/sentence.h"

namespace dyad::segment {

void SegmentReusing(const Segmenter& segmenter, const Article& article,
                    std::vector<Sentence>* sentences);

}  // namespace dyad::segment

#endif  // DYAD_SEGMENT_REUSE_H_
