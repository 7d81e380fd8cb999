// Writing events: JSON Lines (doc/events.md), GDELT 2.0 event rows and a
// readable table.
//
// Thread safety: pure functions.
//
// Usage:
//   for (const dyad::Event& e : events) std::cout << dyad::EventToJsonLine(e);
//   std::cout << dyad::EventToGdeltRow(e, 1, "https://example.com/a");
//   std::cout << dyad::EventsToTable(events);
#ifndef DYAD_EVENT_IO_H_
#define DYAD_EVENT_IO_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/event.h"

namespace dyad {

// The JSON object of doc/events.md.
nlohmann::json EventToJson(const Event& e);
// The same on one line, ending in "\n".
std::string EventToJsonLine(const Event& e);

// One tab-separated line of the 61 GDELT 2.0 event columns, ending in "\n".
// `global_id` fills GLOBALEVENTID; geography and tone columns are empty.
std::string EventToGdeltRow(const Event& e, uint64_t global_id,
                            const std::string& source_url);

// A fixed-width table for people: date, source, code, target, trigger.
std::string EventsToTable(const std::vector<Event>& events);

}  // namespace dyad

#endif  // DYAD_EVENT_IO_H_
