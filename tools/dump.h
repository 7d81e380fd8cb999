// JSON views of pipeline results for `dyad code --dump`.
#ifndef DYAD_TOOLS_DUMP_H_
#define DYAD_TOOLS_DUMP_H_

#include <nlohmann/json.hpp>
#include <string>

#include "dyad/pipeline.h"

namespace dyad::cli {

// {"doc_id", "meta": {...}, "paragraphs": [...], "sentences": [{"text",
// "begin", "end", "paragraph", "tokens": [{"text","begin","end"}...]}]}
nlohmann::json SentencesToJson(const Processed& p);

// A human-readable view: the document header, then one line per sentence
// prefixed with its paragraph kind and a "|" between tokens.
std::string SentencesToText(const Processed& p);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_DUMP_H_
