// Noun-phrase composition of dictionary matches (internal to src/resolve).
//
// Turns the raw dictionary matches of one sentence into actor mentions:
// modifiers and heads of one noun phrase merge ("Chinese" + "Foreign
// Minister" + "Wang Yi" → CHNGOV; "Ukraine" + "'s" + "defence ministry" →
// UKRGOV; "protest groups" + "in" + "Sudan" → SDNOPP), a bare adjective
// coordinated with a full phrase shares its head ("Qatari and Egyptian
// mediators"), and pronouns and pair expressions ("both sides") become
// placeholder mentions for coreference to fill.
//
// Thread safety: pure function of its arguments.
//
// Usage:
//   std::vector<DictMatch> matches = dict.Match(sentence.tokens);
//   ComposeMentions(dict, sentence.tokens, matches, 20220203,
//   &sentence.actors);
#ifndef DYAD_RESOLVE_COMPOSE_H_
#define DYAD_RESOLVE_COMPOSE_H_

#include <cstdint>
#include <vector>

#include "dyad/actor.h"
#include "dyad/sentence.h"
#include "resolve/dictionary.h"

namespace dyad {

// Names of the placeholder mentions (ActorMention::name, kind kPronoun).
inline constexpr const char kPronounPerson[] = "pronoun:person";
inline constexpr const char kPronounThing[] = "pronoun:thing";
inline constexpr const char kPronounPlural[] = "pronoun:plural";
inline constexpr const char kPairAny[] = "pair:any";
inline constexpr const char kPairCountries[] = "pair:countries";
inline constexpr const char kPairPeople[] = "pair:people";
// "the fund", "the alliance", "the group": an earlier organisation.
inline constexpr const char kDefiniteOrganization[] = "definite:organization";
// "the island": an earlier country or territory.
inline constexpr const char kDefiniteCountry[] = "definite:country";
// An agent with no country in its phrase ("the ministry", "police").
inline constexpr const char kBareAgent[] = "agent:bare";

// Appends the mentions of `tokens` to *out, in token order. `date` is
// yyyymmdd (0 = most recent roles).
void ComposeMentions(const Dictionary& dict, const std::vector<Token>& tokens,
                     const std::vector<DictMatch>& matches, int32_t date,
                     std::vector<ActorMention>* out);

// Splits a CAMEO code into country ("" for IGO/NGO codes) and first role.
void SplitCode(const std::string& code, std::string* country,
               std::string* role);

}  // namespace dyad

#endif  // DYAD_RESOLVE_COMPOSE_H_
