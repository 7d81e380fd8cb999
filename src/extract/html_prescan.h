// Bounds the work libgumbo does on hostile HTML, before it parses.
//
// libgumbo 0.10 (the Debian package) frees its tree recursively, one C stack
// frame per level (a 100,000-deep page overflows a 1 MiB stack), and spends
// time quadratic in the nesting depth and in the number of attributes on one
// tag (upstream gumbo-parser issues 387, 391 and 393: 100,000 nested <div>s
// take 90 s). LimitHtmlNesting scans the bytes once, keeps a cheap model of
// the open-element stack, and removes the start and end tags nested deeper
// than a limit and the attributes past a count limit. The text of a dropped
// element stays where it was, flattened into its ancestor at the depth limit;
// an OffsetMap takes offsets in the rewritten copy back to the input.
//
// SVG and MathML elements are removed whole, and CDATA openers ("<![CDATA[")
// wherever they are: extraction ignores foreign content, and gumbo 0.10 fails
// assertions and aborts the process on some foreign-content constructs
// (CDATA or <select> inside <svg> inside tables).
//
// The model is approximate (implied end tags of p, li, td... and formatting
// elements that the parser reopens are simulated, foster parenting is not); it
// only matters on pages nested deeper than the limit.
//
// Thread safety: a pure function.
//
// Usage:
//   PrescanResult r = LimitHtmlNesting(html, PrescanLimits{512, 256});
//   std::string_view input = r.changed() ? std::string_view(r.html) : html;
//   GumboOutput* out = gumbo_parse_with_options(&opts, input.data(), ...);
//   r.map.Remap(&pieces);  // offsets into `input` -> offsets into `html`
#ifndef DYAD_EXTRACT_HTML_PRESCAN_H_
#define DYAD_EXTRACT_HTML_PRESCAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::html {

struct PrescanLimits {
  int max_depth = 512;       // elements nested deeper lose their tags
  int max_attributes = 256;  // attributes past this many on one tag are blanked
};

// Maps offsets in a copy with byte ranges removed back to the original.
class OffsetMap {
 public:
  // Records that `length` bytes were removed just before copy offset `at`
  // (calls in increasing `at`).
  void AddRemoval(uint32_t at, uint32_t length);
  // The original offset of copy offset `offset`.
  uint32_t Map(uint32_t offset) const;
  // Maps raw_begin of each piece, splitting pieces that span a removal.
  void Remap(std::vector<OffsetPiece>* pieces) const;
  bool empty() const { return cuts_.empty(); }

 private:
  struct Cut {
    uint32_t at;       // offset in the copy
    uint32_t removed;  // bytes removed up to and including this cut
  };
  std::vector<Cut> cuts_;
};

struct PrescanResult {
  std::string html;               // the rewritten copy; empty if unchanged
  OffsetMap map;                  // copy offsets -> input offsets
  size_t dropped_tags = 0;        // start and end tags removed
  size_t dropped_attributes = 0;  // attributes removed
  size_t removed_cdata = 0;       // "<![CDATA[" openers removed
  size_t removed_foreign = 0;     // <svg> and <math> elements removed
  bool changed() const {
    return dropped_tags + dropped_attributes + removed_cdata + removed_foreign >
           0;
  }
};

// Returns the tags and attributes of `html` beyond `limits` blanked out.
PrescanResult LimitHtmlNesting(std::string_view html,
                               const PrescanLimits& limits);

}  // namespace dyad::html

#endif  // DYAD_EXTRACT_HTML_PRESCAN_H_
