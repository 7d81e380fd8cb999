// A flat model of an HTML page for article extraction, built by one
// iterative walk over gumbo's tree.
//
// BuildPage bounds the input (html_prescan.h), parses it with gumbo, and
// walks the tree with an explicit stack (never recursion). It records:
//  - the block-level elements (div, p, li, h1, article...) in document order,
//    each with its flags (html_classify.h), its parent, the extent of its
//    subtree and text statistics (all text, link text, sentence-like text);
//  - the text blocks: the text between two block boundaries, whitespace
//    collapsed, with offsets into the input and the innermost block element
//    that holds it (inline elements such as a, b, span are part of a block);
//  - what the metadata reader needs: <title>, <meta> values, JSON-LD
//    scripts, <time datetime> values and og:title with its offsets.
// Scripts, styles, forms' controls, SVG, iframes and hidden elements leave no
// text. Elements nested deeper than max_depth are flattened into the block
// of their ancestor.
//
// Thread safety: BuildPage is a pure function; a Page is a plain value.
//
// Usage:
//   Page page;
//   DYAD_RETURN_IF_ERROR(BuildPage(html, WalkOptions(), &page));
//   for (const Block& b : page.blocks) Use(page.elements[b.owner], b.text);
#ifndef DYAD_EXTRACT_HTML_DOM_H_
#define DYAD_EXTRACT_HTML_DOM_H_

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::html {

struct Element {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int32_t parent = -1;       // index in Page::elements, -1 for the root
  uint32_t end = 0;          // one past the last element of the subtree
  uint32_t block_begin = 0;  // the blocks inside: [block_begin, block_end)
  uint32_t block_end = 0;
  uint32_t flags = 0;       // ElementFlag bits
  uint32_t text_bytes = 0;  // text in the subtree
  uint32_t link_bytes = 0;  // of which inside <a href> (bylines excepted)
  uint32_t good_bytes = 0;  // sentence-like text not under deeper boilerplate
};

struct Block {
  int32_t owner = -1;               // innermost block element
  std::string text;                 // whitespace collapsed, trimmed
  std::vector<OffsetPiece> pieces;  // text_begin relative to `text`
  uint32_t link_bytes = 0;          // bytes inside <a href>
  uint32_t time_bytes = 0;          // bytes inside <time>
  uint32_t hints = 0;               // hint flags of inline elements around it
  // Extent of the text inside inline byline elements (span.byline,
  // a[rel=author]); begin == end when there are none.
  uint32_t byline_begin = 0;
  uint32_t byline_end = 0;
  uint32_t time_begin = kNone;  // where the first <time> text starts

  static constexpr uint32_t kNone = 0xFFFFFFFFu;
};

// The part [begin, end) of `b` (trimmed of spaces), with its offsets.
Block SliceBlock(const Block& b, size_t begin, size_t end);

struct MetaValue {
  std::string key;  // lowercase name, property or itemprop ("og:title")
  std::string value;
};

struct TimeValue {
  std::string datetime;    // the datetime attribute
  int32_t owner = -1;      // the block element it sits in
  bool preferred = false;  // has pubdate or itemprop=datePublished
};

struct Page {
  std::vector<Element> elements;  // block-level elements in document order
  std::vector<Block> blocks;      // in document order
  std::vector<MetaValue> metas;
  std::vector<TimeValue> times;
  std::vector<std::string> json_ld;   // texts of application/ld+json scripts
  std::string title;                  // <title>, whitespace collapsed
  Block og_title;                     // og:title content, offsets into input
  std::vector<std::string> warnings;  // limits that dropped something
};

struct WalkOptions {
  int max_depth = 512;                // deeper elements are flattened
  int max_attributes = 256;           // per tag; more are ignored
  size_t max_block_bytes = 1u << 20;  // longer blocks are cut
  double max_link_density = 0.5;      // above: the element is link-dense
  bool keep_boilerplate = false;      // keep inline boilerplate elements
};

// Parses `html` and fills *page (empty on entry).
Status BuildPage(std::string_view html, const WalkOptions& options, Page* page);

// True for text that reads like prose: long enough, mostly not links, and
// with sentence punctuation. Used by the walk and the content scorer.
bool IsSentenceLike(std::string_view text, uint32_t link_bytes);

}  // namespace dyad::html

#endif  // DYAD_EXTRACT_HTML_DOM_H_
