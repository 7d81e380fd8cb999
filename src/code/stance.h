// Stances toward an action (internal to src/code): an action that is not
// told as done but as intended, requested, demanded or refused takes the
// CAMEO code of that stance, chosen by what the action is. CAMEO gives the
// same ladder of sub-codes to intentions (03x), appeals (02x), demands (10x)
// and refusals (12x): "urged Israel to release the prisoners" is 0253,
// "said Sudan must return the helicopter" 1053, "refused to allow UN planes
// to land" 1245.
//
// StanceOf finds the construction around a coded action:
// - an open complement of an appeal verb ("asked X to", "called on X to",
//   "wants X to") or of a demand verb ("demanded X to", "ordered X to");
// - a "that"-clause of a statement verb or noun whose verb carries "must" or
//   "have to" (demand) or "should", "need to", "ought to" (appeal):
//   "declared that China must drop barriers", "a reminder that it must";
// - an action named as someone's obligation or duty by a statement verb
//   ("stressed the obligation of X to lift the embargo": demand);
// - an open complement of "refuse" or "decline", or an action negated in
//   the future tense, "will not accept" (reject; the governor is then the
//   action itself).
//
// Thread safety: pure functions.
//
// Usage:
//   StanceFrame f = StanceOf(view, action_trigger);
//   if (f.stance != Stance::kNone) code = StanceCode(f.stance, action_code);
#ifndef DYAD_CODE_STANCE_H_
#define DYAD_CODE_STANCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "code/parse_view.h"

namespace dyad {

enum class Stance { kNone, kIntent, kAppeal, kDemand, kReject };

struct StanceFrame {
  Stance stance = Stance::kNone;
  int governor = -1;  // the word expressing the stance ("urged", "said")
};

StanceFrame StanceOf(const ParseView& v, int action);

// The stance written as a modal on `node`: "must" demands, "should" and
// "ought" appeal; kNone without one ("had to", "needed to" tell what the
// subject did or needs).
Stance AuxStance(const ParseView& v, int node);

// Verbs that ask or require someone to act ("urge", "call", "demand",
// "order"): their "to"-infinitive is the action asked, never a purpose.
bool IsDirectiveVerb(std::string_view lemma);

// The code of taking `stance` toward an action coded `action`; "" for
// kNone. Actions without a sub-code of their own get the stance's
// residual code (020, 100, 120); an intention keeps such an action's code.
std::string StanceCode(Stance stance, const std::string& action);

// Every code StanceCode returns for an appeal, demand or refusal.
std::vector<std::string> StanceCodes();

}  // namespace dyad

#endif  // DYAD_CODE_STANCE_H_
