// Small string helpers shared by the stages.
//
// Thread safety: pure functions.
//
// Usage:
//   std::string w = dyad::Lowercase("Hunger");  // "hunger"
#ifndef DYAD_UTIL_STRINGS_H_
#define DYAD_UTIL_STRINGS_H_

#include <string>
#include <string_view>

namespace dyad {

// ASCII letters lowercased; other bytes (UTF-8 included) unchanged.
std::string Lowercase(std::string_view s);

}  // namespace dyad

#endif  // DYAD_UTIL_STRINGS_H_
