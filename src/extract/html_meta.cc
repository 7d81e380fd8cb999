#include "extract/html_meta.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <span>
#include <vector>

namespace dyad::html {
namespace {

using Keys = std::span<const std::string_view>;

constexpr int kMaxJsonDepth = 64;  // deeper JSON-LD is not parsed

constexpr std::string_view kNameDateKeys[] = {"date",
                                              "pubdate",
                                              "publishdate",
                                              "publish-date",
                                              "publish_date",
                                              "publication_date",
                                              "dc.date.issued",
                                              "dc.date",
                                              "dcterms.issued",
                                              "dcterms.created",
                                              "dcterms.date",
                                              "parsely-pub-date",
                                              "sailthru.date",
                                              "article.published",
                                              "article_date_original",
                                              "citation_publication_date",
                                              "original-publish-date"};

constexpr std::string_view kUpdatedKeys[] = {"og:updated_time",
                                             "article:modified_time",
                                             "datemodified", "last-modified"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

int DaysIn(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  if (month != 2) return kDays[month - 1];
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return leap ? 29 : 28;
}

std::string FormatDate(int y, int m, int d) {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) {
    return "";
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Splits into runs of digits and runs of letters; other bytes separate.
std::vector<std::string_view> Tokens(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size() && out.size() < 16) {
    char c = s[i];
    bool digit = IsDigit(c);
    bool alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!digit && !alpha) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() &&
           (digit ? IsDigit(s[j])
                  : ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'))) {
      ++j;
    }
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// 1-12 for an English month name or its abbreviation ("Feb", "Sept").
int MonthOf(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3 || word.size() > 9) return 0;
  std::string w(word);
  for (char& c : w) c = static_cast<char>(c | 0x20);
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m].substr(0, w.size()) == w) return static_cast<int>(m) + 1;
  }
  return 0;
}

// "2022-02-03...", "2022/2/3", "20220203T...".
std::string NumericDate(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i == 8 && (i == s.size() || !IsDigit(s[i]))) {
    return FormatDate(ToInt(s.substr(0, 4)), ToInt(s.substr(4, 2)),
                      ToInt(s.substr(6, 2)));
  }
  if (i != 4 || i >= s.size()) return "";
  char sep = s[4];
  if (sep != '-' && sep != '/' && sep != '.') return "";
  size_t m = 5;
  while (m < s.size() && IsDigit(s[m])) ++m;
  if (m == 5 || m > 7 || m >= s.size() || s[m] != sep) return "";
  size_t d = m + 1;
  while (d < s.size() && IsDigit(s[d])) ++d;
  if (d == m + 1 || d > m + 3) return "";
  return FormatDate(ToInt(s.substr(0, 4)), ToInt(s.substr(5, m - 5)),
                    ToInt(s.substr(m + 1, d - m - 1)));
}

// "3 February 2022", "February 3, 2022", "Thu, 03 Feb 2022 09:15:00 GMT".
std::string WordDate(std::string_view s) {
  int year = 0, month = 0, day = 0;
  for (std::string_view t : Tokens(s)) {
    if (IsDigit(t[0])) {
      if (t.size() == 4 && year == 0) {
        year = ToInt(t);
      } else if (t.size() <= 2 && day == 0 && year == 0) {
        day = ToInt(t);
      }
    } else if (month == 0) {
      month = MonthOf(t);
    }
  }
  if (year == 0 || month == 0 || day == 0) return "";
  return FormatDate(year, month, day);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' ||
                        s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  return s;
}

std::string MetaDate(const Page& page, Keys keys) {
  for (std::string_view key : keys) {
    for (const MetaValue& m : page.metas) {
      if (m.key != key) continue;
      std::string d = NormalizeDate(m.value);
      if (!d.empty()) return d;
    }
  }
  return "";
}

std::string MetaValueOf(const Page& page, std::string_view key) {
  for (const MetaValue& m : page.metas) {
    if (m.key == key && !Trim(m.value).empty())
      return std::string(Trim(m.value));
  }
  return "";
}

