#include "code/event_builder.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "code/stance.h"

namespace dyad {
namespace {

bool Cooperative(const std::string& code) {
  int root = std::stoi(code.substr(0, 2));
  return root >= 3 && root <= 8;
}

// Done to each other when the actors are coordinated subjects: cooperation
// between them,
// and verbs of mutual hostility ("Russian troops and Ukrainian civilians
// clashed").
bool Mutual(const Pattern& p) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "clash", "fight", "battle", "skirmish", "exchange",
      "trade", "spar",  "feud",   "quarrel",  "wrangle"};
  // Third parties do not do to each other what they do together: aid
  // (07), hosting (043) and mediation (039, 045; "talks brokered by Saudi
  // Arabia and the United States").
  const bool third_party =
      p.code.starts_with("07") || p.code.starts_with("039") ||
      p.code.starts_with("043") || p.code.starts_with("045");
  return (Cooperative(p.code) && !third_party) ||
         (!p.noun && kVerbs.count(p.lemma) > 0);
}

// "China and Russia coordinated their positions on Ukraine": every target
// is named inside a word the pattern used (a topic), none is that word.
bool TopicTargets(const ParseView& v, const PatternMatch& m) {
  if (m.targets.empty()) return false;
  for (int t : m.targets) {
    const int head = static_cast<int>(v.sentence().actors[t].head);
    bool inside = false;
    for (int c : m.consumed)
      inside = inside || (head != c && v.Dominates(c, head));
    if (!inside) return false;
  }
  return true;
}

double Confidence(const PatternMatch& m, const ModalityInfo& mod,
                  bool coreferent) {
  double c = 0.6 + 0.1 * std::min<size_t>(m.pattern->slots.size(), 3);
  if (mod.modality == Modality::kReported) c -= 0.1;
  if (coreferent) c -= 0.15;
  return std::clamp(c, 0.05, 0.95);
}

std::string Principal(const std::string& country, const std::string& code) {
  return country.empty() ? code : country;
}

// A pronoun target that resolved to the source itself takes its next
// antecedent ("Russia positioned troops near its borders").
void UseAlternativeIfSelf(const ActorMention& m, const EventActor& source,
                          EventActor* target) {
  if (m.kind != ActorKind::kPronoun || m.alt_code.empty()) return;
  if (Principal(target->country, target->code) !=
      Principal(source.country, source.code)) {
    return;
  }
  target->code = m.alt_code;
  target->country.clear();
  target->role.clear();
  if (m.alt_code.size() >= 3 && m.alt_code.rfind("IGO", 0) != 0) {
    target->country = m.alt_code.substr(0, 3);
    if (m.alt_code.size() >= 6) target->role = m.alt_code.substr(3, 3);
  }
}

// "The United States reaffirmed its commitment", "renewed their assault":
// a possessive pronoun on the trigger's object is the subject's own, never
// someone else named earlier.
bool IsOwnPossessive(const ParseView& v, const ActorMention& m, int trigger) {
  if (m.kind != ActorKind::kPronoun || v.BaseRel(m.head) != "nmod")
    return false;
  if (v.Rel(m.head) != "nmod:poss") return false;
  const int noun = v.Head(m.head);
  return noun >= 0 && v.Head(noun) == trigger && v.BaseRel(noun) == "obj";
}

// Curfews, bans on parties, restrictions on freedoms, states of emergency
// and martial law: imposed on the source's own country unless a target is
// named.
bool IsDomesticMeasure(const std::string& code) {
  return code.starts_with("172");
}

// The country of `a` as an actor with no span of its own.
EventActor OwnCountry(const EventActor& a) {
  EventActor c;
  c.code = a.country;
  c.country = a.country;
  return c;
}

std::string ActorPrincipal(const EventActor& a) {
  return Principal(a.country, a.code);
}

// The same event told twice: same principals ("Russia" in the headline,
// "Russian troops" in the body), code, date and polarity.
std::string MergeKey(const Event& e) {
  return ActorPrincipal(e.source) + "|" +
         (e.target ? ActorPrincipal(*e.target) : "") + "|" + e.code + "|" +
         e.date + "|" + (e.negated ? "n" : "a");
}

// Keeps the more specific code of two mentions of one actor.
void KeepSpecific(const EventActor& other, EventActor* kept) {
  if (other.code.size() > kept->code.size()) *kept = other;
}

bool ShareSentence(const Event& a, const Event& b) {
  for (const EventMention& x : a.mentions) {
    for (const EventMention& y : b.mentions) {
      if (x.sentence == y.sentence) return true;
    }
  }
  return false;
}

