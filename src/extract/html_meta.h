// Page metadata for the HTML extractor: title, publisher, section and the
// publication date, from <meta> tags, JSON-LD and <time> elements.
//
// The date sources, best first: article:published_time; JSON-LD
// datePublished (an Article-like object first; @graph and lists searched);
// itemprop=datePublished; og:published_time; name=date, pubdate,
// DC.date.issued, parsely-pub-date and similar; a <time datetime> with
// pubdate or itemprop (inside the article first), then any <time> inside the
// article; og:updated_time and other modification dates last. Dates are
// normalized to YYYY-MM-DD as written (no time zone conversion).
//
// Thread safety: pure functions.
//
// Usage:
//   ArticleMetadata meta;
//   ReadMetadata(page, [&](int32_t e) { return InArticle(e); }, &meta);
//   NormalizeDate("2022-02-03T09:15:00+09:00");  // "2022-02-03"
#ifndef DYAD_EXTRACT_HTML_META_H_
#define DYAD_EXTRACT_HTML_META_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "extract/html_dom.h"

namespace dyad::html {

// Fills meta->title, date, source and (from article:section) section.
// `in_content(element)` tells whether a block element is in the article.
void ReadMetadata(const Page& page,
                  const std::function<bool(int32_t)>& in_content,
                  ArticleMetadata* meta);

// "YYYY-MM-DD" from an ISO date or date-time, a compact YYYYMMDD, or an
// English date such as "Thu, 03 Feb 2022 09:15 GMT" or "February 3, 2022";
// "" when `value` holds no valid date.
std::string NormalizeDate(std::string_view value);

// The datePublished of a JSON-LD script ("" if none), normalized.
std::string JsonLdDate(std::string_view json_text, std::string_view key);

}  // namespace dyad::html

#endif  // DYAD_EXTRACT_HTML_META_H_
