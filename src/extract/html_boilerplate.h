// Finds the part of a page that holds the article, and what is boilerplate.
//
// BoilerplateMap answers "is this element inside page furniture?" in O(1):
// it records, for every block element, its nearest ancestor-or-self that is
// boilerplate (nav, footer, aside, a page header, a small form, a share bar
// or ad by its class, a link-dense list). Furniture above the article root
// does not count: a page wrapped in <form> or in a mis-named div still has
// its article.
//
// ChooseContent picks the article root(s):
//  1. the semantic markers <article>, role=article, itemprop=articleBody,
//     schema.org Article (or else <main>, role=main) with the most
//     sentence-like text, when that text is at least half of what
//  2. a text-density scorer (in the manner of Readability) finds: each
//     sentence-like block scores 1 + commas + length/100 (at most 3), less
//     its link share, credited to its container and, halved and thirded, to
//     the next two ancestors; a container's score grows with content-like
//     class names, shrinks with list/heading tags, and is scaled by
//     1 - link density. The best container wins, joined by its siblings
//     that score at least a fifth as well.
//
// Thread safety: pure functions over an immutable Page.
//
// Usage:
//   BoilerplateMap boiler(page);
//   ContentRoots roots = ChooseContent(page, boiler);
//   int32_t r = roots.RootOf(page, block.owner);
//   bool keep = r >= 0 && !boiler.IsBoilerplate(block.owner, r);
#ifndef DYAD_EXTRACT_HTML_BOILERPLATE_H_
#define DYAD_EXTRACT_HTML_BOILERPLATE_H_

#include <cstdint>
#include <vector>

#include "extract/html_dom.h"

namespace dyad::html {

class BoilerplateMap {
 public:
  explicit BoilerplateMap(const Page& page);

  // True if `element` or one of its ancestors strictly below `root` is
  // boilerplate; root -1 means: any ancestor.
  bool IsBoilerplate(int32_t element, int32_t root) const {
    return nearest_[element] > root;
  }

 private:
  std::vector<int32_t> nearest_;  // nearest boilerplate ancestor-or-self
};

struct ContentRoots {
  std::vector<int32_t> roots;  // disjoint subtrees, in document order
  bool semantic = false;       // chosen by an article/main marker

  // The root whose subtree holds `element`, or -1.
  int32_t RootOf(const Page& page, int32_t element) const;
};

ContentRoots ChooseContent(const Page& page, const BoilerplateMap& boiler);

}  // namespace dyad::html

#endif  // DYAD_EXTRACT_HTML_BOILERPLATE_H_
