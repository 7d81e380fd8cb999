#include "extract/html_dom.h"

#include <algorithm>
#include <memory>

#include "extract/html_classify.h"
#include "extract/html_prescan.h"
#include "extract/html_text.h"

namespace dyad::html {
namespace {

constexpr size_t kMaxMetas = 512;
constexpr size_t kMaxMetaBytes = 4096;
constexpr size_t kMaxJsonLd = 16;
constexpr size_t kMaxJsonLdBytes = 1u << 20;
// A form holding this much prose stays (pages wrapped in one <form>).
constexpr uint32_t kFormKeepBytes = 500;
// A furniture-named element with an <h1> and this much prose stays.
constexpr uint32_t kArticleKeepBytes = 300;

enum class Category { kInline, kBlock, kSkip, kTitle, kMeta, kBreak, kRule };

Category CategoryOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:

    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_UNKNOWN:
      return Category::kBlock;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
      return Category::kSkip;
    case GUMBO_TAG_TITLE:
      return Category::kTitle;
    case GUMBO_TAG_META:
      return Category::kMeta;
    case GUMBO_TAG_BR:
      return Category::kBreak;
    case GUMBO_TAG_HR:
      return Category::kRule;
    default:
      return Category::kInline;
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string_view Original(const GumboStringPiece& p) {
  return std::string_view(p.data, p.length);
}

struct OutputDeleter {
  void operator()(GumboOutput* out) const {
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  }
};
using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

struct Frame {
  const GumboNode* node = nullptr;
  unsigned next = 0;
  int32_t element = -1;  // registered block element, or -1
  uint32_t saved_hints = 0;
  bool link = false;
  bool time = false;
  bool byline = false;  // an inline byline element (span.byline)
};

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  return nullptr;
}

class Walker {
 public:
  Walker(const WalkOptions& options, const OffsetMap& map, Page* page)
      : options_(options),
        map_(map),
        page_(page),
        builder_(options.max_block_bytes) {}

  void Run(const GumboNode* root) {
    frames_.push_back(Frame{root});
    while (!frames_.empty()) {
      Frame& f = frames_.back();
      const GumboVector* kids = Children(f.node);
      if (kids != nullptr && f.next < kids->length) {
        Visit(static_cast<const GumboNode*>(kids->data[f.next++]));
      } else {
        Frame done = f;
        frames_.pop_back();
        Close(done);
      }
    }
    Flush();
    Report();
  }

 private:
  void Visit(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        return AppendText(node->v.text);
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        return Open(node);
      default:
        return;
    }
  }

  void AppendText(const GumboText& t) {
    if (owners_.empty()) return;
    size_t before = builder_.size();
    builder_.AppendDecoded(t.text, Original(t.original_text),
                           static_cast<uint32_t>(t.start_pos.offset));
    uint32_t added = static_cast<uint32_t>(builder_.size() - before);
    if (added == 0) return;
    if (link_depth_ > 0) cur_link_ += added;
    if (time_depth_ > 0) cur_time_ += added;
    cur_hints_ |= inline_hints_;
  }

  void Open(const GumboNode* node) {
    const GumboElement& el = node->v.element;
    if (el.tag_namespace != GUMBO_NAMESPACE_HTML) return;  // SVG, MathML
    switch (CategoryOf(el.tag)) {
      case Category::kSkip:
        if (el.tag == GUMBO_TAG_SCRIPT) CaptureJsonLd(el);
        return;
      case Category::kTitle:
        return CaptureTitle(el);
      case Category::kMeta:
        return CaptureMeta(el);
      case Category::kBreak:
        return builder_.AppendSpace(static_cast<uint32_t>(el.start_pos.offset));
      case Category::kRule:
        return Flush();
      case Category::kBlock:
        return OpenElement(node, true);
      case Category::kInline:
        return OpenElement(node, false);
    }
  }

