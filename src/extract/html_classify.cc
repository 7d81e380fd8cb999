#include "extract/html_classify.h"

#include <algorithm>
#include <span>
#include <string>

namespace dyad::html {
namespace {

using Words = std::span<const std::string_view>;

// Attribute values longer than this are only read up to it.
constexpr size_t kMaxAttributeBytes = 2048;

// Substrings of a class/id token that mark page furniture.
constexpr std::string_view kBoilerSubstrings[] = {
    "advert",
    "adsbygoogle",
    "adslot",
    "adunit",
    "ad-slot",
    "ad-unit",
    "ad-container",
    "ad-wrapper",
    "doubleclick",
    "dfp-",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "sign-up",
    "paywall",
    "regwall",
    "share",
    "sharing",
    "social",
    "disqus",
    "related",
    "most-read",
    "mostread",
    "most-popular",
    "mostpopular",
    "most-viewed",
    "mostviewed",
    "trending",
    "recommend",
    "sponsor",
    "promo",
    "outbrain",
    "taboola",
    "navbar",
    "navigation",
    "sidebar",
    "skip-link",
    "skiplink",
    "sr-only",
    "visually-hidden",
    "screen-reader",
    "popup",
    "modal",
    "masthead",
    "site-header",
    "site-footer",
    "footer",
    "pagination",
    "read-more",
    "readmore",
    "more-stories",
    "read-next",
    "also-read",
    "you-might",
    "you-may",
    "taglist",
    "tag-list",
    "login",
    "follow-us",
    "comments",
    "about-the-author",
    "author-bio",
    "toolbar",
    "widget",
    "banner-ad",
    "logo",
    "branding",
    "site-title",
    "site-name",
};

// Whole parts (between '-') that mark page furniture.
constexpr std::string_view kBoilerParts[] = {
    "ad",  "ads",  "adv",   "nav",    "menu",     "comment",   "tags",
    "bio", "rail", "print", "teaser", "promoted", "commenting"};

// Generic layout words ("main", "body", "text") are left out: utility classes
// such as "text-center" or "card-body" sit on furniture too.
constexpr std::string_view kContentParts[] = {
    "article", "content", "story",       "entry",
    "post",    "prose",   "articlebody", "storybody"};

constexpr std::string_view kHeadlineWords[] = {"headline"};
constexpr std::string_view kStandfirstWords[] = {
    "standfirst",  "subtitle",  "sub-title", "subheadline", "sub-headline",
    "description", "strapline", "summary",   "excerpt"};
constexpr std::string_view kStandfirstParts[] = {"dek", "deck", "lede", "lead",
                                                 "intro"};
constexpr std::string_view kBylineWords[] = {"byline", "author", "contributor",
                                             "writer", "reporter"};
constexpr std::string_view kCaptionWords[] = {"caption"};
constexpr std::string_view kSectionWords[] = {
    "kicker",        "eyebrow",      "overline",     "rubric",    "breadcrumb",
    "section-label", "section-name", "section-link", "cat-links", "category"};
constexpr std::string_view kDateParts[] = {
    "date",    "dates",   "time",   "timestamp", "published",
    "updated", "pubdate", "posted", "datetime"};

constexpr std::string_view kBoilerRoles[] = {
    "navigation", "banner",      "contentinfo", "complementary", "search",
    "dialog",     "alertdialog", "menu",        "menubar",       "toolbar"};

bool Contains(std::string_view s, Words words) {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool Among(std::string_view s, Words words) {
  return std::find(words.begin(), words.end(), s) != words.end();
}

// Calls f(part) for each non-empty part of `s` split at `sep`.
template <typename F>
void ForEachPart(std::string_view s, char sep, F&& f) {
  size_t p = 0;
  while (p < s.size()) {
    size_t q = s.find(sep, p);
    if (q == std::string_view::npos) q = s.size();
    if (q > p) f(s.substr(p, q - p));
    p = q + 1;
  }
}

bool AnyPart(std::string_view token, Words parts) {
  bool found = false;
  ForEachPart(token, '-', [&](std::string_view part) {
    found = found || Among(part, parts);
  });
  return found;
}

std::string NormalizeToken(std::string_view raw) {
  std::string t(raw);
  for (char& c : t) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '_' || c == ' ') c = '-';
  }
  return t;
}

uint32_t HintsOfToken(std::string_view t) {
  uint32_t hints = 0;
  bool standfirst =
      Contains(t, kStandfirstWords) || AnyPart(t, kStandfirstParts);
  if (standfirst) hints |= kStandfirstHint;
  if (!standfirst && Contains(t, kHeadlineWords)) hints |= kHeadlineHint;
  if (Contains(t, kBylineWords)) hints |= kBylineHint;
  if (Contains(t, kCaptionWords)) hints |= kCaptionHint;
  if (Contains(t, kSectionWords)) hints |= kSectionHint;
  if (AnyPart(t, kDateParts)) hints |= kDateHint;
  return hints;
}

struct TokenVerdict {
  bool boiler = false;
  bool protective = false;  // content or a hint, with no boilerplate word
  bool content = false;
  uint32_t hints = 0;
};

TokenVerdict JudgeToken(std::string_view t) {
  TokenVerdict v;
  v.boiler = Contains(t, kBoilerSubstrings) || AnyPart(t, kBoilerParts);
  v.content = !v.boiler && AnyPart(t, kContentParts);
  v.hints = HintsOfToken(t);
  v.protective = !v.boiler && (v.content || v.hints != 0);
  return v;
}

uint32_t ItempropFlags(std::string_view value) {
  std::string v = NormalizeToken(value.substr(0, kMaxAttributeBytes));
  uint32_t flags = 0;
  ForEachPart(v, '-', [&](std::string_view p) {
    if (p == "articlebody") flags |= kArticleMark;
    if (p == "headline") flags |= kHeadlineHint;
    if (p == "description" || p == "alternativeheadline" || p == "abstract") {
      flags |= kStandfirstHint;
    }
    if (p == "author" || p == "creator") flags |= kBylineHint;
    if (p == "datepublished" || p == "datecreated") flags |= kDateHint;
    if (p == "caption") flags |= kCaptionHint;
  });
  return flags;
}

uint32_t RoleFlags(std::string_view value) {
  std::string v = NormalizeToken(value.substr(0, 64));
  if (v == "main") return kMainMark;
  if (v == "article") return kArticleMark;
  return Among(v, kBoilerRoles) ? static_cast<uint32_t>(kBoilerAttr) : 0u;
}

bool IsHiddenStyle(std::string_view style) {
  std::string s;
  for (char c : style.substr(0, kMaxAttributeBytes)) {
    if (c != ' ' && c != '\t' && c != '\n') {
      s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

uint32_t TagFlags(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MENU:
      return kBoilerTag;
    case GUMBO_TAG_ARTICLE:
      return kArticleMark;
    case GUMBO_TAG_MAIN:
      return kMainMark;
    case GUMBO_TAG_FIGCAPTION:
      return kCaptionHint;
    default:
      return 0;
  }
}

uint32_t ClassLikeFlags(const GumboElement& e) {
  uint32_t flags = 0;
  for (const char* name :
       {"class", "id", "data-component", "data-testid", "data-module"}) {
    std::string_view v = Attribute(e, name);
    if (!v.empty()) flags |= ClassifyTokens(v);
  }
  std::string_view aria = Attribute(e, "aria-label");
  if (!aria.empty()) {
    flags |= ClassifyTokens(NormalizeToken(aria.substr(0, 256)));
  }
  // An element named both furniture and content is kept.
  if (flags & kContentAttr) flags &= ~kBoilerAttr;
  return flags;
}

}  // namespace

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

uint32_t ClassifyTokens(std::string_view value) {
  value = value.substr(0, kMaxAttributeBytes);
  bool boiler = false, protective = false, content = false;
  uint32_t hints = 0;
  size_t p = 0;
  while (p < value.size()) {
    size_t q = value.find_first_of(" \t\n\r\f", p);
    if (q == std::string_view::npos) q = value.size();
    if (q > p) {
      TokenVerdict v = JudgeToken(NormalizeToken(value.substr(p, q - p)));
      boiler |= v.boiler;
      protective |= v.protective;
      content |= v.content;
      hints |= v.hints;
    }
    p = q + 1;
  }
  uint32_t flags = hints;
  if (boiler && !protective) flags |= kBoilerAttr;
  if (content) flags |= kContentAttr;
  return flags;
}

uint32_t ClassifyElement(const GumboElement& e) {
  uint32_t flags = TagFlags(e.tag) | ClassLikeFlags(e);
  std::string_view role = Attribute(e, "role");
  if (!role.empty()) flags |= RoleFlags(role);
  std::string_view itemprop = Attribute(e, "itemprop");
  if (!itemprop.empty()) flags |= ItempropFlags(itemprop);
  std::string itemtype =
      NormalizeToken(Attribute(e, "itemtype").substr(0, 256));
  static constexpr std::string_view kArticleTypes[] = {"article", "blogposting",
                                                       "reportage"};
  if (Contains(itemtype, kArticleTypes)) {
    flags |= kArticleMark;
  }
  std::string rel = NormalizeToken(Attribute(e, "rel").substr(0, 64));
  if (rel.find("author") != std::string::npos) flags |= kBylineHint;
  if (rel.find("category") != std::string::npos) flags |= kSectionHint;
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr ||
      IsHiddenStyle(Attribute(e, "style"))) {
    flags |= kHidden;
  }
  return flags;
}

}  // namespace dyad::html
