#include "extract/html_prescan.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/html_tags.h"

namespace dyad::html {
namespace {

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  }
  return true;
}

constexpr std::string_view kCdataOpener = "<![CDATA[";

// How far down the stack an implied </p> is looked for.
constexpr size_t kPScopeWindow = 64;

struct Entry {
  GumboTag tag;
  std::string_view name;
  std::string_view attrs;  // the raw bytes between the name and '>'
};

class Prescanner {
 public:
  Prescanner(std::string_view in, const PrescanLimits& limits)
      : in_(in), limits_(limits) {
    open_count_.fill(0);
  }

  PrescanResult Run() {
    size_t pos = 0;
    while (pos < in_.size()) {
      const void* lt = std::memchr(in_.data() + pos, '<', in_.size() - pos);
      if (lt == nullptr) break;
      pos = Markup(static_cast<const char*>(lt) - in_.data());
    }
    MergeCdataOpeners();
    if (!removed_.empty()) BuildCopy();
    return std::move(result_);
  }

 private:
  char At(size_t i) const { return i < in_.size() ? in_[i] : '\0'; }

  size_t SkipPast(size_t from, std::string_view what) const {
    size_t p = in_.find(what, from);
    return p == std::string_view::npos ? in_.size() : p + what.size();
  }

  // Handles the markup starting at in_[pos] == '<'; returns where text
  // resumes.
  size_t Markup(size_t pos) {
    char c = At(pos + 1);
    if (c == '!') {
      if (in_.substr(pos, 4) == "<!--") return SkipPast(pos + 2, "-->");
      // The opener is removed (see MergeCdataOpeners): read on after it.
      if (in_.substr(pos, 9) == kCdataOpener) return pos + kCdataOpener.size();
      return SkipPast(pos, ">");
    }
    if (c == '?') return SkipPast(pos, ">");
    if (c == '/') {
      if (IsAsciiAlpha(At(pos + 2))) return EndTag(pos);
      return SkipPast(pos, ">");
    }
    if (IsAsciiAlpha(c)) return StartTag(pos);
    return pos + 1;
  }

  // libgumbo 0.10 fails an assertion and aborts on some CDATA sections in
  // tables ("<table><svg><title><![CDATA[>]]>x"), and CDATA only makes text
  // inside SVG and MathML, which extraction ignores. So every "<![CDATA["
  // opener is removed, wherever it is (text, raw text, attribute values):
  // gumbo never enters its CDATA state. Openers inside removed tags go with
  // them.
  void MergeCdataOpeners() {
    std::vector<std::pair<size_t, size_t>> merged;
    size_t next = 0;  // first removal not yet merged
    for (size_t p = in_.find(kCdataOpener); p != std::string_view::npos;
         p = in_.find(kCdataOpener, p + kCdataOpener.size())) {
      while (next < removed_.size() && removed_[next].first <= p) {
        merged.push_back(removed_[next++]);
      }
      if (!merged.empty() && merged.back().second > p) continue;
      merged.push_back({p, p + kCdataOpener.size()});
      ++result_.removed_cdata;
    }
    if (result_.removed_cdata == 0) return;
    merged.insert(merged.end(), removed_.begin() + static_cast<long>(next),
                  removed_.end());
    removed_ = std::move(merged);
  }

  size_t NameEnd(size_t from) const {
    size_t p = from;
    while (p < in_.size() && !IsHtmlSpace(in_[p]) && in_[p] != '/' &&
           in_[p] != '>') {
      ++p;
    }
    return p;
  }

  static GumboTag TagOf(std::string_view name) {
    return gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
  }

  // Reads the attributes after a tag name; blanks those past the limit.
  // Returns the position after the closing '>'.
  size_t Attributes(size_t p) {
    int count = 0;
    while (p < in_.size()) {
      while (p < in_.size() && (IsHtmlSpace(in_[p]) || in_[p] == '/')) ++p;
      if (p >= in_.size()) return p;
      if (in_[p] == '>') return p + 1;
      size_t begin = p;
      p = AttributeEnd(p);
      if (++count > limits_.max_attributes) {
        Blank(begin, p);
        ++result_.dropped_attributes;
      }
    }
    return p;
  }

