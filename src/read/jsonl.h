// One JSON Lines record → Document (internal to src/read).
#ifndef DYAD_READ_JSONL_H_
#define DYAD_READ_JSONL_H_

#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad {

// Parses `line` ({"id","date","text"|"html", "url","title","source"}).
// `where` ("file:line") prefixes every error and becomes doc->origin;
// `fallback_id` is used when the record has no id.
Status ParseJsonlDocument(std::string_view line, const std::string& where,
                          const std::string& fallback_id,
                          const ReadOptions& options, Document* doc);

}  // namespace dyad

#endif  // DYAD_READ_JSONL_H_
