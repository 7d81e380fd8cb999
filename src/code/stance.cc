#include "code/stance.h"

#include <initializer_list>
#include <string_view>

#include "code/modality.h"

namespace dyad {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

// Verbs whose open complement is the action asked of someone.
bool IsAppealVerb(std::string_view l) {
  return In(l, {"ask",    "urge",  "call",   "appeal",   "request", "encourage",
                "invite", "press", "push",   "lobby",    "implore", "beg",
                "plead",  "want",  "exhort", "petition", "advise",  "persuade",
                "prod",   "nudge", "wish",   "recommend"});
}

// Verbs whose open complement is the action required of someone.
bool IsDemandVerb(std::string_view l) {
  return In(l, {"demand", "order", "instruct", "command", "direct", "require",
                "tell", "insist"});
}

// Appeal verbs that need an addressee to mean an appeal: without one, "want
// to" and "wish to" are the subject's own intention.
bool NeedsAddressee(std::string_view l) {
  return In(l, {"want", "wish", "encourage", "invite", "press", "push",
                "advise", "persuade", "prod", "nudge", "recommend", "tell",
                "order", "instruct", "command", "direct", "require", "urge"});
}

// Words that introduce what someone said: "X said that Y must ...", "a
// reminder that Y must ...".
bool IsStatementHead(std::string_view l) {
  return In(
      l, {"say",       "declare",    "state",     "insist",      "stress",
          "reiterate", "conclude",   "announce",  "tell",        "add",
          "repeat",    "emphasize",  "emphasise", "underline",   "underscore",
          "write",     "argue",      "maintain",  "warn",        "assert",
          "note",      "reply",      "remind",    "reminder",    "demand",
          "call",      "insistence", "statement", "declaration", "message",
          "warning",   "urge"});
}

bool HasAddressee(const ParseView& v, int g) {
  return v.HasChild(g, "obj") || v.HasChild(g, "iobj") ||
         v.HasChild(g, "nsubj:pass");
}

// "must" / "have to" demand; "should" / "ought to" / "need to" appeal.
Stance ModalStance(const ParseView& v, int node) {
  if (Stance s = AuxStance(v, node); s != Stance::kNone) return s;
  const std::string& l = v.Lemma(node);
  if (l == "have" && v.HasChild(node, "xcomp")) return Stance::kDemand;
  if (l == "need" && v.HasChild(node, "xcomp")) return Stance::kAppeal;
  return Stance::kNone;
}

// An open complement's governor: "urged X to", "refused to".
Stance GovernorStance(const ParseView& v, int g) {
  const std::string& l = v.Lemma(g);
  if (In(l, {"refuse", "decline"})) return Stance::kReject;
  const bool appeal = IsAppealVerb(l), demand = IsDemandVerb(l);
  if (!appeal && !demand) return Stance::kNone;
  if (NeedsAddressee(l) && !HasAddressee(v, g)) return Stance::kNone;
  return demand ? Stance::kDemand : Stance::kAppeal;
}

// "stressed the obligation of the international community to lift the
// embargoes": an action named as someone's duty by a statement verb is
// demanded; returns that verb, or -1.
bool IsDuty(const ParseView& v, int noun) {
  return In(v.Lemma(noun), {"obligation", "duty", "responsibility"});
}

// "take (immediate) action to lift": the lifting is the action taken.
int ActionTaken(const ParseView& v, int x) {
  for (int d = 0; d < 2 && v.CaseOf(x) == "to" && v.Head(x) >= 0; ++d) {
    const int take = v.Head(x);
    if (v.Lemma(take) != "take") break;
    bool steps = false;
    for (int o : v.Children(take, "obj")) {
      steps = steps || In(v.Lemma(o), {"action", "step", "measure"});
    }
    if (!steps) break;
    x = take;
  }
  return x;
}

int DutyStated(const ParseView& v, int action) {
  const int x = ActionTaken(v, action);
  const int h = v.Head(x);
  if (h < 0 || v.CaseOf(x) != "to") return -1;
  int verb = -1;
  if (v.BaseRel(x) == "acl" && IsDuty(v, h) && v.BaseRel(h) == "obj") {
    verb = v.Head(h);
  } else if (v.BaseRel(x) == "advcl") {  // the parser hung it on the verb
    for (int o : v.Children(h, "obj")) {
      if (IsDuty(v, o)) verb = h;
    }
  }
  if (verb < 0) return -1;
  return In(v.Lemma(verb), {"stress", "emphasize", "emphasise", "underline",
                            "underscore", "remind", "recall", "insist"})
             ? verb
             : -1;
}

}  // namespace

Stance AuxStance(const ParseView& v, int node) {
  for (int a : v.Children(node, "aux")) {
    const std::string& l = v.Lemma(a);
    if (l == "must") return Stance::kDemand;
    if (l == "should" || l == "ought") return Stance::kAppeal;
  }
  return Stance::kNone;
}

bool IsDirectiveVerb(std::string_view lemma) {
  return IsAppealVerb(lemma) || IsDemandVerb(lemma);
}

