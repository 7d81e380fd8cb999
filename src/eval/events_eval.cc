#include "eval/events_eval.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <tuple>

#include "eval/events_eval_coder.h"
#include "eval/events_eval_records.h"
#include "util/file.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string Upper(std::string s) {
  for (char& c : s) c = std::toupper(static_cast<unsigned char>(c));
  return s;
}

std::vector<EventTriple> SortedUnique(std::vector<EventTriple> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// What a suite is made of, once its files are read.
struct SuiteSpec {
  std::string name;
  std::vector<SuiteRecord> records;
  SuiteCoderOptions coder;
  DiscardList discards;
  MatchRule rule = MatchRule::kExactSet;
  bool gold_parses = false;
};

std::vector<EventTriple> Coded(const SuiteCoder& coder, const SuiteSpec& spec,
                               const SuiteRecord& r, Status* status) {
  std::vector<Event> events;
  if (spec.gold_parses) {
    std::vector<ConlluSentence> parsed;
    *status = ParseConllu(r.parse, r.id, &parsed);
    for (const ConlluSentence& s : parsed) {
      std::vector<Event> one;
      if (status->ok()) *status = coder.CodeParsed(s, r.date, &one);
      events.insert(events.end(), one.begin(), one.end());
    }
  } else {
    *status = coder.Code(r.text, r.date, &events);
  }
  return spec.rule == MatchRule::kExactSet ? SuiteTriples(events)
                                           : AllTriples(events);
}

// Records the evaluation leaves out, with the reason ("" = evaluate).
std::string SkipReason(const SuiteRecord& r, const SuiteSpec& spec,
                       const EventSuiteOptions& o) {
  if (!r.evaluate && !o.include_disabled) return r.skip_reason;
  if (r.error == "bad_input_parse" && !spec.gold_parses) {
    return "tests the bundled parse, which is not used";
  }
  if (spec.gold_parses && r.parse.empty()) return "no bundled parse";
  return "";
}

StatusOr<SuiteResult> RunSuite(const SuiteSpec& spec,
                               const EventSuiteOptions& options) {
  DYAD_ASSIGN_OR_RETURN(auto coder, SuiteCoder::Create(spec.coder));
  SuiteResult result;
  result.suite = spec.name;
  for (const SuiteRecord& r : spec.records) {
    if (!SkipReason(r, spec, options).empty()) {
      ++result.skipped;
      continue;
    }
    RecordOutcome o;
    o.id = r.id;
    o.category = r.category;
    o.expected = SortedUnique(r.expected);
    Status s;
    o.got = Coded(*coder, spec, r, &s);
    if (!s.ok()) o.note = s.ToString();
    std::string discard = spec.discards.Find(r.text);
    if (!discard.empty()) {
      o.got.clear();
      o.note = "discarded: " + discard;
    }
    o.passed = s.ok() && EventsMatch(o.expected, o.got, spec.rule);
    AddOutcome(std::move(o), &result);
  }
  return result;
}

// The one file in `dir` whose name ends with `suffix`.
StatusOr<std::string> FileEndingWith(const std::string& dir,
                                     const std::string& suffix) {
  std::vector<std::string> found;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    if (n.size() >= suffix.size() && n.ends_with(suffix)) {
      found.push_back(e.path().string());
    }
  }
  if (ec) return Status::IOError(dir + ": " + ec.message());
  if (found.size() != 1) {
    return Status::NotFound(dir + ": expected one *" + suffix +
                            " file, found " + std::to_string(found.size()));
  }
  return found[0];
}

// <Name>file</Name> of a PETRARCH <Environment>, as a path in `dir`.
std::string EnvironmentFile(const std::string& xml, const std::string& dir,
                            const std::string& name) {
  std::string open = "<" + name + ">", close = "</" + name + ">";
  size_t b = xml.find(open);
  if (b == std::string::npos) return "";
  b += open.size();
  size_t e = xml.find(close, b);
  if (e == std::string::npos) return "";
  return (fs::path(dir) / xml.substr(b, e - b)).string();
}

Status AddVerbCodes(const std::vector<std::string>& verb_files,
                    SuiteCoderOptions* o) {
  for (const std::string& f : verb_files) {
    std::string data;
    DYAD_RETURN_IF_ERROR(ReadFileToString(f, &data));
    for (std::string& c : VerbFileCodes(data)) o->extra_codes.push_back(c);
  }
  return Status::OK();
}

SuiteCoderOptions SuiteCoderFor(const EventSuiteOptions& options) {
  SuiteCoderOptions o;
  o.model_path = options.model_path;
  o.coder = options.coder;
  o.replace_builtin = true;
  return o;
}

// PETRARCH-1 and UD-PETRARCH: the records file and the dictionaries its
// <Environment> names.
StatusOr<SuiteSpec> PetrarchSpec(const std::string& dir,
                                 const EventSuiteOptions& options) {
  DYAD_ASSIGN_OR_RETURN(std::string xml_path, FileEndingWith(dir, ".xml"));
  std::string xml;
  DYAD_RETURN_IF_ERROR(ReadFileToString(xml_path, &xml));
  SuiteSpec spec;
  DYAD_RETURN_IF_ERROR(ParsePetrarchRecords(xml, xml_path, &spec.records));
  spec.coder = SuiteCoderFor(options);
  spec.coder.actor_files = {EnvironmentFile(xml, dir, "Actorfile")};
  spec.coder.agent_files = {EnvironmentFile(xml, dir, "Agentfile")};
  spec.coder.verb_files = {EnvironmentFile(xml, dir, "Verbfile")};
  DYAD_RETURN_IF_ERROR(AddVerbCodes(spec.coder.verb_files, &spec.coder));
  std::string discards = EnvironmentFile(xml, dir, "Discardfile");
  if (!discards.empty()) {
    std::string data;
    DYAD_RETURN_IF_ERROR(ReadFileToString(discards, &data));
    spec.discards = DiscardList::Parse(data);
  }
  return spec;
}

}  // namespace

