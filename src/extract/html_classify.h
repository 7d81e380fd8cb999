// What an HTML element's tag and attributes say about its role on a page.
//
// ClassifyElement reads the tag and the class, id, role, aria-label,
// itemprop, itemtype, rel, data-component/-testid/-module, hidden and style
// attributes once per element, splits class-like values into lowercase
// tokens, and matches them against fixed word lists with
// std::string_view::find (no regular expressions): "share-bar" or
// "most-read" mark boilerplate, "story-body" marks content, "byline" or
// "standfirst" give hints for the paragraph kind. Decisions that need the
// element's content (small forms, page headers, link density) are made later
// by the DOM walk.
//
// Thread safety: pure functions over immutable tables.
//
// Usage:
//   uint32_t flags = ClassifyElement(node->v.element);
//   if (flags & kBoilerAttr) ...;
//   if (flags & kBylineHint) ...;
#ifndef DYAD_EXTRACT_HTML_CLASSIFY_H_
#define DYAD_EXTRACT_HTML_CLASSIFY_H_

#include <gumbo.h>

#include <cstdint>
#include <string_view>

namespace dyad::html {

enum ElementFlag : uint32_t {
  kBoilerTag = 1u << 0,     // nav, aside, footer, menu, dialog, small forms
  kBoilerAttr = 1u << 1,    // class/id/role/aria-label name ads, share bars...
  kPageHeader = 1u << 2,    // a <header> of the site, not of the article
  kLinkDense = 1u << 3,     // mostly link text (set when the element closes)
  kContentAttr = 1u << 4,   // class/id name the article body ("story-body")
  kArticleMark = 1u << 5,   // <article>, role=article, itemprop=articleBody
  kMainMark = 1u << 6,      // <main>, role=main
  kHeadlineHint = 1u << 7,  // itemprop=headline, class "headline"
  kStandfirstHint = 1u << 8,
  kBylineHint = 1u << 9,  // byline/author classes, rel=author
  kCaptionHint = 1u << 10,
  kSectionHint = 1u << 11,    // kicker, eyebrow, breadcrumb
  kDateHint = 1u << 12,       // date/timestamp classes
  kHidden = 1u << 13,         // hidden attribute, display:none
  kInsideArticle = 1u << 14,  // opened inside an article or main element
  kHasH1 = 1u << 15,          // has an <h1> descendant
  kHasNav = 1u << 16,         // has a <nav> descendant
};

inline constexpr uint32_t kBoilerplateFlags =
    kBoilerTag | kBoilerAttr | kPageHeader | kLinkDense;
inline constexpr uint32_t kHintFlags = kHeadlineHint | kStandfirstHint |
                                       kBylineHint | kCaptionHint |
                                       kSectionHint | kDateHint;

// Flags from the tag and the attributes of `element`.
uint32_t ClassifyElement(const GumboElement& element);

// Flags from one class-like attribute value ("story-body share-enabled"):
// boilerplate, content and hint bits. Exposed for tests.
uint32_t ClassifyTokens(std::string_view value);

// Value of attribute `name` ("" when absent).
std::string_view Attribute(const GumboElement& element, const char* name);

}  // namespace dyad::html

#endif  // DYAD_EXTRACT_HTML_CLASSIFY_H_
