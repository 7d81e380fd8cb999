// Resolver: finds the actors of every sentence of a document.
//
// It matches the ActorDictionary over each sentence (longest match), composes
// noun phrases ("Chinese Foreign Minister Wang Yi" → CHNGOV, "Russian
// troops" → RUSMIL, "Ukraine's defence ministry" → UKRGOV, "protest groups
// in Sudan" → SDNOPP), resolves people's codes for the article date, and
// links surnames, pronouns and pair expressions ("both sides", "the two
// countries") to earlier actors of the same document.
//
// Thread safety: Resolve() is const; one ActorResolver serves many threads.
//
// Usage:
//   auto resolver = dyad::ActorResolver::Create(*dict, dyad::ResolveOptions());
//   resolver->Resolve(article, "2022-02-03", &sentences);
//   for (auto& m : sentences[0].actors) Print(m.code);
#ifndef DYAD_RESOLVER_H_
#define DYAD_RESOLVER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "dyad/actor.h"
#include "dyad/document.h"
#include "dyad/sentence.h"

namespace dyad {

struct ResolveOptions {
  // Link surnames, pronouns and "both sides" to earlier actors.
  bool coreference = true;
  // How many sentences back a pronoun or definite description may look.
  int coreference_window = 3;
  // Let a person's bare surname match without an earlier full mention when
  // it is unique in the dictionary and the person is in office on the
  // article date ("Putin says ...").
  bool unique_surnames = true;
};

class ActorResolver {
 public:
  // `dictionary` must outlive the resolver.
  static std::unique_ptr<ActorResolver> Create(
      const ActorDictionary& dictionary, const ResolveOptions& options);
  virtual ~ActorResolver() = default;

  // Fills Sentence::actors for every sentence; `date` is YYYY-MM-DD (empty:
  // people get their most recent role).
  virtual void Resolve(const Article& article, std::string_view date,
                       std::vector<Sentence>* sentences) const = 0;
};

}  // namespace dyad

#endif  // DYAD_RESOLVER_H_
