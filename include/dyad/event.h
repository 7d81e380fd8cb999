// Events: who did what to whom, when — the output of the coder.
//
// One Event per coded action, with its source and target actors, its CAMEO
// code and what follows from it (root, quad class, Goldstein value, PLOVER
// type), its date and the evidence: sentence, character offsets of actors
// and trigger. The same event told twice in one document is one Event with
// several mentions. Field-by-field description and the JSON form in
// doc/events.md.
//
// Thread safety: plain values.
//
// Usage:
//   for (const dyad::Event& e : events)
//     std::cout << e.source.code << " " << e.code << " "
//               << (e.target ? e.target->code : "-") << "\n";
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dyad {

struct EventActor {
  std::string code;     // "RUSMIL"
  std::string text;     // "Russian troops"
  std::string country;  // "RUS", or "" for IGOs
  std::string role;     // "MIL", or ""
  uint32_t begin = 0;   // [begin, end) in Article::text
  uint32_t end = 0;
};

enum class Modality {
  kAsserted,      // reported as fact
  kIntended,      // will, plans to, agreed to
  kHypothetical,  // would, could, if, questions
  kReported,      // a claim attributed to someone ("X says Y did")
};
const char* ModalityName(Modality m);

// Where one event is told.
struct EventMention {
  int sentence = 0;  // index into the document's sentences
  std::string sentence_text;
  uint32_t trigger_begin = 0;  // [begin, end) in Article::text
  uint32_t trigger_end = 0;
  uint32_t source_begin = 0, source_end = 0;
  uint32_t target_begin = 0, target_end = 0;  // 0, 0 without target
};

struct Event {
  std::string doc_id;
  std::string event_id;  // "<doc_id>-<n>"
  EventActor source;
  std::optional<EventActor> target;
  std::string code;  // CAMEO, GDELT numbering: "190"
  std::string root;  // "19"
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_event;
  std::string plover_mode;
  std::string trigger;         // the words that carry the event: "met with"
  std::string date;            // YYYY-MM-DD, or "" when unknown
  std::string date_precision;  // "day", "week", "month", "year", ""
  bool negated = false;
  Modality modality = Modality::kAsserted;
  std::string codebook_version;
  double confidence = 0;               // 0..1
  std::vector<EventMention> mentions;  // the first is the main one
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
