// Who did it: the source actors of verbs and event nouns (internal to
// src/code).
//
// Verbs: the subject; for passives the "by" agent; for an open complement
// ("agreed to restore ties", "asked NATO to bar") the controller; for a
// conjoined verb the shared subject; for a relative clause ("Putin, who will
// meet Xi") the noun it modifies. Nouns: the possessor ("Russia's
// invasion"), an actor modifier ("Russian attack"), or the subject of the
// verb that governs the noun ("Russia launched an attack").
//
// Thread safety: pure functions over a ParseView.
//
// Usage:
//   ParseView v(sentence);
//   std::vector<int> src = VerbSources(v, verb);
//   bool passive = IsPassive(v, verb);
#ifndef DYAD_CODE_ROLES_H_
#define DYAD_CODE_ROLES_H_

#include <vector>

#include "code/parse_view.h"

namespace dyad {

// A passive clause: with a passive subject or auxiliary, or a reduced
// relative ("sanctions imposed by the EU", "a deal mediated by Qatar"),
// whose modified noun plays the passive subject.
bool IsPassive(const ParseView& v, int verb);
bool IsReducedPassive(const ParseView& v, int verb);

// An adverbial clause without subject or tense of its own, which shares the
// main clause's subject, time and modality: "..., protesting against EU
// rules", "before attending the ceremony", "sent troops to protect X".
bool IsNonFiniteAdjunct(const ParseView& v, int verb);

// The actors (indexes into Sentence::actors) acting as the subject of
// `verb`, following control, coordination and relative clauses.
std::vector<int> VerbSources(const ParseView& v, int verb);

// Whom `verb` addresses: the actors of its object (or passive subject),
// else of an "on", "upon" or "to" phrase ("urged Israel", "called on
// Israel", "appealed to the UN"). They also control its open complement
// ("called on Israel to release": Israel releases).
std::vector<int> Addressees(const ParseView& v, int verb);

// The verb that takes `noun` (or the first of its conjuncts) as an argument,
// or -1.
int GoverningVerb(const ParseView& v, int noun);

// The actors named inside an event noun's phrase: its possessor or an
// actor modifier ("Russia's invasion", "an Israeli drone strike").
std::vector<int> NounActorModifiers(const ParseView& v, int noun);

// The source actors of an event noun: possessor or actor modifier, else the
// subject of its governing verb. Prepositional sources ("attack by X") are
// handled by the pattern matcher.
std::vector<int> NounSources(const ParseView& v, int noun);

}  // namespace dyad

#endif  // DYAD_CODE_ROLES_H_
