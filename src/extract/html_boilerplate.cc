#include "extract/html_boilerplate.h"

#include <algorithm>

#include "extract/html_classify.h"

namespace dyad::html {
namespace {

constexpr size_t kMinScoredBytes = 25;  // shorter blocks don't score
constexpr int kScoredAncestors = 3;     // container, parent, grandparent
constexpr double kSiblingShare = 0.2;   // siblings scoring this share join
constexpr double kMinSiblingScore = 10;
constexpr double kSemanticShare = 0.5;  // marker text vs. scorer text

bool IsParagraphTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

double TagWeight(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

double LinkDensity(const Element& e) {
  return e.text_bytes == 0 ? 0.0
                           : static_cast<double>(e.link_bytes) / e.text_bytes;
}

double BlockScore(const Block& b) {
  size_t n = b.text.size();
  double commas =
      static_cast<double>(std::count(b.text.begin(), b.text.end(), ','));
  double s = 1 + commas + std::min<double>(static_cast<double>(n) / 100, 3);
  return s * (1 - static_cast<double>(b.link_bytes) / static_cast<double>(n));
}

class DensityScorer {
 public:
  DensityScorer(const Page& page, const BoilerplateMap& boiler)
      : page_(page),
        boiler_(boiler),
        score_(page.elements.size(), 0),
        seeded_(page.elements.size(), false) {}

  ContentRoots Run() {
    for (const Block& b : page_.blocks) Credit(b);
    int32_t top = -1;
    double best = 0;
    for (size_t i = 0; i < score_.size(); ++i) {
      double s = Final(static_cast<int32_t>(i));
      if (seeded_[i] && s > best) {
        best = s;
        top = static_cast<int32_t>(i);
      }
    }
    ContentRoots out;
    if (top >= 0) out.roots = WithSiblings(top, best);
    return out;
  }

 private:
  double Final(int32_t e) const {
    return score_[e] * (1 - LinkDensity(page_.elements[e]));
  }

  void Add(int32_t e, double s) {
    if (!seeded_[e]) {
      const Element& el = page_.elements[e];
      seeded_[e] = true;
      score_[e] = TagWeight(el.tag) + ((el.flags & kContentAttr) ? 25 : 0);
    }
    score_[e] += s;
  }

  void Credit(const Block& b) {
    if (b.text.size() < kMinScoredBytes || b.owner < 0) return;
    if (boiler_.IsBoilerplate(b.owner, -1)) return;
    double s = BlockScore(b);
    int32_t e = b.owner;
    if (IsParagraphTag(page_.elements[e].tag)) e = page_.elements[e].parent;
    for (int level = 0; level < kScoredAncestors && e >= 0; ++level) {
      Add(e, level == 0 ? s : level == 1 ? s / 2 : s / (3.0 * level));
      e = page_.elements[e].parent;
    }
  }

  // The top candidate and its siblings that score nearly as well.
  std::vector<int32_t> WithSiblings(int32_t top, double best) const {
    int32_t parent = page_.elements[top].parent;
    if (parent < 0) return {top};
    double threshold = std::max(kMinSiblingScore, kSiblingShare * best);
    std::vector<int32_t> out;
    uint32_t i = static_cast<uint32_t>(parent) + 1;
    while (i < page_.elements[parent].end) {
      int32_t c = static_cast<int32_t>(i);
      bool join = c == top || (seeded_[c] && Final(c) >= threshold &&
                               !boiler_.IsBoilerplate(c, -1));
      if (join) out.push_back(c);
      i = page_.elements[c].end;
    }
    return out;
  }

  const Page& page_;
  const BoilerplateMap& boiler_;
  std::vector<double> score_;
  std::vector<bool> seeded_;
};

uint32_t GoodBytes(const Page& page, const std::vector<int32_t>& roots) {
  uint32_t sum = 0;
  for (int32_t r : roots) sum += page.elements[r].good_bytes;
  return sum;
}

// The marked element (article-like, else main) with the most prose.
int32_t BestMarked(const Page& page, const BoilerplateMap& boiler,
                   uint32_t mark) {
  int32_t best = -1;
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const Element& e = page.elements[i];
    if (!(e.flags & mark) || e.good_bytes == 0) continue;
    if (boiler.IsBoilerplate(static_cast<int32_t>(i), -1)) continue;
    if (best < 0 || e.good_bytes > page.elements[best].good_bytes) {
      best = static_cast<int32_t>(i);
    }
  }
  return best;
}

bool Contains(const Page& page, int32_t outer, int32_t inner) {
  return inner >= outer &&
         static_cast<uint32_t>(inner) < page.elements[outer].end;
}

}  // namespace

BoilerplateMap::BoilerplateMap(const Page& page)
    : nearest_(page.elements.size(), -1) {
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const Element& e = page.elements[i];
    if (e.flags & kBoilerplateFlags) {
      nearest_[i] = static_cast<int32_t>(i);
    } else if (e.parent >= 0) {
      nearest_[i] = nearest_[e.parent];
    }
  }
}

int32_t ContentRoots::RootOf(const Page& page, int32_t element) const {
  auto it = std::upper_bound(roots.begin(), roots.end(), element);
  if (it == roots.begin()) return -1;
  --it;
  return Contains(page, *it, element) ? *it : -1;
}

ContentRoots ChooseContent(const Page& page, const BoilerplateMap& boiler) {
  ContentRoots density = DensityScorer(page, boiler).Run();
  uint32_t density_bytes = GoodBytes(page, density.roots);
  for (uint32_t mark : {static_cast<uint32_t>(kArticleMark),
                        static_cast<uint32_t>(kMainMark)}) {
    int32_t best = BestMarked(page, boiler, mark);
    if (best < 0) continue;
    bool holds_density =
        !density.roots.empty() && Contains(page, best, density.roots.front());
    if (holds_density ||
        page.elements[best].good_bytes >= kSemanticShare * density_bytes) {
      ContentRoots out;
      out.roots = {best};
      out.semantic = true;
      return out;
    }
  }
  return density;
}

}  // namespace dyad::html
