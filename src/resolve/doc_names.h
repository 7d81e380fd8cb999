// Names of people the dictionary does not know, learnt from one document
// (internal to src/resolve).
//
// News introduces a person once with a title and then uses the surname:
// "U.S. Commerce Secretary Malcolm Baldrige praised ..." … "Baldrige said
// he ...". DocNames learns from the introduction that "Baldrige" is the
// title's actor (USAGOV), widens the title's mention over the name, and
// marks every later "Baldrige" as that actor; a title such as "oil firm"
// ("oil firm Yukos") makes the name an organisation's. A person introduced
// without a title ("Mr Frank Carlucci", "Frank Carlucci said") is learnt as
// a person of unknown code: such mentions (name kUnknownPerson, empty code)
// tell coreference that "he" may stand for someone who is no actor, and are
// removed before the sentence leaves the resolver. Subjects that are common
// nouns and no actor ("the dollar", "analysts") are marked the same way for
// "it" and "they".
//
// Needs POS tags (PROPN) and dependency heads: on untagged text it learns
// nothing.
//
// Thread safety: a DocNames is per document and per thread.
//
// Usage:
//   DocNames names;
//   for (Sentence& s : sentences) { /* dictionary mentions */ names.Add(&s); }
#ifndef DYAD_RESOLVE_DOC_NAMES_H_
#define DYAD_RESOLVE_DOC_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dyad/actor.h"
#include "dyad/sentence.h"

namespace dyad {

// ActorMention::name of a person the document names but no dictionary
// codes.
inline constexpr const char kUnknownPerson[] = "person:unknown";

// Subjects that are common nouns no mention covers ("the dollar rose",
// "analysts said"): what "it" and "they" may stand for instead of an actor.
inline constexpr const char kNonActorThing[] = "nonactor:thing";
inline constexpr const char kNonActorGroup[] = "nonactor:group";

// True for the three kinds above: antecedents that leave a pronoun without
// an actor. They never carry a code.
inline bool IsNonActor(const ActorMention& m) {
  return m.code.empty() &&
         (m.name == kUnknownPerson || m.name == kNonActorThing ||
          m.name == kNonActorGroup);
}

// Chinese and Korean names are written family name first ("Xi Jinping",
// "Yoon Suk Yeol"); `code` is the person's actor code.
bool FamilyNameFirst(std::string_view code);

// Short English words that are also family names ("He" Lifeng, "Ma"
// Ying-jeou): never taken for a person on their own.
bool IsShortEnglishWord(std::string_view w);

// The name a person is called by alone: "Putin", "Xi"; "" for one word.
std::string FamilyName(const std::string& name, std::string_view code);

// True when a mention in `ms` covers token i.
bool CoveredByActor(const std::vector<ActorMention>& ms, uint32_t i);

class DocNames {
 public:
  // Learns the introductions in `s` (whose dictionary mentions are set)
  // and adds mentions for the names learnt so far. Unsorted on return.
  void Add(Sentence* s);
  // True when the document introduced a person or firm of that normalised
  // name ("Michael Howard" makes a later "Mr Howard" no dictionary Howard).
  bool Knows(const std::string& key) const { return people_.count(key) > 0; }
  // Adds kNonActorThing / kNonActorGroup mentions for the common-noun
  // subjects no mention covers; call once every other mention is in.
  void AddNonActorSubjects(Sentence* s) const;

 private:
  struct Person {
    std::string code;           // "" when unknown
    std::string role;           // the title's role, for a bare title's code
    std::string name;           // as introduced ("Malcolm Baldrige")
    bool organization = false;  // "oil firm Yukos"
  };
  // Token span [first, last].
  using Span = std::pair<uint32_t, uint32_t>;
  // Returns the names learnt from an apposition: the title's mention stands
  // for them in this sentence ("the head of Bank of Mexico, Miguel Mancera,
  // met ..." is one actor).
  std::vector<Span> Learn(Sentence* s);
  void Mark(const std::vector<Span>& skip, Sentence* s) const;
  void Remember(const Sentence& s, uint32_t first, uint32_t last,
                const ActorMention* title);

  // Normalised surname → person.
  std::unordered_map<std::string, Person> people_;
};

}  // namespace dyad

#endif  // DYAD_RESOLVE_DOC_NAMES_H_
