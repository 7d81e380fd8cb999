#include "code/modality.h"

#include <initializer_list>
#include <string>

#include "code/roles.h"

namespace dyad {
namespace {

constexpr int kMaxClimb = 8;

bool In(const std::string& w, std::initializer_list<const char*> set) {
  for (const char* s : set) {
    if (w == s) return true;
  }
  return false;
}

bool IsNegator(const ParseView& v, int c) {
  return In(v.Lemma(c), {"not", "never", "n't", "no"}) &&
         (v.BaseRel(c) == "advmod" || v.BaseRel(c) == "det");
}

bool Negated(const ParseView& v, int t) {
  for (int c : v.Children(t, "advmod")) {
    if (IsNegator(v, c)) return true;
  }
  for (int c : v.Children(t, "det")) {
    if (IsNegator(v, c)) return true;
  }
  return false;
}

bool HasConditionMark(const ParseView& v, int t) {
  for (int c : v.Children(t, "mark")) {
    if (In(v.Lemma(c), {"if", "unless", "whether"})) return true;
  }
  return false;
}

}  // namespace

bool IsReportingVerb(std::string_view lemma) {
  for (std::string_view w : {"say", "tell", "report", "add", "state",
                             "announce", "declare", "confirm", "insist"}) {
    if (lemma == w) return true;
  }
  return false;
}

// "Vucic said Belgrade would never recognise Kosovo": in reported speech
// "would" is "will" seen from the past, unless a condition goes with it.
bool BackshiftedWould(const ParseView& v, int t) {
  int c = t;
  for (int d = 0; d < kMaxClimb && v.BaseRel(c) == "conj"; ++d) {
    if (v.Head(c) < 0) return false;
    c = v.Head(c);
  }
  if (v.BaseRel(c) != "ccomp" || v.Head(c) < 0 || HasConditionMark(v, t)) {
    return false;
  }
  for (int a : v.Children(t, "advcl")) {
    if (HasConditionMark(v, a)) return false;
  }
  const std::string& l = v.Lemma(v.Head(c));
  return IsReportingVerb(l) || In(l, {"pledge", "promise", "vow"});
}

namespace {

// The strongest modality the auxiliaries and markers of `t` express.
void LocalModality(const ParseView& v, int t, ModalityInfo* m) {
  for (int a : v.Children(t, "aux")) {
    const std::string& l = v.Lemma(a);
    if (In(l, {"will", "shall", "'ll"})) m->modality = Modality::kIntended;
    if (l == "would" && BackshiftedWould(v, t)) {
      m->modality = Modality::kIntended;
    } else if (In(l, {"would", "could", "might", "may", "should", "can",
                      "must"})) {
      m->modality = Modality::kHypothetical;
    }
  }
  for (int c : v.Children(t, "mark")) {
    if (In(v.Lemma(c), {"if", "unless", "whether"})) {
      m->modality = Modality::kHypothetical;
    }
  }
}

void Raise(Modality to, ModalityInfo* m) {
  // hypothetical > intended > reported > asserted
  auto rank = [](Modality x) {
    return x == Modality::kHypothetical ? 3
           : x == Modality::kIntended   ? 2
           : x == Modality::kReported   ? 1
                                        : 0;
  };
  if (rank(to) > rank(m->modality)) m->modality = to;
}

// What a governing verb does to its complement `child` (xcomp or ccomp).
void Govern(const ParseView& v, int head, int child, ModalityInfo* m) {
  const std::string& l = v.Lemma(head);
  bool xcomp = v.BaseRel(child) == "xcomp";
  if (In(l, {"refuse", "decline", "fail", "deny", "reject", "avoid", "stop",
             "cease", "rule_out", "halt"})) {
    m->negated = true;
  } else if (xcomp &&
             In(l, {"plan",    "intend",   "want",    "hope",      "aim",
                    "seek",    "expect",   "prepare", "agree",     "promise",
                    "pledge",  "vow",      "offer",   "decide",    "try",
                    "attempt", "threaten", "propose", "wish",      "mean",
                    "set",     "ready",    "willing", "prepared",  "determined",
                    "eager",   "keen",     "poised",  "committed", "commit"})) {
    Raise(Modality::kIntended, m);
    if (m->intention_head < 0) m->intention_head = head;
  } else if (xcomp && In(l, {"able", "likely", "unlikely", "free"})) {
    Raise(Modality::kHypothetical, m);
  } else if (xcomp && In(l, {"ask", "urge", "call", "demand", "request",
                             "press", "push", "encourage", "invite", "order",
                             "tell", "force", "allow", "permit", "appeal"})) {
    Raise(Modality::kHypothetical, m);
  } else if (!xcomp && In(l, {"fear", "warn", "worry", "speculate", "suggest",
                              "consider", "doubt"})) {
    Raise(Modality::kHypothetical, m);
  } else if (!xcomp && In(l, {"say", "claim", "allege", "report", "state",
                              "announce", "tell", "add", "insist", "believe",
                              "think", "accuse", "assert", "argue"})) {
    Raise(Modality::kReported, m);
  }
}

// The noun a to-infinitive complements ("plans to visit", "no authority to
// make"), or -1. The parser may hang the infinitive on the verb instead of
// its object noun ("had no authority to make"): the object just before it
// is taken then.
int ComplementedNoun(const ParseView& v, int verb) {
  if (v.CaseOf(verb) != "to" || v.Head(verb) < 0) return -1;
  const int head = v.Head(verb);
  std::string_view rel = v.BaseRel(verb);
  if (rel == "acl" && v.IsNoun(head)) return head;
  if (rel != "advcl") return -1;
  int noun = -1;
  for (int o : v.Children(head, "obj")) {
    if (o < verb) noun = o;
  }
  return noun;
}

// What a noun does to the infinitive it governs: "no plans to" negates,
// "plans to" announces, "the right to" only makes possible.
void GovernByNoun(const ParseView& v, int noun, ModalityInfo* m) {
  if (Negated(v, noun)) m->negated = true;
  const std::string& l = v.Lemma(noun);
  if (In(l, {"plan", "intention", "intent", "pledge", "promise", "decision",
             "readiness", "willingness", "commitment", "vow", "bid"})) {
    Raise(Modality::kIntended, m);
  } else if (In(l,
                {"authority", "right",      "power",  "ability",     "capacity",
                 "mandate",   "permission", "chance", "opportunity", "need",
                 "reason",    "call",       "demand", "request",     "attempt",
                 "effort",    "threat",     "offer",  "proposal",    "way"})) {
    Raise(Modality::kHypothetical, m);
  }
}

// "accused India of violating the ceasefire": what one side charges the
// other with is a claim, not a fact.
bool IsAllegation(const ParseView& v, int head, int clause) {
  const std::string mark = v.CaseOf(clause);
  return v.BaseRel(clause) == "advcl" && (mark == "of" || mark == "for") &&
         In(v.Lemma(head), {"accuse", "blame", "charge", "suspect", "fault",
                            "criticize", "criticise", "condemn", "denounce"});
}

bool IsSettingPhrase(const std::string& preposition) {
  return In(preposition, {"after", "before", "since", "following", "despite",
                          "amid", "during", "until"});
}

bool IsQuestion(const ParseView& v) {
  return v.size() > 0 && v.token(v.size() - 1).text == "?";
}

}  // namespace

ModalityInfo ModalityOf(const ParseView& v, int trigger) {
  ModalityInfo m;
  int t = trigger;
  const bool noun = v.IsNoun(trigger);
  if (noun) {
    m.negated = Negated(v, t);
    // "would not negotiate a day after the U.S. imposed sanctions": an event
    // told as the time or the setting of another keeps its own modality.
    if (IsSettingPhrase(v.CaseOf(trigger))) return m;
    t = GoverningVerb(v, trigger);
    if (t < 0) return m;
  }
  for (int depth = 0; t >= 0 && depth < kMaxClimb; ++depth) {
    if (Negated(v, t)) m.negated = true;
    LocalModality(v, t, &m);
    int head = v.Head(t);
    if (head < 0) {
      if (IsQuestion(v)) Raise(Modality::kHypothetical, &m);
      break;
    }
    std::string_view rel = v.BaseRel(t);
    if (int noun = ComplementedNoun(v, t); noun >= 0) {
      GovernByNoun(v, noun, &m);
      if (rel == "acl") {
        t = GoverningVerb(v, noun);
        continue;
      }
    }
    if (IsAllegation(v, head, t)) Raise(Modality::kReported, &m);
    if (rel == "xcomp" || rel == "ccomp") {
      Govern(v, head, t, &m);
    } else if (rel != "conj" && !IsNonFiniteAdjunct(v, t)) {
      break;  // finite adverbial and relative clauses keep their own
    }
    t = head;
  }
  return m;
}

}  // namespace dyad
