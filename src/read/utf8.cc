// UTF-8 repair for everything the readers bring in.
#include <utf8proc.h>

#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
size_t ValidSequence(const std::string& s, size_t i) {
  utf8proc_int32_t cp = 0;
  auto n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                       static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  return n > 0 ? static_cast<size_t>(n) : 0;
}

}  // namespace

size_t RepairUtf8(std::string* bytes) {
  const std::string& in = *bytes;
  size_t start = in.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  std::string out;
  out.reserve(in.size());
  size_t repairs = 0;
  for (size_t i = start; i < in.size();) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c >= 0x80) {
      size_t n = ValidSequence(in, i);
      if (n == 0) {
        out.append(kReplacement);
        ++repairs;
        ++i;
      } else {
        out.append(in, i, n);
        i += n;
      }
    } else if (c == '\r') {
      out.push_back('\n');
      i += (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
    } else if (c == 0) {
      out.append(kReplacement);
      ++repairs;
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
      ++i;
    }
  }
  *bytes = std::move(out);
  return repairs;
}

}  // namespace dyad
