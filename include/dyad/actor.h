// Actors: the dictionary of who can act, and the mentions found in text.
//
// An ActorDictionary holds countries (names, adjectives, capitals used as
// metonyms), organisations, generic agents ("troops", "ministry") and office
// holders with date-ranged roles. It is compiled once from dyad's own TSV
// files (doc/actor_dictionary.md) and optionally from TABARI / PETRARCH
// dictionaries, into an immutable token trie that the ActorResolver matches
// over sentences (longest match, case- and diacritics-insensitive).
//
// Codes follow CAMEO: a country's ISO alpha-3 code plus role segments
// (CHNGOV, RUSMIL), IGO/NGO codes for organisations (IGOWSTNAT). See
// doc/actors.md.
//
// Thread safety: an ActorDictionary is immutable after Load(); share one
// between threads.
//
// Usage:
//   auto dict = dyad::ActorDictionary::Load(dyad::ActorDictionaryOptions());
//   auto hits = (*dict)->Lookup("Chinese Foreign Minister Wang Yi",
//   "2022-02-03");
//   // hits[0].code == "CHNGOV"
#ifndef DYAD_ACTOR_H_
#define DYAD_ACTOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// What a dictionary entry names.
enum class ActorKind : uint8_t {
  kCountry,       // "China": the state as a whole
  kAdjective,     // "Chinese": the country as a modifier
  kCapital,       // "Beijing", "the Kremlin": a metonym for the state
  kOrganization,  // "NATO", "Hamas": a complete code
  kAgent,         // "troops", "foreign minister": a role needing a country
  kPerson,        // "Wang Yi": date-ranged codes
  kPronoun,       // "he", "their", "both sides": filled by coreference
};

const char* ActorKindName(ActorKind kind);

// One actor found in a sentence.
struct ActorMention {
  std::string code;     // full CAMEO code, e.g. "CHNGOV"; empty if unknown
  std::string country;  // leading country code ("CHN"), or "" for IGOs
  std::string role;     // first role segment ("GOV"), or ""
  ActorKind kind = ActorKind::kCountry;  // kind of the head entry
  uint32_t first = 0;            // first token (index into Sentence::tokens)
  uint32_t last = 0;             // last token, inclusive
  uint32_t head = 0;             // the token that carries the mention's syntax
  std::string name;              // canonical name of the entry ("Wang Yi")
  bool plural = false;           // "troops", "they", "both sides"
  bool composed = false;         // built from several entries
  int antecedent_sentence = -1;  // coreference: where the code came from
  int32_t entry = -1;            // dictionary entry of the head, -1 for none
  // Coreference: the next most salient antecedent with another principal,
  // for when the first would make an actor act on itself ("Russia
  // positioned troops near its borders").
  std::string alt_code;
};

struct ActorDictionaryOptions {
  // Folder holding countries.tsv, historical.tsv, ethnic.tsv,
  // organizations.tsv, agents.tsv and people.tsv. Empty: data/actors/ in
  // the source tree.
  std::string dir;

  // Extra dictionaries, loaded after the built-in ones (or instead of them
  // when replace_builtin is set). Format is detected: dyad TSV (by header),
  // TABARI / PETRARCH-1 actors, Phoenix actors, or agents files.
  std::vector<std::string> actor_files;
  std::vector<std::string> agent_files;
  bool replace_builtin = false;

  // Malformed lines in any file are skipped and counted; loading fails only
  // when more than this many are found in one file (a sign of a wrong file).
  int max_bad_lines_per_file = 1000;
};

// Sizes of a loaded dictionary, for reports.
struct ActorDictionaryStats {
  size_t countries = 0, organizations = 0, agents = 0, people = 0, roles = 0,
         names = 0, bad_lines = 0;
};

// One dictionary entry as seen by Lookup (for `dyad actors --lookup`).
struct ActorHit {
  std::string text;  // the matched words
  std::string code;  // resolved for the date
  ActorKind kind = ActorKind::kCountry;
  std::string name;    // canonical name
  std::string detail;  // office and term, for people
};

class ActorDictionary {
 public:
  static StatusOr<std::unique_ptr<ActorDictionary>> Load(
      const ActorDictionaryOptions& options);
  virtual ~ActorDictionary() = default;

  virtual const ActorDictionaryStats& stats() const = 0;
  // Problems met while loading ("file:line: what"), at most a few hundred.
  virtual const std::vector<std::string>& warnings() const = 0;

  // Tokenizes `text` and returns the longest dictionary matches in order,
  // with codes resolved for `date` (YYYY-MM-DD; empty = today's roles).
  virtual std::vector<ActorHit> Lookup(std::string_view text,
                                       std::string_view date) const = 0;
};

}  // namespace dyad

#endif  // DYAD_ACTOR_H_