  void OpenElement(const GumboNode* node, bool block) {
    const GumboElement& el = node->v.element;
    uint32_t flags = ClassifyElement(el);
    if (flags & kHidden) return;
    CaptureDate(el, flags);
    bool deep = frames_.size() > static_cast<size_t>(options_.max_depth);
    if (deep) ++flattened_;
    if (block && !deep) return OpenBlock(node, flags);
    // Inline furniture (<span class="ad-label">) goes with its text; links
    // stay, as their text may be part of a sentence.
    if (!deep && (flags & kBoilerAttr) && el.tag != GUMBO_TAG_A &&
        !options_.keep_boilerplate) {
      return;
    }
    Frame f{node};
    f.saved_hints = inline_hints_;
    inline_hints_ |= flags & kHintFlags;
    f.link = el.tag == GUMBO_TAG_A &&
             gumbo_get_attribute(&el.attributes, "href") != nullptr;
    f.time = el.tag == GUMBO_TAG_TIME;
    f.byline = (flags & kBylineHint) && byline_depth_ == 0;
    link_depth_ += f.link;
    time_depth_ += f.time;
    byline_depth_ += f.byline;
    uint32_t at = static_cast<uint32_t>(builder_.size());
    if (f.time && cur_time_begin_ == Block::kNone) cur_time_begin_ = at;
    if (f.byline) {
      if (cur_byline_end_ == 0) cur_byline_begin_ = at;
    }
    frames_.push_back(f);
  }

  void OpenBlock(const GumboNode* node, uint32_t flags) {
    Flush();
    Element e;
    e.tag = node->v.element.tag;
    e.parent = owners_.empty() ? -1 : owners_.back();
    e.flags = flags | (in_article_ > 0 ? uint32_t{kInsideArticle} : 0u);
    e.block_begin = static_cast<uint32_t>(page_->blocks.size());
    int32_t index = static_cast<int32_t>(page_->elements.size());
    page_->elements.push_back(e);
    owners_.push_back(index);
    if (flags & (kArticleMark | kMainMark)) ++in_article_;
    Frame f{node};
    f.element = index;
    frames_.push_back(f);
  }

  void Close(const Frame& f) {
    if (f.element < 0) {
      inline_hints_ = f.saved_hints;
      link_depth_ -= f.link;
      time_depth_ -= f.time;
      byline_depth_ -= f.byline;
      if (f.byline) cur_byline_end_ = static_cast<uint32_t>(builder_.size());
      return;
    }
    Flush();
    owners_.pop_back();
    if (page_->elements[f.element].flags & (kArticleMark | kMainMark)) {
      --in_article_;
    }
    CloseElement(f.element);
  }

  void CloseElement(int32_t index) {
    Element& e = page_->elements[index];
    e.end = static_cast<uint32_t>(page_->elements.size());
    e.block_end = static_cast<uint32_t>(page_->blocks.size());
    e.flags |= LateFlags(e);
    if (HoldsTheArticle(e)) e.flags &= ~(kBoilerAttr | kBoilerTag);
    if (e.parent < 0) return;
    Element& p = page_->elements[e.parent];
    p.text_bytes += e.text_bytes;
    if (!(e.flags & (kBylineHint | kSectionHint | kDateHint))) {
      p.link_bytes += e.link_bytes;  // bylines and kickers are links by nature
    }
    if (!(e.flags & kBoilerplateFlags)) p.good_bytes += e.good_bytes;
    p.flags |= e.flags & (kHasH1 | kHasNav);
    if (e.tag == GUMBO_TAG_H1) p.flags |= kHasH1;
    if (e.tag == GUMBO_TAG_NAV) p.flags |= kHasNav;
  }

  // A wrapper named like furniture ("comments-open" on <body>) that holds
  // the headline and prose is not furniture.
  static bool HoldsTheArticle(const Element& e) {
    if (e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_BODY) return true;
    return (e.flags & kHasH1) && e.good_bytes >= kArticleKeepBytes;
  }

  // Flags that need the element's content.
  uint32_t LateFlags(const Element& e) const {
    uint32_t flags = 0;
    if (e.tag == GUMBO_TAG_HEADER && !(e.flags & kInsideArticle) &&
        ((e.flags & kHasNav) || !(e.flags & kHasH1))) {
      flags |= kPageHeader;
    }
    if (e.tag == GUMBO_TAG_FORM && e.good_bytes < kFormKeepBytes) {
      flags |= kBoilerTag;
    }
    bool exempt = e.tag == GUMBO_TAG_H1 ||
                  (e.flags & (kBylineHint | kSectionHint | kDateHint));
    if (!exempt && e.text_bytes > 0 &&
        e.link_bytes > options_.max_link_density * e.text_bytes) {
      flags |= kLinkDense;
    }
    return flags;
  }

