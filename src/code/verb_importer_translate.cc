// PatternTranslator, part 2: units -> slots (see verb_importer_translate.h).
#include "code/verb_importer_translate.h"

#include <algorithm>
#include <utility>

namespace dyad {
namespace {

using K = Unit::Kind;
using SK = Slot::Kind;

bool HasWord(const std::vector<std::string>& v, std::string_view w) {
  return std::find(v.begin(), v.end(), w) != v.end();
}

// Builds the slots of one pattern from its units, left to right.
class SlotBuilder {
 public:
  void Run(const std::vector<Unit>& units) {
    for (size_t i = 0; i < units.size() && blocked_.empty(); ++i) {
      const Unit* next = i + 1 < units.size() ? &units[i + 1] : nullptr;
      if (On(units[i], next, units.size() == 1)) ++i;  // consumed `next`
      first_ = false;
    }
  }

  Translation Finish(bool had_units) {
    Translation t;
    if (!blocked_.empty()) {
      t.result = malformed_ ? Translation::Result::kMalformed
                            : Translation::Result::kInexpressible;
      t.reason = blocked_;
    } else if (slots_.empty() && particle_.empty() && had_units) {
      t.result = Translation::Result::kInexpressible;
      t.reason = "nothing after the verb can be matched";
    } else {
      t.result =
          partial_ ? Translation::Result::kPartial : Translation::Result::kOk;
    }
    t.particle = particle_;
    t.slots = std::move(slots_);
    return t;
  }

 private:
  // Handles `u`; returns true when it also used `next`.
  bool On(const Unit& u, const Unit* next, bool only) {
    if (in_complement_ && u.kind != K::kBlocker) {
      partial_ = true;  // "* TO_LET_ESCAPE": belongs to the complement verb
      return false;
    }
    switch (u.kind) {
      case K::kTarget:
        Object();
        return false;
      case K::kSource:
        partial_ = true;
        return false;
      case K::kParticle:
        return Particle(u, next);
      case K::kPrep:
        return Prep(u.words, next);
      case K::kPP:
        PP(u);
        return false;
      case K::kNominal:
        ObjectLemma(u.words);
        return false;
      case K::kVerbWord:
        Complement(u.words, first_);
        return false;
      case K::kAdjWord:
        Complement(u.words, first_ && only);
        return false;
      case K::kBlocker:
        blocked_ = u.words[0];
        malformed_ = u.malformed;
        return false;
      default:
        return false;  // "%", "^", modifiers
    }
  }

  bool Particle(const Unit& u, const Unit* next) {
    if (first_) {
      particle_ = u.words[0];
      return false;
    }
    if (next != nullptr && next->kind == K::kNominal)
      return Prep(u.words, next);
    partial_ = true;
    return false;
  }

  // A preposition and what follows it ("TO +", "ON_ RESOLUTION").
  bool Prep(const std::vector<std::string>& preps, const Unit* next) {
    if (next != nullptr && next->kind == K::kPP) next = nullptr;
    if (OfAfterNoun(preps)) {
      return next != nullptr && next->kind != K::kPrep &&
             next->kind != K::kParticle && next->kind != K::kBlocker;
    }
    if (next == nullptr || next->kind == K::kPrep ||
        next->kind == K::kParticle) {
      PrepTarget(preps, false);
      return false;
    }
    if (HasWord(preps, "to") && next->kind == K::kNominal &&
        !next->base_verbs.empty()) {
      Complement(next->base_verbs, true);  // "* TO LEAVE": an infinitive
    } else {
      Governed(preps, *next);
    }
    return true;
  }

  void PP(const Unit& u) {
    if (OfAfterNoun(u.words)) return;
    if (u.content.empty()) {
      PrepTarget(u.words, false);
      return;
    }
    Governed(u.words, u.content[0]);
    if (u.content.size() > 1) partial_ = true;
  }

