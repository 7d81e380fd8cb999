#include "resolve/tsv_loader.h"

#include <functional>
#include <vector>

namespace dyad {
namespace {

using Fields = std::vector<std::string_view>;

Fields Split(std::string_view s, char sep) {
  Fields out;
  while (true) {
    size_t p = s.find(sep);
    out.push_back(s.substr(0, p));
    if (p == std::string_view::npos) return out;
    s.remove_prefix(p + 1);
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Calls fn(name) for each non-empty "|"-separated value of `field`.
void ForEachName(std::string_view field,
                 const std::function<void(std::string_view)>& fn) {
  if (Trim(field).empty()) return;
  for (std::string_view n : Split(field, '|')) {
    if (!Trim(n).empty()) fn(Trim(n));
  }
}

bool ValidCode(std::string_view code) {
  if (code.size() < 3 || code.size() % 3 != 0) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

ActorEntry Simple(ActorKind kind, std::string_view name,
                  std::string_view code) {
  ActorEntry e;
  e.kind = kind;
  e.name = std::string(name);
  e.codes.push_back({std::string(code)});
  return e;
}

// One loader per file kind; each returns an error text or "".
using RowLoader = std::string (*)(const Fields&, DictionaryBuilder*);

std::string LoadCountry(const Fields& f, DictionaryBuilder* b) {
  if (f.size() < 4) return "expected at least 4 fields";
  if (!ValidCode(f[0]) || f[0].size() != 3) return "bad country code";
  std::string_view first = Split(f[1], '|')[0];
  uint32_t country = b->AddEntry(Simple(ActorKind::kCountry, first, f[0]));
  uint32_t adj = b->AddEntry(Simple(ActorKind::kAdjective, first, f[0]));
  uint32_t cap = b->AddEntry(Simple(ActorKind::kCapital, first, f[0]));
  ForEachName(f[1], [&](std::string_view n) { b->AddName(n, country); });
  ForEachName(f[2], [&](std::string_view n) { b->AddName(n, adj); });
  ForEachName(f[3], [&](std::string_view n) { b->AddName(n, cap); });
  ++b->stats().countries;
  return "";
}

std::string LoadOrganization(const Fields& f, DictionaryBuilder* b) {
  if (f.size() < 3) return "expected at least 3 fields";
  if (!ValidCode(f[0])) return "bad code '" + std::string(f[0]) + "'";
  std::string_view first = Split(f[1], '|')[0];
  uint32_t id = b->AddEntry(Simple(ActorKind::kOrganization, first, f[0]));
  ForEachName(f[1], [&](std::string_view n) { b->AddName(n, id); });
  ++b->stats().organizations;
  return "";
}

std::string LoadAgent(const Fields& f, DictionaryBuilder* b) {
  if (f.size() < 2) return "expected at least 2 fields";
  if (!ValidCode(f[0])) return "bad role '" + std::string(f[0]) + "'";
  std::string_view first = Split(f[1], '|')[0];
  uint32_t id = b->AddEntry(Simple(ActorKind::kAgent, first, f[0]));
  ForEachName(f[1], [&](std::string_view n) { b->AddNameWithPlural(n, id); });
  ++b->stats().agents;
  return "";
}

// "Tamil Nadu=IND": a region named after a group, a metonym of its state.
std::string LoadRegion(std::string_view region, DictionaryBuilder* b) {
  size_t eq = region.rfind('=');
  if (eq == std::string_view::npos) return "region without '=CODE'";
  std::string_view name = Trim(region.substr(0, eq));
  std::string_view code = Trim(region.substr(eq + 1));
  if (!ValidCode(code) || code.size() != 3 || name.empty()) {
    return "bad region '" + std::string(region) + "'";
  }
  b->AddName(name, b->AddEntry(Simple(ActorKind::kCapital, name, code)));
  return "";
}

// Ethnic and religious groups: every name is a modifier ("Kurdish
// militants") or the group itself ("Kurds"), coded with the group's code.
std::string LoadGroup(const Fields& f, DictionaryBuilder* b) {
  if (f.size() < 3) return "expected at least 3 fields";
  if (!ValidCode(f[0]) || f[0].size() != 3) return "bad group code";
  std::string_view group = Trim(f[2]);
  if (group != "ethnic" && group != "religious") {
    return "group must be 'ethnic' or 'religious'";
  }
  ActorEntry e = Simple(ActorKind::kAdjective, Split(f[1], '|')[0], f[0]);
  e.group = true;
  uint32_t id = b->AddEntry(std::move(e));
  ForEachName(f[1], [&](std::string_view n) { b->AddName(n, id); });
  std::string error;
  if (f.size() > 4) {
    ForEachName(f[4], [&](std::string_view r) {
      if (error.empty()) error = LoadRegion(r, b);
    });
  }
  return error;
}

// People: every line of the same name adds a role to one entry.
std::string LoadPerson(const Fields& f, DictionaryBuilder* b) {
  if (f.size() < 5) return "expected at least 5 fields";
  if (!ValidCode(f[2])) return "bad code '" + std::string(f[2]) + "'";
  DatedCode role{std::string(f[2])};
  if (!Trim(f[3]).empty() && !ParseDictDate(Trim(f[3]), false, &role.start)) {
    return "bad start date '" + std::string(f[3]) + "'";
  }
  if (!Trim(f[4]).empty() && !ParseDictDate(Trim(f[4]), true, &role.end)) {
    return "bad end date '" + std::string(f[4]) + "'";
  }
  if (role.end < role.start) return "end date before start date";
  if (f.size() > 5) role.office = std::string(Trim(f[5]));
  int32_t found = b->FindEntry(ActorKind::kPerson, Trim(f[0]));
  uint32_t id;
  if (found >= 0) {
    id = static_cast<uint32_t>(found);
    b->entry(id).codes.push_back(role);
  } else {
    id = b->AddEntry(
        ActorEntry{ActorKind::kPerson, std::string(Trim(f[0])), {role}});
    ++b->stats().people;
  }
  ++b->stats().roles;
  b->AddName(Trim(f[0]), id);
  ForEachName(f[1], [&](std::string_view n) { b->AddName(n, id); });
  return "";
}

// Places: seas and gulfs that contain a country's name but are no actor
// ("South China Sea": no country, they code nothing), and cities in the
// news that are not capitals ("Kharkiv": the country they lie in, like a
// capital).
std::string LoadPlace(const Fields& f, DictionaryBuilder* b) {
  if (f.empty() || Trim(f[0]).empty()) return "expected names";
  std::string_view country = f.size() > 1 ? Trim(f[1]) : "";
  if (!country.empty() && (!ValidCode(country) || country.size() != 3)) {
    return "bad country code '" + std::string(country) + "'";
  }
  ActorKind kind = country.empty() ? ActorKind::kCountry : ActorKind::kCapital;
  std::string_view first = Split(f[0], '|')[0];
  uint32_t id = b->AddEntry(Simple(kind, Trim(first), country));
  ForEachName(f[0], [&](std::string_view n) { b->AddName(n, id); });
  return "";
}

RowLoader LoaderFor(std::string_view header) {
  if (header.rfind("names\tcountry", 0) == 0) return LoadPlace;
  if (header.rfind("code\tnames\tgroup", 0) == 0) return LoadGroup;
  if (header.rfind("code\tnames\tadjectives", 0) == 0) return LoadCountry;
  if (header.rfind("code\tnames\tkind", 0) == 0) return LoadOrganization;
  if (header.rfind("role\tnames", 0) == 0) return LoadAgent;
  if (header.rfind("name\taliases\tcode", 0) == 0) return LoadPerson;
  return nullptr;
}

// Calls fn(line, lineno) for every line that is not blank or a comment.
void ForEachDataLine(std::string_view data,
                     const std::function<void(std::string_view, int)>& fn) {
  int lineno = 0;
  for (std::string_view line : Split(data, '\n')) {
    ++lineno;
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    fn(line, lineno);
  }
}

}  // namespace

bool LooksLikeDyadTsv(std::string_view data) {
  bool found = false, first = true;
  ForEachDataLine(data, [&](std::string_view line, int) {
    if (first) found = LoaderFor(Trim(line)) != nullptr;
    first = false;
  });
  return found;
}

Status LoadDyadTsv(std::string_view data, const std::string& name,
                   DictionaryBuilder* builder) {
  RowLoader loader = nullptr;
  bool header_seen = false;
  ForEachDataLine(data, [&](std::string_view line, int lineno) {
    if (!header_seen) {
      header_seen = true;
      loader = LoaderFor(Trim(line));
      return;
    }
    std::string error = loader ? loader(Split(line, '\t'), builder) : "";
    if (!error.empty()) {
      builder->Warn(name + ":" + std::to_string(lineno) + ": " + error);
    }
  });
  if (loader == nullptr) {
    return Status::InvalidArgument(name +
                                   ": not a dyad actor dictionary (unknown "
                                   "header line)");
  }
  return Status::OK();
}

}  // namespace dyad
