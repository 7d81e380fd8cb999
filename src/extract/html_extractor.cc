// HTML article extraction: the gumbo page model (html_dom.h), the content
// root (html_boilerplate.h) and the metadata (html_meta.h) are put together
// here into the Article's paragraphs.
#include "extract/html_extractor.h"

#include <algorithm>
#include <vector>

#include "extract/html_boilerplate.h"
#include "extract/html_classify.h"
#include "extract/html_dom.h"
#include "extract/html_meta.h"

namespace dyad {
namespace {

using html::Block;
using html::Element;
using html::Page;

constexpr int kSectionWindow = 3;  // blocks above the headline
constexpr int kTitleWindow = 5;  // blocks around the body start for a headline
constexpr size_t kMinTitleHeadlineBytes = 20;
constexpr size_t kMaxSectionBytes = 60;  // a label, not a sentence
constexpr size_t kMaxSectionWords = 6;
constexpr size_t kMaxBylineBytes = 200;
constexpr size_t kMaxTextBylineWords = 15;  // "By ..." lines
constexpr size_t kMaxDateBytes = 120;
constexpr size_t kMaxStandfirstBytes = 800;
constexpr size_t kMaxCaptionBytes = 1000;
constexpr size_t kMaxBylineBio = 400;  // longer author-hinted text is prose
constexpr int kHintAncestors = 2;      // levels above a block read for hints
constexpr int kFigureAncestors = 4;
constexpr int kBylineBodyAllowance = 2;  // byline may follow this many paras

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty() &&
         (s.back() == '"' || s.back() == '\'' || s.back() == ')')) {
    s.remove_suffix(1);
  }
  if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||
                        s.substr(s.size() - 3) == "\xE2\x80\x99")) {
    s.remove_suffix(3);  // closing curly quote
  }
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' ||
                        s.back() == ':');
}

// Length of `s` without trailing separators (" | ", " - ", " · ", " — ").
size_t TrimSeparators(std::string_view s) {
  static constexpr std::string_view kSeparators[] = {
      " ",           "|", ",", "-", "\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93",
      "\xE2\x80\xA2"};
  bool trimmed = true;
  while (trimmed) {
    trimmed = false;
    for (std::string_view sep : kSeparators) {
      if (s.size() >= sep.size() && s.substr(s.size() - sep.size()) == sep) {
        s.remove_suffix(sep.size());
        trimmed = true;
      }
    }
  }
  return s.size();
}

// If `text` starts with a whole segment of `title` (segments are split by
// " | ", " - ", " :: " and dashes), the segment's length; else 0.
size_t TitleSegmentPrefix(std::string_view title, std::string_view text) {
  static constexpr std::string_view kSeparators[] = {
      " | ", " - ", " :: ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xBB "};
  std::vector<size_t> cuts = {0, title.size()};
  for (std::string_view sep : kSeparators) {
    for (size_t p = title.find(sep); p != std::string_view::npos;
         p = title.find(sep, p + 1)) {
      cuts.push_back(p);
      cuts.push_back(p + sep.size());
    }
  }
  std::sort(cuts.begin(), cuts.end());
  for (size_t k = 0; k + 1 < cuts.size(); ++k) {
    std::string_view seg = title.substr(cuts[k], cuts[k + 1] - cuts[k]);
    if (seg.size() < kMinTitleHeadlineBytes) continue;
    if (text.substr(0, seg.size()) == seg &&
        (text.size() == seg.size() || text[seg.size()] == ' ')) {
      return seg.size();
    }
  }
  return 0;
}

// "By Jane Doe", "By JANE DOE and John Roe".
bool LooksLikeTextByline(std::string_view s) {
  if (s.size() < 4 || (s.substr(0, 3) != "By " && s.substr(0, 3) != "by ")) {
    return false;
  }
  unsigned char next = static_cast<unsigned char>(s[3]);
  bool capital = (next >= 'A' && next <= 'Z') || next >= 0x80;
  return capital && s.size() <= kMaxBylineBytes &&
         CountWords(s) <= kMaxTextBylineWords && !EndsSentence(s);
}

