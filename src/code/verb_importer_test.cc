#include "code/verb_importer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "code/verb_importer_options.h"
#include "code/verb_importer_syntax.h"
#include "code/verb_importer_vocab.h"
#include "dyad/codebook.h"
#include "dyad/lexicon.h"

namespace dyad {
namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : "|") + s;
  return out;
}

std::string RenderSlot(const Slot& s) {
  switch (s.kind) {
    case Slot::Kind::kObject:
      return "obj";
    case Slot::Kind::kObjectLemma:
      return "obj:" + Join(s.lemmas);
    case Slot::Kind::kPrep:
      return "@" + Join(s.preps);
    case Slot::Kind::kPrepLemma:
      return "@" + Join(s.preps) + ":" + Join(s.lemmas);
    case Slot::Kind::kXcomp:
      return s.lemmas.empty() ? "xcomp" : "xcomp:" + Join(s.lemmas);
    case Slot::Kind::kSourcePrep:
      return "src:" + Join(s.preps);
    default:
      return "?";  // kinds the importer never produces
  }
}

// A pattern in the dyad lexicon format: "CODE<TAB>v:lemma slots".
std::string Render(const Pattern& p) {
  std::string out = p.code + "\t" + (p.noun ? "n:" : "v:") + p.lemma;
  if (!p.particle.empty()) out += "_" + p.particle;
  for (const Slot& s : p.slots) out += " " + RenderSlot(s);
  return out;
}

std::vector<std::string> RenderAll(const Lexicon& lex) {
  std::vector<std::string> out;
  for (const auto& p : lex.patterns()) out.push_back(Render(*p));
  return out;
}

// A small vocabulary, so the snippet tests do not depend on WordNet.
std::unique_ptr<Vocabulary> TestVocabulary() {
  auto v = std::make_unique<Vocabulary>();
  for (const char* n :
       {"sanction", "talk",     "truce",    "armistice",   "fire",
        "border",   "help",     "aid",      "assistance",  "relief",
        "treaty",   "peace",    "proposal", "resolution",  "violation",
        "violator", "relation", "state",    "emergency",   "criticism",
        "tax",      "dollar",   "euro",     "embargo",     "death",
        "toll",     "view",     "military", "party",       "boycott",
        "tie",      "leave",    "weapon",   "destruction", "force"}) {
    v->Add(Vocabulary::kNoun, n);
  }
  for (const char* n :
       {"impose",   "levy",    "meet",    "rush",  "attend",     "accuse",
        "accustom", "abandon", "call",    "burn",  "contribute", "set",
        "ban",      "seem",    "violate", "rise",  "help",       "aid",
        "say",      "fire",    "border",  "leave", "talk",       "arm"}) {
    v->Add(Vocabulary::kVerb, n);
  }
  for (const char* a : {"uncertain", "diplomatic", "new", "economic",
                        "confident", "armed", "mass"}) {
    v->Add(Vocabulary::kAdj, a);
  }
  v->Add(Vocabulary::kAdv, "positively");
  v->AddException(Vocabulary::kVerb, "met", "meet");
  v->AddException(Vocabulary::kVerb, "risen", "rise");
  v->AddException(Vocabulary::kVerb, "said", "say");
  v->Finish();
  return v;
}

class VerbImporterTest : public ::testing::Test {
 protected:
  VerbImportStats Import(std::string_view data, int max_bad = 100) {
    options_.vocabulary = vocab_.get();
    options_.max_bad_lines = max_bad;
    auto stats = ImportVerbs(data, "t.verbs", options_, &lex_);
    EXPECT_TRUE(stats.ok()) << stats.status().ToString();
    return stats.ok() ? *stats : VerbImportStats();
  }
  bool Has(const std::string& rendered) {
    std::vector<std::string> all = RenderAll(lex_);
    return std::find(all.begin(), all.end(), rendered) != all.end();
  }
  std::string Dump() {
    std::string out;
    for (const std::string& r : RenderAll(lex_)) out += r + "\n";
    return out;
  }

  std::unique_ptr<Vocabulary> vocab_ = TestVocabulary();
  VerbImportOptions options_;
  Lexicon lex_;
};

constexpr char kPetrarch2[] = R"(####### SYNONYM SETS #######
&CEASEFIRE
# a comment inside a synset
+TRUCE
+ARMISTICE
+CEASE_FIRE

####### VERB PATTERNS #######