// Bracket depth of a JSON text, outside strings.
int JsonDepth(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      max_depth = std::max(max_depth, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return max_depth;
}

bool IsArticleType(const nlohmann::json& type) {
  auto article_like = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s.find("Article") != std::string::npos || s == "BlogPosting" ||
           s == "Report" || s == "LiveBlogPosting";
  };
  if (type.is_array()) {
    for (const auto& t : type) {
      if (article_like(t)) return true;
    }
    return false;
  }
  return article_like(type);
}

std::string TimeDate(const Page& page,
                     const std::function<bool(int32_t)>& in_content) {
  auto pick = [&](bool need_preferred, bool need_content) -> std::string {
    for (const TimeValue& t : page.times) {
      if (need_preferred && !t.preferred) continue;
      if (need_content && !(t.owner >= 0 && in_content(t.owner))) continue;
      std::string d = NormalizeDate(t.datetime);
      if (!d.empty()) return d;
    }
    return "";
  };
  std::string d = pick(true, true);
  if (d.empty()) d = pick(true, false);
  if (d.empty()) d = pick(false, true);
  return d;
}

std::string JsonLdDates(const Page& page, std::string_view key) {
  for (const std::string& text : page.json_ld) {
    std::string d = JsonLdDate(text, key);
    if (!d.empty()) return d;
  }
  return "";
}

}  // namespace

std::string NormalizeDate(std::string_view value) {
  std::string_view s = Trim(value.substr(0, 128));
  if (s.empty()) return "";
  std::string d = NumericDate(s);
  return d.empty() ? WordDate(s) : d;
}

std::string JsonLdDate(std::string_view json_text, std::string_view key) {
  if (JsonDepth(json_text) > kMaxJsonDepth) return "";
  nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, false);
  if (doc.is_discarded()) return "";
  std::string first_any;
  std::vector<const nlohmann::json*> stack = {&doc};
  while (!stack.empty()) {
    const nlohmann::json* j = stack.back();
    stack.pop_back();
    if (j->is_array()) {
      for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back(&*it);
      continue;
    }
    if (!j->is_object()) continue;
    auto found = j->find(std::string(key));
    if (found != j->end() && found->is_string()) {
      std::string d = NormalizeDate(found->get_ref<const std::string&>());
      auto type = j->find("@type");
      if (!d.empty() && type != j->end() && IsArticleType(*type)) return d;
      if (first_any.empty()) first_any = d;
    }
    for (const auto& [k, v] : j->items()) {
      if (v.is_structured()) stack.push_back(&v);
    }
  }
  return first_any;
}

void ReadMetadata(const Page& page,
                  const std::function<bool(int32_t)>& in_content,
                  ArticleMetadata* meta) {
  meta->title = page.title.empty() ? page.og_title.text : page.title;
  meta->source = MetaValueOf(page, "og:site_name");
  if (meta->source.empty())
    meta->source = MetaValueOf(page, "application-name");
  if (meta->section.empty())
    meta->section = MetaValueOf(page, "article:section");
  static constexpr std::string_view kArticleKeys[] = {"article:published_time"};
  static constexpr std::string_view kItempropKeys[] = {"datepublished"};
  static constexpr std::string_view kOgKeys[] = {"og:published_time",
                                                 "og:pubdate"};
  std::string d = MetaDate(page, kArticleKeys);
  if (d.empty()) d = JsonLdDates(page, "datePublished");
  if (d.empty()) d = MetaDate(page, kItempropKeys);
  if (d.empty()) d = MetaDate(page, kOgKeys);
  if (d.empty()) d = MetaDate(page, kNameDateKeys);
  if (d.empty()) d = TimeDate(page, in_content);
  if (d.empty()) d = MetaDate(page, kUpdatedKeys);
  if (d.empty()) d = JsonLdDates(page, "dateModified");
  meta->date = d;
}

}  // namespace dyad::html
