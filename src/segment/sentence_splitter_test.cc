// Sentence splitting through Segmenter::SegmentText and Segment(Article).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/segmenter.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;

// The text of each sentence, from its offsets.
std::vector<std::string> Sents(std::string_view text,
                               SegmentOptions options = {}) {
  std::vector<Sentence> out;
  Segmenter::Create(options)->SegmentText(text, 0, 0, &out);
  std::vector<std::string> texts;
  for (const Sentence& s : out) {
    texts.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return texts;
}

TEST(SentenceSplitterTest, SplitsAtFullStops) {
  EXPECT_THAT(Sents("He left. She stayed! Why? Nobody knows."),
              ElementsAre("He left.", "She stayed!", "Why?", "Nobody knows."));
}

TEST(SentenceSplitterTest, KeepsTitlesAndInitials) {
  EXPECT_THAT(
      Sents("Mr. Smith met Dr. Jones. J. K. Rowling wrote it."),
      ElementsAre("Mr. Smith met Dr. Jones.", "J. K. Rowling wrote it."));
  EXPECT_THAT(Sents("Gen. Lee and Sen. Ford spoke on Feb. 3 at No. 10."),
              ElementsAre("Gen. Lee and Sen. Ford spoke on Feb. 3 at No. 10."));
}

TEST(SentenceSplitterTest, AbbreviationEndsSentenceBeforeStarter) {
  EXPECT_THAT(Sents("Troops left the U.S. He said so."),
              ElementsAre("Troops left the U.S.", "He said so."));
  EXPECT_THAT(Sents("The U.S. Army came."), ElementsAre("The U.S. Army came."));
  EXPECT_THAT(Sents("It bought Acme Inc. The deal closed."),
              ElementsAre("It bought Acme Inc.", "The deal closed."));
}

TEST(SentenceSplitterTest, FinalAbbreviationPeriodBecomesToken) {
  std::vector<Sentence> out;
  Segmenter::Create({})->SegmentText("Troops left the U.S. He said so.", 0, 0,
                                     &out);
  ASSERT_EQ(out.size(), 2u);
  const auto& t = out[0].tokens;
  ASSERT_GE(t.size(), 2u);
  EXPECT_EQ(t[t.size() - 2].text, "U.S");
  EXPECT_EQ(t.back().text, ".");
  EXPECT_EQ(t.back().begin, t[t.size() - 2].end);
}

TEST(SentenceSplitterTest, CutAbbreviationAtSentenceEnd) {
  SegmentOptions options;
  options.max_token_bytes = 5;  // "ab.cd." is cut into "ab.cd" "."
  std::vector<Sentence> out;
  std::string text = "see ab.cd.";
  Segmenter::Create(options)->SegmentText(text, 0, 0, &out);
  ASSERT_EQ(out.size(), 1u);
  std::string joined;
  for (const Token& t : out[0].tokens) {
    EXPECT_LT(t.begin, t.end);
    EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
    joined += t.text;
  }
  EXPECT_EQ(joined, "seeab.cd.");
}

TEST(SentenceSplitterTest, Ellipsis) {
  EXPECT_THAT(Sents("Wait... what is it?"), ElementsAre("Wait... what is it?"));
  EXPECT_THAT(Sents("It ended... Then we left."),
              ElementsAre("It ended...", "Then we left."));
}

TEST(SentenceSplitterTest, ClosingQuotesAndBracketsStayWithSentence) {
  EXPECT_THAT(Sents("\"Go home.\" He left."),
              ElementsAre("\"Go home.\"", "He left."));
  EXPECT_THAT(Sents("(He left.) Then it rained."),
              ElementsAre("(He left.)", "Then it rained."));
  EXPECT_THAT(Sents("\u201cGo.\u201d She went."),
              ElementsAre("\u201cGo.\u201d", "She went."));
}

TEST(SentenceSplitterTest, QuotedQuestionWithLowercaseContinuation) {
  EXPECT_THAT(Sents("\"Why?\" he asked."), ElementsAre("\"Why?\" he asked."));
}

TEST(SentenceSplitterTest, OpeningQuoteStartsNextSentence) {
  EXPECT_THAT(Sents("He spoke. \"We won,\" he said."),
              ElementsAre("He spoke.", "\"We won,\" he said."));
}

TEST(SentenceSplitterTest, NoFinalPunctuation) {
  EXPECT_THAT(Sents("Hello world"), ElementsAre("Hello world"));
  EXPECT_THAT(Sents("One. Two"), ElementsAre("One.", "Two"));
}

TEST(SentenceSplitterTest, BlankLineIsHardBoundary) {
  EXPECT_THAT(Sents("a headline\n\nthe body text"),
              ElementsAre("a headline", "the body text"));
  EXPECT_THAT(Sents("one line\nwrapped"), ElementsAre("one line\nwrapped"));
}

TEST(SentenceSplitterTest, DateLineAfterHeadline) {
  EXPECT_THAT(
      Sents("Scientists find new ants Tuesday, September 1, 2015 "
            "Researchers said more."),
      ElementsAre("Scientists find new ants", "Tuesday, September 1, 2015",
                  "Researchers said more."));
  EXPECT_THAT(Sents("It met on Tuesday, September 1, 2015 in Rome."),
              ElementsAre("It met on Tuesday, September 1, 2015 in Rome."));
}

TEST(SentenceSplitterTest, SignatureLines) {
  EXPECT_THAT(Sents("Regards, Sean"), ElementsAre("Regards,", "Sean"));
  EXPECT_THAT(
      Sents("Scott Neal 08/16/2000 03:48 PM The report is late."),
      ElementsAre("Scott Neal", "08/16/2000 03:48 PM", "The report is late."));
}

TEST(SentenceSplitterTest, PhotoCreditAfterCaption) {
  EXPECT_THAT(Sents("Delegates at the summit Image: Jane Doe."),
              ElementsAre("Delegates at the summit", "Image: Jane Doe."));
  EXPECT_THAT(Sents("an image: it is old."),
              ElementsAre("an image: it is old."));
}

TEST(SentenceSplitterTest, LongSentenceIsCapped) {
  std::string text;
  for (int i = 0; i < 1200; ++i) text += "word ";
  SegmentOptions options;
  options.max_sentence_tokens = 250;
  std::vector<Sentence> out;
  Segmenter::Create(options)->SegmentText(text, 0, 0, &out);
  ASSERT_EQ(out.size(), 5u);
  size_t total = 0;
  for (const Sentence& s : out) {
    EXPECT_LE(s.tokens.size(), 250u);
    total += s.tokens.size();
  }
  EXPECT_EQ(total, 1200u);
}

TEST(SentenceSplitterTest, SentenceOffsetsUseBase) {
  std::vector<Sentence> out;
  std::string text = "Hi there. Bye.";
  Segmenter::Create({})->SegmentText(text, 1000, 7, &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].begin, 1000u);
  EXPECT_EQ(out[0].end, 1009u);
  EXPECT_EQ(out[1].begin, 1010u);
  EXPECT_EQ(out[1].paragraph, 7u);
  EXPECT_EQ(out[1].tokens.front().begin, 1010u);
}

