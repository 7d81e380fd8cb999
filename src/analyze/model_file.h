// The analyzer's model file: one versioned container of named sections.
//
// A model file holds everything the Analyzer needs (tagger, lemmatizer,
// parser, self-test sentences) as named byte sections behind a fixed header
// with a magic string, the format version, the total size and a 64-bit
// FNV-1a checksum of everything after the header. ModelFile::Parse checks
// all of that before handing out a section, so a truncated, foreign or
// damaged file is a Status::Corruption naming the file. The layout is
// specified in doc/model_format.md.
//
// Thread safety: a parsed ModelFile is immutable; share it freely.
//
// Usage:
//   ModelFileWriter w("en-ud-2", "UD English EWT ..."); w.Add("tagger", t);
//   DYAD_ASSIGN_OR_RETURN(ModelFile f, ModelFile::Parse(w.Finish(), "m"));
//   DYAD_ASSIGN_OR_RETURN(std::string_view t, f.Section("tagger"));
#ifndef DYAD_ANALYZE_MODEL_FILE_H_
#define DYAD_ANALYZE_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/sentence.h"
#include "dyad/status.h"

namespace dyad {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'M', 'O', 'D', 'L'};
inline constexpr uint32_t kModelFormatVersion = 1;
inline constexpr size_t kModelHeaderBytes = 32;

// 64-bit FNV-1a of `data` (offset basis 14695981039346656037, prime
// 1099511628211).
uint64_t Fnv1a64(std::string_view data);

// Self-test sentences: analyzed words (text, upos, xpos, lemma, head,
// deprel) stored in the model and re-analyzed on load.
void EncodeSelfTest(const std::vector<std::vector<Token>>& sentences,
                    std::string* out);
Status DecodeSelfTest(std::string_view bytes,
                      std::vector<std::vector<Token>>* sentences);

class ModelFileWriter {
 public:
  ModelFileWriter(std::string name, std::string credits)
      : name_(std::move(name)), credits_(std::move(credits)) {}

  // Adds a section; names must be unique (a later duplicate is ignored by
  // readers, which take the first).
  void Add(std::string name, std::string bytes) {
    sections_.emplace_back(std::move(name), std::move(bytes));
  }

  // The complete file: header, table of contents, payloads.
  std::string Finish() const;

 private:
  std::string name_;
  std::string credits_;
  std::vector<std::pair<std::string, std::string>> sections_;
};

class ModelFile {
 public:
  // Takes ownership of the file's bytes and verifies magic, version, size
  // and checksum, and that every section lies inside the file. `origin`
  // (usually the path) prefixes every error message.
  static StatusOr<ModelFile> Parse(std::string data, std::string origin);

  // Reads `path` in one read and parses it.
  static StatusOr<ModelFile> Read(const std::string& path);

  const std::string& name() const { return name_; }
  const std::string& credits() const { return credits_; }
  const std::string& origin() const { return origin_; }
  uint32_t version() const { return version_; }
  size_t size() const { return data_.size(); }
  std::vector<std::string> SectionNames() const;

  // The bytes of section `name`, valid while this ModelFile lives;
  // Corruption (naming the file) when the section is missing.
  StatusOr<std::string_view> Section(std::string_view name) const;

  // A Corruption status "<origin>: <what>".
  Status Corrupt(std::string_view what) const;

 private:
  struct Entry {
    std::string name;
    uint64_t offset = 0;
    uint64_t size = 0;
  };
  Status ParseHeader();
  Status ParseTable();

  std::string data_;
  std::string origin_;
  std::string name_;
  std::string credits_;
  uint32_t version_ = 0;
  std::vector<Entry> entries_;
};

}  // namespace dyad

#endif  // DYAD_ANALYZE_MODEL_FILE_H_