// "will not accept more refugees": a negated future is a refusal now.
bool RefusedByNegation(const ParseView& v, int action) {
  bool will = false, negated = false;
  for (int c : v.Children(action, "aux")) {
    if (In(v.Lemma(c), {"will", "'ll", "wo"})) will = true;
    // "said Belgrade would never recognise": "will" told in the past.
    if (v.Lemma(c) == "would" && BackshiftedWould(v, action)) will = true;
  }
  for (int c : v.Children(action, "advmod")) {
    if (In(v.Lemma(c), {"not", "n't", "never"})) negated = true;
  }
  return will && negated;
}

StanceFrame StanceOf(const ParseView& v, int action) {
  if (RefusedByNegation(v, action)) return {Stance::kReject, action};
  Stance modal = ModalStance(v, action);
  int x = action;
  for (int depth = 0; depth < 3 && v.BaseRel(x) == "xcomp"; ++depth) {
    const int g = v.Head(x);
    if (g < 0) return {};
    Stance s = GovernorStance(v, g);
    if (s != Stance::kNone) return {s, g};
    x = g;  // "needs to", "has to", "be ready to"
    if (modal == Stance::kNone) modal = ModalStance(v, x);
  }
  std::string_view rel = v.BaseRel(x);
  const int g = v.Head(x);
  if (int said = DutyStated(v, x); said >= 0) return {Stance::kDemand, said};
  if (modal == Stance::kNone || g < 0 || (rel != "ccomp" && rel != "acl")) {
    return {};
  }
  if (!IsStatementHead(v.Lemma(g))) return {};
  return {modal, g};
}

namespace {

struct StanceRow {
  const char* action;  // code prefix of the action
  const char* intent;
  const char* appeal;
  const char* demand;
  const char* reject;
};

// CAMEO's parallel ladders (codebook, roots 02, 03, 10, 12, 13).
constexpr StanceRow kRows[] = {
    {"04", "036", "026", "106", "125"},
    {"045", "039", "028", "108", "126"},
    {"05", "032", "022", "102", "120"},
    {"057", "037", "027", "107", "127"},
    {"06", "031", "021", "101", "121"},
    {"061", "0311", "0211", "1011", "1211"},
    {"062", "0312", "0212", "1012", "1212"},
    {"063", "0313", "0213", "1013", "1213"},
    {"064", "0314", "0214", "1014", "121"},
    {"07", "033", "023", "103", "122"},
    {"071", "0331", "0231", "1031", "1221"},
    {"072", "0332", "0232", "1032", "1222"},
    {"073", "0333", "0233", "1033", "1223"},
    {"074", "0334", "0234", "1034", "1224"},
    {"075", "0333", "0233", "1033", "1223"},
    {"08", "035", "025", "105", "124"},
    {"081", "0351", "0251", "1051", "1241"},
    {"082", "0352", "0252", "1052", "1242"},
    {"083", "034", "024", "104", "123"},
    {"0831", "0341", "0241", "1041", "1231"},
    {"0832", "0342", "0242", "1042", "1232"},
    {"0833", "0343", "0243", "1043", "1233"},
    {"0834", "0344", "0244", "1044", "1234"},
    {"084", "0353", "0253", "1053", "1243"},
    {"085", "0354", "0254", "1054", "1244"},
    {"086", "0355", "0255", "1055", "1245"},
    {"087", "0356", "0256", "1056", "1246"},
    {"14", "133", "020", "100", "120"},
    {"16", "131", "020", "100", "120"},
    {"161", "1313", "020", "100", "120"},
    {"162", "1311", "020", "100", "120"},
    {"163", "1312", "020", "100", "120"},
    {"164", "134", "020", "100", "120"},
    {"165", "135", "020", "100", "120"},
    {"166", "136", "020", "100", "120"},
    {"17", "137", "020", "100", "120"},
    {"18", "138", "020", "100", "120"},
    {"183", "1383", "020", "100", "120"},
    {"19", "1384", "020", "100", "120"},
    {"191", "1381", "020", "100", "120"},
    {"192", "1382", "020", "100", "120"},
    {"20", "138", "020", "100", "120"},
    {"204", "1385", "020", "100", "120"},
};

const StanceRow* Row(std::string_view action) {
  const StanceRow* best = nullptr;
  size_t best_len = 0;
  for (const StanceRow& r : kRows) {
    std::string_view p = r.action;
    if (p.size() > best_len && action.substr(0, p.size()) == p) {
      best = &r;
      best_len = p.size();
    }
  }
  return best;
}

}  // namespace

std::string StanceCode(Stance stance, const std::string& action) {
  const StanceRow* r = Row(action);
  switch (stance) {
    case Stance::kNone:
      return "";
    case Stance::kIntent:
      return r ? r->intent : action;
    case Stance::kAppeal:
      return r ? r->appeal : "020";
    case Stance::kDemand:
      return r ? r->demand : "100";
    case Stance::kReject:
      return r ? r->reject : "120";
  }
  return "";
}

std::vector<std::string> StanceCodes() {
  std::vector<std::string> out = {"020", "100", "120"};
  for (const StanceRow& r : kRows) {
    for (const char* c : {r.appeal, r.demand, r.reject}) out.push_back(c);
  }
  return out;
}

}  // namespace dyad