Article MakeArticle(const std::vector<std::string>& paragraphs) {
  Article a;
  for (const std::string& p : paragraphs) {
    a.AddParagraph(ParagraphKind::kBody, p, 0);
  }
  return a;
}

TEST(SegmenterTest, NeverCrossesParagraphs) {
  Article a = MakeArticle({"First paragraph without stop", "second one"});
  std::vector<Sentence> out;
  Segmenter::Create({})->Segment(a, &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].paragraph, 0u);
  EXPECT_EQ(out[1].paragraph, 1u);
  EXPECT_EQ(a.Slice(out[1].begin, out[1].end), "second one");
  for (const Sentence& s : out) {
    const Paragraph& p = a.paragraphs[s.paragraph];
    EXPECT_GE(s.begin, p.begin);
    EXPECT_LE(s.end, p.end);
  }
}

TEST(SegmenterTest, StartsAfterDateline) {
  Article a = MakeArticle({"BEIJING (Reuters) - China said no. It left."});
  a.paragraphs[0].body_begin = a.paragraphs[0].begin + 20;
  ASSERT_EQ(
      a.Slice(a.paragraphs[0].body_begin, a.paragraphs[0].end).substr(0, 5),
      "China");
  std::vector<Sentence> out;
  Segmenter::Create({})->Segment(a, &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].tokens.front().text, "China");
  EXPECT_EQ(out[0].begin, a.paragraphs[0].body_begin);
}

TEST(SegmenterTest, TokensMatchArticleText) {
  Article a = MakeArticle({"Ünïcode text, with “quotes”.", "Second: 3.5%!"});
  std::vector<Sentence> out;
  Segmenter::Create({})->Segment(a, &out);
  ASSERT_FALSE(out.empty());
  for (const Sentence& s : out) {
    for (const Token& t : s.tokens) {
      EXPECT_EQ(a.Slice(t.begin, t.end), t.text);
    }
  }
}

TEST(SegmenterTest, EmptyArticleAndEmptyParagraph) {
  std::vector<Sentence> out;
  Segmenter::Create({})->Segment(Article(), &out);
  EXPECT_TRUE(out.empty());
  Article a = MakeArticle({"", "   "});
  Segmenter::Create({})->Segment(a, &out);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace dyad
