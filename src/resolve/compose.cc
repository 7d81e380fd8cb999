#include "resolve/compose.h"

#include <array>
#include <string_view>

#include "resolve/normalize.h"

namespace dyad {
namespace {

constexpr int kNone = -1;

// The entries that make up one noun phrase.
struct Group {
  uint32_t first = 0, last = 0;
  uint32_t head = 0;
  int person = kNone, org = kNone, country = kNone, agent = kNone;
  bool only_modifier() const {
    return person == kNone && org == kNone && agent == kNone;
  }
};

constexpr std::array<std::string_view, 6> kNonCountryPrefixes = {
    "IGO", "NGO", "NGM", "IMG", "MNC", "UIS"};

std::string Lower(std::string_view s) { return NormalizeToken(s); }

bool IsOneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

bool IsPossessive(const Token& t) {
  std::string w = Lower(t.text);
  return w == "'s" || w == "'";
}

// Records entry `e` (covering tokens up to `last`) in group `g`.
void Absorb(const ActorEntry& e, uint32_t id, uint32_t last, Group* g) {
  int i = static_cast<int>(id);
  switch (e.kind) {
    case ActorKind::kPerson:
      g->person = i;
      break;
    case ActorKind::kOrganization:
      g->org = i;
      break;
    case ActorKind::kAgent:
      g->agent = i;
      break;
    default:
      if (g->country == kNone) g->country = i;
      break;
  }
  g->last = last;
  g->head = last;
}

// True when the tokens strictly between `a` and `b` are lowercase common
// nouns or adjectives (tagged by the analyzer).
bool OnlyModifiersBetween(const std::vector<Token>& tokens, uint32_t a,
                          uint32_t b) {
  for (uint32_t i = a + 1; i < b; ++i) {
    const Token& t = tokens[i];
    // "Saudi-led coalition", "Vietnamese-led forces": led by the country.
    if (i == a + 1 && t.text == "-" && i + 1 < b &&
        tokens[i + 1].text == "led") {
      ++i;
      continue;
    }
    if ((t.upos != "NOUN" && t.upos != "ADJ") || t.text.empty() ||
        t.text[0] < 'a' || t.text[0] > 'z') {
      return false;
    }
  }
  return true;
}

// May match `m` extend group `g`? Heads (agents, people, organisations
// after a modifier) extend, and so does an ethnic or religious group after
// a country ("Syrian Kurdish fighters": the country keeps the code), across
// nothing or a possessive.
bool Joins(const Dictionary& dict, const std::vector<Token>& tokens,
           const Group& g, const DictMatch& m) {
  const ActorEntry& e = dict.entries()[m.entry];
  ActorKind k = e.kind;
  const bool possessed =
      m.first == g.last + 2 && IsPossessive(tokens[g.last + 1]);
  // "Vladimir Putin's envoy", "Erdogan's army": acts for the person's
  // side; "Putin's critics" or "victims" do not.
  if (g.person != kNone) {
    const std::string role = e.codes.empty() ? "" : e.codes[0].code;
    return possessed && k == ActorKind::kAgent &&
           (role == "GOV" || role == "MIL");
  }
  bool head = k == ActorKind::kAgent || k == ActorKind::kPerson ||
              (k == ActorKind::kOrganization && g.org == kNone);
  bool group = e.group && g.only_modifier() && g.country != kNone;
  if (!head && !group) return false;
  if (m.first == g.last + 1 || possessed) return true;
  // "U.S. defence firms", "Russian oil companies": a country before an
  // agent across one or two common nouns or adjectives.
  return k == ActorKind::kAgent && g.only_modifier() && g.country != kNone &&
         m.first <= g.last + 3 && OnlyModifiersBetween(tokens, g.last, m.first);
}

std::vector<Group> GroupMatches(const Dictionary& dict,
                                const std::vector<Token>& tokens,
                                const std::vector<DictMatch>& matches) {
  std::vector<Group> groups;
  for (const DictMatch& m : matches) {
    if (groups.empty() || !Joins(dict, tokens, groups.back(), m)) {
      groups.push_back(Group{m.first, m.last, m.last});
    }
    Absorb(dict.entries()[m.entry], m.entry, m.last, &groups.back());
  }
  return groups;
}

// "leaders of the Group of 20", "ministers of the African Union": a bare
// agent followed by "of" and an organisation acts for it.
bool AgentOfOrganization(const std::vector<Token>& tokens, const Group& g,
                         const Group& next) {
  if (g.agent == kNone || g.country != kNone || g.org != kNone ||
      g.person != kNone || next.org == kNone || next.person != kNone ||
      next.agent != kNone || next.first < g.last + 2 ||
      Lower(tokens[g.last + 1].text) != "of") {
    return false;
  }
  for (uint32_t k = g.last + 2; k < next.first; ++k) {
    if (Lower(tokens[k].text) != "the") return false;
  }
  return true;
}

// "protest groups in Sudan": a bare agent takes the country that follows.
void AttachLocatives(const Dictionary& dict, const std::vector<Token>& tokens,
                     std::vector<Group>* groups) {
  for (size_t i = 0; i + 1 < groups->size(); ++i) {
    Group& g = (*groups)[i];
    Group& next = (*groups)[i + 1];
    if (AgentOfOrganization(tokens, g, next)) {
      g.org = next.org;
      g.last = next.last;
      groups->erase(groups->begin() + static_cast<long>(i) + 1);
      continue;
    }
    if (g.agent == kNone || g.country != kNone || g.org != kNone ||
        g.person != kNone || !next.only_modifier() ||
        next.first != g.last + 2 ||
        !IsOneOf(Lower(tokens[g.last + 1].text), {"in", "of", "from"})) {
      continue;
    }
    g.country = next.country;
    g.last = next.last;
    groups->erase(groups->begin() + static_cast<long>(i) + 1);
  }
}

// "Qatari and Egyptian mediators": the bare modifier shares the head.
void DistributeCoordination(const std::vector<Token>& tokens,
                            std::vector<Group>* groups) {
  for (size_t i = 0; i + 1 < groups->size(); ++i) {
    Group& g = (*groups)[i];
    const Group& next = (*groups)[i + 1];
    if (!g.only_modifier() || next.agent == kNone || next.country == kNone ||
        next.person != kNone || next.first != g.last + 2 ||
        !IsOneOf(Lower(tokens[g.last + 1].text), {"and", "or", ","})) {
      continue;
    }
    g.agent = next.agent;
    g.head = next.head;
  }
}

bool StartsWithNonCountry(const std::string& code) {
  for (std::string_view p : kNonCountryPrefixes) {
    if (code.rfind(p, 0) == 0) return true;
  }
  return false;
}

std::string RoleOf(const Dictionary& dict, int agent) {
  return agent == kNone ? "" : dict.entries()[agent].codes[0].code;
}

// The code of a composed group, or "" when it has no country or
// organisation to anchor it.
std::string GroupCode(const Dictionary& dict, const Group& g, int32_t date) {
  const auto& e = dict.entries();
  if (g.person != kNone) return CodeForDate(e[g.person], date);
  std::string role = RoleOf(dict, g.agent);
  if (g.org != kNone) {
    std::string code = CodeForDate(e[g.org], date);
    bool has_role = code.size() >= 6 && code.find(role, 3) != std::string::npos;
    // An international organisation's code is complete: "EU foreign
    // ministers" and "leaders of the G20" act as the organisation.
    if (StartsWithNonCountry(code)) return code;
    return role.empty() || has_role ? code : code + role;
  }
  if (g.country == kNone) return "";
  // A people has no state army: its forces are non-state ("Kurdish forces").
  if (e[g.country].group && role == "MIL") role = "REB";
  return CodeForDate(e[g.country], date) + role;
}

ActorKind GroupKind(const Dictionary& dict, const Group& g) {
  if (g.person != kNone) return ActorKind::kPerson;
  if (g.org != kNone) return ActorKind::kOrganization;
  if (g.agent != kNone) return ActorKind::kAgent;
  return dict.entries()[g.country].kind;
}

int HeadEntry(const Group& g) {
  for (int e : {g.person, g.org, g.agent, g.country}) {
    if (e != kNone) return e;
  }
  return kNone;
}

ActorMention ToMention(const Dictionary& dict, const std::vector<Token>& tokens,
                       const Group& g, int32_t date) {
  ActorMention m;
  m.code = GroupCode(dict, g, date);
  m.kind = GroupKind(dict, g);
  m.first = g.first;
  m.last = g.last;
  m.head = g.head;
  m.entry = HeadEntry(g);
  m.name = dict.entries()[m.entry].name;
  m.composed = (g.person != kNone) + (g.org != kNone) + (g.agent != kNone) +
                   (g.country != kNone) >
               1;
  m.plural = !tokens[g.head].text.empty() && g.agent != kNone &&
             Lower(tokens[g.head].text).back() == 's';
  if (m.code.empty()) {
    m.role = RoleOf(dict, g.agent);
    m.name = kBareAgent;
  } else {
    SplitCode(m.code, &m.country, &m.role);
  }
  return m;
}

}  // namespace

void SplitCode(const std::string& code, std::string* country,
               std::string* role) {
  country->clear();
  role->clear();
  if (code.size() < 3 || StartsWithNonCountry(code)) return;
  *country = code.substr(0, 3);
  if (code.size() >= 6) *role = code.substr(3, 3);
}

void ComposeMentions(const Dictionary& dict, const std::vector<Token>& tokens,
                     const std::vector<DictMatch>& matches, int32_t date,
                     std::vector<ActorMention>* out) {
  std::vector<Group> groups = GroupMatches(dict, tokens, matches);
  AttachLocatives(dict, tokens, &groups);
  DistributeCoordination(tokens, &groups);
  for (const Group& g : groups) {
    // Null-coded entries ("Indian Ocean [---]") block a match but name no
    // actor.
    const ActorEntry& head = dict.entries()[HeadEntry(g)];
    if (!head.codes.empty() && head.codes[0].code.empty() &&
        head.kind != ActorKind::kAgent) {
      continue;
    }
    out->push_back(ToMention(dict, tokens, g, date));
  }
}

}  // namespace dyad
