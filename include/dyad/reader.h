// Reader: turns files, directories, stdin and JSON Lines into Documents.
//
// A Reader walks its inputs in order (directories recursively, sorted by
// name), guesses each file's format from its extension and content unless
// told, and yields one Document at a time. A problem with one input (an
// unreadable file, a malformed JSON line, a document over the size limit) is
// reported as a Status naming the file and line, and the reader moves on to
// the next document: no problem stops the walk.
//
// Thread safety: a Reader is used from one thread.
//
// Usage:
//   auto reader = dyad::Reader::Open({"examples/"}, dyad::ReadOptions());
//   dyad::Document doc; dyad::Status problem;
//   while (reader->Next(&doc, &problem)) if (problem.ok()) Use(doc);
#ifndef DYAD_READER_H_
#define DYAD_READER_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct ReadOptions {
  // Format of every input; kAuto guesses per file (".html"/".htm" or a
  // leading "<" tag → HTML; ".jsonl"/".ndjson" → JSON Lines; else text).
  // Standard input with kAuto is JSON Lines if its first non-blank byte is
  // '{', else text.
  Format format = Format::kAuto;

  // Publication date (YYYY-MM-DD) for documents that carry none. Empty: none.
  std::string default_date;

  // Document id for a single non-JSONL input. Empty: derived from the path
  // (the file name without extension; "stdin" for standard input).
  std::string id;

  // Documents larger than this are skipped with a ResourceExhausted problem.
  size_t max_document_bytes = 64u << 20;  // 64 MiB
};

class Reader {
 public:
  // `paths` may name files and directories; "-" or an empty list is stdin.
  static std::unique_ptr<Reader> Open(std::vector<std::string> paths,
                                      const ReadOptions& options);
  // Reads from `in` instead of the file system (`name` is used in messages).
  static std::unique_ptr<Reader> FromStream(std::istream* in, std::string name,
                                            const ReadOptions& options);
  virtual ~Reader() = default;

  // Returns false when all inputs are exhausted. Otherwise either fills
  // *doc and sets *problem to OK, or leaves *doc unspecified and sets
  // *problem to what went wrong with one input (which is then skipped).
  virtual bool Next(Document* doc, Status* problem) = 0;
};

// Repairs `bytes` in place to valid UTF-8: invalid sequences become U+FFFD,
// NUL bytes become U+FFFD, a leading BOM is removed, CRLF and lone CR become
// LF. Returns the number of repairs made (BOM and line ends not counted).
size_t RepairUtf8(std::string* bytes);

// Accepts "YYYY-MM-DD" and ISO 8601 date-times starting with one; writes the
// date part to *date. False for anything else, including impossible dates.
bool NormalizeDate(std::string_view in, std::string* date);

}  // namespace dyad

#endif  // DYAD_READER_H_
