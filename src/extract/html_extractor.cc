// TEMPORARY placeholder until the gumbo extractor lands.
#include "extract/html_extractor.h"

namespace dyad {

Status ExtractHtml(std::string_view html, const ExtractOptions& options,
                   Article* article) {
  return Status::Unimplemented("HTML extraction");
}

}  // namespace dyad
