// Matching lexicon patterns against one trigger token (internal).
//
// A pattern matches when its anchor lemma (and particle) is the trigger's
// and every slot is satisfied by the parse; the best pattern is the one with
// most satisfied slots. Matching also collects the target actors named by
// the target slot, prepositional sources, and the tokens the pattern
// consumed (an object noun, a complement verb), which are then not coded a
// second time.
//
// Thread safety: pure functions over a ParseView.
//
// Usage:
//   PatternMatch m = BestMatch(view, verb, lexicon.Verb(view.Lemma(verb)));
//   if (m.pattern) Emit(m.pattern->code, m.targets);
//   for (int t : m.consumed) done[t] = true;
#ifndef DYAD_CODE_PATTERN_MATCH_H_
#define DYAD_CODE_PATTERN_MATCH_H_

#include <string>
#include <vector>

#include "code/parse_view.h"
#include "dyad/lexicon.h"

namespace dyad {

struct PatternMatch {
  const Pattern* pattern = nullptr;
  int score = -1;
  std::vector<int> targets;   // actor indexes (Sentence::actors)
  std::vector<int> sources;   // from a src: slot (nouns), else empty
  std::vector<int> consumed;  // tokens the pattern used as slot fillers
  bool between = false;       // target came from a "between" phrase
  // Targets inferred from a complement's object rather than named by a
  // slot; the coder drops those that are the source itself.
  bool inferred_targets = false;
  // The targets are the direct object's actors; a prepositional slot then
  // only has to be present ("thank obj @for").
  bool object_target = false;
  // An imported word sequence matched a negation before the verb ("did
  // not"): the pattern means the negated wording, which is not negated.
  bool absorbs_negation = false;
  // An object lemma matched through the object's compound modifier
  // ("violated the ceasefire agreement" for obj:ceasefire): more specific
  // than a match of the head, it wins ties.
  bool by_compound = false;
};

// With `implicit_object`, an object slot is satisfied by an object without
// an actor of its own (the coder then supplies the target: "condemned the
// attack" targets the attacker).
PatternMatch BestMatch(const ParseView& v, int trigger,
                       const std::vector<const Pattern*>& candidates,
                       bool implicit_object = false);

// For a match whose pattern names no target: the actors of an "against"
// phrase of a hostile event, or of an "at" phrase of a protest, a coercion
// or an attack ("fired water cannon at demonstrators"); for a hostile noun
// in a "despite" phrase, the subject who defied it ("arrived despite
// warnings from Beijing"); else empty.
std::vector<int> OpenTargets(const ParseView& v, int trigger,
                             const std::string& code);

// Nouns that carry the event named by their compound modifier: "mediation
// efforts", "a peace mission", "a rescue operation".
bool IsCarrierNoun(const std::string& lemma);

// Nouns of quantity, money, portion, counting or conveyance that pass a
// match on to their "of" or "in" phrase ("700 kg of medicine", "dozens of
// air strikes").
bool IsLightNoun(const std::string& lemma);

// The object tokens of a verb: direct objects, or the passive subject.
std::vector<int> ObjectTokens(const ParseView& v, int verb);

}  // namespace dyad

#endif  // DYAD_CODE_PATTERN_MATCH_H_
