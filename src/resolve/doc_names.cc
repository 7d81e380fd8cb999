#include "resolve/doc_names.h"

#include <set>
#include <string_view>

#include "resolve/compose.h"
#include "resolve/normalize.h"

namespace dyad {
namespace {

using WordSet = std::set<std::string, std::less<>>;

bool Has(const WordSet& set, std::string_view w) { return set.count(w) > 0; }

std::string LastWord(const std::string& name) {
  size_t sp = name.find_last_of(' ');
  return sp == std::string::npos ? "" : name.substr(sp + 1);
}

// English given names that Hong Kong, Taiwanese and Korean officials put
// before their family name ("John Lee", "Carrie Lam").
bool IsEnglishGivenName(std::string_view w) {
  static const char* kNames[] = {
      "john",    "carrie",   "donald",  "henry",    "regina",     "paul",
      "matthew", "chris",    "eric",    "kevin",    "joshua",     "jasper",
      "william", "david",    "michael", "peter",    "stephen",    "joseph",
      "anthony", "edward",   "james",   "thomas",   "andrew",     "patrick",
      "carlos",  "fernando", "alvin",   "ronald",   "anson",      "erick",
      "jeffrey", "vincent",  "frank",   "lawrence", "christopher"};
  for (const char* k : kNames) {
    if (w == k) return true;
  }
  return false;
}

// Words before a name that make it a person's: "Mr Carlucci".
bool IsHonorific(std::string_view w) {
  static const WordSet kWords = {"mr",   "mr.",  "mrs",  "mrs.", "ms",
                                 "ms.",  "dr",   "dr.",  "sir",  "dame",
                                 "lord", "lady", "madam"};
  return Has(kWords, w);
}

// Last words of names of places and organisations, never of a person's
// ("White House", "Wall Street", "Bell Canada").
bool IsNonPersonHead(std::string_view w) {
  static const WordSet kWords = {
      "house",        "street",     "bank",       "party",      "ministry",
      "agency",       "council",    "company",    "corp",       "corp.",
      "inc",          "inc.",       "ltd",        "ltd.",       "co",
      "co.",          "group",      "news",       "times",      "post",
      "journal",      "office",     "committee",  "union",      "association",
      "institute",    "university", "department", "airlines",   "airways",
      "motors",       "press",      "service",    "court",      "assembly",
      "congress",     "senate",     "parliament", "army",       "force",
      "forces",       "front",      "movement",   "league",     "organization",
      "organisation", "fund",       "foundation", "centre",     "center",
      "commission",   "authority",  "board",      "exchange",   "market",
      "capital",      "securities", "holdings",   "industries", "international",
      "republic",     "kingdom",    "states",     "city",       "island",
      "islands",      "province",   "region",     "valley",     "river",
      "sea",          "ocean",      "gulf",       "mountains",  "canada",
      "america",      "africa",     "europe",     "asia",       "east",
      "west",         "north",      "south",      "television", "radio",
      "network",      "channel",    "club",       "church",     "hospital",
      "school",       "college",    "airport",    "port",       "square",
      "palace",       "hall",       "media",      "reuters",    "agency"};
  return Has(kWords, w);
}

// Verbs of saying whose subject, when a full name, is a person.
bool IsSayingVerb(std::string_view lemma) {
  static const WordSet kVerbs = {
      "say",     "tell",    "add",    "announce", "state",       "note",
      "write",   "insist",  "argue",  "claim",    "explain",     "declare",
      "stress",  "comment", "reply",  "respond",  "acknowledge", "admit",
      "confirm", "deny",    "recall", "testify"};
  return Has(kVerbs, lemma);
}

// Last words of titles that name an organisation, not a person: "oil firm
// Yukos", "South African bank Absa".
bool IsOrganizationTitle(std::string_view w) {
  static const WordSet kWords = {
      "firm",         "company",      "group",        "bank",     "giant",
      "maker",        "carrier",      "airline",      "agency",   "party",
      "network",      "broadcaster",  "newspaper",    "channel",  "charity",
      "organisation", "organization", "union",        "movement", "operator",
      "producer",     "retailer",     "manufacturer", "insurer",  "daily",
      "broadcasting", "conglomerate", "lender",       "militia",  "faction"};
  return Has(kWords, w);
}

// Nouns that stand for an actor without being a mention ("the country said
// it ..."): never taken for a non-actor subject.
bool IsActorLikeNoun(std::string_view lemma) {
  static const WordSet kWords = {
      "country",   "nation",     "state",        "republic",     "kingdom",
      "island",    "side",       "group",        "movement",     "regime",
      "bloc",      "alliance",   "organisation", "organization", "body",
      "coalition", "federation", "territory",    "people",       "leadership"};
  return Has(kWords, lemma);
}

// The placeholder kind of token t as a subject no mention covers, or
// nullptr: a common noun subject, singular or plural.
const char* NonActorSubjectKind(const Token& t) {
  if (t.upos != "NOUN" || t.deprel.rfind("nsubj", 0) != 0) return nullptr;
  if (IsActorLikeNoun(NormalizeToken(t.lemma))) return nullptr;
  return t.xpos == "NNS" ? kNonActorGroup : kNonActorThing;
}

bool IsTagged(const Sentence& s) {
  return !s.tokens.empty() && !s.tokens[0].upos.empty();
}

// A word of a person's name: a capitalised proper noun ("Baldrige",
// "O'Neill", "J.").
bool IsNameWord(const Token& t) {
  const std::string& w = t.text;
  if (t.upos != "PROPN" || w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  if (IsHonorific(NormalizeToken(w))) return false;
  bool lower = false;
  for (char c : w) lower |= (c >= 'a' && c <= 'z');
  return lower || (w.size() == 2 && w[1] == '.');
}

// The last word of the run of name words starting at `first` that no
// mention covers.
uint32_t RunEnd(const Sentence& s, uint32_t first) {
  uint32_t last = first;
  while (last + 1 < s.tokens.size() && IsNameWord(s.tokens[last + 1]) &&
         !CoveredByActor(s.actors, last + 1)) {
    ++last;
  }
  return last;
}

// The word of [first, last] whose head lies outside it.
uint32_t RunHead(const Sentence& s, uint32_t first, uint32_t last) {
  for (uint32_t i = first; i <= last; ++i) {
    const int h = s.tokens[i].head;
    if (h < static_cast<int>(first) || h > static_cast<int>(last)) return i;
  }
  return last;
}

// The coded agent ("U.S. Commerce Secretary") that titles a name starting
// at `first`, with an honorific allowed between them; nullptr if none.
ActorMention* TitleBefore(Sentence* s, uint32_t first) {
  uint32_t end = first;
  if (end > 0 && IsHonorific(NormalizeToken(s->tokens[end - 1].text))) --end;
  for (ActorMention& m : s->actors) {
    // A bare title ("Foreign Minister Abdoulaye Diop") gets its country
    // by coreference, and so will the name.
    const bool coded =
        !m.code.empty() || (m.name == kBareAgent && !m.role.empty());
    if (m.last + 1 == end && m.kind == ActorKind::kAgent && coded &&
        !m.plural) {
      return &m;
    }
  }
  return nullptr;
}

// The coded agent in apposition to the name [first, last] headed by
// `head`: "Frank Carlucci, the national security adviser," (the parser may
// hang it on any word of the name) or "the adviser, Frank Carlucci,";
// nullptr if none. Unlike a title before the name, a bare one ("Mr Macklin,
// the chief executive,") is not taken: in apposition it mostly names
// business people whom the document's main country misplaces.
const ActorMention* TitleInApposition(const Sentence& s, uint32_t first,
                                      uint32_t last, uint32_t head) {
  const Token& name = s.tokens[head];
  for (const ActorMention& m : s.actors) {
    if (m.kind != ActorKind::kAgent || m.code.empty() || m.plural) continue;
    const Token& t = s.tokens[m.head];
    if (t.deprel == "appos" && t.head >= static_cast<int>(first) &&
        t.head <= static_cast<int>(last))
      return &m;
    if (name.deprel == "appos" && name.head == static_cast<int>(m.head))
      return &m;
  }
  return nullptr;
}

// "Frank Carlucci said", "said Frank Carlucci".
bool SubjectOfSaying(const Sentence& s, uint32_t head) {
  const Token& t = s.tokens[head];
  if (t.deprel.rfind("nsubj", 0) != 0 || t.head < 0) return false;
  return IsSayingVerb(s.tokens[t.head].lemma);
}

}  // namespace

bool FamilyNameFirst(std::string_view code) {
  std::string_view c = code.substr(0, 3);
  return c == "CHN" || c == "TWN" || c == "HKG" || c == "MAC" || c == "KOR" ||
         c == "PRK";
}

bool IsShortEnglishWord(std::string_view w) {
  static const char* kWords[] = {
      "he",   "she",  "it",   "we",  "us",  "me",   "my",   "an",
      "as",   "at",   "be",   "by",  "do",  "go",   "if",   "in",
      "is",   "no",   "of",   "on",  "or",  "so",   "to",   "up",
      "ma",   "oh",   "ok",   "hi",  "yes", "the",  "and",  "but",
      "for",  "how",  "who",  "why", "not", "all",  "any",  "our",
      "its",  "her",  "his",  "him", "you", "was",  "are",  "has",
      "had",  "may",  "can",  "new", "one", "two",  "sun",  "moon",
      "long", "song", "king", "lee", "kim", "park", "wang", "li"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

std::string FamilyName(const std::string& name, std::string_view code) {
  size_t sp = name.find(' ');
  if (sp == std::string::npos) return "";
  const std::string first = name.substr(0, sp);
  if (FamilyNameFirst(code) && !IsEnglishGivenName(NormalizeToken(first))) {
    return first;
  }
  return LastWord(name);
}

bool CoveredByActor(const std::vector<ActorMention>& ms, uint32_t i) {
  for (const ActorMention& m : ms) {
    if (m.first <= i && i <= m.last) return true;
  }
  return false;
}

void DocNames::Add(Sentence* s) {
  if (!IsTagged(*s)) return;
  const std::vector<Span> appositions = Learn(s);
  Mark(appositions, s);
}

void DocNames::AddNonActorSubjects(Sentence* s) const {
  if (!IsTagged(*s)) return;
  for (uint32_t i = 0; i < s->tokens.size(); ++i) {
    const char* kind = NonActorSubjectKind(s->tokens[i]);
    if (kind == nullptr || CoveredByActor(s->actors, i)) continue;
    ActorMention m;
    m.kind = ActorKind::kPronoun;
    m.name = kind;
    m.plural = kind == kNonActorGroup;
    m.first = m.last = m.head = i;
    s->actors.push_back(std::move(m));
  }
}

std::vector<DocNames::Span> DocNames::Learn(Sentence* s) {
  std::vector<Span> appositions;
  for (uint32_t i = 0; i < s->tokens.size(); ++i) {
    if (!IsNameWord(s->tokens[i]) || CoveredByActor(s->actors, i)) continue;
    const uint32_t last = RunEnd(*s, i);
    const uint32_t first = i;
    i = last;
    if (IsNonPersonHead(NormalizeToken(s->tokens[last].text))) continue;
    if (ActorMention* title = TitleBefore(s, first)) {
      Remember(*s, first, last, title);
      // The title's mention now spans the name, which heads the phrase.
      title->last = last;
      const uint32_t head = RunHead(*s, first, last);
      const int title_head = s->tokens[title->head].head;
      if (title_head >= static_cast<int>(first) &&
          title_head <= static_cast<int>(last)) {
        title->head = head;
      }
      continue;
    }
    const uint32_t head = RunHead(*s, first, last);
    if (const ActorMention* appos = TitleInApposition(*s, first, last, head)) {
      Remember(*s, first, last, appos);
      appositions.push_back({first, last});
      continue;
    }
    const bool honorific =
        first > 0 && IsHonorific(NormalizeToken(s->tokens[first - 1].text));
    const bool full_name_saying = last > first && SubjectOfSaying(*s, head);
    if (honorific || full_name_saying) Remember(*s, first, last, nullptr);
  }
  return appositions;
}

void DocNames::Remember(const Sentence& s, uint32_t first, uint32_t last,
                        const ActorMention* title) {
  Person p;
  p.code = title != nullptr ? title->code : "";
  p.role = title != nullptr ? title->role : "";
  p.organization =
      title != nullptr &&
      IsOrganizationTitle(NormalizeToken(s.tokens[title->last].text));
  for (uint32_t i = first; i <= last; ++i) {
    if (i > first) p.name += ' ';
    p.name += s.tokens[i].text;
  }
  std::vector<std::string> keys = {FamilyName(p.name, p.code)};
  if (keys[0].empty()) keys[0] = p.name;  // one word: "Mr Baldrige"
  // Spanish and Portuguese names put the family name first of two:
  // "Miguel Mancera Aguayo" is "Mancera".
  if (last >= first + 2 && !FamilyNameFirst(p.code)) {
    keys.push_back(s.tokens[first + 1].text);
  }
  for (const std::string& k : keys) {
    const std::string key = NormalizeToken(k);
    if (key.size() < 3 || IsShortEnglishWord(key)) continue;
    // "Mr Howard" after "opposition leader Michael Howard" teaches nothing.
    if (title == nullptr && people_.count(key) > 0) continue;
    people_[key] = p;
  }
}

void DocNames::Mark(const std::vector<Span>& skip, Sentence* s) const {
  auto skipped = [&](uint32_t i) {
    for (const Span& sp : skip) {
      if (sp.first <= i && i <= sp.second) return true;
    }
    return false;
  };
  for (uint32_t i = 0; i < s->tokens.size(); ++i) {
    if (!IsNameWord(s->tokens[i]) || skipped(i)) continue;
    auto it = people_.find(NormalizeToken(s->tokens[i].text));
    if (it == people_.end() || CoveredByActor(s->actors, i)) continue;
    uint32_t first = i;
    while (first > 0 && IsNameWord(s->tokens[first - 1]) &&
           !CoveredByActor(s->actors, first - 1)) {
      --first;
    }
    ActorMention m;
    m.code = it->second.code;
    SplitCode(m.code, &m.country, &m.role);
    m.kind =
        it->second.organization ? ActorKind::kOrganization : ActorKind::kPerson;
    m.name = m.code.empty() ? kUnknownPerson : it->second.name;
    if (m.code.empty() && !it->second.role.empty()) {  // a bare title's
      m.kind = ActorKind::kAgent;
      m.name = kBareAgent;
      m.role = it->second.role;
    }
    m.first = first;
    m.last = m.head = i;
    s->actors.push_back(std::move(m));
  }
}

}  // namespace dyad
