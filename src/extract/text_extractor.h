// Plain-text and flattened-scrape extraction (internal; see
// dyad/extractor.h).
#ifndef DYAD_EXTRACT_TEXT_EXTRACTOR_H_
#define DYAD_EXTRACT_TEXT_EXTRACTOR_H_

#include <string_view>

#include "dyad/document.h"
#include "dyad/extractor.h"
#include "dyad/status.h"

namespace dyad {

// Fills *article (empty on entry) from plain text `text`: blocks separated
// by blank lines (or single lines in a scrape) become paragraphs, boilerplate
// lines are dropped, the headline/standfirst/caption are recognised.
Status ExtractText(std::string_view text, const ExtractOptions& options,
                   Article* article);

}  // namespace dyad

#endif  // DYAD_EXTRACT_TEXT_EXTRACTOR_H_
