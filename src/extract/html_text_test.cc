#include "extract/html_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/html_classify.h"

namespace dyad::html {
namespace {

struct Built {
  std::string text;
  std::vector<OffsetPiece> pieces;
};

Built Build(TextBuilder& b) {
  Built out;
  b.TakeTo(&out.text, &out.pieces);
  return out;
}

// Raw offset of text offset `t` (as Article::ToRaw does).
uint32_t RawOf(const Built& b, uint32_t t) {
  for (size_t i = b.pieces.size(); i > 0; --i) {
    const OffsetPiece& p = b.pieces[i - 1];
    if (p.text_begin <= t) return p.raw_begin + (t - p.text_begin);
  }
  return 0;
}

TEST(TextBuilderTest, CollapsesAndTrimsWhitespace) {
  TextBuilder b(1000);
  std::string raw = "  Talks \n\t  resumed\xC2\xA0today.  ";
  b.AppendDecoded(raw, raw, 100);
  Built out = Build(b);
  EXPECT_EQ(out.text, "Talks resumed today.");
  EXPECT_EQ(RawOf(out, 0), 102u);   // 'T'
  EXPECT_EQ(RawOf(out, 6), 112u);   // r of resumed, after the run
  EXPECT_EQ(RawOf(out, 14), 121u);  // 't' of today, after the no-break space
}

TEST(TextBuilderTest, DecodedReferencesMapToTheirAmpersand) {
  TextBuilder b(1000);
  std::string original = "AT&T &amp; Co &#8212; &eacute;t&eacute; end";
  std::string decoded = "AT&T & Co \xE2\x80\x94 \xC3\xA9t\xC3\xA9 end";
  b.AppendDecoded(decoded, original, 0);
  Built out = Build(b);
  EXPECT_EQ(out.text, decoded);
  EXPECT_EQ(RawOf(out, 2), 2u);  // the literal '&' of AT&T
  EXPECT_EQ(original.substr(RawOf(out, 5), 5), "&amp;");
  EXPECT_EQ(original.substr(RawOf(out, 7), 2), "Co");
  EXPECT_EQ(original.substr(RawOf(out, 10), 7), "&#8212;");
  size_t t = decoded.find("t\xC3\xA9 end");
  EXPECT_EQ(original[RawOf(out, static_cast<uint32_t>(t))], 't');
  size_t end = decoded.find("end");
  EXPECT_EQ(original.substr(RawOf(out, static_cast<uint32_t>(end)), 3), "end");
}

TEST(TextBuilderTest, CarriageReturnsFoldToOneSpace) {
  TextBuilder b(1000);
  b.AppendDecoded("a\nb\nc", "a\r\nb\rc", 0);
  Built out = Build(b);
  EXPECT_EQ(out.text, "a b c");
  EXPECT_EQ(RawOf(out, 2), 3u);
  EXPECT_EQ(RawOf(out, 4), 5u);
}

TEST(TextBuilderTest, BreakSpaceIsAPieceOfItsOwn) {
  TextBuilder b(1000);
  b.AppendDecoded("one", "one", 0);
  b.AppendSpace(3);  // <br> at 3..6
  b.AppendDecoded("two", "two", 7);
  Built out = Build(b);
  EXPECT_EQ(out.text, "one two");
  ASSERT_EQ(out.pieces.size(), 3u);
  EXPECT_EQ(out.pieces[1].length, 1u);
  EXPECT_EQ(RawOf(out, 4), 7u);
}

TEST(TextBuilderTest, StopsAtMaxBytesOnACodePointBoundary) {
  TextBuilder b(6);
  b.AppendDecoded("abcd\xC3\xA9\xC3\xA9", "abcd\xC3\xA9\xC3\xA9", 0);
  EXPECT_TRUE(b.truncated());
  Built out = Build(b);
  EXPECT_EQ(out.text, "abcd\xC3\xA9");
  EXPECT_FALSE(b.truncated());  // reset by TakeTo
}

TEST(ClassifyTokensTest, Boilerplate) {
  for (const char* v : {"share-bar", "ad", "ad-slot top", "cookie-banner",
                        "newsletter text-center", "most-read", "comments",
                        "related_articles", "site-footer", "sidebar",
                        "relatedStories", "main-navigation", "author-bio"}) {
    EXPECT_TRUE(ClassifyTokens(v) & kBoilerAttr) << v;
  }
}

TEST(ClassifyTokensTest, NotBoilerplate) {
  for (const char* v :
       {"story-body", "article-content share-enabled", "commentary", "headline",
        "paddle", "loaded", "entry-content", "card-body", "byline"}) {
    EXPECT_FALSE(ClassifyTokens(v) & kBoilerAttr) << v;
  }
}

TEST(ClassifyTokensTest, Hints) {
  EXPECT_TRUE(ClassifyTokens("article__standfirst") & kStandfirstHint);
  EXPECT_TRUE(ClassifyTokens("c-dek") & kStandfirstHint);
  EXPECT_TRUE(ClassifyTokens("sub-headline") & kStandfirstHint);
  EXPECT_FALSE(ClassifyTokens("sub-headline") & kHeadlineHint);
  EXPECT_TRUE(ClassifyTokens("byline__name") & kBylineHint);
  EXPECT_TRUE(ClassifyTokens("wp-caption-text") & kCaptionHint);
  EXPECT_TRUE(ClassifyTokens("story-kicker") & kSectionHint);
  EXPECT_TRUE(ClassifyTokens("publish-date") & kDateHint);
  EXPECT_TRUE(ClassifyTokens("story-body") & kContentAttr);
}

}  // namespace
}  // namespace dyad::html
