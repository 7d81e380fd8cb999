// Tokenizer rules (UD English conventions), through Segmenter::Tokenize.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/segmenter.h"
#include "segment/multiword.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;

std::vector<Token> Tok(std::string_view text, SegmentOptions options = {}) {
  std::vector<Token> tokens;
  Segmenter::Create(options)->Tokenize(text, 0, &tokens);
  return tokens;
}

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tok(text)) out.push_back(t.text);
  return out;
}

TEST(TokenizerTest, SplitsClitics) {
  EXPECT_THAT(Texts("I don't know"), ElementsAre("I", "do", "n't", "know"));
  EXPECT_THAT(Texts("can't won't"), ElementsAre("ca", "n't", "wo", "n't"));
  EXPECT_THAT(Texts("I'm they're we've she'll he'd"),
              ElementsAre("I", "'m", "they", "'re", "we", "'ve", "she", "'ll",
                          "he", "'d"));
  EXPECT_THAT(Texts("Russia's army"), ElementsAre("Russia", "'s", "army"));
  EXPECT_THAT(Texts("DON'T"), ElementsAre("DO", "N'T"));
}

TEST(TokenizerTest, SplitsCliticsWithCurlyApostrophe) {
  EXPECT_THAT(Texts("don\u2019t Russia\u2019s"),
              ElementsAre("do", "n\u2019t", "Russia", "\u2019s"));
}

TEST(TokenizerTest, SplitsFusedWords) {
  EXPECT_THAT(Texts("I cannot go"), ElementsAre("I", "can", "not", "go"));
  EXPECT_THAT(Texts("gonna wanna gotta"),
              ElementsAre("gon", "na", "wan", "na", "got", "ta"));
}

TEST(TokenizerTest, KeepsApostropheInsideWords) {
  EXPECT_THAT(Texts("O'Neil the 1990's rock'n"),
              ElementsAre("O'Neil", "the", "1990's", "rock'n"));
  EXPECT_THAT(Texts("the students' union"),
              ElementsAre("the", "students'", "union"));
  EXPECT_THAT(Texts("'em and '60s"), ElementsAre("'em", "and", "'60s"));
}

TEST(TokenizerTest, ClosingSingleQuoteIsSplit) {
  EXPECT_THAT(Texts("the 'rebels' said"),
              ElementsAre("the", "'", "rebels", "'", "said"));
}

TEST(TokenizerTest, MultiwordContinuationMatchesClitics) {
  std::vector<Token> t = Tok("I don't, cannot");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_FALSE(segment::ContinuesSurfaceToken(t[0], t[1]));
  EXPECT_TRUE(segment::ContinuesSurfaceToken(t[1], t[2]));   // do n't
  EXPECT_FALSE(segment::ContinuesSurfaceToken(t[2], t[3]));  // n't ,
  EXPECT_TRUE(segment::ContinuesSurfaceToken(t[4], t[5]));   // can not
}

TEST(TokenizerTest, SplitsPunctuation) {
  EXPECT_THAT(Texts("Hello, world!"), ElementsAre("Hello", ",", "world", "!"));
  EXPECT_THAT(Texts("\"Yes,\" he said (quietly)."),
              ElementsAre("\"", "Yes", ",", "\"", "he", "said", "(", "quietly",
                          ")", "."));
  EXPECT_THAT(Texts("[a] {b}"), ElementsAre("[", "a", "]", "{", "b", "}"));
  EXPECT_THAT(Texts("\u201cNo\u201d"), ElementsAre("\u201c", "No", "\u201d"));
}

TEST(TokenizerTest, KeepsPunctuationRunsWhole) {
  EXPECT_THAT(
      Texts("wait... what?! no -- never\u2026"),
      ElementsAre("wait", "...", "what", "?!", "no", "--", "never", "\u2026"));
  EXPECT_THAT(Texts("yes!!! ====="), ElementsAre("yes", "!!!", "====="));
  EXPECT_THAT(Texts("war\u2014peace"), ElementsAre("war", "\u2014", "peace"));
}

