#include "extract/text_roles.h"

#include "extract/dateline.h"

namespace dyad {
namespace {

constexpr uint32_t kLongHeadlineWords = 5;   // preferred headline length
constexpr uint32_t kShortHeadlineWords = 2;  // fallback headline length
constexpr uint32_t kSectionWords = 4;        // "International relations"
constexpr uint32_t kStandfirstWords = 60;
constexpr uint32_t kDatelineCaptionWords = 40;
constexpr uint32_t kLongBodyWords = 40;  // body-like even without a period
constexpr size_t kLinkRun = 3;           // title-like lines in a link list
constexpr uint32_t kLabelWords = 3;      // labels under a headline
constexpr int kDatelineLookahead = 3;    // body-like units searched

constexpr size_t kNone = std::string_view::npos;

class RoleAssigner {
 public:
  explicit RoleAssigner(const RoleInput& in) : in_(in) {
    out_.roles.assign(in.units.size(), Role::kDrop);
    scrape_ = LooksScraped();
  }

  Roles Run() {
    size_t n = in_.units.size();
    size_t start = BodyStart();
    if (start == n) {
      AssignLoose(0, n);
    } else {
      AssignHeader(start);
      AssignBody(start);
    }
    return std::move(out_);
  }

 private:
  UnitClass Cls(size_t i) const { return in_.infos[i].cls; }
  uint32_t Words(size_t i) const { return in_.infos[i].words; }

  bool IsFurniture(size_t i) const {
    UnitClass c = Cls(i);
    if (c == UnitClass::kJunk) {
      return scrape_ || in_.infos[i].junk != JunkKind::kWeak;
    }
    return c == UnitClass::kTrailer || c == UnitClass::kLinkIntro;
  }

  // Page furniture shows the text is a page scrape rather than clean copy.
  bool LooksScraped() const {
    for (const UnitInfo& info : in_.infos) {
      if (info.cls == UnitClass::kTrailer ||
          info.cls == UnitClass::kLinkIntro ||
          (info.cls == UnitClass::kJunk && info.junk == JunkKind::kStrong)) {
        return true;
      }
    }
    return false;
  }

  bool HasDateline(size_t i) const {
    const TextLine& l = in_.lines[in_.units[i].first];
    std::string_view s = in_.text.substr(l.begin, l.end - l.begin);
    Dateline d;
    return ParseDateline(s.substr(in_.infos[i].bullet), &d);
  }

  bool IsBodyLike(size_t i) const {
    if (Cls(i) != UnitClass::kText) return false;
    return Words(i) >= in_.min_body_words || Words(i) >= kLongBodyWords ||
           HasDateline(i);
  }

  size_t NextBodyLike(size_t i) const {
    while (i < in_.units.size() && !IsBodyLike(i)) ++i;
    return i;
  }

  // The first body-like unit, unless a dateline opens a later one (the
  // units above it are header), or a byline or a photo caption follows it
  // (it is the standfirst, above the byline or the lead photo).
  size_t BodyStart() const {
    size_t n = in_.units.size();
    size_t first = NextBodyLike(0);
    size_t s = first;
    for (int k = 0; k < kDatelineLookahead && s < n; ++k) {
      if (HasDateline(s)) return s;
      if (Words(s) > kStandfirstWords) break;
      s = NextBodyLike(s + 1);
    }
    size_t second = first < n ? NextBodyLike(first + 1) : n;
    if (first < n && Words(first) > kStandfirstWords) return first;
    for (size_t i = first + 1; i < second; ++i) {
      if (Cls(i) == UnitClass::kByline || Cls(i) == UnitClass::kCaption) {
        return second;
      }
    }
    return first;
  }

  // Everything but furniture, without an article structure.
  void AssignLoose(size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) out_.roles[i] = PlainRole(i);
  }

