#include "analyze/lemmatizer.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Token Word(const char* text, const char* upos, const char* xpos,
           const char* lemma) {
  Token t;
  t.text = text, t.upos = upos, t.xpos = xpos, t.lemma = lemma;
  return t;
}

// A small hand-made training set: regular plurals and past tenses, a few
// irregular forms, and proper nouns.
std::vector<std::vector<Token>> TrainingData() {
  return {{Word("cities", "NOUN", "NNS", "city"),
           Word("parties", "NOUN", "NNS", "party"),
           Word("armies", "NOUN", "NNS", "army"),
           Word("talks", "NOUN", "NNS", "talk"),
           Word("troops", "NOUN", "NNS", "troop")},
          {Word("attended", "VERB", "VBD", "attend"),
           Word("mentioned", "VERB", "VBD", "mention"),
           Word("questioned", "VERB", "VBD", "question"),
           Word("met", "VERB", "VBD", "meet"), Word("was", "AUX", "VBD", "be"),
           Word("Was", "AUX", "VBD", "be")},
          {Word("Paris", "PROPN", "NNP", "Paris"),
           Word("Reuters", "PROPN", "NNP", "Reuters"),
           Word("The", "DET", "DT", "the"), Word("i", "PRON", "PRP", "I")}};
}

TEST(LemmatizerTest, LearnsSuffixRulesForUnseenWords) {
  auto lem = Lemmatizer::Train(TrainingData(), LemmatizerOptions());
  EXPECT_EQ(lem->Lemmatize("countries", "NOUN", "NNS"), "country");
  EXPECT_EQ(lem->Lemmatize("positioned", "VERB", "VBD"), "position");
  EXPECT_EQ(lem->Lemmatize("Countries", "NOUN", "NNS"), "country");
}

TEST(LemmatizerTest, ExceptionsCoverIrregularForms) {
  auto lem = Lemmatizer::Train(TrainingData(), LemmatizerOptions());
  EXPECT_EQ(lem->Lemmatize("met", "VERB", "VBD"), "meet");
  EXPECT_EQ(lem->Lemmatize("was", "AUX", "VBD"), "be");
  EXPECT_EQ(lem->Lemmatize("WAS", "AUX", "VBD"), "be");
  EXPECT_EQ(lem->Lemmatize("i", "PRON", "PRP"), "I");
  EXPECT_GT(lem->num_exceptions(), 0u);
}

// "fled" never occurs in the training data; the "-ed" rule would give "fl".
TEST(LemmatizerTest, UnseenIrregularPastFormsTakeTheirBase) {
  auto lem = Lemmatizer::Train(TrainingData(), LemmatizerOptions());
  EXPECT_EQ(lem->Lemmatize("fled", "VERB", "VBD"), "flee");
  EXPECT_EQ(lem->Lemmatize("Fled", "VERB", "VBD"), "flee");
  EXPECT_EQ(lem->Lemmatize("slain", "VERB", "VBN"), "slay");
  EXPECT_EQ(lem->Lemmatize("sped", "VERB", "VBD"), "speed");
  // Only past tags: "bid" as a noun stays a noun.
  EXPECT_EQ(lem->Lemmatize("bids", "NOUN", "NNS"), "bid");
}

TEST(LemmatizerTest, ProperNounsKeepTheirCase) {
  auto lem = Lemmatizer::Train(TrainingData(), LemmatizerOptions());
  EXPECT_EQ(lem->Lemmatize("Geneva", "PROPN", "NNP"), "Geneva");
  EXPECT_EQ(lem->Lemmatize("NATO", "PROPN", "NNP"), "NATO");
  EXPECT_EQ(lem->Lemmatize("The", "DET", "DT"), "the");
}

TEST(LemmatizerTest, RuleForAndApplyRoundTrip) {
  Lemmatizer::Rule r = Lemmatizer::RuleFor("Countries", "country");
  EXPECT_EQ(r.casing, Lemmatizer::kLower);
  EXPECT_EQ(r.strip, 3);
  EXPECT_EQ(r.append, "y");
  std::string out;
  ASSERT_TRUE(Lemmatizer::Apply(r, "parties", &out));
  EXPECT_EQ(out, "party");
  EXPECT_FALSE(Lemmatizer::Apply(r, "ab", &out));  // strips too much
}

TEST(LemmatizerTest, SerializationRoundTripsAndRejectsDamage) {
  auto lem = Lemmatizer::Train(TrainingData(), LemmatizerOptions());
  std::string bytes;
  lem->Serialize(&bytes);
  auto back = Lemmatizer::Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ((*back)->Lemmatize("countries", "NOUN", "NNS"), "country");
  EXPECT_EQ((*back)->Lemmatize("met", "VERB", "VBD"), "meet");
  for (size_t cut :
       {size_t{0}, size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    EXPECT_FALSE(Lemmatizer::Deserialize(bytes.substr(0, cut)).ok()) << cut;
  }
}

// "-ked" past tenses mostly strip one letter (joked, poked, stoked), but
// "book" is a known verb, so "booked" takes the shorter "-ed" rule.
std::vector<std::vector<Token>> KnownLemmaData() {
  auto data = TrainingData();
  data.push_back({Word("joked", "VERB", "VBD", "joke"),
                  Word("poked", "VERB", "VBD", "poke"),
                  Word("stoked", "VERB", "VBD", "stoke"),
                  Word("walked", "VERB", "VBD", "walk"),
                  Word("book", "VERB", "VB", "book")});
  return data;
}

TEST(LemmatizerTest, ResultsAreCheckedAgainstKnownLemmas) {
  LemmatizerOptions options;
  auto lem = Lemmatizer::Train(KnownLemmaData(), options);
  EXPECT_EQ(lem->Lemmatize("booked", "VERB", "VBD"), "book");
  EXPECT_EQ(lem->Lemmatize("cloaked", "VERB", "VBD"), "cloake");  // unknown
  EXPECT_EQ(lem->Lemmatize("joked", "VERB", "VBD"), "joke");
  std::string bytes;
  lem->Serialize(&bytes);
  auto back = Lemmatizer::Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ((*back)->Lemmatize("booked", "VERB", "VBD"), "book");
  options.check_known_lemmas = false;
  auto unchecked = Lemmatizer::Train(KnownLemmaData(), options);
  EXPECT_EQ(unchecked->Lemmatize("booked", "VERB", "VBD"), "booke");
}

TEST(LemmatizerTest, OddInputNeverBreaks) {
  auto lem = Lemmatizer::Train(TrainingData(), LemmatizerOptions());
  EXPECT_EQ(lem->Lemmatize("", "X", "XX"), "");
  std::string huge(10000, 'a');
  EXPECT_EQ(lem->Lemmatize(huge, "NOUN", "NN"), huge);
  EXPECT_EQ(lem->Lemmatize("Москва", "PROPN", "NNP"), "Москва");
  EXPECT_EQ(lem->Lemmatize("ДОМА", "NOUN", "NNS").empty(), false);
  EXPECT_EQ(Utf8Lower("ÉTÉ Été"), "été été");
}

}  // namespace
}  // namespace dyad