TEST(TokenizerTest, HyphenatedWordsFollowUd) {
  EXPECT_THAT(Texts("well-known"), ElementsAre("well", "-", "known"));
  EXPECT_THAT(Texts("a 10-year-old"),
              ElementsAre("a", "10", "-", "year", "-", "old"));
  EXPECT_THAT(Texts("non-profit e-mail pro-Beijing co-founder"),
              ElementsAre("non-profit", "e-mail", "pro-Beijing", "co-founder"));
}

TEST(TokenizerTest, NumbersWithHyphens) {
  EXPECT_THAT(Texts("on 2022-02-03 call 555-0100 or 1-800-555-0100"),
              ElementsAre("on", "2022-02-03", "call", "555-0100", "or",
                          "1-800-555-0100"));
  EXPECT_THAT(Texts("2001-2002 10-20"),
              ElementsAre("2001", "-", "2002", "10", "-", "20"));
}

TEST(TokenizerTest, KeepsAbbreviations) {
  EXPECT_THAT(Texts("U.S. U.K. Feb. Gen. Mr. Dr. St. Inc. Corp. e.g. a.m."),
              ElementsAre("U.S.", "U.K.", "Feb.", "Gen.", "Mr.", "Dr.", "St.",
                          "Inc.", "Corp.", "e.g.", "a.m."));
  EXPECT_THAT(Texts("J. K. Rowling"), ElementsAre("J.", "K.", "Rowling"));
}

TEST(TokenizerTest, NumberedAbbreviationNeedsNumber) {
  EXPECT_THAT(Texts("No. 5"), ElementsAre("No.", "5"));
  EXPECT_THAT(Texts("I said no."), ElementsAre("I", "said", "no", "."));
}

TEST(TokenizerTest, OrdinaryWordLosesPeriod) {
  EXPECT_THAT(Texts("It ended."), ElementsAre("It", "ended", "."));
}

TEST(TokenizerTest, Numbers) {
  EXPECT_THAT(Texts("3.5 115,000 1,000,000 10:30 .5"),
              ElementsAre("3.5", "115,000", "1,000,000", "10:30", ".5"));
  EXPECT_THAT(Texts("50% $5 US$5"),
              ElementsAre("50", "%", "$", "5", "US$", "5"));
  EXPECT_THAT(Texts("5pm 3.8bn 21st 1990s"),
              ElementsAre("5", "pm", "3.8", "bn", "21st", "1990s"));
  EXPECT_THAT(Texts("9/11 02/03/2022 3/4"),
              ElementsAre("9/11", "02/03/2022", "3", "/", "4"));
  EXPECT_THAT(Texts("2,3 and 4,"), ElementsAre("2", ",", "3", "and", "4", ","));
}

TEST(TokenizerTest, WebTokens) {
  EXPECT_THAT(Texts("See https://example.com/a?b=1. Or www.bbc.co.uk/news"),
              ElementsAre("See", "https://example.com/a?b=1", ".", "Or",
                          "www.bbc.co.uk/news"));
  EXPECT_THAT(Texts("(mail jane.doe@example.org)"),
              ElementsAre("(", "mail", "jane.doe@example.org", ")"));
  EXPECT_THAT(Texts("@dyad_news #Elections2024 #1"),
              ElementsAre("@dyad_news", "#Elections2024", "#", "1"));
}

TEST(TokenizerTest, Emoticons) {
  EXPECT_THAT(Texts("great :) sad :-( wink ;)"),
              ElementsAre("great", ":)", "sad", ":-(", "wink", ";)"));
  EXPECT_THAT(Texts("Note:this"), ElementsAre("Note", ":", "this"));
}

