// Repairs of common parser slips before coding (internal to src/code).
//
// A greedy parser makes a few mistakes that cost events more than others:
// headline subjects joined by a comma ("China, Russia coordinated ...") come
// out as two nsubj of one verb, and a verb coordinated with the main verb
// after a long complement ("X have warned that Y would trigger Z and have
// rejected W") is attached to the complement's verb, so it takes the wrong
// subject; a participle after an infinitive complement ("ordered the envoy
// to leave, accusing Paris") hangs on the infinitive instead of the main
// verb. RepairParse rewrites heads and relations in place; tokens are
// untouched. Each rule is conservative and described in doc/events.md.
//
// Thread safety: a pure function of its arguments.
//
// Usage:
//   std::vector<int> heads = ...;  std::vector<std::string> rels = ...;
//   RepairParse(sentence, &heads, &rels);
//   ParseView uses the repaired tree.
#ifndef DYAD_CODE_PARSE_REPAIR_H_
#define DYAD_CODE_PARSE_REPAIR_H_

#include <string>
#include <vector>

#include "dyad/sentence.h"

namespace dyad {

// heads[i] (−1 for the root) and rels[i] start as the parser's and are
// rewritten where a rule applies.
void RepairParse(const Sentence& s, std::vector<int>* heads,
                 std::vector<std::string>* rels);

}  // namespace dyad

#endif  // DYAD_CODE_PARSE_REPAIR_H_
