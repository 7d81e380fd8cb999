#include "extract/dateline.h"

#include <cctype>
#include <string>

namespace dyad {
namespace {

constexpr size_t kMaxPlaceWords = 4;
constexpr int kMaxQualifiers = 2;
constexpr size_t kMaxAgencyBytes = 40;
constexpr int kParagraphsChecked = 2;  // body paragraphs searched
constexpr size_t kLowerWindow = 40;    // bytes after it with a small letter

// Capitalised words that open paragraphs but are not places.
constexpr std::string_view kNotPlaces[] = {"BREAKING",
                                           "BREAKING NEWS",
                                           "UPDATE",
                                           "UPDATED",
                                           "EXCLUSIVE",
                                           "ANALYSIS",
                                           "OPINION",
                                           "EDITORIAL",
                                           "COMMENT",
                                           "NOTE",
                                           "CORRECTION",
                                           "CORRECTED",
                                           "WATCH",
                                           "LIVE",
                                           "VIDEO",
                                           "PHOTOS",
                                           "PHOTO",
                                           "FILE",
                                           "REVIEW",
                                           "INTERVIEW",
                                           "FACTBOX",
                                           "EXPLAINER",
                                           "COLUMN",
                                           "ALERT",
                                           "URGENT",
                                           "FLASH",
                                           "BULLETIN",
                                           "TIMELINE",
                                           "POLL",
                                           "INSIGHT",
                                           "FEATURE",
                                           "ADVISORY",
                                           "WARNING",
                                           "SPECIAL REPORT",
                                           "REFILE",
                                           "WRAPUP",
                                           "NATO",
                                           "OPEC",
                                           "ASEAN",
                                           "BRICS",
                                           "IMF",
                                           "WHO",
                                           "FBI",
                                           "CIA",
                                           "USA",
                                           "EDITOR'S NOTE",
                                           "QUESTION",
                                           "ANSWER"
                                           "NOTES",
                                           "SUMMARY",
                                           "UPDATE 1",
                                           "TABLE"};

// Lower-case words allowed inside a mixed-case place ("Rio de Janeiro").
constexpr std::string_view kConnectors[] = {
    "de",  "da", "do", "dos", "das", "del",  "della", "di", "du",  "la", "le",
    "les", "el", "al", "of",  "on",  "upon", "am",    "an", "der", "van"};

struct Agency {
  std::string_view key;  // lower case
  std::string_view name;
};
constexpr Agency kAgencies[] = {{"reuters", "Reuters"},
                                {"reuter", "Reuters"},
                                {"ap", "AP"},
                                {"associated press", "AP"},
                                {"the associated press", "AP"},
                                {"afp", "AFP"},
                                {"agence france-presse", "AFP"},
                                {"agence france presse", "AFP"},
                                {"xinhua", "Xinhua"},
                                {"kyodo", "Kyodo"},
                                {"yonhap", "Yonhap"},
                                {"tass", "TASS"},
                                {"itar-tass", "TASS"},
                                {"ria novosti", "RIA Novosti"},
                                {"interfax", "Interfax"},
                                {"bloomberg", "Bloomberg"},
                                {"dpa", "dpa"},
                                {"ansa", "ANSA"},
                                {"efe", "EFE"},
                                {"epa", "EPA"},
                                {"pti", "PTI"},
                                {"ians", "IANS"},
                                {"upi", "UPI"},
                                {"anadolu", "Anadolu"},
                                {"sputnik", "Sputnik"},
                                {"irna", "IRNA"},
                                {"kcna", "KCNA"},
                                {"wafa", "WAFA"},
                                {"bernama", "Bernama"},
                                {"antara", "Antara"},
                                {"cnn", "CNN"},
                                {"bbc", "BBC"}};

constexpr std::string_view kMonths[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != lower[i]) {
      return false;
    }
  }
  return true;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Bytes of the letter at s[i]: an ASCII letter or a non-ASCII character
// outside the Latin-1 punctuation (C2 xx) and general punctuation (E2 xx)
// ranges; 0 otherwise.
size_t LetterLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsUpper(c) || IsLower(c) ? 1 : 0;
  if (c < 0xC3 || c == 0xE2 || c > 0xF4) return 0;
  size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return i + n <= s.size() ? n : 0;
}