class Assembler {
 public:
  Assembler(const Page& page, const html::BoilerplateMap& boiler,
            const html::ContentRoots& roots, const ExtractOptions& options,
            Article* article)
      : page_(page),
        boiler_(boiler),
        roots_(roots),
        options_(options),
        article_(article) {}

  void Run() {
    first_root_block_ = FirstRootBlock();
    headline_ = HeadlineBlock();
    if (headline_ >= 0) {
      headline_block_ = B(headline_);
    } else if (!roots_.roots.empty()) {
      FindTitleHeadline();
    }
    article_->meta.headline =
        headline_ >= 0 ? headline_block_.text : page_.og_title.text;
    if (roots_.roots.empty() && !options_.keep_boilerplate) return;
    section_ = SectionBlock();
    if (headline_ < 0 && !page_.og_title.text.empty()) {
      Emit(ParagraphKind::kHeadline, page_.og_title);
    }
    for (size_t i = 0; i < page_.blocks.size(); ++i) {
      Classify(static_cast<int32_t>(i));
    }
  }

 private:
  const Block& B(int32_t i) const { return page_.blocks[i]; }
  const Element& E(int32_t e) const { return page_.elements[e]; }

  // Not under furniture: below its root if it has one, else anywhere.
  bool Clean(int32_t element) const {
    if (options_.keep_boilerplate) return true;
    int32_t r = roots_.RootOf(page_, element);
    return !boiler_.IsBoilerplate(element, r);
  }

  bool InRoot(int32_t element) const {
    if (options_.keep_boilerplate) return true;
    int32_t r = roots_.RootOf(page_, element);
    return r >= 0 && !boiler_.IsBoilerplate(element, r);
  }

  int32_t FirstBlockOf(int32_t e) const {
    const Element& el = E(e);
    return el.block_end > el.block_begin ? static_cast<int32_t>(el.block_begin)
                                         : -1;
  }

  // The block of the visible headline: an <h1> in the article; else an
  // itemprop/class "headline" in it; else the nearest <h1> above it; else
  // any <h1>; else any "headline".
  int32_t HeadlineBlock() const {
    int32_t hinted_in = -1, above = -1, any = -1, hinted = -1;
    int32_t first_root = roots_.roots.empty() ? -1 : roots_.roots.front();
    for (size_t i = 0; i < page_.elements.size(); ++i) {
      int32_t e = static_cast<int32_t>(i);
      if (FirstBlockOf(e) < 0 || !Clean(e)) continue;
      bool in_root = roots_.RootOf(page_, e) >= 0;
      if (E(e).tag == GUMBO_TAG_H1) {
        if (in_root) return FirstBlockOf(e);
        if (first_root >= 0 && e < first_root) above = e;
        if (any < 0) any = e;
      } else if ((E(e).flags & html::kHeadlineHint) &&
                 B(FirstBlockOf(e)).text.size() <= kMaxStandfirstBytes) {
        if (in_root && hinted_in < 0) hinted_in = e;
        if (hinted < 0) hinted = e;
      }
    }
    for (int32_t pick : {hinted_in, above, any, hinted}) {
      if (pick >= 0) return FirstBlockOf(pick);
    }
    return -1;
  }

  // Pages without <h1> often set the headline in bold type; the <title>
  // ("Headline :: Site") tells which block starts with it.
  void FindTitleHeadline() {
    int32_t n = static_cast<int32_t>(page_.blocks.size());
    int32_t from = std::max(0, first_root_block_ - kTitleWindow);
    int32_t to = std::min(n, first_root_block_ + kTitleWindow);
    for (int32_t i = from; i < to; ++i) {
      if (!Clean(B(i).owner)) continue;
      size_t len = TitleSegmentPrefix(page_.title, B(i).text);
      if (len == 0) continue;
      headline_ = i;
      headline_block_ = html::SliceBlock(B(i), 0, len);
      return;
    }
  }

  int32_t FirstRootBlock() const {
    int32_t first = static_cast<int32_t>(page_.blocks.size());
    for (int32_t r : roots_.roots) {
      if (E(r).block_end > E(r).block_begin) {
        first = std::min(first, static_cast<int32_t>(E(r).block_begin));
      }
    }
    return first;
  }

  // Hint flags of a block: its inline elements, its element and the next
  // kHintAncestors ancestors (not the article root or above).
  uint32_t Hints(int32_t i) const { return B(i).hints | ElementHints(i); }

