// Negation and modality of a trigger (internal to src/code).
//
// Looks at the trigger and the chain of clauses above it: negation ("did not
// meet", "refused to meet"), intention ("will meet", "plans to meet",
// "agreed to restore ties"), hypotheticals ("would trigger", if-clauses,
// questions, requested actions: "asked NATO to bar Ukraine") and reported
// claims ("Ukraine says Russia has positioned troops").
//
// Thread safety: pure function over a ParseView.
//
// Usage:
//   ModalityInfo m = ModalityOf(view, trigger);
//   if (m.negated) event.negated = true;
//   event.modality = m.modality;
#ifndef DYAD_CODE_MODALITY_H_
#define DYAD_CODE_MODALITY_H_

#include <string_view>

#include "code/parse_view.h"
#include "dyad/event.h"

namespace dyad {

struct ModalityInfo {
  bool negated = false;
  Modality modality = Modality::kAsserted;
  // The trigger is the complement of an intention verb ("plans to meet");
  // the verb's index, or -1.
  int intention_head = -1;
};

ModalityInfo ModalityOf(const ParseView& v, int trigger);

// True when "would" on clause `t` is "will" told in the past: the clause is
// reported ("said X would ...") and carries no condition.
bool BackshiftedWould(const ParseView& v, int t);

// Verbs that report what was said: say, tell, report, add, state, announce,
// declare, confirm, insist.
bool IsReportingVerb(std::string_view lemma);

}  // namespace dyad

#endif  // DYAD_CODE_MODALITY_H_
