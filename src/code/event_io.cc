#include "dyad/event_io.h"

#include <fmt/format.h>

namespace dyad {
namespace {

using nlohmann::json;

json ActorJson(const EventActor& a) {
  return {{"code", a.code}, {"text", a.text},   {"country", a.country},
          {"role", a.role}, {"begin", a.begin}, {"end", a.end}};
}

json MentionJson(const EventMention& m) {
  json j = {{"sentence", m.sentence},
            {"sentence_text", m.sentence_text},
            {"trigger", {m.trigger_begin, m.trigger_end}},
            {"source", {m.source_begin, m.source_end}}};
  if (m.target_end > 0) j["target"] = {m.target_begin, m.target_end};
  return j;
}

std::string Compact(const std::string& date) {
  std::string d;
  for (char c : date) {
    if (c != '-') d.push_back(c);
  }
  return d;
}

// Actor code, name, country, known group, ethnic, religion 1-2, type 1-3.
void GdeltActor(const EventActor* a, std::vector<std::string>* cols) {
  if (a == nullptr) {
    cols->insert(cols->end(), 10, "");
    return;
  }
  bool igo = a->country.empty() && a->code.size() >= 3;
  cols->push_back(a->code);
  cols->push_back(a->text);
  cols->push_back(a->country);
  cols->push_back(igo ? a->code.substr(0, std::min<size_t>(6, a->code.size()))
                      : "");
  cols->insert(cols->end(), 3, "");
  cols->push_back(a->role);
  cols->insert(cols->end(), 2, "");
}

}  // namespace

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kIntended:
      return "intended";
    case Modality::kHypothetical:
      return "hypothetical";
    case Modality::kReported:
      return "reported";
  }
  return "?";
}

json EventToJson(const Event& e) {
  const EventMention& m = e.mentions.front();
  json mentions = json::array();
  for (const EventMention& x : e.mentions) mentions.push_back(MentionJson(x));
  return {{"doc_id", e.doc_id},
          {"event_id", e.event_id},
          {"sentence", m.sentence},
          {"sentence_text", m.sentence_text},
          {"date", e.date},
          {"date_precision", e.date_precision},
          {"source", ActorJson(e.source)},
          {"target", e.target ? ActorJson(*e.target) : json()},
          {"code", e.code},
          {"root", e.root},
          {"quad_class", e.quad_class},
          {"goldstein", e.goldstein},
          {"plover", {{"event", e.plover_event}, {"mode", e.plover_mode}}},
          {"trigger",
           {{"text", e.trigger},
            {"begin", m.trigger_begin},
            {"end", m.trigger_end}}},
          {"negated", e.negated},
          {"modality", ModalityName(e.modality)},
          {"codebook_version", e.codebook_version},
          {"confidence", e.confidence},
          {"mentions", std::move(mentions)}};
}

std::string EventToJsonLine(const Event& e) {
  return EventToJson(e).dump(-1, ' ', false, json::error_handler_t::replace) +
         "\n";
}

std::string EventToGdeltRow(const Event& e, uint64_t global_id,
                            const std::string& source_url) {
  const std::string day = Compact(e.date);
  std::vector<std::string> c = {std::to_string(global_id), day,
                                day.substr(0, 6), day.substr(0, 4)};
  double frac = 0;
  if (day.size() == 8) {
    frac = std::stoi(day.substr(0, 4)) +
           (std::stoi(day.substr(4, 2)) - 1) / 12.0 +
           (std::stoi(day.substr(6, 2)) - 1) / 365.0;
  }
  c.push_back(day.empty() ? "" : fmt::format("{:.4f}", frac));
  GdeltActor(&e.source, &c);
  GdeltActor(e.target ? &*e.target : nullptr, &c);
  const int n = static_cast<int>(e.mentions.size());
  c.insert(
      c.end(),
      {"1", e.code, e.code.substr(0, 3), e.root, std::to_string(e.quad_class),
       fmt::format("{:.1f}", e.goldstein), std::to_string(n), "1", "1", ""});
  c.insert(c.end(), 24, "");  // actor 1, actor 2 and action geography
  c.push_back(day);
  c.push_back(source_url);
  std::string line;
  for (size_t i = 0; i < c.size(); ++i) line += (i ? "\t" : "") + c[i];
  return line + "\n";
}

std::string EventsToTable(const std::vector<Event>& events) {
  std::string out =
      fmt::format("{:<10}  {:<12} {:<5} {:<12} {:<12} {}\n", "date", "source",
                  "code", "target", "modality", "trigger / sentence");
  for (const Event& e : events) {
    std::string sentence = e.mentions.front().sentence_text;
    if (sentence.size() > 70) sentence = sentence.substr(0, 67) + "...";
    out += fmt::format("{:<10}  {:<12} {:<5} {:<12} {:<12} {}: {}\n", e.date,
                       e.source.code, e.code + (e.negated ? "!" : ""),
                       e.target ? e.target->code : "-",
                       ModalityName(e.modality), e.trigger, sentence);
  }
  return out;
}

}  // namespace dyad
