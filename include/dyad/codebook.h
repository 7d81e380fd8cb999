// Codebook: CAMEO event codes with their names, Goldstein values, GDELT quad
// classes and PLOVER equivalents.
//
// Loaded once from data/cameo/codebook.tsv (format in doc/codebook.md) into
// an immutable table.
//
// Thread safety: immutable after Load(); share between threads.
//
// Usage:
//   auto book = dyad::Codebook::Load("");           // the built-in codebook
//   const dyad::CodeInfo* info = (*book)->Find("190");
//   double g = info->goldstein;                     // -10.0
#ifndef DYAD_CODEBOOK_H_
#define DYAD_CODEBOOK_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

struct CodeInfo {
  std::string code;  // "190"
  std::string name;  // "Use conventional military force"
  double goldstein = 0;
  int quad_class = 0;  // 1 verbal coop, 2 material coop, 3 verbal conflict,
                       // 4 material conflict
  std::string plover_event;    // "ASSAULT", empty for 01x statements
  std::string plover_mode;     // "", "visit", "phone" ...
  std::string plover_context;  // "military", "diplomatic" ...
  std::string root() const { return code.substr(0, 2); }
};

class Codebook {
 public:
  // `path` empty: data/cameo/codebook.tsv in the source tree.
  static StatusOr<std::unique_ptr<Codebook>> Load(const std::string& path);

  // The entry for `code`, or nullptr when the code is not in the codebook.
  const CodeInfo* Find(std::string_view code) const;
  const std::string& version() const { return version_; }
  size_t size() const { return codes_.size(); }

 private:
  std::map<std::string, CodeInfo, std::less<>> codes_;
  std::string version_;
};

}  // namespace dyad

#endif  // DYAD_CODEBOOK_H_