  void Flush() {
    if (builder_.truncated()) ++truncated_;
    if (builder_.empty() || owners_.empty()) {
      std::string drop;
      std::vector<OffsetPiece> drop_pieces;
      builder_.TakeTo(&drop, &drop_pieces);
      ResetBlockState();
      return;
    }
    Block b;
    b.owner = owners_.back();
    builder_.TakeTo(&b.text, &b.pieces);
    map_.Remap(&b.pieces);
    b.link_bytes = std::min<uint32_t>(cur_link_, b.text.size());
    b.time_bytes = std::min<uint32_t>(cur_time_, b.text.size());
    b.hints = cur_hints_;
    b.byline_begin = std::min<uint32_t>(cur_byline_begin_, b.text.size());
    b.byline_end = std::min<uint32_t>(cur_byline_end_, b.text.size());
    if (cur_time_begin_ < b.text.size()) b.time_begin = cur_time_begin_;
    ResetBlockState();
    Element& e = page_->elements[b.owner];
    uint32_t n = static_cast<uint32_t>(b.text.size());
    e.text_bytes += n;
    if (!(b.hints & (kBylineHint | kSectionHint))) e.link_bytes += b.link_bytes;
    if (IsSentenceLike(b.text, b.link_bytes)) e.good_bytes += n;
    page_->blocks.push_back(std::move(b));
  }

  void ResetBlockState() {
    cur_link_ = cur_time_ = cur_hints_ = 0;
    cur_byline_begin_ = cur_byline_end_ = 0;
    cur_time_begin_ = Block::kNone;
  }

  // The text of a <title> (its first one, outside SVG).
  void CaptureTitle(const GumboElement& el) {
    if (!page_->title.empty() || el.children.length == 0) return;
    const GumboNode* child = static_cast<const GumboNode*>(el.children.data[0]);
    if (child->type != GUMBO_NODE_TEXT) return;
    TextBuilder b(kMaxMetaBytes);
    b.AppendDecoded(child->v.text.text, Original(child->v.text.original_text),
                    static_cast<uint32_t>(child->v.text.start_pos.offset));
    std::vector<OffsetPiece> pieces;
    b.TakeTo(&page_->title, &pieces);
  }

  void AddMeta(std::string_view key, std::string_view value) {
    if (page_->metas.size() >= kMaxMetas) return;
    page_->metas.push_back({Lower(key.substr(0, 128)),
                            std::string(value.substr(0, kMaxMetaBytes))});
  }

  void CaptureMeta(const GumboElement& el) {
    const GumboAttribute* content =
        gumbo_get_attribute(&el.attributes, "content");
    if (content == nullptr) return;
    for (const char* name : {"property", "name", "itemprop"}) {
      std::string_view key = Attribute(el, name);
      if (!key.empty()) AddMeta(key, content->value);
    }
    std::string_view property = Attribute(el, "property");
    if (page_->og_title.text.empty() && Lower(property) == "og:title") {
      CaptureOgTitle(*content);
    }
  }

  // og:title with offsets into the input (the attribute value).
  void CaptureOgTitle(const GumboAttribute& a) {
    std::string_view orig = Original(a.original_value);
    uint32_t raw = static_cast<uint32_t>(a.value_start.offset);
    if (!orig.empty() && (orig.front() == '"' || orig.front() == '\'')) {
      orig = orig.substr(1, orig.size() >= 2 ? orig.size() - 2 : 0);
      ++raw;
    }
    TextBuilder b(kMaxMetaBytes);
    b.AppendDecoded(a.value, orig, raw);
    b.TakeTo(&page_->og_title.text, &page_->og_title.pieces);
    map_.Remap(&page_->og_title.pieces);
  }

  // itemprop=datePublished on any element, and <time datetime>.
  void CaptureDate(const GumboElement& el, uint32_t flags) {
    std::string_view value = Attribute(el, "content");
    if (value.empty()) value = Attribute(el, "datetime");
    if ((flags & kDateHint) && !value.empty() &&
        Lower(Attribute(el, "itemprop")).find("datepublished") !=
            std::string::npos) {
      AddMeta("datepublished", value);
    }
    if (el.tag != GUMBO_TAG_TIME) return;
    std::string_view dt = Attribute(el, "datetime");
    if (dt.empty() || page_->times.size() >= kMaxMetas) return;
    bool preferred =
        gumbo_get_attribute(&el.attributes, "pubdate") != nullptr ||
        (flags & kDateHint);
    page_->times.push_back({std::string(dt.substr(0, 128)),
                            owners_.empty() ? -1 : owners_.back(), preferred});
  }