  // One attribute: name, optional "= value" (quoted or not).
  size_t AttributeEnd(size_t p) const {
    ++p;  // the first character belongs to the name, even '='
    while (p < in_.size() && !IsHtmlSpace(in_[p]) && in_[p] != '/' &&
           in_[p] != '>' && in_[p] != '=') {
      ++p;
    }
    size_t q = p;
    while (q < in_.size() && IsHtmlSpace(in_[q])) ++q;
    if (At(q) != '=') return p;
    ++q;
    while (q < in_.size() && IsHtmlSpace(in_[q])) ++q;
    char quote = At(q);
    if (quote == '"' || quote == '\'') {
      size_t close = in_.find(quote, q + 1);
      return close == std::string_view::npos ? in_.size() : close + 1;
    }
    while (q < in_.size() && !IsHtmlSpace(in_[q]) && in_[q] != '>') ++q;
    return q;
  }

  size_t StartTag(size_t pos) {
    size_t name_end = NameEnd(pos + 1);
    std::string_view name = in_.substr(pos + 1, name_end - pos - 1);
    GumboTag tag = TagOf(name);
    size_t end = Attributes(name_end);
    if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH) {
      return RemoveForeign(pos, end, tag);
    }
    if (IsVoid(tag)) return end;
    CloseImplied(tag);
    if (Depth() >= static_cast<size_t>(limits_.max_depth)) {
      Blank(pos, end);
      ++result_.dropped_tags;
      if (dropped_.empty()) dropped_level_ = stack_.size();
      ++dropped_[Lower(name)];
      return end;
    }
    Push({tag, name, in_.substr(name_end, end - name_end)});
    if (!IsRawText(tag)) return end;
    return RawTextEnd(end, name);
  }

  // libgumbo 0.10 aborts (failed assertions) on some foreign-content
  // constructs ("<table><td><svg><select><desc><table><table>"), and
  // extraction ignores SVG and MathML anyway: the whole element is removed,
  // up to its end tag or to the first HTML tag that would end foreign
  // content (a <p>, <div>, <b>... start tag), or to the end of the input.
  size_t RemoveForeign(size_t pos, size_t after_start, GumboTag tag) {
    bool self_closing = after_start >= 2 && in_[after_start - 2] == '/';
    size_t end = self_closing ? after_start : ForeignEnd(after_start, tag);
    Blank(pos, end);
    ++result_.removed_foreign;
    return end;
  }

  size_t ForeignEnd(size_t p, GumboTag tag) {
    int depth = 1;
    while (p < in_.size()) {
      const void* lt = std::memchr(in_.data() + p, '<', in_.size() - p);
      if (lt == nullptr) return in_.size();
      size_t at = static_cast<const char*>(lt) - in_.data();
      char c = At(at + 1);
      bool end_tag = c == '/' && IsAsciiAlpha(At(at + 2));
      if (!end_tag && !IsAsciiAlpha(c)) {
        p = (c == '!' || c == '?' || c == '/') ? Markup(at) : at + 1;
        continue;
      }
      size_t name_begin = at + (end_tag ? 2 : 1);
      size_t name_end = NameEnd(name_begin);
      GumboTag t = TagOf(in_.substr(name_begin, name_end - name_begin));
      if (!end_tag && BreaksOutOfForeign(t)) return at;
      size_t after =
          end_tag ? SkipPast(name_end, ">") : AttributeListEnd(name_end);
      bool closes_itself = !end_tag && after >= 2 && in_[after - 2] == '/';
      if (t == tag) depth += end_tag ? -1 : (closes_itself ? 0 : 1);
      if (depth == 0) return after;
      p = after;
    }
    return in_.size();
  }

  // End of a start tag's attributes (after its '>'), without limits.
  size_t AttributeListEnd(size_t p) const {
    while (p < in_.size()) {
      while (p < in_.size() && (IsHtmlSpace(in_[p]) || in_[p] == '/')) ++p;
      if (p >= in_.size()) return p;
      if (in_[p] == '>') return p + 1;
      p = AttributeEnd(p);
    }
    return p;
  }

  // Skips the content of a raw-text element to its end tag (left in place
  // for the end-tag handler).
  size_t RawTextEnd(size_t from, std::string_view name) const {
    if (TagOf(name) == GUMBO_TAG_PLAINTEXT) return in_.size();
    size_t p = from;
    while ((p = in_.find("</", p)) != std::string_view::npos) {
      std::string_view candidate = in_.substr(p + 2, name.size());
      char after = At(p + 2 + name.size());
      if (SameName(candidate, name) &&
          (IsHtmlSpace(after) || after == '>' || after == '/')) {
        return p;
      }
      p += 2;
    }
    return in_.size();
  }

  size_t EndTag(size_t pos) {
    size_t name_end = NameEnd(pos + 2);
    std::string_view name = in_.substr(pos + 2, name_end - pos - 2);
    size_t end = SkipPast(name_end, ">");
    if (!dropped_.empty()) {
      auto it = dropped_.find(Lower(name));
      if (it != dropped_.end()) {
        Blank(pos, end);
        ++result_.dropped_tags;
        if (--it->second == 0) dropped_.erase(it);
        return end;
      }
    }
    Entry e{TagOf(name), name, {}};
    if (!PopTo(e)) ForgetPending(e);
    return end;
  }

  size_t Depth() const { return stack_.size() + pending_.size(); }

  void Push(const Entry& e) {
    stack_.push_back(e);
    ++open_count_[e.tag];
  }

  // Pops one entry; formatting elements closed this way stay pending (the
  // parser would reopen them inside the next block).
  void PopOne(bool by_own_end_tag) {
    const Entry& e = stack_.back();
    --open_count_[e.tag];
    if (!by_own_end_tag && IsFormatting(e.tag)) AddPending(e);
    stack_.pop_back();
    if (!dropped_.empty() && stack_.size() < dropped_level_) dropped_.clear();
  }

  // Like the parser's "Noah's Ark" clause: at most three identical
  // formatting elements (same tag and attributes) wait to be reopened.
  void AddPending(const Entry& e) {
    int same = 0;
    size_t oldest = 0;
    for (size_t i = pending_.size(); i > 0; --i) {
      const Entry& p = pending_[i - 1];
      if (p.tag == e.tag && SameName(p.name, e.name) && p.attrs == e.attrs) {
        ++same;
        oldest = i - 1;
      }
    }
    if (same >= 3) pending_.erase(pending_.begin() + static_cast<long>(oldest));
    pending_.push_back(e);
  }

  static bool Matches(const Entry& a, const Entry& b) {
    if (a.tag != b.tag) return false;
    return a.tag != GUMBO_TAG_UNKNOWN || SameName(a.name, b.name);
  }

  // Closes elements up to and including the topmost one like `e`.
  bool PopTo(const Entry& e) {
    if (open_count_[e.tag] == 0) return false;
    size_t i = stack_.size();
    while (i > 0 && !Matches(stack_[i - 1], e)) --i;
    if (i == 0) return false;
    while (stack_.size() > i) PopOne(false);
    PopOne(true);
    return true;
  }

  void ForgetPending(const Entry& e) {
    for (size_t i = pending_.size(); i > 0; --i) {
      if (Matches(pending_[i - 1], e)) {
        pending_.erase(pending_.begin() + static_cast<long>(i - 1));
        return;
      }
    }
  }

  // Searches the top `window` entries (stopping at `fence` tags) for one of
  // `tags` and closes up to it.
  void CloseNear(std::initializer_list<GumboTag> tags,
                 std::initializer_list<GumboTag> fences, size_t window) {
    size_t n = std::min(window, stack_.size());
    for (size_t k = 1; k <= n; ++k) {
      GumboTag t = stack_[stack_.size() - k].tag;
      if (std::find(fences.begin(), fences.end(), t) != fences.end()) return;
      if (std::find(tags.begin(), tags.end(), t) != tags.end()) {
        for (size_t j = 0; j < k; ++j) PopOne(false);
        return;
      }
    }
  }

  void CloseImplied(GumboTag tag) {
    if (ClosesP(tag)) {
      // An open <p> holds only phrasing elements; the scope ends at tables,
      // cells and buttons.
      CloseNear({GUMBO_TAG_P},
                {GUMBO_TAG_TABLE, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION,
                 GUMBO_TAG_BUTTON, GUMBO_TAG_OBJECT, GUMBO_TAG_APPLET,
                 GUMBO_TAG_MARQUEE, GUMBO_TAG_TEMPLATE},
                kPScopeWindow);
    }
    switch (tag) {
      case GUMBO_TAG_LI:
        return CloseNear({GUMBO_TAG_LI}, {GUMBO_TAG_UL, GUMBO_TAG_OL}, 4);
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT:
        return CloseNear({GUMBO_TAG_DD, GUMBO_TAG_DT}, {GUMBO_TAG_DL}, 4);
      case GUMBO_TAG_OPTION:
      case GUMBO_TAG_OPTGROUP:
        return CloseNear({GUMBO_TAG_OPTION, GUMBO_TAG_OPTGROUP}, {}, 2);
      case GUMBO_TAG_TR:
        return CloseNear({GUMBO_TAG_TR}, {GUMBO_TAG_TABLE}, 4);
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        return CloseNear({GUMBO_TAG_TD, GUMBO_TAG_TH},
                         {GUMBO_TAG_TR, GUMBO_TAG_TABLE}, 3);
      case GUMBO_TAG_A:
        return CloseNear({GUMBO_TAG_A}, {}, 8);
      default:
        if (IsHeading(tag) && !stack_.empty() && IsHeading(stack_.back().tag)) {
          PopOne(false);
        }
    }
  }

  // Marks [begin, end) for removal (ranges come in increasing order).
  void Blank(size_t begin, size_t end) {
    // A dropped tag swallows the attributes already dropped from it.
    while (!removed_.empty() && removed_.back().first >= begin) {
      removed_.pop_back();
    }
    if (end > begin) removed_.push_back({begin, end});
  }

  // True if `out` ends in a '<' not yet closed by '>' (text like "a <" that
  // a removal could join to following bytes into new markup).
  static bool OpenMarkupAtEnd(std::string_view out) {
    size_t n = std::min<size_t>(out.size(), 64);
    for (size_t k = 1; k <= n; ++k) {
      char c = out[out.size() - k];
      if (c == '>') return false;
      if (c == '<') return true;
    }
    return false;
  }

  void BuildCopy() {
    std::string& out = result_.html;
    out.reserve(in_.size());
    size_t from = 0;
    for (const auto& [begin, end] : removed_) {
      out.append(in_.substr(from, begin - from));
      uint32_t length = static_cast<uint32_t>(end - begin);
      if (OpenMarkupAtEnd(out)) {
        out.push_back(' ');  // don't glue "<" to what follows the cut
        --length;
      }
      if (length > 0) {
        result_.map.AddRemoval(static_cast<uint32_t>(out.size()), length);
      }
      from = end;
    }
    out.append(in_.substr(from));
  }

  std::string_view in_;
  PrescanLimits limits_;
  PrescanResult result_;
  std::vector<Entry> stack_;
  std::vector<Entry> pending_;
  std::array<uint32_t, GUMBO_TAG_LAST + 1> open_count_;
  std::unordered_map<std::string, size_t> dropped_;  // lowercase name → open
  size_t dropped_level_ = 0;
  std::vector<std::pair<size_t, size_t>> removed_;
};

}  // namespace