---  IMPOSE   [170]  ---
IMPOSE
LEVY {LEVYING LEVIED LEVIES }
- * SANCTIONS                 [163]         # IMPOSE
- * TAXES                     [---]         # IMPOSE
- * STATE (OF EMERGENCY)      [1724]        # IMPOSE
- * (ON +)                    [172]

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
MEET {MEETS MET MEETING}
- * (FOR TALKS)               [036:036]     # MEET
- * CRITICISM                 [:111]        # FACE
- &MILITARY *                 [154]

---  RUSH   [---]  ---
RUSH
- * (TO)                      [042:043]
- * {RELIEF ASSISTANCE}       [073]
- * &CEASEFIRE                [0356]
- * OFF (FROM ^)              [042]
- * TO ATTEND                 [036]
- * UNCERTAIN                 [012]
- * POSITIVELY                [030]
- * (BY/WITH PROTESTS)        [141]

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
)";

TEST_F(VerbImporterTest, Petrarch2BlocksShareTheirPatterns) {
  VerbImportStats s = Import(kPetrarch2);
  EXPECT_EQ(s.format, "PETRARCH-2");
  EXPECT_TRUE(Has("170\tv:impose")) << Dump();
  EXPECT_TRUE(Has("170\tv:levy")) << Dump();
  EXPECT_TRUE(Has("163\tv:impose obj:sanction")) << Dump();
  EXPECT_TRUE(Has("163\tv:levy obj:sanction")) << Dump();
  EXPECT_TRUE(Has("172\tv:impose @on")) << Dump();
  EXPECT_EQ(s.verb_lines, 5);
  EXPECT_EQ(s.pattern_lines, 15);
  EXPECT_EQ(s.unsupported_lines, 1);  // the transformation
}

TEST_F(VerbImporterTest, NullAndPassiveOnlyCodesAreSkipped) {
  VerbImportStats s = Import(kPetrarch2);
  EXPECT_EQ(s.null_lines, 1);          // * TAXES [---]
  EXPECT_EQ(s.passive_only_lines, 1);  // * CRITICISM [:111]
  for (const std::string& r : RenderAll(lex_)) {
    EXPECT_EQ(r.find("obj:tax"), std::string::npos) << r;
    EXPECT_EQ(r.find("criticism"), std::string::npos) << r;
  }
}

TEST_F(VerbImporterTest, OfPhraseAfterANounIsDropped) {
  VerbImportStats s = Import(kPetrarch2);
  EXPECT_TRUE(Has("1724\tv:impose obj:state")) << Dump();
  EXPECT_GE(s.partial, 2);  // impose and levy
}

TEST_F(VerbImporterTest, CompoundVerbCarriesItsPreposition) {
  Import(kPetrarch2);
  EXPECT_TRUE(Has("040\tv:meet @with")) << Dump();
  EXPECT_TRUE(Has("040\tv:meet")) << Dump();
  EXPECT_TRUE(Has("036\tv:meet @for:talk")) << Dump();
  EXPECT_TRUE(Has("036\tv:meet @with @for:talk")) << Dump();
}

TEST_F(VerbImporterTest, Petrarch2PhraseSyntax) {
  VerbImportStats s = Import(kPetrarch2);
  EXPECT_TRUE(Has("042\tv:rush @to")) << Dump();
  EXPECT_TRUE(Has("073\tv:rush obj:assistance")) << Dump();
  EXPECT_TRUE(Has("0356\tv:rush obj:truce|armistice|fire")) << Dump();
  EXPECT_TRUE(Has("042\tv:rush_off @from:*")) << Dump();
  EXPECT_TRUE(Has("036\tv:rush xcomp:attend")) << Dump();
  EXPECT_TRUE(Has("012\tv:rush xcomp:uncertain")) << Dump();
  EXPECT_TRUE(Has("141\tv:rush @by|with:protest")) << Dump();
  // "- &MILITARY *" (a word before the verb) for meet and meet_with, and
  // "- * POSITIVELY" (nothing left to match) are not expressible.
  EXPECT_EQ(s.inexpressible, 3);
  for (const std::string& r : RenderAll(lex_)) {
    EXPECT_NE(r.substr(0, 4), "154\t") << r;
    EXPECT_NE(r, "030\tv:rush") << r;
  }
}

