// Document-level coreference for actors (internal to src/resolve).
//
// Walks a document's sentences in order, keeping the actors seen so far,
// and: matches surnames after full names ("Sergey Lavrov" … "Lavrov"), and
// unique surnames of people in office, and surnames the document itself
// introduces (doc_names.h); resolves pronouns (he, she, it, they) to the
// most salient compatible actor, or to none when that is a person no
// dictionary codes; expands pair expressions ("both
// sides", "the two countries") to the last two actors; gives a bare agent
// ("the ministry", "police") the code of the last actor with that role, or
// the document's main country.
//
// Thread safety: a Coreferencer is per document and per thread.
//
// Usage:
//   Coreferencer coref(dict, options, 20220203);
//   for (auto& s : sentences) coref.Add(&s);
//   coref.Finish();
#ifndef DYAD_RESOLVE_COREF_H_
#define DYAD_RESOLVE_COREF_H_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/resolver.h"
#include "dyad/sentence.h"
#include "resolve/dictionary.h"
#include "resolve/doc_names.h"

namespace dyad {

// Surnames shared by no other person in the dictionary → entry.
using SurnameIndex =
    std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>>;
SurnameIndex BuildUniqueSurnames(const Dictionary& dict);

class Coreferencer {
 public:
  Coreferencer(const Dictionary& dict, const SurnameIndex& surnames,
               const ResolveOptions& options, int32_t date);

  // Adds placeholder and surname mentions to `s` and resolves them.
  void Add(Sentence* s);
  // Gives bare agents left without a code the document's main country.
  void Finish();

 private:
  struct Seen {
    int sentence;
    ActorMention mention;
  };
  int32_t SurnameEntry(const std::string& key) const;
  void AddSurnames(Sentence* s);
  void AddPlaceholders(Sentence* s);
  void Resolve(Sentence* s);
  void Remember(const Sentence& s);
  void DropNonActors(Sentence* s);
  // Fills `m` from an antecedent; false when none fits.
  bool ResolveOne(const std::vector<ActorMention>& before, ActorMention* m,
                  std::vector<ActorMention>* extra);
  const ActorMention* FindAntecedent(
      const std::vector<ActorMention>& before,
      const std::function<bool(const ActorMention&)>& fits) const;
  // The last two actors of different principals, this sentence's
  // `before` first, then earlier sentences.
  bool FindPair(const std::vector<ActorMention>& before,
                const std::string& kind,
                std::vector<const ActorMention*>* pair) const;

  const Dictionary& dict_;
  const SurnameIndex& unique_surnames_;
  ResolveOptions options_;
  int32_t date_;
  int sentence_ = -1;
  const Sentence* current_ = nullptr;  // the sentence being resolved
  std::vector<Seen> seen_;
  SurnameIndex doc_surnames_;
  DocNames doc_names_;
  // Bare agents awaiting Finish(): (sentence, index into its actors).
  std::vector<std::pair<Sentence*, size_t>> pending_;
};

}  // namespace dyad

#endif  // DYAD_RESOLVE_COREF_H_
