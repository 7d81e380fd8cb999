// JsonlParser: one JSON Lines record -> Document (internal to src/read).
//
// Parses {"id","date","text"|"html", "url","title","source"} with simdjson,
// keeping the parser's buffers from one line to the next. Every error is
// prefixed with `where` ("file:line").
//
// Thread safety: not thread-safe; one parser per reader (per thread).
//
// Usage:
//   JsonlParser parser;
//   Status s = parser.Parse(&line, "in.jsonl:3", "in-3", options, &doc);
//   if (!s.ok()) Report(s);
#ifndef DYAD_READ_JSONL_H_
#define DYAD_READ_JSONL_H_

#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad {

class JsonlParser {
 public:
  JsonlParser();
  ~JsonlParser();
  JsonlParser(const JsonlParser&) = delete;
  JsonlParser& operator=(const JsonlParser&) = delete;

  // Parses `*line` (valid UTF-8; its capacity may be grown for padding, its
  // contents are left unchanged). `where` becomes doc->origin; `fallback_id`
  // is used when the record has no id.
  Status Parse(std::string* line, const std::string& where,
               const std::string& fallback_id, const ReadOptions& options,
               Document* doc);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_READ_JSONL_H_