constexpr char kTabari[] =
    "<SYNSETS>\n"
    "&CURRENCY\n"
    "+DOLLARS\n"
    "+EURO\n"
    "</SYNSETS>\n"
    "<TIME>\n"
    "LAST_WEEK [-7]\n"
    "</TIME>\n"
    "ACCUS  [112] ;jw   11/14/91\r\n"
    "- * + OF_ VIOLAT  [1122] ;mdc 28 Nov 2006\n"
    "- + * BY_ $  [181]\n"
    "- SAID + MUST *  [100]\n"
    "- * FOR { SANCTIONS | EMBARGO | BOYCOTT }  [1622]\n"
    "CALLED_ON  [094]\n"
    "BURN DOWN  [180]\n"
    "CONTRIBUT  [070]\n"
    "- * &CURRENCY [071]\n"
    "ACCORDING  [---]\n"
    "- *_TO_HISTOR  [###]\n"
    "DEATH TOLL RISEN  [190]\n"
    "JAPAN'S_HIGH_COURT  [JPNJUD]\n"
    "~~FINISH 15:23 CST Tue 30 Dec 2008\n"
    "ABANDON  [010]\n";

TEST_F(VerbImporterTest, TabariEntriesAndStems) {
  VerbImportStats s = Import(kTabari);
  EXPECT_EQ(s.format, "TABARI");
  EXPECT_TRUE(Has("112\tv:accuse")) << Dump();
  EXPECT_TRUE(Has("1122\tv:accuse obj @of:violation|violator")) << Dump();
  EXPECT_TRUE(Has("1622\tv:accuse @for:sanction|embargo|boycott")) << Dump();
  EXPECT_TRUE(Has("094\tv:call @on")) << Dump();
  EXPECT_TRUE(Has("180\tv:burn_down")) << Dump();
  EXPECT_TRUE(Has("070\tv:contribute")) << Dump();
  EXPECT_TRUE(Has("071\tv:contribute obj:dollar|euro")) << Dump();
}

TEST_F(VerbImporterTest, TabariSkipsWhatItCannotExpress) {
  VerbImportStats s = Import(kTabari);
  // "+ * BY_ $" and "SAID + MUST *" are matched as word sequences.
  EXPECT_EQ(s.inexpressible, 0);
  EXPECT_GE(s.sequences, 2);
  EXPECT_EQ(s.null_lines, 1);         // [###]
  EXPECT_EQ(s.verbs_skipped, 1);      // DEATH is no verb
  EXPECT_EQ(s.unsupported_lines, 1);  // the <TIME> entry
  EXPECT_EQ(s.malformed_lines, 1);    // [JPNJUD]
  ASSERT_EQ(lex_.warnings().size(), 1u);
  EXPECT_EQ(lex_.warnings()[0], "t.verbs:21: bad code [JPNJUD]");
  EXPECT_TRUE(lex_.Verb("abandon").empty()) << "read past ~~FINISH";
  EXPECT_TRUE(lex_.Verb("death").empty());
}

constexpr char kPetrarch1[] = R"(<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY
     a comment over two lines -->
&PREPOSIT1_
+AGAINST
+ON

&TIETYPES
+MILITARY
+ECONOMIC

--- ABANDON  [0345] ---
ABANDON    # pas 15 Jul 2003
- * NEW_&TIETYPES_RELATIONS [0903] #  -PAS 12.01.12
- * &PREPOSIT1 RESOLUTION  [102]  # tony  4/22/91
- IN_*  [075]  # pas 2 May 2005
- * &NOSUCH  [104]
- * DIPLOMATIC TIES [901]
)";

TEST_F(VerbImporterTest, Petrarch1SynsetsAndJoinedWords) {
  VerbImportStats s = Import(kPetrarch1);
  EXPECT_EQ(s.format, "PETRARCH-1");
  EXPECT_TRUE(Has("0345\tv:abandon")) << Dump();
  EXPECT_TRUE(Has("0903\tv:abandon obj:relation")) << Dump();
  EXPECT_TRUE(Has("102\tv:abandon @against|on:resolution")) << Dump();
  EXPECT_TRUE(Has("901\tv:abandon obj:tie")) << Dump();
  EXPECT_EQ(s.inexpressible, 0);  // IN_* is a word sequence
  bool in_before_verb = false;
  for (const auto& p : lex_.patterns()) {
    const WordSequence& q = p->sequence;
    if (q.before.size() == 1 && q.verb_joined && q.after.empty() &&
        q.before[0].phrases == std::vector<std::vector<std::string>>{{"in"}}) {
      in_before_verb = p->code == "075";
    }
  }
  EXPECT_TRUE(in_before_verb) << Dump();
  EXPECT_EQ(s.malformed_lines, 1);
  ASSERT_EQ(lex_.warnings().size(), 1u);
  EXPECT_EQ(lex_.warnings()[0], "t.verbs:16: undefined synset &NOSUCH");
}

