// Reads the structure of a verb dictionary (internal to src/code): which
// lines are verbs, patterns and synsets, grouped into blocks that share
// their patterns. Three layouts are recognized from the content:
//   TABARI      "VERB [CODE]" lines, each followed by its "- pattern" lines
//   PETRARCH-1  "--- NAME [CODE] ---" blocks of verbs sharing TABARI-style
//               patterns
//   PETRARCH-2  the same blocks with "(PREP ...)" and "{NOUN PHRASE}"
//               patterns (CAMEO.2.0.txt)
// Nothing is interpreted here beyond the layout; see verb_importer.cc.
//
// Thread safety: stateless function.
//
// Usage:
//   dyad::VerbFile f = dyad::ReadVerbFile(data);
//   for (const dyad::VerbBlock& b : f.blocks) Use(b.verbs, b.patterns);
#ifndef DYAD_CODE_VERB_IMPORTER_READER_H_
#define DYAD_CODE_VERB_IMPORTER_READER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/verb_importer_translate.h"

namespace dyad {

enum class VerbFormat { kTabari, kPetrarch1, kPetrarch2 };
const char* VerbFormatName(VerbFormat f);

// One verb or pattern line: its text without comment, leading "-" and code.
struct VerbLine {
  int line = 0;
  std::string text;
  std::string code;  // inside of "[...]"
  bool has_code = false;
};

// Verbs that share patterns (a PETRARCH block; one verb in TABARI).
struct VerbBlock {
  int line = 0;
  std::string code;  // the block's default code (PETRARCH header)
  bool has_code = false;
  std::vector<VerbLine> verbs;
  std::vector<VerbLine> patterns;
};

struct VerbFile {
  VerbFormat format = VerbFormat::kTabari;
  std::vector<VerbBlock> blocks;
  SynsetTable synsets;
  int unsupported_lines = 0;  // transformations ("~ ..."), <TIME> entries
  std::vector<std::pair<int, std::string>> errors;  // line, what is wrong
};

VerbFile ReadVerbFile(std::string_view data);

}  // namespace dyad

#endif  // DYAD_CODE_VERB_IMPORTER_READER_H_
