// Repairs of noun phrases and objects (code/parse_tree.h); the order they
// run in is RepairParse's (parse_repair.cc).
#include <string_view>
#include <unordered_set>

#include "code/parse_tree.h"
#include "code/pattern_match.h"
#include "util/strings.h"

namespace dyad::parse_repair_internal {
namespace {

// An adjective or name modifying a noun ("Egyptian", "U.S.").
bool IsNounModifier(const Tree& t, int i) {
  const std::string& u = t.s.tokens[i].upos;
  return (t.Base(i) == "amod" || t.Base(i) == "compound") &&
         (u == "ADJ" || u == "PROPN");
}

// The code of the actor mentioned at token i, or "".
const std::string& ActorAt(const Tree& t, int i) {
  static const std::string kNone;
  for (const ActorMention& m : t.s.actors) {
    if (static_cast<int>(m.first) <= i && i <= static_cast<int>(m.last))
      return m.code;
  }
  return kNone;
}

// True when tokens a and b name actors of different principals.
bool DifferentActors(const Tree& t, int a, int b) {
  const std::string &x = ActorAt(t, a), &y = ActorAt(t, b);
  return !x.empty() && !y.empty() && x.substr(0, 3) != y.substr(0, 3);
}

}  // namespace

// "contributed up to 4,000 troops", "forced out more than 1,000
// refugees": a number's "up to" or "more than", read as a particle and a
// preposition, makes the object an oblique. With no object of its own, the
// verb gets it back (QuantityParticle then frees "up").
void QuantityObject(Tree& t) {
  for (int n = 2; n < t.size(); ++n) {
    const int verb = t.heads[n];
    if (verb < 0 || verb > n || t.Base(n) != "obl" ||
        !t.Children(verb, "obj").empty()) {
      continue;
    }
    std::vector<int> cases = t.Children(n, "case");
    // "to" may hang on the number itself ("up to 1,000 police officers").
    for (int num : t.Children(n, "nummod"))
      if (cases.empty()) cases = t.Children(num, "case");
    if (cases.empty() || cases[0] < 1 || cases[0] + 1 >= n) continue;
    const int k = cases[0];
    const std::string& c = t.Text(k);
    const std::string& before = t.Text(k - 1);
    const bool up_to = c == "to" && before == "up";
    const bool more_than =
        c == "than" &&
        (before == "more" || before == "less" || before == "fewer");
    if (!(up_to || more_than) || t.s.tokens[k + 1].upos != "NUM") continue;
    t.rels[n] = "obj";
  }
}

// "contribute up to 4,000 troops": "up" read as a particle is no particle
// of the verb ("contribute up"), whether or not the parse lost the object.
void QuantityParticle(Tree& t) {
  for (int k = 1; k + 1 < t.size(); ++k) {
    if (t.rels[k - 1] != "compound:prt" || t.Text(k - 1) != "up" ||
        t.Text(k) != "to" || t.s.tokens[k + 1].upos != "NUM")
      continue;
    t.heads[k - 1] = k;
    t.rels[k - 1] = "advmod";
  }
}

// "will visit Washington next month" parsed with Washington as a compound
// of "month": a name before "next / last / this" + a time noun is the
// object of a verb that has none (its oblique, with the preposition before
// it).
void NameBeforeTimePhrase(Tree& t) {
  static const std::unordered_set<std::string_view> kWhich = {
      "next", "last", "this", "coming", "previous", "following", "early"};
  for (int n = 0; n < t.size(); ++n) {
    const int v = t.heads[n];
    if (v < 0 || t.Base(n) != "obl" ||
        !IsTimeNoun(Lowercase(t.s.tokens[n].lemma)) ||
        !t.Children(v, "obj").empty() || t.s.tokens[v].upos != "VERB") {
      continue;
    }
    for (int c : t.Children(n, "compound")) {
      if (c + 2 != n || t.s.tokens[c].upos != "PROPN" ||
          kWhich.count(Lowercase(t.s.tokens[n - 1].text)) == 0) {
        continue;
      }
      t.heads[c] = v;
      t.rels[c] = "obj";
      // "travelling to America next week": the preposition goes along.
      for (int p : t.Children(n, "case")) {
        if (p > c) continue;
        t.heads[p] = c;
        t.rels[c] = "obl";
      }
    }
  }
}

// "arrested former Prime Minister Imran Khan", "continued their hunger
// strike" parsed with the noun as a bare oblique: an oblique with no
// preposition right after a verb that has no object is its object (time
// nouns aside: "met Monday").
void BareObliqueIsObject(Tree& t) {
  for (int o = 1; o < t.size(); ++o) {
    const int v = t.heads[o];
    const std::string& u = t.s.tokens[o].upos;
    if (v < 0 || v >= o || t.rels[o] != "obl" || t.s.tokens[v].upos != "VERB" ||
        (u != "NOUN" && u != "PROPN") || !t.Children(o, "case").empty() ||
        !t.Children(v, "obj").empty() ||
        IsTimeNoun(Lowercase(t.s.tokens[o].lemma)) ||
        SubtreeStart(t, o) != v + 1) {
      continue;
    }
    // "met with disapproval from ... groups", "called for leader X": the
    // preposition hangs lower, and the phrase is an oblique after all.
    bool preposition = false;
    for (int i = v + 1; i < o; ++i) preposition |= t.s.tokens[i].upos == "ADP";
    if (!preposition) t.rels[o] = "obj";
  }
}

// "called the vote a political provocation" parsed with the second noun
// phrase as the object of the first: a noun has no object, so it is the
// verb's second one.
void ObjectOfNoun(Tree& t) {
  for (int o = 0; o < t.size(); ++o) {
    const int n = t.heads[o];
    if (n < 0 || t.rels[o] != "obj") continue;
    const std::string& u = t.s.tokens[n].upos;
    const int v = t.heads[n];
    const bool named = t.rels[n] == "xcomp";  // "called the verdict a sham"
    if ((u != "NOUN" && u != "PROPN") || v < 0 ||
        (t.rels[n] != "obj" && !named) || t.s.tokens[v].upos != "VERB" ||
        t.Children(o, "det").empty()) {
      continue;  // "number one singles" is one noun phrase
    }
    t.heads[o] = v;
    if (named) t.rels[n] = "obj";  // DoubleObject then names it with o
  }
}

// "fired tear gas at supporters" parsed with "gas" as the object of
// "tear": a common noun's object right after it, with no determiner, is the
// head of a compound; it takes the first noun's place and its dependents
// after it.
void CompoundReadAsObject(Tree& t) {
  for (int o = 1; o < t.size(); ++o) {
    const int n = o - 1;
    if (t.heads[o] != n || t.rels[o] != "obj" || t.s.tokens[n].upos != "NOUN" ||
        t.s.tokens[o].upos != "NOUN")
      continue;
    for (int d = o + 1; d < t.size(); ++d)
      if (t.heads[d] == n) t.heads[d] = o;
    t.heads[o] = t.heads[n], t.rels[o] = t.rels[n];
    t.heads[n] = o, t.rels[n] = "compound";
  }
  // A compound cut off from its noun by that noun's preposition ("tear gas
  // at opposition supporters") is no part of it: the verb's object.
  for (int c = 0; c < t.size(); ++c) {
    const int h = t.heads[c];
    if (h <= c || t.Base(c) != "compound" || t.heads[h] < 0) continue;
    const int v = t.heads[h];
    bool cut_off = false;
    for (int k : t.Children(h, "case")) cut_off |= k > c && k < h;
    if (cut_off && t.s.tokens[v].upos == "VERB" && t.Children(v, "obj").empty())
      t.heads[c] = v, t.rels[c] = "obj";
  }
}

// "Qatari and Egyptian mediators" parsed as three modifiers of the noun:
// the second modifier is a conjunct of the first, and the coordinator its.
void CoordinatedModifiers(Tree& t) {
  for (int c = 1; c + 1 < t.size(); ++c) {
    const int a = c - 1, b = c + 1, h = t.heads[b];
    // The coordinator hangs on the noun or already on the second modifier.
    if (t.Base(c) != "cc" || h < 0 || t.heads[a] != h ||
        (t.heads[c] != h && t.heads[c] != b))
      continue;
    if (!IsNounModifier(t, a) || !IsNounModifier(t, b)) continue;
    t.heads[b] = a, t.rels[b] = "conj";
    t.heads[c] = b;
  }
}

// "pledged 50 million euros in humanitarian aid": an "in" or "of" phrase
// right after an object of quantity or money, hung on the verb, is what the
// quantity is of.
void PhraseOfLightObject(Tree& t) {
  for (int n = 0; n < t.size(); ++n) {
    const int verb = t.heads[n];
    if (verb < 0 || t.Base(n) != "obl") continue;
    for (int o : t.Children(verb, "obj")) {
      if (o > n || SubtreeStart(t, n) != SubtreeEnd(t, o) + 1 ||
          !IsLightNoun(t.s.tokens[o].lemma))
        continue;
      const std::vector<int> cases = t.Children(n, "case");
      const std::string c = cases.empty() ? "" : Lowercase(t.Text(cases[0]));
      if (c == "in" || c == "of") t.heads[n] = o, t.rels[n] = "nmod";
    }
  }
}

// "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov":
// an apposition with a coordinator of its own is a conjunct.
void CoordinatedApposition(Tree& t) {
  for (int a = 0; a < t.size(); ++a) {
    if (t.Base(a) == "appos" && !t.Children(a, "cc").empty())
      t.rels[a] = "conj";
  }
}

// "Ilse Marwick, the Namibian foreign minister,": an apposition hung on the
// last part of a name belongs to the name's head.
void AppositionOfName(Tree& t) {
  for (int a = 0; a < t.size(); ++a) {
    const int h = t.heads[a];
    if (h >= 0 && t.Base(a) == "appos" && t.Base(h) == "flat" &&
        t.heads[h] >= 0)
      t.heads[a] = t.heads[h];
  }
}

// Two direct objects: "send Kyiv an air defence system" gives the first to
// the second ("iobj"); "called the deal a victory" names the first with the
// second ("xcomp").
void DoubleObject(Tree& t) {
  static const std::unordered_set<std::string_view> kNaming = {
      "call", "name", "label", "dub", "brand", "term", "declare", "deem"};
  for (int v = 0; v < t.size(); ++v) {
    std::vector<int> objs = t.Children(v, "obj");
    // "called the agreement a victory" with the name hung on the object as
    // a bare nmod (no preposition).
    if (objs.size() == 1 && kNaming.count(t.s.tokens[v].lemma) > 0) {
      for (int n : t.Children(objs[0], "nmod")) {
        if (n > objs[0] && t.rels[n] == "nmod" && t.Children(n, "case").empty())
          t.heads[n] = v, t.rels[n] = "obj", objs.push_back(n);
      }
    }
    if (objs.size() != 2) continue;
    if (kNaming.count(t.s.tokens[v].lemma) > 0) {
      t.rels[objs[1]] = "xcomp";
    } else {
      t.rels[objs[0]] = "iobj";
    }
  }
}

// "China, Russia coordinated" parsed with Russia hung on China (compound,
// apposition, flat name): two different actors named in a row across a
// comma are a coordination, not one name ("Paris, France" is one actor).
void JoinCommaNames(Tree& t) {
  for (int c = 2; c < t.size(); ++c) {
    const int a = t.heads[c];
    const std::string_view rel = t.Base(c);
    if (a < 0 || a >= c || t.Text(a + 1) != "," || !CommaBetween(t, a, c))
      continue;
    if (rel != "compound" && rel != "appos" && rel != "flat" && rel != "list")
      continue;
    if (t.Base(a) != "nsubj") continue;
    if (!DifferentActors(t, a, c)) continue;
    t.rels[c] = "conj";
  }
  // "Egypt, Jordan coordinated": the first name read as a vocative or a
  // dislocated phrase of the verb whose subject the second is.
  // Or as the subject of a closing report the verb is the complement of
  // ("Egypt, Jordan coordinated …, Cairo says").
  for (int c = 2; c < t.size(); ++c) {
    const int verb = t.heads[c];
    if (verb < 0 || t.rels[c] != "nsubj") continue;
    const int report = t.Base(verb) == "ccomp" ? t.heads[verb] : -1;
    for (int a = 0; a + 1 < c; ++a) {
      const std::string_view rel = t.Base(a);
      const bool aside =
          t.heads[a] == verb && (rel == "vocative" || rel == "dislocated");
      const bool report_subject =
          report >= 0 && t.heads[a] == report && rel == "nsubj";
      if (!(aside || report_subject) || t.Text(a + 1) != "," ||
          !CommaBetween(t, a, c)) {
        continue;
      }
      if (!DifferentActors(t, a, c)) continue;
      t.heads[a] = verb, t.rels[a] = "nsubj";
      t.heads[c] = a;
      t.rels[c] = "conj";
    }
  }
}

}  // namespace dyad::parse_repair_internal