TEST_F(VerbImporterTest, TooManyMalformedLinesFailNamingTheFile) {
  std::string data = "--- X [010] ---\nSAY\n- * A [1]\n- * B [abc]\n- * C\n";
  options_.vocabulary = vocab_.get();
  options_.max_bad_lines = 2;
  auto s = ImportVerbs(data, "bad.verbs", options_, &lex_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.status().message().find("bad.verbs"), std::string::npos);
  Lexicon lex2;
  options_.max_bad_lines = 3;
  EXPECT_TRUE(ImportVerbs(data, "bad.verbs", options_, &lex2).ok());
  EXPECT_EQ(lex2.warnings().size(), 3u);
}

TEST_F(VerbImporterTest, DuplicateTranslationsKeepTheFirst) {
  VerbImportStats s = Import(
      "--- SAY [010] ---\nSAY\n- * VIEW [012]\n- * VIEWS [013]\n"
      "- * VIEW (IN PARTY) [014]\n");
  EXPECT_TRUE(Has("012\tv:say obj:view")) << Dump();
  EXPECT_FALSE(Has("013\tv:say obj:view")) << Dump();
  EXPECT_TRUE(Has("014\tv:say obj:view @in:party")) << Dump();
  EXPECT_EQ(s.duplicates, 1);
}

TEST_F(VerbImporterTest, ToBeforeABaseFormIsAnInfinitive) {
  VerbImportStats s = Import(
      "--- SAY [---] ---\nSAY\n- * TO LEAVE [011]\n- * (TO LEAVE) [012]\n"
      "- * TO TALKS [013]\n- * TO_LEAVE_PEACE [014]\n");
  EXPECT_TRUE(Has("011\tv:say xcomp:leave")) << Dump();
  EXPECT_TRUE(Has("012\tv:say @to:leave")) << Dump();
  EXPECT_TRUE(Has("013\tv:say @to:talk")) << Dump();
  // PEACE belongs to the complement "leave" and is dropped, which makes
  // [014] the same pattern as [011].
  EXPECT_EQ(s.duplicates, 1);
  EXPECT_EQ(lex_.size(), 3u);
}

TEST_F(VerbImporterTest, SynsetPhrasesHaveTheirHeadBeforeAPreposition) {
  Import(
      "&WMD_\n+WEAPON_OF_MASS_DESTRUCTION_\n+ARMED_FORCES\n+&TIETYPES\n"
      "&TIETYPES\n+ECONOMIC\n+MILITARY\n"
      "--- SAY [---] ---\nSAY\n- * &WMD [015]\n- * EACH OTHER [016]\n");
  EXPECT_TRUE(Has("015\tv:say obj:weapon|force|military")) << Dump();
  EXPECT_TRUE(Has("016\tv:say obj:other")) << Dump();
}

TEST_F(VerbImporterTest, CodebookFiltersUnknownCodes) {
  auto book = Codebook::Load("");
  ASSERT_TRUE(book.ok()) << book.status().ToString();
  options_.codebook = book->get();
  VerbImportStats s =
      Import("--- SAY [010] ---\nSAY\n- * VIEW [0999]\n- * HELP [020]\n");
  EXPECT_EQ(s.unknown_code_lines, 1);
  EXPECT_TRUE(Has("020\tv:say obj:help")) << Dump();
  EXPECT_TRUE(Has("010\tv:say obj")) << Dump();  // the bare verb's twin
  EXPECT_EQ(lex_.size(), 3u);
}

TEST_F(VerbImporterTest, BareVerbCodesAgainstItsObject) {
  Import("--- CONDEMN [122] ---\nCONDEMN\n--- RENEW [---] ---\nRENEW\n");
  EXPECT_TRUE(Has("122\tv:condemn")) << Dump();
  EXPECT_TRUE(Has("122\tv:condemn obj")) << Dump();
  EXPECT_EQ(lex_.size(), 2u);  // a null code gives neither
}