TEST(TokenizerTest, OffsetsAndSpaceAfter) {
  std::vector<Token> tokens;
  std::string text = "  Hi, there.";
  Segmenter::Create({})->Tokenize(text, 100, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  for (const Token& t : tokens) {
    EXPECT_EQ(text.substr(t.begin - 100, t.end - t.begin), t.text);
  }
  EXPECT_EQ(tokens[0].begin, 102u);
  EXPECT_FALSE(tokens[0].space_after);  // "Hi" ","
  EXPECT_TRUE(tokens[1].space_after);   // "," " "
  EXPECT_FALSE(tokens[2].space_after);  // "there" "."
  EXPECT_TRUE(tokens[3].space_after);   // end of text
}

TEST(TokenizerTest, NonAsciiLetters) {
  EXPECT_THAT(
      Texts("Müller's café naïve Ελλάδα Москва."),
      ElementsAre("Müller", "'s", "café", "naïve", "Ελλάδα", "Москва", "."));
  EXPECT_THAT(Texts("مرحبا بالعالم"), ElementsAre("مرحبا", "بالعالم"));
}

TEST(TokenizerTest, CjkCharactersAreTokens) {
  EXPECT_THAT(Texts("北京欢迎你。"),
              ElementsAre("北", "京", "欢", "迎", "你", "。"));
}

TEST(TokenizerTest, SymbolsAndEmojiDoNotBreakWords) {
  EXPECT_THAT(Texts("ok 👍🏽 done"), ElementsAre("ok", "👍🏽", "done"));
}

TEST(TokenizerTest, LongTokenIsCut) {
  std::string text(10000, 'a');
  std::vector<Token> tokens = Tok(text);
  ASSERT_EQ(tokens.size(), (10000 + 255) / 256);
  size_t total = 0;
  for (const Token& t : tokens) {
    EXPECT_LE(t.text.size(), 256u);
    total += t.text.size();
  }
  EXPECT_EQ(total, text.size());
}

TEST(TokenizerTest, LongTokenIsCutAtCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "é";  // two bytes each
  SegmentOptions options;
  options.max_token_bytes = 7;
  for (const Token& t : Tok(text, options)) {
    EXPECT_LE(t.text.size(), 7u);
    EXPECT_EQ(t.text.size() % 2, 0u) << "cut inside a character";
  }
}

TEST(TokenizerTest, AllPunctuation) {
  EXPECT_THAT(Texts("!!! ??? ,,, ;; ()"),
              ElementsAre("!!!", "???", ",,,", ";;", "(", ")"));
}

TEST(TokenizerTest, EmptyAndBlankInput) {
  EXPECT_TRUE(Tok("").empty());
  EXPECT_TRUE(Tok(" \n\t\u00a0 ").empty());
}

TEST(TokenizerTest, InvalidUtf8DoesNotCrash) {
  std::string text = "ab\xff\xfe cd\xc3";
  std::vector<Token> tokens = Tok(text);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.front().text, "ab");
  EXPECT_EQ(tokens.back().end, text.size());
}

// Random text over an alphabet of tricky pieces: every token is a non-empty,
// in-order slice of the input without whitespace, and no byte is lost
// except whitespace.
TEST(TokenizerTest, RandomTextKeepsInvariants) {
  const std::vector<std::string> pieces = {
      "a", "Z",    "7",       ".",      ",",  "'",    "\u2019", "\"",   "-",
      "@", ":",    "/",       "#",      "$",  "%",    "&",      "(",    ")",
      "w", "www.", "http://", "n't",    "é",  "北",   "\u2026", "\xff", " ",
      " ", "\n",   "\n\n",    "\u00a0", ":)", "U.S.", "Mr."};
  uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
  SegmentOptions options;
  options.max_token_bytes = 8;
  options.max_sentence_tokens = 5;
  auto segmenter = Segmenter::Create(options);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int k = next() % 40; k > 0; --k)
      text += pieces[next() % pieces.size()];
    std::vector<Sentence> sentences;
    segmenter->SegmentText(text, 0, 0, &sentences);
    uint32_t pos = 0;
    size_t solid = 0;
    for (const Sentence& s : sentences) {
      ASSERT_FALSE(s.tokens.empty());
      EXPECT_LE(s.tokens.size(), 6u);  // cap, plus a split-off final period
      for (const Token& t : s.tokens) {
        ASSERT_LT(t.begin, t.end) << text;
        ASSERT_GE(t.begin, pos) << text;
        ASSERT_LE(t.end, text.size());
        EXPECT_LE(t.end - t.begin, 8u);
        EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
        EXPECT_EQ(t.text.find_first_of(" \n"), std::string::npos) << text;
        solid += t.text.size();
        pos = t.end;
      }
    }
    size_t spaces = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      spaces += text[i] == ' ' || text[i] == '\n';
      if (text.compare(i, 2, "\u00a0") == 0) spaces += 2;
    }
    EXPECT_EQ(solid + spaces, text.size()) << text;
  }
}

}  // namespace
}  // namespace dyad
