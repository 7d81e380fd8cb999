// Small string helpers shared by the stages.
//
// Thread safety: pure functions.
//
// Usage:
//   std::string w = dyad::Lowercase("Hunger");  // "hunger"
//   auto words = dyad::SplitAny("DID N'T", " \t");  // {"DID", "N'T"}
#ifndef DYAD_UTIL_STRINGS_H_
#define DYAD_UTIL_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// ASCII letters lowercased; other bytes (UTF-8 included) unchanged.
std::string Lowercase(std::string_view s);

// The non-empty pieces of `s` between any of the `separators` bytes:
// SplitAny("a  b_c", " _") is {"a", "b", "c"}.
std::vector<std::string> SplitAny(std::string_view s,
                                  std::string_view separators);

}  // namespace dyad

#endif  // DYAD_UTIL_STRINGS_H_