TEST_F(VerbImporterTest, ReciprocalCodesKeepTheTargetsSide) {
  Import("ARRIVE [032:033]\n- * IN + [042]\n");
  ASSERT_FALSE(lex_.patterns().empty());
  for (const auto& p : lex_.patterns()) {
    EXPECT_EQ(p->reverse_code, p->code == "032" ? "033" : "") << p->origin;
  }
}

TEST_F(VerbImporterTest, Petrarch2SecondCodesAreNotReversed) {
  Import(kPetrarch2);
  for (const auto& p : lex_.patterns()) EXPECT_EQ(p->reverse_code, "");
}

TEST(VerbCodeTest, ParsesCodeBlocks) {
  using K = VerbCode::Kind;
  EXPECT_EQ(ParseVerbCode("163").code, "163");
  EXPECT_EQ(ParseVerbCode("042:043").code, "042");
  EXPECT_EQ(ParseVerbCode("042:043").reverse, "043");
  EXPECT_EQ(ParseVerbCode("042").reverse, "");
  EXPECT_EQ(ParseVerbCode("042:---").reverse, "");
  EXPECT_EQ(ParseVerbCode(" 0356 ").kind, K::kCode);
  EXPECT_EQ(ParseVerbCode("---").kind, K::kNull);
  EXPECT_EQ(ParseVerbCode("- - -").kind, K::kNull);
  EXPECT_EQ(ParseVerbCode("###").kind, K::kDiscard);
  EXPECT_EQ(ParseVerbCode(":173").kind, K::kPassiveOnly);
  EXPECT_EQ(ParseVerbCode("075A").kind, K::kBad);
  EXPECT_EQ(ParseVerbCode("1").kind, K::kBad);
  EXPECT_EQ(ParseVerbCode("12345").kind, K::kBad);
  EXPECT_EQ(ParseVerbCode("JPNJUD").kind, K::kBad);
}

TEST(VerbSyntaxTest, CommentsAndCodeBlocks) {
  EXPECT_EQ(StripComment("- * HELP  [020] ;tony 3/9/91\r"), "- * HELP  [020]");
  EXPECT_EQ(StripComment("- *_TO_HISTOR  [###] # x"), "- *_TO_HISTOR  [###]");
  std::string_view line = "- * HELP  [020]";
  std::string code;
  ASSERT_TRUE(TakeCodeBlock(&line, &code));
  EXPECT_EQ(code, "020");
  EXPECT_EQ(line, "- * HELP");
}

TEST(VerbSyntaxTest, TokensKnowExactAndJoinedWords) {
  auto none = [](std::string_view k) { return k == "TIETYPES"; };
  auto t = Tokenize("* OF_ VIOLAT NEW_&TIETYPES_RELATIONS", none);
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->size(), 6u);
  EXPECT_EQ((*t)[1].text, "OF");
  EXPECT_TRUE((*t)[1].exact);
  EXPECT_FALSE((*t)[2].exact);
  EXPECT_EQ((*t)[4].kind, VerbToken::Kind::kSynset);
  EXPECT_EQ((*t)[4].text, "TIETYPES");
  EXPECT_TRUE((*t)[4].joined);
  EXPECT_TRUE((*t)[5].joined);
  EXPECT_FALSE((*t)[2].joined);
  EXPECT_FALSE(Tokenize("* (TO (X))", none).ok());
  EXPECT_FALSE(Tokenize("* {A B", none).ok());
  EXPECT_FALSE(Tokenize("* A | B", none).ok());
  EXPECT_FALSE(SplitAtVerb(*Tokenize("A B", none)).ok());
  EXPECT_FALSE(SplitAtVerb(*Tokenize("* A *", none)).ok());
}

TEST(VocabularyTest, ReadsNounsVerbsAndStems) {
  auto v = TestVocabulary();
  EXPECT_EQ(ReadWord(*v, "SANCTIONS", false, 4).nouns,
            std::vector<std::string>{"sanction"});
  EXPECT_EQ(ReadWord(*v, "MET", false, 4).verbs,
            std::vector<std::string>{"meet"});
  EXPECT_EQ(ReadWord(*v, "BANNED", false, 4).verbs,
            std::vector<std::string>{"ban"});
  EXPECT_EQ(ReadWord(*v, "ACCUS", true, 4).verbs,
            std::vector<std::string>{"accuse"});
  EXPECT_TRUE(ReadWord(*v, "ACCUS", false, 4).verbs.empty());
  EXPECT_TRUE(ReadWord(*v, "ATTEND", false, 4).nouns.empty());
  EXPECT_TRUE(ReadWord(*v, "UNCERTAIN", false, 4).adj);
}

