// Turns coded triggers into Events (internal to src/code).
//
// Expands coordinated actors into one event per pair, maps intended actions
// to their CAMEO intent codes, fills codebook fields, dates and offsets, and
// merges the same event told twice in a document (same source, target, code
// and date) into one Event with several mentions.
//
// Thread safety: one EventBuilder per document and thread.
//
// Usage:
//   EventBuilder b(doc, article, codebook, options, "2022-02-03");
//   b.Add(view, sentence_index, trigger, pattern, match, sources, modality);
//   b.Finish(&events);
#ifndef DYAD_CODE_EVENT_BUILDER_H_
#define DYAD_CODE_EVENT_BUILDER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "code/modality.h"
#include "code/parse_view.h"
#include "code/pattern_match.h"
#include "dyad/codebook.h"
#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "resolve/dates.h"

namespace dyad {

// The intent code for an action of `code` announced for the future ("will
// meet" 040 → 036), or `code` itself when CAMEO has none.
std::string IntentCode(const std::string& code);

// Two actor codes for one side: the same actor, or one inside the other
// ("RUS" and "RUSMIL"); a government and the rebels of its country
// ("SOMGOV", "SOMREBALQ") are two sides.
bool SameSide(std::string_view a, std::string_view b);

class EventBuilder {
 public:
  EventBuilder(const Document& doc, const Article& article,
               const Codebook& codebook, const CoderOptions& options,
               std::string_view date);

  // `prior_target`, when not null, is the target of a trigger whose own
  // target is an earlier event ("condemned the attack").
  void Add(const ParseView& v, int sentence, int trigger,
           const Pattern& pattern, const PatternMatch& match,
           const std::vector<int>& sources, const ModalityInfo& modality,
           const EventActor* prior_target = nullptr);
  // The source of the latest event so far whose CAMEO root is in `roots`,
  // or null.
  const EventActor* LatestSource(const std::vector<std::string>& roots) const;
  // The source of the latest claim of responsibility (015) so far, or
  // null.
  const EventActor* LatestClaimant() const;
  // The source of the latest event so far that targeted the principal of
  // `m` (its country, or its code when it has none) from elsewhere, or null.
  const EventActor* LatestSourceAgainst(const ActorMention& m) const;
  void Finish(std::vector<Event>* out);

 private:
  struct Pair {
    int source, target;  // actor indexes; target -1 for none
  };
  std::vector<Pair> Pairs(const Pattern& p, const PatternMatch& m,
                          std::vector<int> sources, const ParseView& v) const;
  EventActor Actor(const ParseView& v, int mention) const;
  void Emit(Event e);
  // Emits `e` told from the target's side with `code` (Pattern::reverse_code).
  void EmitReverse(const Event& e, const std::string& code);
  void SetCode(const CodeInfo& info, Event* e) const;

  const Document& doc_;
  const Article& article_;
  const Codebook& book_;
  CoderOptions options_;
  CivilDate published_;
  std::vector<Event> events_;
  std::map<std::string, size_t> index_;  // merge key → events_ index
};

}  // namespace dyad

#endif  // DYAD_CODE_EVENT_BUILDER_H_
