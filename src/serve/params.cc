// Validated request parameters.
#include "serve/params.h"

#include <charconv>
#include <chrono>

namespace dyad::serve {
namespace {

Status Bad(const std::string& name, std::string_view expected) {
  return Status::InvalidArgument("parameter '" + name + "': expected " +
                                 std::string(expected));
}

bool AllOf(std::string_view s, bool (*pred)(char)) {
  for (char c : s) {
    if (!pred(c)) return false;
  }
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsCodeChar(char c) {
  return IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int n = c < 0x80                ? 0
                  : c >= 0xC2 && c < 0xE0 ? 1
                  : c >= 0xE0 && c < 0xF0 ? 2
                  : c >= 0xF0 && c < 0xF5 ? 3
                                          : -1;
    if (n < 0 || i + n >= s.size()) return false;
    for (int k = 1; k <= n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    const auto c1 = static_cast<unsigned char>(n > 0 ? s[i + 1] : 0);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) ||
        (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

std::chrono::year_month_day ParseYmd(std::string_view d) {
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    std::from_chars(d.data() + pos, d.data() + pos + len, v);
    return v;
  };
  return std::chrono::year(num(0, 4)) /
         std::chrono::month(static_cast<unsigned>(num(5, 2))) /
         std::chrono::day(static_cast<unsigned>(num(8, 2)));
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

}  // namespace

int DayNumber(std::string_view date) {
  return std::chrono::sys_days(ParseYmd(date)).time_since_epoch().count();
}

StatusOr<std::optional<std::string>> ParamReader::Raw(
    const std::string& name) const {
  if (params_.count(name) > 1) return Bad(name, "a single value");
  auto it = params_.find(name);
  if (it == params_.end()) return std::optional<std::string>();
  if (it->second.size() > max_bytes_) {
    return Bad(name, "at most " + std::to_string(max_bytes_) + " bytes");
  }
  return std::optional<std::string>(it->second);
}

StatusOr<std::string> ParamReader::Text(const std::string& name) const {
  DYAD_ASSIGN_OR_RETURN(std::optional<std::string> v, Raw(name));
  if (!v) return std::string();
  if (!IsUtf8(*v)) return Bad(name, "UTF-8 text");
  return *v;
}

StatusOr<std::string> ParamReader::Actor(const std::string& name) const {
  DYAD_ASSIGN_OR_RETURN(std::optional<std::string> v, Raw(name));
  if (!v || v->empty()) return std::string();
  if (v->size() < 2 || v->size() > 15 || !AllOf(*v, IsCodeChar)) {
    return Bad(name, "an actor code such as RUS or RUSGOV");
  }
  return Upper(*v);
}

StatusOr<std::vector<std::string>> ParamReader::ActorPair(
    const std::string& name) const {
  DYAD_ASSIGN_OR_RETURN(std::optional<std::string> v, Raw(name));
  std::vector<std::string> out;
  if (!v || v->empty()) return out;
  const size_t comma = v->find(',');
  if (comma == std::string::npos) return Bad(name, "two actors: CHN,RUS");
  Map parts{{"a", v->substr(0, comma)}, {"b", v->substr(comma + 1)}};
  ParamReader sub(parts, max_bytes_);
  for (const char* side : {"a", "b"}) {
    StatusOr<std::string> actor = sub.Actor(side);
    if (!actor.ok() || actor->empty()) return Bad(name, "two actors: CHN,RUS");
    out.push_back(*actor);
  }
  return out;
}

StatusOr<std::string> ParamReader::Code(const std::string& name) const {
  DYAD_ASSIGN_OR_RETURN(std::optional<std::string> v, Raw(name));
  if (!v || v->empty()) return std::string();
  if (v->size() > 4 || !AllOf(*v, IsDigit)) {
    return Bad(name, "a CAMEO code prefix of 1-4 digits");
  }
  return *v;
}

StatusOr<std::string> ParamReader::Root(const std::string& name) const {
  DYAD_ASSIGN_OR_RETURN(std::optional<std::string> v, Raw(name));
  if (!v || v->empty()) return std::string();
  std::string r = *v;
  if (r.size() == 2 && r[1] == 'X') r[1] = 'x';
  const bool ok = r.size() == 2 &&
                  (r[0] == '0' || r[0] == '1' || r[0] == '2') &&
                  (IsDigit(r[1]) || r[1] == 'x');
  if (!ok) return Bad(name, "a CAMEO root such as 14 or a family such as 1x");
  return r;
}

StatusOr<std::string> ParamReader::Date(const std::string& name) const {
  DYAD_ASSIGN_OR_RETURN(std::optional<std::string> v, Raw(name));
  if (!v || v->empty()) return std::string();
  const std::string& d = *v;
  const bool shape = d.size() == 10 && d[4] == '-' && d[7] == '-' &&
                     AllOf(std::string_view(d).substr(0, 4), IsDigit) &&
                     AllOf(std::string_view(d).substr(5, 2), IsDigit) &&
                     AllOf(std::string_view(d).substr(8, 2), IsDigit);
  if (!shape || !ParseYmd(d).ok()) return Bad(name, "a date YYYY-MM-DD");
  return d;
}

StatusOr<int> ParamReader::Int(const std::string& name, int fallback, int min,
                               int max) const {
  DYAD_ASSIGN_OR_RETURN(std::optional<std::string> v, Raw(name));
  if (!v) return fallback;
  int value = 0;
  const char* end = v->data() + v->size();
  auto [ptr, ec] = std::from_chars(v->data(), end, value);
  if (v->empty() || ec != std::errc() || ptr != end || value < min ||
      value > max) {
    return Bad(name, "an integer from " + std::to_string(min) + " to " +
                         std::to_string(max));
  }
  return value;
}

StatusOr<std::string> ParamReader::OneOf(
    const std::string& name, const std::string& fallback,
    const std::vector<std::string>& choices) const {
  DYAD_ASSIGN_OR_RETURN(std::optional<std::string> v, Raw(name));
  if (!v) return fallback;
  for (const std::string& c : choices) {
    if (*v == c) return c;
  }
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : "|") + c;
  return Bad(name, "one of " + list);
}

}  // namespace dyad::serve