TEST(VocabularyTest, EmptyVocabularyGuessesByRule) {
  Vocabulary empty;
  empty.Finish();
  EXPECT_EQ(ReadWord(empty, "PARTIES", false, 4).nouns,
            std::vector<std::string>{"party"});
  EXPECT_EQ(SingularByRule("CRISIS"), "crisis");
  EXPECT_EQ(SingularByRule("TALKS"), "talk");
  EXPECT_EQ(SingularByRule("PRESS"), "press");
}

TEST(VocabularyTest, WordNetFromDebian) {
  const std::string dir = VerbImportOptions().wordnet_dir;
  if (!std::filesystem::exists(dir + "/index.noun")) {
    GTEST_SKIP() << "WordNet (wordnet-base) not installed under " << dir;
  }
  auto v = Vocabulary::LoadWordNet(dir);
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(ReadWord(**v, "SANCTIONS", false, 4).nouns,
            std::vector<std::string>{"sanction"});
  EXPECT_EQ(ReadWord(**v, "TALKS", false, 4).nouns,
            std::vector<std::string>{"talk"});
  EXPECT_EQ(ReadWord(**v, "ACCUS", true, 4).verbs,
            std::vector<std::string>{"accuse"});
  EXPECT_EQ(ReadWord(**v, "FOUGHT", false, 4).verbs,
            std::vector<std::string>{"fight"});
  EXPECT_TRUE(ReadWord(**v, "ATTEND", false, 4).nouns.empty());
}

// ---- The real dictionaries (reference data under DYAD_SHARED_DIR) ----

struct SharedImport {
  bool found = false;
  Lexicon lex;
  VerbImportStats stats;
};

void ImportShared(const std::string& relative, SharedImport* out) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/" + relative;
  if (!std::filesystem::exists(path)) return;
  out->found = true;
  auto s = ImportVerbsFromFile(path, VerbImportOptions(), &out->lex);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  out->stats = *s;
  std::cout << "[ verbs    ] " << relative << ": " << s->Summary() << "\n";
}

#define IMPORT_SHARED_OR_SKIP(relative, var)                               \
  SharedImport var;                                                        \
  ImportShared(relative, &var);                                            \
  if (!var.found) {                                                        \
    GTEST_SKIP() << "reference file " << (relative) << " not found under " \
                 << DYAD_SHARED_DIR;                                       \
  }

// Every imported pattern, written in the dyad format, parses back to the
// same pattern.
void ExpectValidPatterns(const Lexicon& lex) {
  for (const auto& p : lex.patterns()) {
    std::string line = Render(*p);
    Pattern back;
    Status st = Lexicon::ParseLine(line, "t", &back);
    ASSERT_TRUE(st.ok()) << st.ToString() << " in " << line << " from "
                         << p->origin;
    ASSERT_EQ(Render(back), line) << p->origin;
  }
}

// The line numbers of the warnings, read after `marker` ("file.txt:").
std::vector<int> BadLines(const Lexicon& lex, const std::string& marker) {
  std::vector<int> lines;
  for (const std::string& w : lex.warnings()) {
    size_t at = w.find(marker);
    lines.push_back(
        at == std::string::npos ? -1 : std::stoi(w.substr(at + marker.size())));
  }
  return lines;
}

bool HasPattern(const Lexicon& lex, const std::string& verb,
                const std::function<bool(const Pattern&)>& pred) {
  const auto& v = lex.Verb(verb);
  return std::any_of(v.begin(), v.end(),
                     [&](const Pattern* p) { return pred(*p); });
}

bool ObjIs(const Pattern& p, const std::string& lemma) {
  return std::any_of(p.slots.begin(), p.slots.end(), [&](const Slot& s) {
    return s.kind == Slot::Kind::kObjectLemma && s.HasLemma(lemma) &&
           !s.AnyLemma();
  });
}

