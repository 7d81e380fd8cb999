// UTF-8 repair for everything the readers bring in.
//
// Most input is already clean, so RepairUtf8 first checks (with SIMD
// validation and memchr) whether anything needs doing and only then copies.
#include <simdjson.h>
#include <utf8proc.h>

#include <cstring>
#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
constexpr char kBom[] = "\xEF\xBB\xBF";

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
size_t ValidSequence(const std::string& s, size_t i) {
  utf8proc_int32_t cp = 0;
  auto n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                       static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  return n > 0 ? static_cast<size_t>(n) : 0;
}

// True when `s` has a BOM, CR, NUL or invalid UTF-8: anything to repair.
bool NeedsRepair(const std::string& s) {
  if (s.compare(0, 3, kBom) == 0) return true;
  if (std::memchr(s.data(), '\r', s.size()) != nullptr) return true;
  if (std::memchr(s.data(), '\0', s.size()) != nullptr) return true;
  return !simdjson::validate_utf8(s.data(), s.size());
}

// Length of the run of plain ASCII bytes (not CR, not NUL) at in[i].
size_t PlainRun(const std::string& in, size_t i) {
  size_t j = i;
  while (j < in.size()) {
    unsigned char c = static_cast<unsigned char>(in[j]);
    if (c >= 0x80 || c == '\r' || c == 0) break;
    ++j;
  }
  return j - i;
}

// Appends the repaired form of the special byte sequence at in[i] (non-ASCII,
// CR or NUL) to *out; returns the bytes consumed.
size_t RepairAt(const std::string& in, size_t i, std::string* out,
                size_t* repairs) {
  unsigned char c = static_cast<unsigned char>(in[i]);
  if (c == '\r') {
    out->push_back('\n');
    return (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
  }
  size_t n = c == 0 ? 0 : ValidSequence(in, i);
  if (n > 0) {
    out->append(in, i, n);
    return n;
  }
  out->append(kReplacement);
  ++*repairs;
  return 1;
}

}  // namespace

size_t RepairUtf8(std::string* bytes) {
  if (!NeedsRepair(*bytes)) return 0;
  const std::string& in = *bytes;
  std::string out;
  out.reserve(in.size() + 16);
  size_t repairs = 0;
  size_t i = in.compare(0, 3, kBom) == 0 ? 3 : 0;
  while (i < in.size()) {
    size_t run = PlainRun(in, i);
    out.append(in, i, run);
    i += run;
    if (i < in.size()) i += RepairAt(in, i, &out, &repairs);
  }
  *bytes = std::move(out);
  return repairs;
}

}  // namespace dyad