  void CaptureJsonLd(const GumboElement& el) {
    if (Lower(Attribute(el, "type")).find("ld+json") == std::string::npos ||
        el.children.length == 0 || page_->json_ld.size() >= kMaxJsonLd) {
      return;
    }
    const GumboNode* child = static_cast<const GumboNode*>(el.children.data[0]);
    if (child->type != GUMBO_NODE_TEXT) return;
    std::string_view text = child->v.text.text;
    if (text.size() > kMaxJsonLdBytes) {
      page_->warnings.push_back("skipped a JSON-LD script over 1 MiB");
      return;
    }
    page_->json_ld.emplace_back(text);
  }

  void Report() {
    if (flattened_ > 0) {
      page_->warnings.push_back(
          "flattened " + std::to_string(flattened_) +
          " elements nested deeper than max_html_depth (" +
          std::to_string(options_.max_depth) + "); their text was kept");
    }
    if (truncated_ > 0) {
      page_->warnings.push_back("cut " + std::to_string(truncated_) +
                                " text blocks at max_paragraph_bytes");
    }
  }

  const WalkOptions& options_;
  const OffsetMap& map_;  // parsed-copy offsets -> input offsets
  Page* page_;
  TextBuilder builder_;
  std::vector<Frame> frames_;
  std::vector<int32_t> owners_;  // open block elements
  uint32_t inline_hints_ = 0;
  int link_depth_ = 0;
  int time_depth_ = 0;
  int byline_depth_ = 0;
  int in_article_ = 0;
  uint32_t cur_link_ = 0, cur_time_ = 0, cur_hints_ = 0;
  uint32_t cur_byline_begin_ = 0, cur_byline_end_ = 0;
  uint32_t cur_time_begin_ = Block::kNone;
  size_t flattened_ = 0;
  size_t truncated_ = 0;
};

void AddPrescanWarnings(const PrescanResult& r, const WalkOptions& options,
                        Page* page) {
  if (r.dropped_tags > 0) {
    page->warnings.push_back("removed " + std::to_string(r.dropped_tags) +
                             " tags nested deeper than max_html_depth (" +
                             std::to_string(options.max_depth) +
                             "); their text was kept");
  }
  if (r.dropped_attributes > 0) {
    page->warnings.push_back("ignored " + std::to_string(r.dropped_attributes) +
                             " attributes past " +
                             std::to_string(options.max_attributes) +
                             " on one tag");
  }
}

}  // namespace

Block SliceBlock(const Block& b, size_t begin, size_t end) {
  end = std::min(end, b.text.size());
  while (begin < end && b.text[begin] == ' ') ++begin;
  while (end > begin && b.text[end - 1] == ' ') --end;
  Block out = b;
  out.text = b.text.substr(begin, end - begin);
  out.pieces.clear();
  for (const OffsetPiece& p : b.pieces) {
    size_t lo = std::max<size_t>(p.text_begin, begin);
    size_t hi = std::min<size_t>(p.text_begin + p.length, end);
    if (lo >= hi) continue;
    out.pieces.push_back(
        {static_cast<uint32_t>(lo - begin),
         static_cast<uint32_t>(p.raw_begin + lo - p.text_begin),
         static_cast<uint32_t>(hi - lo)});
  }
  return out;
}

bool IsSentenceLike(std::string_view text, uint32_t link_bytes) {
  if (text.size() < 30 || link_bytes * 2 >= text.size()) return false;
  return text.find_first_of(".!?") != std::string_view::npos ||
         text.find("\xE3\x80\x82") != std::string_view::npos;  // ideographic
}

Status BuildPage(std::string_view html, const WalkOptions& options,
                 Page* page) {
  PrescanResult pre =
      LimitHtmlNesting(html, {options.max_depth, options.max_attributes});
  AddPrescanWarnings(pre, options, page);
  std::string_view input = pre.changed() ? std::string_view(pre.html) : html;
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 0;  // errors copy the open-element stack: don't keep any
  OutputPtr out(gumbo_parse_with_options(&gopts, input.data(), input.size()));
  if (out == nullptr) return Status::Internal("gumbo could not parse the page");
  Walker(options, pre.map, page).Run(out->document);
  return Status::OK();
}

}  // namespace dyad::html
