#include "dyad/resolver.h"

#include "resolve/compose.h"
#include "resolve/coref.h"
#include "resolve/dictionary.h"

namespace dyad {

namespace {

int32_t DateNumber(std::string_view date) {
  int32_t d = 0;
  return ParseDictDate(date, false, &d) ? d : 0;
}

class ResolverImpl : public ActorResolver {
 public:
  ResolverImpl(const Dictionary& dict, const ResolveOptions& options)
      : dict_(dict), options_(options), surnames_(BuildUniqueSurnames(dict)) {}

  void Resolve(const Article& article, std::string_view date,
               std::vector<Sentence>* sentences) const override {
    const int32_t day = DateNumber(date);
    Coreferencer coref(dict_, surnames_, options_, day);
    std::vector<DictMatch> matches;  // reused across sentences
    for (Sentence& s : *sentences) {
      s.actors.clear();
      matches.clear();
      dict_.Match(s.tokens, &matches);
      ComposeMentions(dict_, s.tokens, matches, day, &s.actors);
      coref.Add(&s);
    }
    coref.Finish();
  }

 private:
  const Dictionary& dict_;
  ResolveOptions options_;
  SurnameIndex surnames_;
};

}  // namespace

std::unique_ptr<ActorResolver> ActorResolver::Create(
    const ActorDictionary& dictionary, const ResolveOptions& options) {
  return std::make_unique<ResolverImpl>(CompiledDictionary(dictionary),
                                        options);
}

}  // namespace dyad
