// Tag classes from the HTML5 parsing rules, as the prescan needs them
// (html_prescan.h): void elements, raw-text elements, formatting elements,
// tags that close an open <p>, and tags that end SVG/MathML content.
//
// Thread safety: pure functions.
//
// Usage:
//   if (IsVoid(tag)) return;             // <br>, <img>: no end tag
//   if (IsRawText(tag)) SkipToEndTag();  // <script>, <style>, <title>
//   if (BreaksOutOfForeign(tag)) ...;    // <p> inside <svg>
#ifndef DYAD_EXTRACT_HTML_TAGS_H_
#define DYAD_EXTRACT_HTML_TAGS_H_

#include <gumbo.h>

namespace dyad::html {

// Elements without content or end tag (br, img, meta...).
bool IsVoid(GumboTag t);

// Elements whose content the tokenizer reads as text up to their end tag.
bool IsRawText(GumboTag t);

// Formatting elements: the parser reopens them after an implied close.
bool IsFormatting(GumboTag t);

// Start tags that close an open <p> (a subset of the HTML5 list).
bool ClosesP(GumboTag t);

// h1 to h6.
bool IsHeading(GumboTag t);

// HTML start tags that end SVG or MathML content.
bool BreaksOutOfForeign(GumboTag t);

}  // namespace dyad::html

#endif  // DYAD_EXTRACT_HTML_TAGS_H_
