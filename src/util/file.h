// Small file helpers shared by the stages (internal).
#ifndef DYAD_UTIL_FILE_H_
#define DYAD_UTIL_FILE_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// Reads the whole file at `path` into *out. IOError names the path.
Status ReadFileToString(const std::string& path, std::string* out);

// Writes `data` to `path` atomically (temporary file + rename).
Status WriteStringToFile(const std::string& path, std::string_view data);

}  // namespace dyad

#endif  // DYAD_UTIL_FILE_H_