  Role PlainRole(size_t i) const {
    if (IsFurniture(i)) return Role::kDrop;
    if (Cls(i) == UnitClass::kByline) return Role::kByline;
    if (Cls(i) == UnitClass::kCaption) return Role::kCaption;
    return Role::kBody;
  }

  size_t FindHeadline(size_t start, uint32_t min_words) const {
    for (size_t i = 0; i < start; ++i) {
      if (Cls(i) == UnitClass::kTitle && in_.units[i].standalone &&
          Words(i) >= min_words) {
        return i;
      }
    }
    return kNone;
  }

  void AssignHeader(size_t start) {
    // Clean copy opens with its title; a scrape has furniture and
    // navigation above it, mostly shorter than a headline.
    size_t h = scrape_ ? kNone : FindHeadline(1, kShortHeadlineWords);
    if (h == kNone) h = FindHeadline(start, kLongHeadlineWords);
    if (h == kNone) h = FindHeadline(start, kShortHeadlineWords);
    if (h == kNone) return AssignLoose(0, start);
    AssignSection(h);
    out_.roles[h] = Role::kHeadline;
    size_t last_kept = kNone;
    for (size_t i = h + 1; i < start; ++i) {
      if (!IsFurniture(i)) last_kept = i;
    }
    bool standfirst = false;
    bool dateline = HasDateline(start);
    for (size_t i = h + 1; i < start; ++i) {
      Role r = PlainRole(i);
      if (r == Role::kBody && scrape_ && Cls(i) == UnitClass::kTitle &&
          Words(i) <= kLabelWords) {
        r = Role::kDrop;  // "Political correspondent", "Analysis"
      } else if (r == Role::kBody && !standfirst &&
                 Words(i) <= kStandfirstWords) {
        r = Role::kStandfirst;
        standfirst = true;
      } else if (r == Role::kBody && i == last_kept && dateline &&
                 Words(i) <= kDatelineCaptionWords) {
        r = Role::kCaption;
      }
      out_.roles[i] = r;
    }
  }

  size_t PrevKept(size_t i) const {
    while (i-- > 0) {
      if (!IsFurniture(i)) return i;
    }
    return kNone;
  }

  bool IsShortTitle(size_t i) const {
    return i != kNone && Cls(i) == UnitClass::kTitle &&
           Words(i) <= kSectionWords;
  }

  // A short title just above the headline is its section label, unless it
  // ends a navigation list of such titles; all else above the headline is
  // navigation.
  void AssignSection(size_t h) {
    size_t label = PrevKept(h);
    if (IsShortTitle(label) && !IsShortTitle(PrevKept(label))) {
      out_.roles[label] = Role::kSection;
    }
  }

  // Title-like units from i on, skipping furniture between them.
  size_t TitleRunEnd(size_t i, size_t* count) const {
    *count = 0;
    size_t end = i;
    for (size_t j = i; j < in_.units.size(); ++j) {
      if (IsFurniture(j) && Cls(j) != UnitClass::kTrailer) continue;
      if (Cls(j) != UnitClass::kTitle) break;
      ++*count;
      end = j + 1;
    }
    return end;
  }

  void AssignBody(size_t start) {
    bool links = false;
    for (size_t i = start; i < in_.units.size(); ++i) {
      UnitClass c = Cls(i);
      if (c == UnitClass::kTrailer) {
        out_.trailer = i;
        return;  // the rest stays kDrop
      }
      if (c == UnitClass::kLinkIntro) links = true;
      if (IsFurniture(i)) continue;
      if (c == UnitClass::kTitle) {
        size_t count = 0;
        size_t end = TitleRunEnd(i, &count);
        if (links || (scrape_ && count >= kLinkRun)) {
          i = end - 1;  // drops the link list
          continue;
        }
      }
      links = false;
      out_.roles[i] = PlainRole(i);
    }
  }

  const RoleInput& in_;
  Roles out_;
  bool scrape_ = false;
};

}  // namespace

Roles AssignRoles(const RoleInput& in) { return RoleAssigner(in).Run(); }

}  // namespace dyad