// A targetless event repeated, with its target, by another trigger of the
// same sentence ("blocked roads, protesting against EU rules").
bool Subsumed(const Event& e, const std::vector<Event>& all) {
  if (e.target) return false;
  for (const Event& f : all) {
    if (&f != &e && f.target && f.root == e.root && f.negated == e.negated &&
        ActorPrincipal(f.source) == ActorPrincipal(e.source) &&
        ShareSentence(e, f)) {
      return true;
    }
  }
  return false;
}

// "will withdraw their troops unless ...".
bool HasUnlessClause(const ParseView& v, int trigger) {
  for (int c : v.Children(trigger, "advcl")) {
    if (v.CaseOf(c) == "unless") return true;
  }
  return false;
}

}  // namespace

bool SameSide(std::string_view a, std::string_view b) {
  return a.starts_with(b) || b.starts_with(a);
}

std::string IntentCode(const std::string& code) {
  return StanceCode(Stance::kIntent, code);
}

EventBuilder::EventBuilder(const Document& doc, const Article& article,
                           const Codebook& codebook,
                           const CoderOptions& options, std::string_view date)
    : doc_(doc),
      article_(article),
      book_(codebook),
      options_(options),
      published_(ParseCivilDate(date)) {}

std::vector<EventBuilder::Pair> EventBuilder::Pairs(const Pattern& p,
                                                    const PatternMatch& m,
                                                    std::vector<int> sources,
                                                    const ParseView& v) const {
  std::vector<int> targets = m.targets;
  // Coordinated subjects of a mutual verb act on each other, not on the
  // topic of what they share.
  if (sources.size() >= 2 && Mutual(p) && TopicTargets(v, m)) targets.clear();
  if (sources.empty() && m.between && targets.size() >= 2) {
    sources = {targets.front()};
    targets.erase(targets.begin());
  }
  std::vector<Pair> out;
  if (targets.empty() && sources.size() >= 2 && Mutual(p)) {
    for (size_t i = 0; i < sources.size(); ++i) {
      for (size_t j = i + 1; j < sources.size(); ++j) {
        out.push_back({sources[i], sources[j]});
      }
    }
    return out;
  }
  for (int s : sources) {
    if (targets.empty()) out.push_back({s, -1});
    for (int t : targets) out.push_back({s, t});
  }
  return out;
}

EventActor EventBuilder::Actor(const ParseView& v, int mention) const {
  const ActorMention& m = v.sentence().actors[mention];
  EventActor a;
  a.code = m.code;
  a.country = m.country;
  a.role = m.role;
  a.begin = v.token(m.first).begin;
  a.end = v.token(m.last).end;
  a.text = std::string(article_.Slice(a.begin, a.end));
  return a;
}

void EventBuilder::Add(const ParseView& v, int sentence, int trigger,
                       const Pattern& pattern, const PatternMatch& match,
                       const std::vector<int>& sources,
                       const ModalityInfo& modality, const EventActor* prior) {
  // A copy: `prior` points into events_, which the events emitted below
  // may reallocate.
  const std::optional<EventActor> prior_target =
      prior != nullptr ? std::optional<EventActor>(*prior) : std::nullopt;
  std::string code = pattern.code;
  if (options_.map_intentions && modality.modality == Modality::kIntended) {
    code = IntentCode(code);
    // "will withdraw their troops unless ...": a conditional intention is
    // a threat.
    if (HasUnlessClause(v, trigger) && code.compare(0, 2, "13") != 0) {
      code = "130";
    }
  }
  const CodeInfo* info = book_.Find(code);
  if (info == nullptr) return;
  const bool future = modality.modality == Modality::kIntended;
  ResolvedDate when = FindDate(v.sentence().tokens, published_, future);
  for (const Pair& pair : Pairs(pattern, match, sources, v)) {
    const ActorMention& src = v.sentence().actors[pair.source];
    if (src.code.empty()) continue;
    Event e;
    e.source = Actor(v, pair.source);
    if (pair.target >= 0) {
      e.target = Actor(v, pair.target);
      if (!IsOwnPossessive(v, v.sentence().actors[pair.target], trigger)) {
        UseAlternativeIfSelf(v.sentence().actors[pair.target], e.source,
                             &*e.target);
      }
      if (e.target->code.empty() || e.target->code == e.source.code) continue;
    } else if (prior_target.has_value() &&
               !SameSide(prior_target->code, e.source.code)) {
      e.target = *prior_target;
    } else if (IsDomesticMeasure(info->code) && !e.source.country.empty()) {
      e.target = OwnCountry(e.source);
    }
    SetCode(*info, &e);
    const Token& t = v.token(trigger);
    e.trigger = std::string(article_.Slice(t.begin, t.end));
    e.negated = modality.negated;
    e.modality = modality.modality;
    e.date = when.precision.empty() && published_.valid()
                 ? FormatCivilDate(published_)
                 : when.date;
    e.date_precision = when.precision.empty() && published_.valid()
                           ? "publication"
                           : when.precision;
    bool coref = src.antecedent_sentence >= 0 ||
                 (pair.target >= 0 &&
                  v.sentence().actors[pair.target].antecedent_sentence >= 0);
    e.confidence = Confidence(match, modality, coref);
    EventMention mention;
    mention.sentence = sentence;
    mention.sentence_text =
        std::string(article_.Slice(v.sentence().begin, v.sentence().end));
    mention.trigger_begin = t.begin;
    mention.trigger_end = t.end;
    mention.source_begin = e.source.begin;
    mention.source_end = e.source.end;
    if (e.target) {
      mention.target_begin = e.target->begin;
      mention.target_end = e.target->end;
    }
    e.mentions.push_back(std::move(mention));
    if (!pattern.reverse_code.empty() && e.target) {
      EmitReverse(
          e, future ? IntentCode(pattern.reverse_code) : pattern.reverse_code);
    }
    Emit(std::move(e));
  }
}