void OffsetMap::AddRemoval(uint32_t at, uint32_t length) {
  uint32_t before = cuts_.empty() ? 0 : cuts_.back().removed;
  if (!cuts_.empty() && cuts_.back().at == at) {
    cuts_.back().removed += length;
  } else {
    cuts_.push_back({at, before + length});
  }
}

uint32_t OffsetMap::Map(uint32_t offset) const {
  auto it =
      std::upper_bound(cuts_.begin(), cuts_.end(), offset,
                       [](uint32_t off, const Cut& c) { return off < c.at; });
  return it == cuts_.begin() ? offset : offset + std::prev(it)->removed;
}

void OffsetMap::Remap(std::vector<OffsetPiece>* pieces) const {
  if (cuts_.empty()) return;
  std::vector<OffsetPiece> out;
  out.reserve(pieces->size());
  for (OffsetPiece p : *pieces) {
    auto it =
        std::upper_bound(cuts_.begin(), cuts_.end(), p.raw_begin,
                         [](uint32_t off, const Cut& c) { return off < c.at; });
    // Split at each cut strictly inside the piece.
    while (it != cuts_.end() && it->at < p.raw_begin + p.length) {
      uint32_t head = it->at - p.raw_begin;
      out.push_back({p.text_begin, Map(p.raw_begin), head});
      p = {p.text_begin + head, it->at, p.length - head};
      ++it;
    }
    out.push_back({p.text_begin, Map(p.raw_begin), p.length});
  }
  *pieces = std::move(out);
}

PrescanResult LimitHtmlNesting(std::string_view html,
                               const PrescanLimits& limits) {
  return Prescanner(html, limits).Run();
}

}  // namespace dyad::html