  // "STATE (OF EMERGENCY)", "IN FAVOUR OF": "of" after a noun modifies
  // the noun, not the verb; it is dropped.
  bool OfAfterNoun(const std::vector<std::string>& preps) {
    if (preps.size() != 1 || preps[0] != "of" || !after_noun_) return false;
    partial_ = true;
    return true;
  }

  // The preposition `preps` governs `g`.
  void Governed(const std::vector<std::string>& preps, const Unit& g) {
    switch (g.kind) {
      case K::kTarget:
      case K::kCompound:
        PrepTarget(preps, true);
        break;
      case K::kSkip:
        PrepLemma(preps, {"*"});
        break;
      case K::kNominal:
        PrepLemma(preps, g.words);
        break;
      case K::kVerbWord:
        if (HasWord(preps, "to")) {
          Complement(g.words, true);
        } else {
          partial_ = true;
        }
        break;
      case K::kBlocker:
        blocked_ = g.words[0];
        malformed_ = g.malformed;
        break;
      default:
        partial_ = true;  // "$", adjectives, nested phrases
    }
  }

  // The target is in this oblique, unless the pattern has one already or
  // the preposition is "by" (the passive agent: the source).
  void PrepTarget(const std::vector<std::string>& preps, bool marked) {
    if (has_target_ || HasWord(preps, "by")) {
      PrepLemma(preps, {"*"});
      if (marked) partial_ = true;
      return;
    }
    Add(SK::kPrep, preps, {});
    has_target_ = true;
  }

  void PrepLemma(const std::vector<std::string>& preps,
                 std::vector<std::string> lemmas) {
    bool noun = lemmas.size() != 1 || lemmas[0] != "*";
    Add(SK::kPrepLemma, preps, std::move(lemmas));
    after_noun_ = noun;
  }

  void Object() {
    if (has_object_ || has_target_) {
      partial_ = true;
      return;
    }
    Add(SK::kObject, {}, {});
    has_object_ = has_target_ = true;
  }

  void ObjectLemma(const std::vector<std::string>& lemmas) {
    if (has_object_) {
      partial_ = true;  // a second object ("* + PRISONER")
      return;
    }
    Add(SK::kObjectLemma, {}, lemmas);
    has_object_ = true;
    after_noun_ = true;
  }

  // "* TO ATTEND", "* BLOCKING", "SEEM CONFIDENT": an open complement.
  void Complement(const std::vector<std::string>& lemmas, bool allowed) {
    if (!allowed) {
      partial_ = true;
      return;
    }
    Add(SK::kXcomp, {}, lemmas);
    in_complement_ = true;
  }

  void Add(SK kind, std::vector<std::string> preps,
           std::vector<std::string> lemmas) {
    Slot s;
    s.kind = kind;
    s.preps = std::move(preps);
    s.lemmas = std::move(lemmas);
    slots_.push_back(std::move(s));
    after_noun_ = false;
  }

  std::vector<Slot> slots_;
  std::string particle_;
  std::string blocked_;
  bool malformed_ = false;
  bool partial_ = false;
  bool first_ = true;
  bool has_target_ = false;
  bool has_object_ = false;
  bool after_noun_ = false;
  bool in_complement_ = false;  // an xcomp slot was added
};

bool IsMarker(const VerbToken& t) {
  return t.kind == VerbToken::Kind::kSource ||
         t.kind == VerbToken::Kind::kTarget ||
         t.kind == VerbToken::Kind::kCompound ||
         t.kind == VerbToken::Kind::kSkip;
}

}  // namespace

Translation PatternTranslator::Interpret(const std::vector<VerbToken>& pre,
                                         const std::vector<Unit>& units) const {
  if (!std::all_of(pre.begin(), pre.end(), IsMarker)) {
    Translation t;
    t.result = Translation::Result::kInexpressible;
    t.reason = "words before the verb";
    return t;
  }
  SlotBuilder b;
  b.Run(units);
  return b.Finish(!units.empty());
}

}  // namespace dyad