// A cursor over one paragraph.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  size_t pos() const { return pos_; }
  void set_pos(size_t p) { pos_ = p; }
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return AtEnd() ? '\0' : s_[pos_]; }

  // Skips ASCII spaces and no-break spaces; returns the bytes skipped.
  size_t SkipSpaces() {
    size_t start = pos_;
    while (!AtEnd()) {
      if (s_[pos_] == ' ' || s_[pos_] == '\t') {
        ++pos_;
      } else if (s_.substr(pos_, 2) == "\u00A0") {
        pos_ += 2;
      } else {
        break;
      }
    }
    return pos_ - start;
  }

  bool Consume(std::string_view t) {
    if (s_.substr(pos_, t.size()) != t) return false;
    pos_ += t.size();
    return true;
  }

  // A word of letters with inner or final '.', and inner '\'' or '-'.
  std::string_view Word() {
    size_t start = pos_;
    while (!AtEnd()) {
      size_t n = LetterLen(s_, pos_);
      char c = s_[pos_];
      bool inner = (c == '\'' || c == '-') && pos_ > start &&
                   pos_ + 1 < s_.size() && LetterLen(s_, pos_ + 1) > 0;
      if (n == 0 && !inner && !(c == '.' && pos_ > start)) break;
      pos_ += n > 0 ? n : 1;
    }
    return s_.substr(start, pos_ - start);
  }

  // Up to `max` digits.
  std::string_view Digits(size_t max) {
    size_t start = pos_;
    while (!AtEnd() && IsDigit(s_[pos_]) && pos_ - start < max) ++pos_;
    if (!AtEnd() && IsDigit(s_[pos_])) pos_ = start;  // too many digits
    return s_.substr(start, pos_ - start);
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

bool IsCapsWord(std::string_view w) {
  bool upper = false;
  for (char c : w) {
    if (IsLower(c)) return false;
    upper = upper || IsUpper(c) || static_cast<unsigned char>(c) >= 0x80;
  }
  return upper;
}

bool IsTitleWord(std::string_view w) {
  return IsUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80;
}

bool IsConnector(std::string_view w) {
  for (std::string_view c : kConnectors) {
    if (w == c) return true;
  }
  return false;
}

struct PlaceShape {
  bool caps = false;
  bool long_word = false;  // some word has 3+ letters
};

// Reads the place: up to kMaxPlaceWords words, all in capitals or all
// capitalised (with connectors in between). Returns its end.
size_t ParsePlace(Scanner* sc, PlaceShape* shape) {
  std::string_view first = sc->Word();
  if (first.empty() || !IsTitleWord(first)) return 0;
  shape->caps = IsCapsWord(first);
  shape->long_word = first.size() >= 3;
  size_t end = sc->pos();
  for (size_t words = 1; words < kMaxPlaceWords; ++words) {
    if (sc->Peek() != ' ') break;
    sc->set_pos(sc->pos() + 1);
    std::string_view w = sc->Word();
    bool fits = !w.empty() && (shape->caps ? IsCapsWord(w)
                                           : IsTitleWord(w) || IsConnector(w));
    if (!fits) break;
    shape->long_word = shape->long_word || w.size() >= 3;
    if (shape->caps || !IsConnector(w)) end = sc->pos();
  }
  sc->set_pos(end);
  return end;
}

// "Feb 3", "Feb. 3, 2022", "3 February", "February 3 2022".
bool ParseDate(Scanner* sc) {
  size_t start = sc->pos();
  if (MonthNumber(sc->Word()) > 0 && sc->SkipSpaces() > 0 &&
      !sc->Digits(2).empty()) {
    size_t end = sc->pos();
    sc->Consume(",");
    if (sc->SkipSpaces() > 0 && sc->Digits(4).size() == 4) end = sc->pos();
    sc->set_pos(end);
    return true;
  }
  sc->set_pos(start);
  if (!sc->Digits(2).empty() && sc->SkipSpaces() > 0 &&
      MonthNumber(sc->Word()) > 0) {
    return true;
  }
  sc->set_pos(start);
  return false;
}

// A region after a comma: one to three capitalised words ("Ukraine",
// "Ill.", "N.Y.", "South Korea").
bool ParseRegion(Scanner* sc) {
  size_t end = 0;
  for (int words = 0; words < 3; ++words) {
    if (words > 0 && !sc->Consume(" ")) break;
    std::string_view w = sc->Word();
    if (w.empty() || !IsTitleWord(w)) break;
    end = sc->pos();
  }
  if (end > 0) sc->set_pos(end);
  return end > 0;
}

// ", <date or region>" clauses; false on a comma followed by neither.
bool ParseQualifiers(Scanner* sc, bool* has_date) {
  for (int q = 0; q < kMaxQualifiers; ++q) {
    size_t start = sc->pos();
    if (!sc->Consume(",")) return true;
    sc->SkipSpaces();
    if (ParseDate(sc)) {
      *has_date = true;
    } else if (!ParseRegion(sc)) {
      sc->set_pos(start);
      return false;
    }
  }
  return true;
}

// "(Reuters)": returns the agency, or empty (cursor unchanged).
std::string_view ParseAgency(std::string_view s, Scanner* sc) {
  size_t open = sc->pos();
  if (sc->Peek() != '(') return {};
  size_t close = s.find(')', open);
  if (close == std::string_view::npos || close - open > kMaxAgencyBytes) {
    return {};
  }
  std::string_view inner = s.substr(open + 1, close - open - 1);
  if (inner.empty() || !IsUpper(inner[0])) return {};
  for (char c : inner) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '.' ||
          c == '-' || c == '/' || c == '&')) {
      return {};
    }
  }
  sc->set_pos(close + 1);
  return inner;
}

