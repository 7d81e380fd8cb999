// TEMPORARY placeholder: one paragraph per blank-line block.
#include "extract/text_extractor.h"

namespace dyad {

Status ExtractText(std::string_view text, const ExtractOptions& options,
                   Article* article) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view block = text.substr(pos, end - pos);
    if (block.find_first_not_of(" \n\t") != std::string_view::npos) {
      article->AddParagraph(ParagraphKind::kBody, block, pos);
    }
    pos = end + 2;
  }
  return Status::OK();
}

}  // namespace dyad