  uint32_t ElementHints(int32_t i) const {
    uint32_t hints = 0;
    int32_t e = B(i).owner;
    int32_t root = roots_.RootOf(page_, e);
    for (int level = 0; level <= kHintAncestors && e > root; ++level) {
      hints |= E(e).flags & html::kHintFlags;
      e = E(e).parent;
    }
    return hints;
  }

  bool InFigure(int32_t i) const {
    int32_t e = B(i).owner;
    for (int level = 0; level < kFigureAncestors && e >= 0; ++level) {
      GumboTag t = E(e).tag;
      if (t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_FIGCAPTION) return true;
      e = E(e).parent;
    }
    return false;
  }

  bool IsCaption(int32_t i) const {
    return B(i).text.size() <= kMaxCaptionBytes &&
           (InFigure(i) || (Hints(i) & html::kCaptionHint));
  }

  bool IsSectionLabel(int32_t i) const {
    const std::string& t = B(i).text;
    return (Hints(i) & html::kSectionHint) && t.size() <= kMaxSectionBytes &&
           CountWords(t) <= kMaxSectionWords;
  }

  // The nearest short section label (kicker, breadcrumb) above the headline.
  int32_t SectionBlock() const {
    if (headline_ < 0) return -1;
    for (int32_t i = headline_ - 1; i >= 0 && i >= headline_ - kSectionWindow;
         --i) {
      if (IsSectionLabel(i) && Clean(B(i).owner)) return i;
    }
    return -1;
  }

  // Shares a <header> or <hgroup> with the headline.
  bool InHeadlineHeader(int32_t i) const {
    if (headline_ < 0) return false;
    int32_t e = B(headline_).owner;
    for (int level = 0; level < 3 && e >= 0; ++level) {
      GumboTag t = E(e).tag;
      if (t == GUMBO_TAG_HEADER || t == GUMBO_TAG_HGROUP) {
        return B(i).owner > e && static_cast<uint32_t>(B(i).owner) < E(e).end;
      }
      e = E(e).parent;
    }
    return false;
  }

  bool IsStandfirst(int32_t i, uint32_t hints) const {
    if (found_standfirst_ || body_count_ > 0) return false;
    if (B(i).text.size() > kMaxStandfirstBytes) return false;
    if (hints & html::kStandfirstHint) return true;
    GumboTag t = E(B(i).owner).tag;
    bool next_after_headline = headline_ >= 0 && i == headline_ + 1;
    if (next_after_headline && t == GUMBO_TAG_H2) return true;
    return t == GUMBO_TAG_P && InHeadlineHeader(i);
  }

  bool IsByline(int32_t i, uint32_t hints) const {
    const std::string& t = B(i).text;
    if (hints & html::kBylineHint) return t.size() <= kMaxBylineBytes;
    return body_count_ == 0 && LooksLikeTextByline(t);
  }

  // The byline without what shares its line: the extent of the inline
  // byline elements (with a "By " before them), or the text before a <time>.
  Block BylinePart(int32_t i) const {
    const Block& b = B(i);
    if (b.byline_end > b.byline_begin &&
        !(ElementHints(i) & html::kBylineHint)) {
      size_t begin = b.byline_begin;
      std::string_view before = std::string_view(b.text).substr(0, begin);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      if (before.size() >= 2 && (before.substr(before.size() - 2) == "By" ||
                                 before.substr(before.size() - 2) == "by")) {
        begin = before.size() - 2;
      }
      return html::SliceBlock(b, begin, b.byline_end);
    }
    if (b.time_begin != Block::kNone && b.time_begin > 0) {
      size_t end =
          TrimSeparators(std::string_view(b.text).substr(0, b.time_begin));
      if (end > 0) return html::SliceBlock(b, 0, end);
    }
    return b;
  }

  bool IsDateLine(int32_t i, uint32_t hints) const {
    const Block& b = B(i);
    if (b.text.size() > kMaxDateBytes) return false;
    return (hints & html::kDateHint) || b.time_bytes * 2 >= b.text.size();
  }

