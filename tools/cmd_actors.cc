// `dyad actors`: look up the actor dictionary, report its size, and list the
// frequent names of a corpus that resolve to nothing.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include "commands.h"
#include "dyad/actor.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/resolver.h"

namespace dyad::cli {
namespace {

struct ActorsArgs {
  std::string lookup;
  std::string date;
  std::vector<std::string> unknown;  // corpus paths
  size_t top = 50;
  bool stats = false;
  std::vector<std::string> actor_files, agent_files;
  bool replace = false;
};

void PrintStats(const ActorDictionary& d) {
  const ActorDictionaryStats& s = d.stats();
  std::cout << "countries=" << s.countries
            << " organizations=" << s.organizations << " agents=" << s.agents
            << " people=" << s.people << " roles=" << s.roles
            << " names=" << s.names << " bad_lines=" << s.bad_lines << "\n";
}

void PrintLookup(const ActorDictionary& d, const ActorsArgs& a) {
  std::vector<ActorHit> hits = d.Lookup(a.lookup, a.date);
  if (hits.empty()) std::cout << "(no actor)\n";
  for (const ActorHit& h : hits) {
    std::cout << h.text << "\t" << h.code << "\t" << ActorKindName(h.kind)
              << "\t" << h.name << (h.detail.empty() ? "" : "\t" + h.detail)
              << "\n";
  }
}

bool Covered(const Sentence& s, uint32_t i) {
  for (const ActorMention& m : s.actors) {
    if (m.first <= i && i <= m.last) return true;
  }
  return false;
}

bool IsCapitalizedWord(const std::string& w) {
  return w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' &&
         std::any_of(w.begin() + 1, w.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

struct Unknown {
  size_t count = 0;
  std::string example;
};

// Runs of capitalised words not covered by any actor; a single word at the
// start of a sentence is skipped (it is capitalised anyway).
void CollectUnknown(const Article& article, const Sentence& s,
                    std::map<std::string, Unknown>* out) {
  for (uint32_t i = 0; i < s.tokens.size();) {
    uint32_t j = i;
    while (j < s.tokens.size() && IsCapitalizedWord(s.tokens[j].text) &&
           !Covered(s, j)) {
      ++j;
    }
    if (j > i && !(i == 0 && j == 1)) {
      std::string name;
      for (uint32_t k = i; k < j; ++k)
        name += (k > i ? " " : "") + s.tokens[k].text;
      Unknown& u = (*out)[name];
      if (u.count++ == 0)
        u.example = std::string(article.Slice(s.begin, s.end));
    }
    i = j > i ? j : i + 1;
  }
}

int RunUnknown(const ActorDictionary& dict, const ActorsArgs& a) {
  PipelineOptions popts;  // text stages only: the resolver runs below
  auto pipeline = Pipeline::Create(popts);
  if (!pipeline.ok()) {
    std::cerr << "dyad actors: " << pipeline.status().ToString() << "\n";
    return kExitFailure;
  }
  auto resolver = ActorResolver::Create(dict, ResolveOptions());
  auto reader = Reader::Open(a.unknown, ReadOptions());
  std::map<std::string, Unknown> unknown;
  Document doc;
  Status problem;
  Processed p;
  size_t skipped = 0;
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) problem = (*pipeline)->Process(doc, &p);
    if (!problem.ok()) {
      std::cerr << "dyad actors: skipped " << problem.message() << "\n";
      ++skipped;
      continue;
    }
    resolver->Resolve(p.article, p.doc.date, &p.sentences);
    for (const Sentence& s : p.sentences)
      CollectUnknown(p.article, s, &unknown);
  }
  std::vector<std::pair<std::string, Unknown>> rows(unknown.begin(),
                                                    unknown.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
    return x.second.count > y.second.count;
  });
  if (rows.size() > a.top) rows.resize(a.top);
  for (const auto& [name, u] : rows) {
    std::cout << u.count << "\t" << name << "\t" << u.example << "\n";
  }
  return skipped > 0 ? kExitPartial : kExitOk;
}

int RunActors(const ActorsArgs& a) {
  ActorDictionaryOptions opts;
  opts.actor_files = a.actor_files;
  opts.agent_files = a.agent_files;
  opts.replace_builtin = a.replace;
  auto dict = ActorDictionary::Load(opts);
  if (!dict.ok()) {
    std::cerr << "dyad actors: " << dict.status().ToString() << "\n";
    return kExitFailure;
  }
  for (const std::string& w : (*dict)->warnings()) {
    std::cerr << "dyad actors: " << w << "\n";
  }
  if (a.stats) PrintStats(**dict);
  if (!a.lookup.empty()) PrintLookup(**dict, a);
  if (!a.unknown.empty()) return RunUnknown(**dict, a);
  return kExitOk;
}

}  // namespace

void AddActorsCommand(CLI::App& app, int* exit_code) {
  auto a = std::make_shared<ActorsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "actors", "Look up actors, list unknown names, import dictionaries");
  cmd->add_option("--lookup", a->lookup, "Text to resolve, e.g. \"Wang Yi\"");
  cmd->add_option("--date", a->date, "Date for date-ranged roles (YYYY-MM-DD)");
  cmd->add_option("--unknown", a->unknown,
                  "Corpus (files, dirs, JSONL): list frequent capitalised "
                  "names that resolve to no actor");
  cmd->add_option("--top", a->top, "Rows for --unknown")->capture_default_str();
  cmd->add_flag("--stats", a->stats, "Print dictionary sizes");
  cmd->add_option(
      "--actors", a->actor_files,
      "Extra actor dictionary (dyad TSV, TABARI, PETRARCH, Phoenix)");
  cmd->add_option("--agents", a->agent_files, "Extra agents dictionary");
  cmd->add_flag("--replace", a->replace,
                "Use only the given dictionaries, not the built-in ones");
  cmd->callback([a, exit_code] {
    if (a->lookup.empty() && a->unknown.empty()) a->stats = true;
    *exit_code = RunActors(*a);
  });
}

}  // namespace dyad::cli
