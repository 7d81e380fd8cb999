// EventCoder: triggers → patterns → roles → modality → events.
#include "dyad/coder.h"

#include <algorithm>
#include <map>
#include <set>

#include "code/event_builder.h"
#include "code/modality.h"
#include "code/parse_view.h"
#include "code/pattern_match.h"
#include "code/roles.h"

namespace dyad {
namespace {

// One coded trigger before it becomes events.
struct Coded {
  int trigger = -1;
  PatternMatch match;
  std::vector<int> sources;
  ModalityInfo modality;
};

bool IsVerb(const Token& t) { return t.upos == "VERB"; }
bool IsNoun(const Token& t) { return t.upos == "NOUN" || t.upos == "PROPN"; }

// A bare reporting verb: 010 introducing a clause ("X said that ...") or
// attached to one as a reporting clause ("..., Beijing says").
bool IsBareReport(const ParseView& v, const Coded& c) {
  if (c.match.pattern->code != "010") return false;
  std::string_view rel = v.BaseRel(c.trigger);
  return v.HasChild(c.trigger, "ccomp") || v.HasChild(c.trigger, "parataxis") ||
         rel == "parataxis" || rel == "ccomp";
}

class Coder : public EventCoder {
 public:
  Coder(const Lexicon& lex, const Codebook& book, const CoderOptions& opts)
      : lex_(lex), book_(book), opts_(opts) {}

  void Code(const Document& doc, const Article& article,
            const std::vector<Sentence>& sentences, std::string_view date,
            std::vector<Event>* out) const override {
    EventBuilder builder(doc, article, book_, opts_, date);
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (sentences[i].actors.empty()) continue;
      ParseView view(sentences[i]);
      for (const Coded& c : CodeSentence(view)) {
        builder.Add(view, static_cast<int>(i), c.trigger, *c.match.pattern,
                    c.match, c.sources, c.modality);
      }
    }
    builder.Finish(out);
  }

 private:
  std::vector<Coded> CodeSentence(const ParseView& v) const {
    std::vector<Coded> found;
    std::set<int> consumed;
    for (int t = 0; t < v.size(); ++t) {
      Coded c;
      if (!Match(v, t, &c)) continue;
      for (int x : c.match.consumed) consumed.insert(x);
      found.push_back(std::move(c));
    }
    std::vector<Coded> out;
    for (Coded& c : found) {
      if (consumed.count(c.trigger) || !Keep(v, c)) continue;
      out.push_back(std::move(c));
    }
    return out;
  }

  bool Match(const ParseView& v, int t, Coded* c) const {
    const Token& tok = v.token(t);
    const bool noun = IsNoun(tok);
    if (!noun && !IsVerb(tok)) return false;
    const auto& cands = noun ? lex_.Noun(v.Lemma(t)) : lex_.Verb(v.Lemma(t));
    if (cands.empty()) return false;
    c->match = BestMatch(v, t, cands);
    if (c->match.pattern == nullptr) return false;
    c->trigger = t;
    c->sources = !c->match.sources.empty() ? c->match.sources
                 : noun                    ? NounSources(v, t)
                                           : VerbSources(v, t);
    c->modality = ModalityOf(v, t);
    return true;
  }

  bool Keep(const ParseView& v, const Coded& c) const {
    if (!opts_.code_reporting_verbs && IsBareReport(v, c)) return false;
    if (c.modality.modality == Modality::kHypothetical &&
        !opts_.emit_hypothetical) {
      return false;
    }
    return !(c.modality.negated && !opts_.emit_negated);
  }

  const Lexicon& lex_;
  const Codebook& book_;
  CoderOptions opts_;
};

}  // namespace

std::unique_ptr<EventCoder> EventCoder::Create(const Lexicon& lexicon,
                                               const Codebook& codebook,
                                               const CoderOptions& options) {
  return std::make_unique<Coder>(lexicon, codebook, options);
}

}  // namespace dyad
