// Extraction: from a Document to the article it contains.
//
// For HTML, a real HTML5 parser (gumbo) builds the tree; the extractor keeps
// the headline, standfirst, byline, dateline, captions and body paragraphs
// and drops navigation, headers, footers, asides, scripts, forms, ads, cookie
// banners, share bars and link-dense blocks ("Related", "Most read"). It reads
// the publication date from <meta property="article:published_time">, og:
// tags, JSON-LD datePublished and <time datetime>.
//
// For text, including flattened page scrapes, a line classifier drops icon
// labels ("ArrowArtboardCreated with Sketch."), share/print/subscribe/cookie
// lines, app promotions, headline link lists and everything from a
// "Sponsored Content" style trailer on.
//
// Thread safety: Extract is a pure function; call it from any thread.
//
// Usage:
//   dyad::Article article;
//   dyad::Status s = dyad::Extract(doc, dyad::ExtractOptions(), &article);
//   std::cout << article.meta.headline << "\n" << article.text;
#ifndef DYAD_EXTRACTOR_H_
#define DYAD_EXTRACTOR_H_

#include <cstddef>
#include <cstdint>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct ExtractOptions {
  // HTML elements nested deeper than this are flattened into their ancestor
  // at this depth (their text is kept, their structure ignored), so that
  // pathological nesting costs bounded stack and time.
  int max_html_depth = 512;

  // Paragraphs longer than this (bytes) are cut, with a warning.
  size_t max_paragraph_bytes = 1u << 20;  // 1 MiB

  // Keep boilerplate instead of dropping it (for debugging the classifier).
  bool keep_boilerplate = false;

  // HTML: attributes past this many on one tag are ignored (gumbo's time
  // grows with the square of the attribute count).
  int max_html_attributes = 256;

  // HTML: an element or paragraph whose link text exceeds this share of its
  // text is link furniture ("Related", "Most read", tag lists) and dropped.
  double html_max_link_density = 0.5;

  // HTML: a body paragraph needs this many words unless it ends a sentence
  // (drops "Advertisement", "Share", "Read more" leftovers).
  int html_min_body_words = 3;

  // Plain text: a blank-line separated block whose lines are all at most
  // this many bytes wide (and mostly near its widest line) is read as
  // hard-wrapped, its lines joined into paragraphs; wider lines are
  // paragraphs of their own.
  size_t max_wrap_width = 100;

  // Plain text: the body starts at the first sentence-like paragraph of at
  // least this many words (or the first with a dateline); shorter lines
  // above it are headline, standfirst, caption or page furniture.
  uint32_t min_body_words = 12;
};

// Extracts the article from `doc` (text or HTML, by doc.format). Never fails
// on odd input: an empty or all-boilerplate document gives an empty Article
// with a warning. Fails only on an internal error of the HTML parser.
Status Extract(const Document& doc, const ExtractOptions& options,
               Article* article);

}  // namespace dyad

#endif  // DYAD_EXTRACTOR_H_
