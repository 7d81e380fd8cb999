// EventCoder: from analysed sentences with resolved actors to CAMEO events.
//
// For every verb and event noun whose lemma anchors a lexicon pattern, the
// coder reads who did it (subject, passive agent, controller of an open
// complement, possessor of an event noun, subject of a light verb) and to
// whom (object, prepositional target), picks the most specific pattern that
// fits, and decides whether the event is asserted, negated, intended,
// hypothetical or reported. Coordinated actors give one event per pair. The
// same event told twice in a document is one Event with several mentions.
// The rules are described in doc/events.md.
//
// Thread safety: Code() is const; one EventCoder serves many threads.
//
// Usage:
//   auto coder = dyad::EventCoder::Create(*lexicon, *codebook, {});
//   std::vector<dyad::Event> events;
//   coder->Code(doc, article, sentences, "2022-02-03", &events);
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "dyad/codebook.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"
#include "dyad/sentence.h"

namespace dyad {

struct CoderOptions {
  // Emit negated events ("did not meet") with "negated": true. Off: drop
  // them.
  bool emit_negated = true;
  // Emit hypothetical events (would, could, if-clauses, questions,
  // requested actions) with modality "hypothetical". Off by default: they
  // are not facts.
  bool emit_hypothetical = false;
  // Code a bare reporting verb ("X said that ...") as 010 when it
  // introduces a clause. Off: only meaningful reporting verbs (accuse,
  // deny, praise, warn) are coded.
  bool code_reporting_verbs = false;
  // Future and intended actions take the CAMEO intent code of their family
  // ("will meet" → 036 instead of 040).
  bool map_intentions = true;
  // An event whose pattern names no target takes the first actor after the
  // trigger within its phrase (dependency subtree), as TABARI and PETRARCH
  // code. Off for news; the validation suites (`dyad eval`) turn it on.
  bool phrase_targets = false;
};

class EventCoder {
 public:
  // `lexicon` and `codebook` must outlive the coder.
  static std::unique_ptr<EventCoder> Create(const Lexicon& lexicon,
                                            const Codebook& codebook,
                                            const CoderOptions& options);
  virtual ~EventCoder() = default;

  // Appends the events of one document to *out. `date` (YYYY-MM-DD, may be
  // empty) anchors relative dates.
  virtual void Code(const Document& doc, const Article& article,
                    const std::vector<Sentence>& sentences,
                    std::string_view date, std::vector<Event>* out) const = 0;
};

}  // namespace dyad

#endif  // DYAD_CODER_H_
