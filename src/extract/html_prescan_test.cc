#include "extract/html_prescan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::html {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(HtmlPrescanTest, OrdinaryPageIsLeftAlone) {
  std::string page =
      "<!DOCTYPE html><html><head><title>a</title><script>if (a < b) "
      "document.write('<div><div><div>');</script></head><body>"
      "<!-- <div><div> --><div><p>One<p>Two<ul><li>a<li>b</ul><br><img "
      "src=x></div></body></html>";
  PrescanResult r = LimitHtmlNesting(page, {5, 256});
  EXPECT_FALSE(r.changed());
  EXPECT_TRUE(r.html.empty());
  EXPECT_TRUE(LimitHtmlNesting(page, {4, 256}).changed());
}

TEST(HtmlPrescanTest, ImpliedEndTagsDoNotDeepen) {
  std::string page = "<body>" + Repeat("<p>para", 5000) + "<ul>" +
                     Repeat("<li>item", 5000) + "</ul>" + "<table>" +
                     Repeat("<tr><td>a<td>b", 2000) + "</table>";
  PrescanResult r = LimitHtmlNesting(page, {16, 256});
  EXPECT_FALSE(r.changed());
}

TEST(HtmlPrescanTest, DeepTagsAreRemovedAndTextKept) {
  std::string page = Repeat("<div>", 10) + "deep text" + Repeat("</div>", 10);
  PrescanResult r = LimitHtmlNesting(page, {4, 256});
  ASSERT_TRUE(r.changed());
  EXPECT_EQ(r.dropped_tags, 12u);
  EXPECT_EQ(r.html, Repeat("<div>", 4) + "deep text" + Repeat("</div>", 4));
  // "deep text" starts at 20 in the copy and at 50 in the input.
  EXPECT_EQ(r.map.Map(20), 50u);
  EXPECT_EQ(r.map.Map(0), 0u);
  EXPECT_EQ(r.map.Map(28), 58u);  // its last letter
  EXPECT_EQ(r.map.Map(29), 95u);  // the first end tag kept
}

TEST(HtmlPrescanTest, ReopenedFormattingElementsCount) {
  // Each <p> closes the previous one, but gumbo reopens the unclosed <b>s
  // (all different) inside the next: the tree gets deeper.
  std::string page;
  for (int i = 0; i < 100; ++i)
    page += "<p><b class=c" + std::to_string(i) + ">x";
  PrescanResult r = LimitHtmlNesting(page, {32, 256});
  EXPECT_TRUE(r.changed());
  // Identical ones are reopened at most three times: no limit reached.
  PrescanResult same = LimitHtmlNesting(Repeat("<p><b>x", 100), {32, 256});
  EXPECT_FALSE(same.changed());
}

TEST(HtmlPrescanTest, AttributesPastTheLimitAreRemoved) {
  std::string page = "<div a=\"1\" b='2>' c=3 d>text</div>";
  PrescanResult r = LimitHtmlNesting(page, {512, 2});
  ASSERT_TRUE(r.changed());
  EXPECT_EQ(r.dropped_attributes, 2u);
  EXPECT_EQ(r.html, "<div a=\"1\" b='2>'  >text</div>");
  EXPECT_EQ(r.map.Map(static_cast<uint32_t>(r.html.find("text"))),
            page.find("text"));
}

TEST(HtmlPrescanTest, RemapSplitsPiecesAtRemovals) {
  OffsetMap map;
  map.AddRemoval(5, 3);   // copy[5] was input[8]
  map.AddRemoval(10, 2);  // copy[10] was input[15]
  std::vector<OffsetPiece> pieces = {{0, 2, 12}, {20, 11, 2}};
  map.Remap(&pieces);
  std::vector<OffsetPiece> want = {
      {0, 2, 3}, {3, 8, 5}, {8, 15, 4}, {20, 16, 2}};
  ASSERT_EQ(pieces.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(pieces[i].text_begin, want[i].text_begin) << i;
    EXPECT_EQ(pieces[i].raw_begin, want[i].raw_begin) << i;
    EXPECT_EQ(pieces[i].length, want[i].length) << i;
  }
}

TEST(HtmlPrescanTest, CdataOpenersAreRemovedEverywhere) {
  PrescanResult r = LimitHtmlNesting(
      "<p><![CDATA[x]]></p><a title=\"<![CDATA[\">", {512, 256});
  EXPECT_EQ(r.removed_cdata, 2u);
  EXPECT_EQ(r.html, "<p>x]]></p><a title=\" \">");  // a space inside a tag
  EXPECT_EQ(r.map.Map(3), 12u);                     // 'x'
}

TEST(HtmlPrescanTest, RemovalDoesNotGlueNewMarkup) {
  // "<" then a removed opener then "b>": must not become the tag "<b>".
  PrescanResult r = LimitHtmlNesting("a <<![CDATA[b> c", {512, 256});
  EXPECT_EQ(r.html, "a < b> c");
  EXPECT_EQ(r.map.Map(3), 3u);   // the space stands for the opener
  EXPECT_EQ(r.map.Map(4), 12u);  // 'b'
}

TEST(HtmlPrescanTest, ForeignContentIsRemoved) {
  PrescanLimits limits{512, 256};
  EXPECT_EQ(LimitHtmlNesting("<p>a <svg viewBox=\"0 0 1 1\"><path d=\"M0\"/>"
                             "<svg><text>x</text></svg></svg>b</p>",
                             limits)
                .html,
            "<p>a b</p>");
  // Unclosed: ends at the first tag that leaves foreign content.
  EXPECT_EQ(LimitHtmlNesting("<svg><g><path><p>Text</p>", limits).html,
            "<p>Text</p>");
  EXPECT_EQ(LimitHtmlNesting("x<math><mi>y</mi></math>z", limits).html, "xz");
  EXPECT_EQ(LimitHtmlNesting("<svg/>after", limits).html, "after");
  PrescanResult r = LimitHtmlNesting("<svg>no end", limits);
  EXPECT_EQ(r.html, "");
  EXPECT_EQ(r.removed_foreign, 1u);
  EXPECT_TRUE(r.changed());
}

TEST(HtmlPrescanTest, UnterminatedMarkupDoesNotHang) {
  for (std::string page : {"<div", "<div a=\"", "<!--", "</", "<script>x",
                           "<a b='c", "<!doctype", "<"}) {
    PrescanResult r = LimitHtmlNesting(Repeat(page, 3), {2, 1});
    EXPECT_LE(r.html.size(), 3 * page.size());
  }
}

}  // namespace
}  // namespace dyad::html
