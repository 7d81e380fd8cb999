#include "extract/text_vocab.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/text_lines.h"

namespace dyad {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Lines longer than this never count as a trailer heading by prefix.
constexpr size_t kMaxHeadingBytes = 60;

// In order: share bars and social networks; icons and SVG labels;
// navigation, controls and advertising labels.
constexpr std::string_view kUiWords[] = {
    "share",       "shares",      "shared",     "sharing",
    "tweet",       "facebook",    "twitter",    "linkedin",
    "whatsapp",    "telegram",    "messenger",  "reddit",
    "pinterest",   "flipboard",   "tumblr",     "instagram",
    "youtube",     "tiktok",      "threads",    "bluesky",
    "mastodon",    "email",       "e",          "mail",
    "print",       "copy",        "copied",     "link",
    "links",       "url",         "permalink",  "embed",
    "rss",         "feed",        "pocket",     "save",
    "saved",       "bookmark",    "bookmarks",  "gift",
    "comment",     "comments",    "like",       "likes",
    "follow",      "following",   "followers",  "x",
    "icon",        "icons",       "logo",       "svg",
    "chevron",     "arrow",       "caret",      "artboard",
    "sketch",      "created",     "path",       "layer",
    "group",       "shape",       "rectangle",  "oval",
    "combined",    "fill",        "stroke",     "positive",
    "negative",    "title",       "contact",    "hamburger",
    "glyph",       "symbol",      "desc",       "left",
    "right",       "up",          "down",       "small",
    "large",       "menu",        "sections",   "section",
    "search",      "close",       "open",       "toggle",
    "navigation",  "nav",         "skip",       "main",
    "content",     "home",        "next",       "previous",
    "prev",        "back",        "top",        "more",
    "less",        "show",        "hide",       "expand",
    "collapse",    "enlarge",     "zoom",       "fullscreen",
    "play",        "pause",       "mute",       "unmute",
    "volume",      "listen",      "watch",      "video",
    "audio",       "image",       "images",     "photo",
    "photos",      "gallery",     "slideshow",  "loading",
    "settings",    "account",     "profile",    "login",
    "logout",      "log",         "sign",       "signin",
    "register",    "subscribe",   "subscribed", "unsubscribe",
    "newsletter",  "newsletters", "alerts",     "notifications",
    "download",    "pdf",         "app",        "apps",
    "edition",     "help",        "faq",        "feedback",
    "send",        "submit",      "cancel",     "ok",
    "accept",      "reject",      "dismiss",    "advertisement",
    "advertising", "ad",          "ads",        "continue",
    "reading",     "read",        "article",    "articles",
    "story",       "page",        "view",       "views",
    "full",        "screen",      "text",       "size",
    "font"};

// Function words that glue UI words together ("Skip to main content").
constexpr std::string_view kGlueWords[] = {
    "to", "this", "the", "a",   "an",   "on",  "in", "out", "via", "and",
    "or", "with", "us",  "our", "your", "for", "of", "by",  "it",  "me"};

constexpr std::string_view kTrailerExact[] = {"sponsored content",
                                              "sponsored",
                                              "sponsored links",
                                              "sponsored stories",
                                              "promoted content",
                                              "promoted stories",
                                              "paid content",
                                              "paid post",
                                              "partner content",
                                              "from our partners",
                                              "related articles",
                                              "related stories",
                                              "related content",
                                              "related coverage",
                                              "related news",
                                              "related topics",
                                              "related posts",
                                              "recommended",
                                              "recommended for you",
                                              "recommended stories",
                                              "recommended articles",
                                              "recommended reading",
                                              "more stories",
                                              "more news",
                                              "more on this story",
                                              "more on this topic",
                                              "most read",
                                              "most popular",
                                              "most viewed",
                                              "most shared",
                                              "most commented",
                                              "most read articles",
                                              "trending",
                                              "trending now",
                                              "trending stories",
                                              "popular now",
                                              "comments",
                                              "comment",
                                              "join the conversation",
                                              "leave a comment",
                                              "show comments",
                                              "view comments",
                                              "read comments",
                                              "discussion",
                                              "you may also like",
                                              "you might also like",
                                              "you may be interested in",
                                              "you might be interested in",
                                              "read next",
                                              "up next",
                                              "what to read next",
                                              "editor's picks",
                                              "editors' picks",
                                              "editor\u2019s picks",
                                              "top stories",
                                              "latest stories",
                                              "latest news",
                                              "further reading",
                                              "about the author",
                                              "about the authors",
                                              "tags",
                                              "topics",
                                              "more to explore",
                                              "don't miss",
                                              "must read",
                                              "around the web",
                                              "copyright"};

constexpr std::string_view kTrailerPrefixes[] = {
    "more from ",         "more in ",        "more on ",
    "most read in ",      "most read from ", "latest from ",
    "more stories from ", "sponsored by ",   "copyright "};

constexpr std::string_view kLinkIntros[] = {
    "read more", "read also",     "also read",       "see also",
    "related",   "related links", "related reading", "also see",
    "more",      "more on this",  "explore more",    "further coverage",
    "watch more"};

constexpr std::string_view kJunkExact[] = {
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "sponsored message",
    "scroll to continue",
    "scroll to continue with content",
    "continue reading",
    "story continues below",
    "article continues below",
    "story continues below advertisement",
    "loading",
    "please wait",
    "copy link",
    "link copied",
    "image",
    "video",
    "photo",
    "audio",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "show caption",
    "listen",
    "listen to this article",
    "transcript",
    "view gallery",
    "open in app",
    "back to top",
    "all rights reserved"};

constexpr std::string_view kJunkPrefixes[] = {"read more:",
                                              "read more ",
                                              "related:",
                                              "see also:",
                                              "also read:",
                                              "read also:",
                                              "watch:",
                                              "listen:",
                                              "click here",
                                              "tap here",
                                              "share this",
                                              "share on ",
                                              "share via ",
                                              "sign up",
                                              "subscribe to",
                                              "subscribe for",
                                              "subscribe now",
                                              "subscribe today",
                                              "listen to this",
                                              "listen to article",
                                              "skip to",
                                              "jump to",
                                              "download the",
                                              "download our",
                                              "get the app",
                                              "get our app",
                                              "get the latest",
                                              "get breaking news",
                                              "get our newsletter",
                                              "discover the all new",
                                              "try our app",
                                              "already a subscriber",
                                              "already have an account",
                                              "create an account",
                                              "create a free account",
                                              "create your free account",
                                              "register for free",
                                              "register now",
                                              "log in to",
                                              "login to",
                                              "sign in to",
                                              "follow us",
                                              "join our",
                                              "this article is more than",
                                              "reading time",
                                              "free access",
                                              "free trial",
                                              "start your free",
                                              "support our journalism",
                                              "support independent",
                                              "become a member",
                                              "become a subscriber",
                                              "report an error",
                                              "report a correction",
                                              "have a tip",
                                              "send us a tip",
                                              "we use cookies",
                                              "this site uses cookies",
                                              "this website uses cookies",
                                              "by continuing to",
                                              "accept all",
                                              "accept cookies",
                                              "manage cookies",
                                              "cookie settings",
                                              "cookie policy",
                                              "privacy policy",
                                              "terms of use",
                                              "terms of service",
                                              "terms and conditions",
                                              "image caption",
                                              "image source",
                                              "image copyright",
                                              "media caption",
                                              "reporting by ",
                                              "reporting from ",
                                              "source: ",
                                              "sources: ",
                                              "additional reporting by ",
                                              "editing by ",
                                              "writing by ",
                                              "compiled by ",
                                              "advertisement ",
                                              "unlock this article",
                                              "you have reached",
                                              "you've reached",
                                              "this content is for subscribers",
                                              "to continue reading",
                                              "enable javascript",
                                              "your browser",
                                              "story continues",
                                              "article continues",
                                              "this story has been shared",
                                              "want to read more",
                                              "for the latest",
                                              "view comments",
                                              "show comments"};

constexpr std::string_view kJunkContains[] = {"min read",
                                              "created with sketch",
                                              "all rights reserved",
                                              "for subscribers only",
                                              "subscribers only",
                                              "unlimited access",
                                              "sign up for our",
                                              "subscribe to our",
                                              "our newsletter",
                                              "enable javascript",
                                              "your browser",
                                              "cookie policy",
                                              "privacy policy",
                                              "you agree to our",
                                              "contributed to this report",
                                              "contributed reporting"};

constexpr std::string_view kPromoVerbs[] = {
    "discover", "download",  "get",     "try",         "install",
    "open",     "subscribe", "sign",    "join",        "listen",
    "follow",   "explore",   "upgrade", "introducing", "unlock"};

constexpr std::string_view kPromoNouns[] = {
    "app",      "apps",         "newsletter",    "newsletters", "podcast",
    "podcasts", "subscription", "subscriptions", "alerts"};

constexpr std::string_view kDateWords[] = {
    "updated", "update",    "published", "posted", "last",     "first",
    "on",      "at",        "ago",       "hour",   "hours",    "hr",
    "hrs",     "minute",    "minutes",   "min",    "mins",     "second",
    "seconds", "day",       "days",      "week",   "weeks",    "month",
    "months",  "year",      "years",     "read",   "reading",  "time",
    "today",   "yesterday", "am",        "pm",     "a.m",      "p.m",
    "gmt",     "utc",       "bst",       "cet",    "cest",     "est",
    "edt",     "et",        "pt",        "pst",    "pdt",      "jst",
    "ist",     "hkt",       "sgt",       "aest",   "msk",      "monday",
    "tuesday", "wednesday", "thursday",  "friday", "saturday", "sunday",
    "mon",     "tue",       "tues",      "wed",    "thu",      "thur",
    "thurs",   "fri",       "sat",       "sun",    "of",       "and",
    "by"};

constexpr std::string_view kCreditWords[] = {
    "reuters", "afp",     "ap",        "epa",          "epa-efe", "efe",
    "xinhua",  "getty",   "bloomberg", "shutterstock", "alamy",   "pa",
    "anadolu", "sputnik", "tass",      "kyodo",        "yonhap",  "pool",
    "ians",    "pti",     "dpa",       "ansa",         "imago",   "zuma",
    "sipa",    "abaca",   "nurphoto",  "handout",      "istock"};

template <size_t N>
const WordSet* NewSet(const std::string_view (&words)[N]) {
  return new WordSet(std::begin(words), std::end(words));
}

bool InSet(std::string_view w, const WordSet& set) {
  return set.find(w) != set.end();
}

// Phrases indexed by their first word, so that a line is compared only with
// the phrases that start like it.
class PrefixIndex {
 public:
  template <size_t N>
  explicit PrefixIndex(const std::string_view (&prefixes)[N]) {
    for (std::string_view p : prefixes) by_word_[FirstWord(p)].push_back(p);
  }