void EventBuilder::EmitReverse(const Event& e, const std::string& code) {
  const CodeInfo* info = book_.Find(code);
  if (info == nullptr) return;
  Event r = e;
  std::swap(r.source, *r.target);
  for (EventMention& m : r.mentions) {
    std::swap(m.source_begin, m.target_begin);
    std::swap(m.source_end, m.target_end);
  }
  SetCode(*info, &r);
  Emit(std::move(r));
}

void EventBuilder::SetCode(const CodeInfo& info, Event* e) const {
  e->code = info.code;
  e->root = info.root();
  e->quad_class = info.quad_class;
  e->goldstein = info.goldstein;
  e->plover_event = info.plover_event;
  e->plover_mode = info.plover_mode;
  e->codebook_version = book_.version();
}

const EventActor* EventBuilder::LatestSource(
    const std::vector<std::string>& roots) const {
  for (auto it = events_.rbegin(); it != events_.rend(); ++it) {
    // "welcomed the agreement" is no agreement: reactions (praise, defence,
    // rallying support, criticism, rejection) are no antecedents.
    const bool reaction =
        it->root == "11" || it->root == "12" || it->code.starts_with("051") ||
        it->code.starts_with("052") || it->code.starts_with("053");
    if (reaction) continue;
    for (const std::string& r : roots) {
      if (it->root == r) return &it->source;
    }
  }
  return nullptr;
}

const EventActor* EventBuilder::LatestClaimant() const {
  for (auto it = events_.rbegin(); it != events_.rend(); ++it) {
    if (it->code == "015" && !it->negated) return &it->source;
  }
  return nullptr;
}

const EventActor* EventBuilder::LatestSourceAgainst(
    const ActorMention& m) const {
  const std::string principal = Principal(m.country, m.code);
  for (auto it = events_.rbegin(); it != events_.rend(); ++it) {
    if (it->target && ActorPrincipal(*it->target) == principal &&
        ActorPrincipal(it->source) != principal && !it->negated) {
      return &it->source;
    }
  }
  return nullptr;
}

void EventBuilder::Emit(Event e) {
  std::string key = MergeKey(e);
  auto it = index_.find(key);
  if (it != index_.end()) {
    Event& first = events_[it->second];
    first.mentions.push_back(e.mentions.front());
    KeepSpecific(e.source, &first.source);
    if (e.target) KeepSpecific(*e.target, &*first.target);
    first.confidence = std::max(first.confidence, e.confidence);
    return;
  }
  index_[key] = events_.size();
  events_.push_back(std::move(e));
}

void EventBuilder::Finish(std::vector<Event>* out) {
  for (Event& e : events_) {
    if (Subsumed(e, events_)) continue;
    e.doc_id = doc_.id;
    e.event_id = doc_.id + "-" + std::to_string(out->size() + 1);
    out->push_back(std::move(e));
  }
  events_.clear();
  index_.clear();
}

}  // namespace dyad