enum class Separator { kNone, kDash, kHyphen, kColon };

Separator ParseSeparator(Scanner* sc) {
  size_t before = sc->SkipSpaces();
  Separator sep = Separator::kNone;
  if (sc->Consume("--") || sc->Consume("\u2014") || sc->Consume("\u2013") ||
      sc->Consume("\u2015")) {
    sep = Separator::kDash;
  } else if (before > 0 && sc->Consume("-")) {
    sep = Separator::kHyphen;
  } else if (before == 0 && sc->Consume(":")) {
    sep = Separator::kColon;
  }
  size_t after = sc->SkipSpaces();
  bool needs_space = sep == Separator::kHyphen || sep == Separator::kColon;
  if (needs_space && after == 0) return Separator::kNone;
  return sep;
}

// The first sentence starts with a capital or an opening quote.
bool StartsSentence(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  char c = s[i];
  if (IsUpper(c) || c == '"' || c == '\'') return true;
  std::string_view rest = s.substr(i, 3);
  if (rest == "\u201C" || rest == "\u2018") return true;
  return static_cast<unsigned char>(c) >= 0xC3 && LetterLen(s, i) > 0;
}

// The sentence after a dateline is not in capitals (a capitalised
// headline "SPOTLIGHT - JAPAN EYES STOCKS" is not a dateline).
bool HasLowerSoon(std::string_view s, size_t i) {
  std::string_view head = s.substr(i, kLowerWindow);
  for (char c : head) {
    if (IsLower(c)) return true;
  }
  return false;
}

bool IsNotPlace(std::string_view place) {
  for (std::string_view w : kNotPlaces) {
    if (place == w) return true;
  }
  return false;
}

void Apply(const Dateline& d, Paragraph* p, ArticleMetadata* meta) {
  p->body_begin = p->begin + static_cast<uint32_t>(d.body_begin);
  if (meta->dateline.empty()) meta->dateline = std::string(d.place);
  if (meta->source.empty() && !d.agency.empty()) {
    std::string_view canonical = CanonicalAgency(d.agency);
    meta->source = std::string(canonical.empty() ? d.agency : canonical);
  }
}

}  // namespace

bool ParseDateline(std::string_view s, Dateline* out) {
  Scanner sc(s);
  PlaceShape shape;
  size_t place_end = ParsePlace(&sc, &shape);
  if (place_end == 0) return false;
  bool has_date = false;
  if (!ParseQualifiers(&sc, &has_date)) return false;
  size_t mark = sc.pos();
  sc.SkipSpaces();
  std::string_view agency = ParseAgency(s, &sc);
  if (agency.empty()) sc.set_pos(mark);
  Separator sep = ParseSeparator(&sc);
  if (sep == Separator::kNone && CanonicalAgency(agency).empty()) {
    return false;  // only "Washington (CNN)President ..." goes without one
  }
  if (!StartsSentence(s, sc.pos()) || !HasLowerSoon(s, sc.pos())) {
    return false;
  }
  std::string_view place = s.substr(0, place_end);
  if (IsNotPlace(place)) return false;
  bool dated = has_date || !agency.empty();
  if (!dated && !(shape.caps && shape.long_word)) return false;
  out->place = place;
  out->agency = agency;
  out->body_begin = sc.pos();
  out->place_in_capitals = shape.caps;
  return true;
}

void MarkDatelines(Article* article) {
  int checked = 0;
  size_t i = 0;
  for (; i < article->paragraphs.size(); ++i) {
    Paragraph& p = article->paragraphs[i];
    if (p.kind != ParagraphKind::kBody) continue;
    if (p.body_begin != p.begin) return;
    Dateline d;
    if (ParseDateline(article->Slice(p), &d)) {
      Apply(d, &p, &article->meta);
      break;
    }
    if (++checked == kParagraphsChecked) return;
  }
  // A news digest opens each later item with a dateline of its own
  // ("ROME - Israeli Foreign Minister ..."): only capitals count there.
  for (++i; i < article->paragraphs.size(); ++i) {
    Paragraph& p = article->paragraphs[i];
    Dateline d;
    if (p.kind == ParagraphKind::kBody && p.body_begin == p.begin &&
        ParseDateline(article->Slice(p), &d) && d.place_in_capitals) {
      p.body_begin = p.begin + static_cast<uint32_t>(d.body_begin);
    }
  }
}

std::string_view CanonicalAgency(std::string_view name) {
  if (name.size() > kMaxAgencyBytes) return {};
  while (!name.empty() && (name.back() == '.' || name.back() == ' ')) {
    name.remove_suffix(1);
  }
  for (const Agency& a : kAgencies) {
    if (EqualsLower(name, a.key)) return a.name;
  }
  return {};
}

int MonthNumber(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (EqualsLower(word, full) || EqualsLower(word, full.substr(0, 3))) {
      return m + 1;
    }
  }
  return EqualsLower(word, "sept") ? 9 : 0;
}

}  // namespace dyad