  bool Matches(std::string_view s) const {
    auto it = by_word_.find(FirstWord(s));
    if (it == by_word_.end()) return false;
    for (std::string_view p : it->second) {
      if (s.substr(0, p.size()) == p) return true;
    }
    return false;
  }

 private:
  static std::string_view FirstWord(std::string_view s) {
    return s.substr(0, s.find(' '));
  }

  std::unordered_map<std::string_view, std::vector<std::string_view>> by_word_;
};

template <size_t N>
bool HasInfix(std::string_view s, const std::string_view (&infixes)[N]) {
  for (std::string_view p : infixes) {
    if (s.find(p) != std::string_view::npos) return true;
  }
  return false;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAsciiAlnum(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Bytes of punctuation, an arrow, a bullet or a dash at s[i], else 0.
size_t FurnitureLenAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiAlnum(c) || c == '\'' ? 0 : 1;
  if (c == 0xC2 && i + 1 < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    return d == 0xAB || d == 0xBB || d == 0xB7 ? 2 : 0;
  }
  return c == 0xE2 && i + 2 < s.size() ? 3 : 0;
}

size_t FurnitureLenBefore(std::string_view s, size_t end) {
  if (end >= 1 && FurnitureLenAt(s, end - 1) == 1) return 1;
  if (end >= 2 && FurnitureLenAt(s, end - 2) == 2) return 2;
  if (end >= 3 && FurnitureLenAt(s, end - 3) == 3) return 3;
  return 0;
}

// Strips furniture from both ends, then a trailing count ("Comments (12)").
std::string_view StripFurniture(std::string_view s) {
  size_t b = 0, e = s.size();
  for (size_t n; b < e && (n = FurnitureLenAt(s, b)) > 0;) b += n;
  for (size_t n; e > b && (n = FurnitureLenBefore(s, e)) > 0;) e -= n;
  size_t d = e;
  while (d > b && s[d - 1] >= '0' && s[d - 1] <= '9') --d;
  if (d < e && d > b && (s[d - 1] == ' ' || s[d - 1] == '(')) {
    for (e = d; e > b && (s[e - 1] == ' ' || s[e - 1] == '(');) --e;
  }
  return s.substr(b, e - b);
}

// Contains a year 1900..2099 ("\u00A9 2024 Example Media").
bool HasYear(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    bool century = s.substr(i, 2) == "19" || s.substr(i, 2) == "20";
    if (century && IsAsciiDigit(s[i + 2]) && IsAsciiDigit(s[i + 3])) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view NormalizeLine(std::string_view line, char* buf) {
  if (line.size() > kNormalizedMax) return {};
  size_t n = 0;
  bool space = true;  // drops leading spaces
  for (size_t i = 0; i < line.size();) {
    if (size_t k = SpaceLenAt(line, i); k > 0) {
      if (!space) buf[n++] = ' ';
      space = true;
      i += k;
      continue;
    }
    char c = line[i++];
    buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    space = false;
  }
  return StripFurniture(std::string_view(buf, n));
}

bool IsGlueWord(std::string_view lower) {
  static const WordSet* glue = NewSet(kGlueWords);
  return InSet(lower, *glue);
}

bool IsUiWord(std::string_view lower) {
  static const WordSet* ui = NewSet(kUiWords);
  return InSet(lower, *ui);
}

bool IsTrailerHeading(std::string_view norm) {
  static const WordSet* trailer = NewSet(kTrailerExact);
  if (InSet(norm, *trailer)) return true;
  if (norm.find("all rights reserved") != std::string_view::npos) return true;
  if (norm.substr(0, 2) == "\u00A9" && HasYear(norm)) return true;
  static const PrefixIndex* prefixes = new PrefixIndex(kTrailerPrefixes);
  return norm.size() <= kMaxHeadingBytes && prefixes->Matches(norm);
}

bool IsLinkIntro(std::string_view norm) {
  static const WordSet* intros = NewSet(kLinkIntros);
  return InSet(norm, *intros);
}

bool IsJunkPhrase(std::string_view norm) {
  static const WordSet* junk = NewSet(kJunkExact);
  static const PrefixIndex* prefixes = new PrefixIndex(kJunkPrefixes);
  return InSet(norm, *junk) || prefixes->Matches(norm) ||
         HasInfix(norm, kJunkContains);
}

bool IsPromoVerb(std::string_view lower) {
  static const WordSet* verbs = NewSet(kPromoVerbs);
  return InSet(lower, *verbs);
}

bool IsPromoNoun(std::string_view lower) {
  static const WordSet* nouns = NewSet(kPromoNouns);
  return InSet(lower, *nouns);
}

bool IsDateWord(std::string_view lower) {
  static const WordSet* dates = NewSet(kDateWords);
  return InSet(lower, *dates);
}

bool IsCreditWord(std::string_view lower) {
  static const WordSet* credits = NewSet(kCreditWords);
  return InSet(lower, *credits);
}

}  // namespace dyad
