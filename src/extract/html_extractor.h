// HTML article extraction with gumbo (internal; see dyad/extractor.h).
#ifndef DYAD_EXTRACT_HTML_EXTRACTOR_H_
#define DYAD_EXTRACT_HTML_EXTRACTOR_H_

#include <string_view>

#include "dyad/document.h"
#include "dyad/extractor.h"
#include "dyad/status.h"

namespace dyad {

// Fills *article (empty on entry) from the HTML page `html`.
Status ExtractHtml(std::string_view html, const ExtractOptions& options,
                   Article* article);

}  // namespace dyad

#endif  // DYAD_EXTRACT_HTML_EXTRACTOR_H_