TEST(SharedVerbFilesTest, Petrarch2Cameo20) {
  IMPORT_SHARED_OR_SKIP("dictionaries/phoenix/CAMEO.2.0.txt", f);
  EXPECT_EQ(f.stats.format, "PETRARCH-2");
  // The file's own errors: "VISIT)[042:043]" and "^)[111]" (stray ")"),
  // "[080!]" and the undefined synset &DEMONSTRATION.
  EXPECT_EQ(BadLines(f.lex, ".txt:"),
            (std::vector<int>{2374, 5787, 7606, 8444}))
      << Join(f.lex.warnings());
  EXPECT_EQ(f.stats.malformed_lines, 4);
  EXPECT_GT(f.stats.imported, 20000);
  EXPECT_LT(f.stats.inexpressible, f.stats.imported);
  EXPECT_TRUE(HasPattern(f.lex, "meet", [](const Pattern& p) {
    return p.code.substr(0, 2) == "04";
  }));
  EXPECT_TRUE(HasPattern(f.lex, "impose", [](const Pattern& p) {
    return p.code == "163" && ObjIs(p, "sanction");
  }));
  EXPECT_TRUE(HasPattern(f.lex, "meet", [](const Pattern& p) {
    return p.code == "040" && p.slots.size() == 1 &&
           p.slots[0].kind == Slot::Kind::kPrep && p.slots[0].HasPrep("with");
  }));
  ExpectValidPatterns(f.lex);
}

TEST(SharedVerbFilesTest, TabariCameoMaster) {
  IMPORT_SHARED_OR_SKIP("dictionaries/tabari/CAMEO.091003.master.verbs", f);
  EXPECT_EQ(f.stats.format, "TABARI");
  EXPECT_GT(f.stats.imported, 5000);
  EXPECT_GT(f.stats.verb_lines, 1000);
  // "ACCUS [112]": a stem completed to "accuse".
  EXPECT_TRUE(HasPattern(f.lex, "accuse", [](const Pattern& p) {
    return p.code == "112" && p.slots.empty();
  }));
  ExpectValidPatterns(f.lex);
}

TEST(SharedVerbFilesTest, TabariDemo) {
  IMPORT_SHARED_OR_SKIP("validation/tabari/TABARI.Demo.verbs", f);
  EXPECT_EQ(f.stats.format, "TABARI");
  // "ABANDON [345]", "- * DIPLOMATIC TIES [901]".
  EXPECT_TRUE(HasPattern(f.lex, "abandon", [](const Pattern& p) {
    return p.code == "345" && p.slots.empty();
  }));
  EXPECT_TRUE(HasPattern(f.lex, "abandon", [](const Pattern& p) {
    return p.code == "901" && ObjIs(p, "tie");
  }));
  EXPECT_GT(f.stats.unsupported_lines, 0);  // the <TIME> section
  // The demo's deliberately odd codes: [075A], [sdf], [def], [abc], [031!],
  // [174K], [174L], [025?], [xxy], [023?] twice.
  EXPECT_EQ(
      BadLines(f.lex, ".verbs:"),
      (std::vector<int>{56, 60, 95, 96, 109, 119, 121, 496, 507, 522, 537}));
  EXPECT_EQ(f.stats.malformed_lines, 11);
  ExpectValidPatterns(f.lex);
}

TEST(SharedVerbFilesTest, Petrarch1Validation) {
  IMPORT_SHARED_OR_SKIP("validation/petrarch1/PETR.Validate.verbs.txt", f);
  EXPECT_EQ(f.stats.format, "PETRARCH-1");
  // "--- ASK [090] ---" with "- * FOR &ECONSANCT [172]".
  EXPECT_TRUE(HasPattern(f.lex, "ask", [](const Pattern& p) {
    return p.code == "172" && p.slots.size() == 1 &&
           p.slots[0].HasPrep("for") && p.slots[0].HasLemma("embargo");
  }));
  ExpectValidPatterns(f.lex);
}

TEST(SharedVerbFilesTest, UdPetrarchValidation) {
  IMPORT_SHARED_OR_SKIP("validation/ud-petrarch/PETR_Validate_verbs_2_02.txt",
                        f);
  EXPECT_EQ(f.stats.format, "PETRARCH-2");
  EXPECT_GT(f.stats.imported, 100);
  ExpectValidPatterns(f.lex);
}

TEST(SharedVerbFilesTest, LexiconLoadImportsVerbFiles) {
  std::string path =
      std::string(DYAD_SHARED_DIR) + "/dictionaries/phoenix/CAMEO.2.0.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  LexiconOptions opt;
  opt.replace_builtin = true;
  opt.verb_files = {path};
  auto lex = Lexicon::Load(opt);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_FALSE((*lex)->Verb("impose").empty());
}

}  // namespace
}  // namespace dyad