bool EventTriple::operator<(const EventTriple& o) const {
  return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
}

bool EventTriple::operator==(const EventTriple& o) const {
  return source == o.source && target == o.target && code == o.code;
}

std::string EventTriple::ToString() const {
  return (source.empty() ? "-" : source) + " " +
         (target.empty() ? "-" : target) + " " + code;
}

CoderOptions SuiteCoderDefaults() {
  CoderOptions o;
  o.emit_negated = false;
  o.emit_hypothetical = true;
  o.map_intentions = false;
  o.phrase_targets = true;
  return o;
}

std::vector<EventTriple> SuiteTriples(const std::vector<Event>& events) {
  std::vector<EventTriple> out;
  for (const Event& e : events) {
    if (e.negated || !e.target || e.target->code.empty()) continue;
    out.push_back({Upper(e.source.code), Upper(e.target->code), e.code});
  }
  return SortedUnique(std::move(out));
}

std::vector<EventTriple> AllTriples(const std::vector<Event>& events) {
  std::vector<EventTriple> out;
  for (const Event& e : events) {
    if (!e.negated) out.push_back({Upper(e.source.code), "", e.code});
  }
  return SortedUnique(std::move(out));
}

bool EventsMatch(const std::vector<EventTriple>& expected,
                 const std::vector<EventTriple>& got, MatchRule rule) {
  if (rule == MatchRule::kExactSet) {
    return SortedUnique(expected) == SortedUnique(got);
  }
  for (const EventTriple& want : expected) {
    for (const EventTriple& e : got) {
      bool same = rule == MatchRule::kCode
                      ? e.code == want.code
                      : e.code.substr(0, 2) == want.code.substr(0, 2);
      if (same) return true;
    }
  }
  return false;
}

void AddOutcome(RecordOutcome outcome, SuiteResult* result) {
  ++result->total;
  if (outcome.passed) ++result->passed;
  result->outcomes.push_back(std::move(outcome));
}

StatusOr<SuiteResult> EvaluatePetrarch1(const std::string& dir,
                                        const EventSuiteOptions& options) {
  DYAD_ASSIGN_OR_RETURN(SuiteSpec spec, PetrarchSpec(dir, options));
  spec.name = "petrarch1";
  return RunSuite(spec, options);
}

StatusOr<SuiteResult> EvaluateUdPetrarch(const std::string& dir,
                                         const EventSuiteOptions& options) {
  DYAD_ASSIGN_OR_RETURN(SuiteSpec spec, PetrarchSpec(dir, options));
  spec.name = options.gold_parses ? "udpetrarch (bundled parses)"
                                  : "udpetrarch (dyad parses)";
  spec.gold_parses = options.gold_parses;
  return RunSuite(spec, options);
}

StatusOr<SuiteResult> EvaluateTabari(const std::string& dir,
                                     const EventSuiteOptions& options) {
  SuiteSpec spec;
  spec.name = "tabari";
  DYAD_ASSIGN_OR_RETURN(std::string text_path, FileEndingWith(dir, ".text"));
  std::string text;
  DYAD_RETURN_IF_ERROR(ReadFileToString(text_path, &text));
  DYAD_RETURN_IF_ERROR(ParseTabariValidation(text, text_path, &spec.records));
  spec.coder = SuiteCoderFor(options);
  DYAD_ASSIGN_OR_RETURN(std::string actors, FileEndingWith(dir, ".actors"));
  DYAD_ASSIGN_OR_RETURN(std::string agents, FileEndingWith(dir, ".agents"));
  DYAD_ASSIGN_OR_RETURN(std::string verbs, FileEndingWith(dir, ".verbs"));
  spec.coder.actor_files = {actors};
  spec.coder.agent_files = {agents};
  spec.coder.verb_files = {verbs};
  DYAD_RETURN_IF_ERROR(AddVerbCodes(spec.coder.verb_files, &spec.coder));
  return RunSuite(spec, options);
}

StatusOr<SuiteResult> EvaluateCameoExamples(const std::string& csv_path,
                                            const EventSuiteOptions& options) {
  SuiteSpec spec;
  spec.name = "cameo-examples";
  std::string csv;
  DYAD_RETURN_IF_ERROR(ReadFileToString(csv_path, &csv));
  DYAD_RETURN_IF_ERROR(ParseCameoExamples(csv, csv_path, &spec.records));
  spec.coder.model_path = options.model_path;
  spec.coder.coder = options.coder;
  spec.rule = MatchRule::kRootCode;
  return RunSuite(spec, options);
}

StatusOr<SuiteResult> EvaluateLexiconExamples(
    const std::string& dir, const EventSuiteOptions& options) {
  SuiteSpec spec;
  LexiconOptions lo;
  if (!dir.empty()) lo.paths = {dir};
  spec.coder.lexicon_paths = lo.paths;
  DYAD_ASSIGN_OR_RETURN(auto lexicon, Lexicon::Load(lo));
  spec.name = "lexicon-examples";
  for (const auto& p : lexicon->patterns()) {
    if (p->example.empty() || p->code == kNotAnEvent) continue;
    SuiteRecord r;
    r.id = p->origin;
    r.category = p->code.substr(0, 2);
    r.text = p->example;
    r.expected.push_back({"", "", p->code});
    spec.records.push_back(std::move(r));
  }
  spec.coder.model_path = options.model_path;
  spec.coder.coder = options.coder;
  spec.rule = MatchRule::kCode;
  return RunSuite(spec, options);
}

}  // namespace dyad