  bool IsBody(int32_t i) const {
    const Block& b = B(i);
    if (options_.keep_boilerplate) return true;
    if (b.link_bytes > options_.html_max_link_density * b.text.size())
      return false;
    return CountWords(b.text) >=
               static_cast<size_t>(options_.html_min_body_words) ||
           EndsSentence(b.text);
  }

  void Classify(int32_t i) {
    if (i == headline_) return Emit(ParagraphKind::kHeadline, headline_block_);
    if (i == section_) {
      article_->meta.section = B(i).text;
      return Emit(ParagraphKind::kSection, B(i));
    }
    bool in_root = InRoot(B(i).owner);
    bool in_zone = !in_root && headline_ >= 0 && i > headline_ &&
                   i < first_root_block_ && Clean(B(i).owner);
    if (!in_root && !in_zone) return;
    if (headline_ >= 0 && i < headline_) {
      if (IsCaption(i)) return Emit(ParagraphKind::kCaption, B(i));
      // Above the headline: labels, share bars, dates.
      if (options_.keep_boilerplate) Emit(ParagraphKind::kBody, B(i));
      return;
    }
    ClassifyBelowHeadline(i, in_root);
  }

  void ClassifyBelowHeadline(int32_t i, bool in_root) {
    uint32_t hints = Hints(i);
    if (IsCaption(i)) return Emit(ParagraphKind::kCaption, B(i));
    if (IsByline(i, hints)) {
      if (found_byline_ || body_count_ > kBylineBodyAllowance) return;
      found_byline_ = true;
      Block byline = BylinePart(i);
      article_->meta.byline = byline.text;
      return Emit(ParagraphKind::kByline, byline);
    }
    if ((hints & html::kBylineHint) && B(i).text.size() <= kMaxBylineBio)
      return;
    if (IsDateLine(i, hints) || IsSectionLabel(i)) return;
    if (IsStandfirst(i, hints)) {
      found_standfirst_ = true;
      return Emit(ParagraphKind::kStandfirst, B(i));
    }
    if (in_root && IsBody(i)) {
      ++body_count_;
      Emit(ParagraphKind::kBody, B(i));
    }
  }

  void Emit(ParagraphKind kind, const Block& b) {
    if (b.text.empty()) return;
    std::string& text = article_->text;
    if (!article_->paragraphs.empty()) text.append("\n\n");
    Paragraph p;
    p.kind = kind;
    p.begin = p.body_begin = static_cast<uint32_t>(text.size());
    for (const OffsetPiece& piece : b.pieces) {
      article_->offsets.push_back(
          {piece.text_begin + p.begin, piece.raw_begin, piece.length});
    }
    text.append(b.text);
    p.end = static_cast<uint32_t>(text.size());
    article_->paragraphs.push_back(p);
  }

  const Page& page_;
  const html::BoilerplateMap& boiler_;
  const html::ContentRoots& roots_;
  const ExtractOptions& options_;
  Article* article_;
  int32_t headline_ = -1;
  Block headline_block_;  // the headline's text (a part of a block if cut)
  int32_t section_ = -1;
  int32_t first_root_block_ = 0;
  int body_count_ = 0;
  bool found_byline_ = false;
  bool found_standfirst_ = false;
};

html::WalkOptions WalkOptionsFrom(const ExtractOptions& options) {
  html::WalkOptions w;
  w.max_depth = std::max(options.max_html_depth, 1);
  w.max_attributes = options.max_html_attributes;
  w.max_block_bytes = options.max_paragraph_bytes;
  w.max_link_density = options.html_max_link_density;
  w.keep_boilerplate = options.keep_boilerplate;
  return w;
}

}  // namespace

Status ExtractHtml(std::string_view html, const ExtractOptions& options,
                   Article* article) {
  Page page;
  DYAD_RETURN_IF_ERROR(html::BuildPage(html, WalkOptionsFrom(options), &page));
  html::BoilerplateMap boiler(page);
  html::ContentRoots roots = html::ChooseContent(page, boiler);
  Assembler(page, boiler, roots, options, article).Run();
  html::ReadMetadata(
      page, [&](int32_t e) { return roots.RootOf(page, e) >= 0; },
      &article->meta);
  for (std::string& w : page.warnings)
    article->warnings.push_back(std::move(w));
  return Status::OK();
}

}  // namespace dyad
