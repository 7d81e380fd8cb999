#include "dyad/extractor.h"
#include "extract/dateline.h"
#include "extract/html_extractor.h"
#include "extract/text_extractor.h"

namespace dyad {

Status Extract(const Document& doc, const ExtractOptions& options,
               Article* article) {
  *article = Article();
  Status s = doc.format == Format::kHtml
                 ? ExtractHtml(doc.raw, options, article)
                 : ExtractText(doc.raw, options, article);
  if (s.ok()) MarkDatelines(article);
  if (s.ok() && article->paragraphs.empty()) {
    article->warnings.push_back("no article text found");
  }
  return s;
}

}  // namespace dyad
