#include "extract/html_extractor.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "util/file.h"

namespace dyad {
namespace {

using Paras = std::vector<std::pair<ParagraphKind, std::string>>;

std::string LoadPage(const std::string& name) {
  std::string raw;
  Status s = ReadFileToString(
      std::string(DYAD_SOURCE_DIR) + "/tests/data/html/" + name, &raw);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return raw;
}

Article Extracted(std::string_view html, const ExtractOptions& options = {}) {
  Article a;
  Status s = ExtractHtml(html, options, &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return a;
}

Paras ParasOf(const Article& a) {
  Paras out;
  for (const Paragraph& p : a.paragraphs) {
    out.emplace_back(p.kind, std::string(a.Slice(p)));
  }
  return out;
}

std::vector<std::string> Texts(const Article& a, ParagraphKind kind) {
  std::vector<std::string> out;
  for (const auto& [k, t] : ParasOf(a)) {
    if (k == kind) out.push_back(t);
  }
  return out;
}

void ExpectAbsent(const Article& a, const std::vector<std::string>& needles) {
  for (const std::string& n : needles) {
    EXPECT_EQ(a.text.find(n), std::string::npos) << "kept boilerplate: " << n;
  }
}

// Every offset piece covers the same bytes in the page as in the text,
// unless the page wrote them with a character reference; and every word
// starts at the same character.
void ExpectOffsetsMapBack(const Article& a, const std::string& raw) {
  auto same = [](std::string_view text, std::string_view page) {
    if (text.size() != page.size()) return false;
    for (size_t i = 0; i < text.size(); ++i) {
      bool space =
          text[i] == ' ' && std::isspace(static_cast<unsigned char>(page[i]));
      if (text[i] != page[i] && !space) return false;
    }
    return true;
  };
  size_t exact = 0;
  for (const OffsetPiece& p : a.offsets) {
    std::string text = a.text.substr(p.text_begin, p.length);
    if (same(text, std::string_view(raw).substr(p.raw_begin, p.length))) {
      ++exact;
      continue;
    }
    if (text == " ") continue;  // stands for a <br>
    EXPECT_NE(raw.substr(p.raw_begin, p.length).find('&'), std::string::npos)
        << "'" << text << "' maps to '" << raw.substr(p.raw_begin, p.length)
        << "'";
  }
  EXPECT_GT(exact, a.offsets.size() / 2);
  for (size_t i = 0; i < a.text.size(); ++i) {
    bool word_start = a.text[i] != ' ' && a.text[i] != '\n' &&
                      (i == 0 || a.text[i - 1] == ' ' || a.text[i - 1] == '\n');
    if (!word_start) continue;
    char got = raw[a.ToRaw(static_cast<uint32_t>(i))];
    if (got != '&') {
      EXPECT_EQ(got, a.text[i]) << "at " << i;
    }
  }
}

TEST(HtmlExtractorTest, NewsPageKeepsOnlyTheArticle) {
  std::string raw = LoadPage("news_semantic.html");
  Article a = Extracted(raw);
  Paras expected = {
      {ParagraphKind::kSection, "Asia-Pacific"},
      {ParagraphKind::kHeadline,
       "Japan and South Korea agree to resume security talks"},
      {ParagraphKind::kStandfirst,
       "Foreign ministers meet in Tokyo for the first time in three years "
       "and pledge closer coordination on North Korea."},
      {ParagraphKind::kByline, "By Mina Okafor and Daniel Reyes"},
      {ParagraphKind::kCaption,
       "Foreign Minister Hayashi greets his South Korean counterpart Chung "
       "Eui-yong at the Iikura Guest House in Tokyo on Thursday."},
      {ParagraphKind::kBody,
       "TOKYO \xE2\x80\x94 Japan and South Korea agreed on Thursday to resume "
       "regular security consultations, suspended since 2019, after their "
       "foreign ministers held two hours of talks in Tokyo."},
      {ParagraphKind::kBody,
       "Foreign Minister Yoshimasa Hayashi said the two governments would "
       "\"work together closely\" on the missile programme of North Korea, "
       "which fired seven missiles in January alone."},
      {ParagraphKind::kBody,
       "South Korean Foreign Minister Chung Eui-yong urged Tokyo to address "
       "wartime labour claims, a dispute that has strained relations between "
       "the neighbours, and said Seoul was ready to discuss \"all pending "
       "issues\"."},
      {ParagraphKind::kBody,
       "We cannot allow history to block cooperation that both of our "
       "peoples need."},
      {ParagraphKind::kBody,
       "The United States, an ally of both countries, welcomed the meeting. "
       "A State Department spokesperson said Washington hoped the talks "
       "would lead to a trilateral summit later in the year."},
      {ParagraphKind::kBody,
       "Officials from both sides said working-level talks would begin in "
       "Seoul next month."},
  };
  EXPECT_EQ(ParasOf(a), expected);
  ExpectAbsent(a, {"cookies", "Accept all", "Skip to content", "Share on",
                   "Advertisement", "Related", "ballistic missile", "Most read",
                   "Markets slide", "newsletter", "Subscribe", "All rights",
                   "Politics", "Search", "3 February 2022"});
  EXPECT_EQ(a.meta.title,
            "Japan and South Korea agree to resume security talks | The "
            "Harbour Post");
  EXPECT_EQ(a.meta.headline,
            "Japan and South Korea agree to resume security talks");
  EXPECT_EQ(a.meta.byline, "By Mina Okafor and Daniel Reyes");
  EXPECT_EQ(a.meta.section, "Asia-Pacific");
  EXPECT_EQ(a.meta.source, "The Harbour Post");
  EXPECT_EQ(a.meta.date, "2022-02-03");
}

TEST(HtmlExtractorTest, ParagraphsAreJoinedByBlankLines) {
  Article a = Extracted(LoadPage("news_semantic.html"));
  ASSERT_GE(a.paragraphs.size(), 2u);
  for (size_t i = 1; i < a.paragraphs.size(); ++i) {
    EXPECT_EQ(a.paragraphs[i].begin, a.paragraphs[i - 1].end + 2);
    EXPECT_EQ(a.text.substr(a.paragraphs[i - 1].end, 2), "\n\n");
    EXPECT_EQ(a.paragraphs[i].body_begin, a.paragraphs[i].begin);
  }
  EXPECT_EQ(a.paragraphs.back().end, a.text.size());
}

TEST(HtmlExtractorTest, OffsetsMapBackIntoThePage) {
  for (const char* name :
       {"news_semantic.html", "div_soup.html", "wire_story.html",
        "blog_layout.html", "table_layout.html", "key_points.html"}) {
    SCOPED_TRACE(name);
    std::string raw = LoadPage(name);
    Article a = Extracted(raw);
    ExpectOffsetsMapBack(a, raw);
    for (size_t k = 1; k < a.offsets.size(); ++k) {
      EXPECT_LT(a.offsets[k - 1].text_begin, a.offsets[k].text_begin);
    }
  }
}

TEST(HtmlExtractorTest, ParagraphStartMapsToItsText) {
  std::string raw = LoadPage("news_semantic.html");
  Article a = Extracted(raw);
  const Paragraph& p = a.paragraphs[6];  // "Foreign Minister Yoshimasa ..."
  size_t n = 60;  // spans the run of three spaces in the source
  std::string want(a.text.substr(p.begin, n));
  std::string got;
  for (size_t k = 0; k < n; ++k) got.push_back(raw[a.ToRaw(p.begin + k)]);
  EXPECT_EQ(got, want);
  EXPECT_EQ(raw.substr(a.ToRaw(p.begin), 24), "Foreign Minister Yoshima");
}

TEST(HtmlExtractorTest, DensityScorerFindsBodyInDivSoup) {
  Article a = Extracted(LoadPage("div_soup.html"));
  EXPECT_EQ(Texts(a, ParagraphKind::kHeadline),
            std::vector<std::string>{
                "Border talks collapse as Ethiopia and Eritrea trade "
                "accusations"});
  std::vector<std::string> body = Texts(a, ParagraphKind::kBody);
  ASSERT_EQ(body.size(), 4u);
  EXPECT_EQ(body[0].substr(0, 39),
            "ADDIS ABABA \xE2\x80\x93 Talks between Ethiopian");
  EXPECT_EQ(body[3],
            "The African Union, which hosted the meeting, urged both "
            "governments to exercise restraint and offered to send observers "
            "to the border region. Diplomats said a new round of talks could "
            "be held in Nairobi, although no date has been set.");
  ExpectAbsent(
      a, {"Reader comments", "twenty years", "Most popular", "Fuel prices",
          "Sections", "Politics", "Copyright", "views", "Next", "tracking"});
  EXPECT_EQ(a.meta.date, "2023-05-14");
  EXPECT_EQ(a.meta.source, "Horn Daily");
}

TEST(HtmlExtractorTest, ArticleBodyWithTextBylineAndJsonLdGraph) {
  Article a = Extracted(LoadPage("wire_story.html"));
  EXPECT_EQ(Texts(a, ParagraphKind::kByline),
            std::vector<std::string>{"By Maria Keller"});
  EXPECT_EQ(a.meta.byline, "By Maria Keller");
  std::vector<std::string> body = Texts(a, ParagraphKind::kBody);
  ASSERT_EQ(body.size(), 6u);
  EXPECT_EQ(body[0].substr(0, 31), "JEDDAH, May 20 (Dyad Wire) - Su");
  EXPECT_EQ(body[2].substr(0, 30), "\"We call on both parties to re");
  ExpectAbsent(a, {"DYAD WIRE", "Markets", "More from", "Oil steadies",
                   "quotes delayed", "9:40 PM"});
  // The NewsArticle's datePublished wins over the WebPage's and og:updated.
  EXPECT_EQ(a.meta.date, "2023-05-20");
  EXPECT_EQ(a.meta.source, "Dyad Wire");
}

TEST(HtmlExtractorTest, BlogLayoutWithCategoryCaptionAndComments) {
  Article a = Extracted(LoadPage("blog_layout.html"));
  Paras got = ParasOf(a);
  ASSERT_GE(got.size(), 4u);
  EXPECT_EQ(got[0],
            std::make_pair(ParagraphKind::kSection, std::string("Analysis")));
  EXPECT_EQ(got[1].first, ParagraphKind::kHeadline);
  EXPECT_EQ(got[2], std::make_pair(ParagraphKind::kByline,
                                   std::string("by Lena Fischer")));
  EXPECT_EQ(Texts(a, ParagraphKind::kCaption),
            std::vector<std::string>{
                "A bulk carrier passes Istanbul on its way to the "
                "Mediterranean."});
  EXPECT_EQ(Texts(a, ParagraphKind::kBody).size(), 5u);
  ExpectAbsent(a, {"Skip to content", "Commentary on security", "Share this",
                   "Montreux", "Tagged", "Previous post", "thought on",
                   "Good analysis", "Leave a Reply", "Recent Posts",
                   "Proudly powered", "November 30, 2021"});
  EXPECT_EQ(a.meta.date, "2021-11-30");  // <time class="entry-date published">
}

TEST(HtmlExtractorTest, HeadlineFromTitleWhenThereIsNoH1) {
  Article a = Extracted(LoadPage("table_layout.html"));
  EXPECT_EQ(Texts(a, ParagraphKind::kHeadline),
            std::vector<std::string>{
                "Venezuela and Guyana pledge not to use force in Essequibo "
                "dispute"});
  EXPECT_EQ(Texts(a, ParagraphKind::kBody).size(), 4u);
  ExpectAbsent(a, {"Front page", "Archive", "Printer-friendly", "E-mail",
                   "All rights reserved", "Thursday, December 14"});
  EXPECT_EQ(a.meta.date, "2023-12-14");  // DC.date.issued
}

TEST(HtmlExtractorTest, H2AfterH1IsStandfirstAndListItemsAreBody) {
  Article a = Extracted(LoadPage("key_points.html"));
  EXPECT_EQ(Texts(a, ParagraphKind::kStandfirst),
            std::vector<std::string>{
                "Allies commit to rotating Patriot batteries through Poland, "
                "the Baltic states and Romania"});
  EXPECT_EQ(Texts(a, ParagraphKind::kByline),
            std::vector<std::string>{"By Sara Lind, in Washington"});
  std::vector<std::string> body = Texts(a, ParagraphKind::kBody);
  ASSERT_EQ(body.size(), 7u);
  EXPECT_EQ(body[1],
            "Germany and the Netherlands will supply the first two batteries.");
  ExpectAbsent(a, {"Log in", "Key points", "newsletter", "Facebook", "Trending",
                   "Heat records", "Terms"});
  // itemprop=datePublished beats parsely-pub-date.
  EXPECT_EQ(a.meta.date, "2024-07-10");
}

TEST(HtmlExtractorTest, OgTitleIsTheHeadlineWhenThePageHasNone) {
  std::string raw = LoadPage("og_title_only.html");
  Article a = Extracted(raw);
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs[0].kind, ParagraphKind::kHeadline);
  EXPECT_EQ(a.Slice(a.paragraphs[0]),
            "Philippines protests Chinese coast guard's use of water cannon");
  // It maps into the og:title attribute.
  EXPECT_EQ(raw.substr(a.ToRaw(a.paragraphs[0].begin), 11), "Philippines");
  EXPECT_EQ(Texts(a, ParagraphKind::kBody).size(), 3u);
  EXPECT_EQ(a.meta.title, "Mobile edition");
  EXPECT_EQ(a.meta.date, "2023-08-07");  // og:published_time
  ExpectAbsent(a, {"Home", "View full site", "Get the app"});
}

TEST(HtmlExtractorTest, PageOfOnlyBoilerplateHasNoParagraphs) {
  Article a = Extracted(LoadPage("front_page.html"));
  EXPECT_TRUE(a.paragraphs.empty());
  EXPECT_TRUE(a.text.empty());
  EXPECT_TRUE(a.offsets.empty());
  EXPECT_EQ(a.meta.source, "The Harbour Post");
}

TEST(HtmlExtractorTest, KeepBoilerplateKeepsWhatIsNormallyDropped) {
  ExtractOptions options;
  options.keep_boilerplate = true;
  Article a = Extracted(LoadPage("news_semantic.html"), options);
  EXPECT_NE(a.text.find("We use cookies"), std::string::npos);
  EXPECT_NE(a.text.find("Most read"), std::string::npos);
}

TEST(HtmlExtractorTest, LinkDensityThresholdIsAnOption) {
  std::string page =
      "<article><h1>Envoys meet in Vienna</h1>"
      "<p>Negotiators from Iran and the European Union met in Vienna on "
      "Monday to discuss the nuclear agreement, officials said.</p>"
      "<ul><li><a href='/a'>Earlier talks ended without a deal in June</a></li>"
      "<li><a href='/b'>Inspectors report new centrifuge activity</a></li>"
      "</ul></article>";
  Article a = Extracted(page);
  EXPECT_EQ(a.text.find("Earlier talks"), std::string::npos);
  ExtractOptions lenient;
  lenient.html_max_link_density = 1.0;
  Article b = Extracted(page, lenient);
  EXPECT_NE(b.text.find("Earlier talks ended without a deal in June"),
            std::string::npos);
}

TEST(HtmlExtractorTest, FurnitureNamedWrapperAroundTheArticleIsKept) {
  std::string prose =
      "<p>Chinese and Indian commanders held a new round of talks at the "
      "Chushul-Moldo border meeting point on Sunday, the defence ministry "
      "said.</p>"
      "<p>The two sides agreed to maintain stability along the Line of Actual "
      "Control and to keep up dialogue through military and diplomatic "
      "channels.</p>"
      "<p>The talks followed <a class=\"related-link\" href=\"/x\">last "
      "month's meeting of foreign ministers</a> in Moscow, officials "
      "said.</p>"
      "<p>Tensions have remained high since clashes in the Galwan valley, and "
      "both armies still keep tens of thousands of troops in the area.</p>";
  Article a = Extracted(
      "<body class=\"comments-open\"><div class=\"layout-with-sidebar\">"
      "<h1>India and China hold border talks</h1>" +
      prose +
      "</div><div class=\"sidebar\"><p>Weather: sunny, 31 degrees, light "
      "winds from the west in the afternoon.</p></div></body>");
  EXPECT_EQ(Texts(a, ParagraphKind::kHeadline),
            std::vector<std::string>{"India and China hold border talks"});
  std::vector<std::string> body = Texts(a, ParagraphKind::kBody);
  ASSERT_EQ(body.size(), 4u);
  EXPECT_EQ(body[2],
            "The talks followed last month's meeting of foreign ministers in "
            "Moscow, officials said.");
  ExpectAbsent(a, {"Weather"});
}

TEST(HtmlExtractorTest, HeadlineInTheArticleBeatsASiteNameH1) {
  Article a = Extracted(
      "<div class=\"top\"><h1><a href=\"/\">Gulf Daily</a></h1></div>"
      "<article><h2 class=\"article-headline\">Qatar hosts new round of "
      "Sudan talks</h2><p>Mediators from Qatar and Egypt met delegations of "
      "the Sudanese army and the RSF in Doha on Tuesday, officials said.</p>"
      "<p>The talks are expected to last three days.</p></article>");
  EXPECT_EQ(Texts(a, ParagraphKind::kHeadline),
            std::vector<std::string>{"Qatar hosts new round of Sudan talks"});
  ExpectAbsent(a, {"Gulf Daily"});
  EXPECT_EQ(Texts(a, ParagraphKind::kBody).size(), 2u);
}

TEST(HtmlExtractorTest, InlineElementsAndBreaksStayInTheParagraph) {
  Article a = Extracted(
      "<article><p>The <b>minister</b> <i>said</i>: &quot;We&nbsp;will "
      "not<br>negotiate&quot;, adding that Ro<em>ma</em>nia agreed.</p>"
      "</article>");
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.Slice(a.paragraphs[0]),
            "The minister said: \"We will not negotiate\", adding that Romania "
            "agreed.");
}

TEST(HtmlExtractorTest, EmptyInput) {
  Article a = Extracted("");
  EXPECT_TRUE(a.paragraphs.empty());
  EXPECT_TRUE(a.text.empty());
}

TEST(HtmlExtractorTest, NonHtmlGarbageDoesNotCrash) {
  std::string garbage;
  for (int i = 0; i < 20000; ++i) {
    garbage.push_back(static_cast<char>(1 + (i * 7919) % 127));
  }
  garbage += "<<<>>></></p><!-- <![CDATA[ &#xFFFFFFFF; &bogus; <a href=\"";
  Article a = Extracted(garbage);
  EXPECT_LE(a.text.size(), garbage.size() * 3);
}

TEST(HtmlExtractorTest, CdataInSvgInTableDoesNotAbort) {
  // libgumbo 0.10 fails an assertion (abort) on this without the prescan.
  Article a = Extracted(
      "<article><p>Armenia and Azerbaijan resumed talks on Monday, the "
      "mediators said.</p><table><svg><title><![CDATA[>]]>x</table>"
      "</article>");
  EXPECT_NE(a.text.find("Armenia and Azerbaijan resumed talks"),
            std::string::npos);
}

TEST(HtmlExtractorTest, SelectInSvgInTableDoesNotAbort) {
  // Another libgumbo 0.10 assertion failure (abort) without the prescan.
  Article a = Extracted(
      "<article><p>Serbia and Kosovo agreed to new talks in Brussels, EU "
      "officials said.</p><table><td><svg><select><desc><table><table>"
      "</article>");
  EXPECT_NE(a.text.find("Serbia and Kosovo agreed"), std::string::npos);
}

TEST(HtmlExtractorTest, OffsetsStayRightAfterAnIgnoredEndTag) {
  // gumbo ignores the stray </b> and joins the text around it into one node
  // whose original text still holds the tag.
  std::string raw =
      "<article><p>Talks in Geneva &amp; Vienna</b> ended on Friday, "
      "officials said.</p></article>";
  Article a = Extracted(raw);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.Slice(a.paragraphs[0]),
            "Talks in Geneva & Vienna ended on Friday, officials said.");
  size_t ended = a.text.find("ended");
  EXPECT_EQ(raw.substr(a.ToRaw(static_cast<uint32_t>(ended)), 5), "ended");
  size_t vienna = a.text.find("Vienna");
  EXPECT_EQ(raw.substr(a.ToRaw(static_cast<uint32_t>(vienna)), 6), "Vienna");
}

TEST(HtmlExtractorTest, HugeAttributeValue) {
  std::string page = "<article><p class=\"" + std::string(5 << 20, 'x') +
                     "\">Russia and Ukraine exchanged prisoners on Friday, "
                     "officials in both countries said.</p></article>";
  Article a = Extracted(page);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.Slice(a.paragraphs[0]).substr(0, 22), "Russia and Ukraine exc");
}

std::string Nested(const std::string& open, const std::string& close, int n,
                   const std::string& inner) {
  std::string s;
  s.reserve((open.size() + close.size()) * n + inner.size());
  for (int i = 0; i < n; ++i) s += open;
  s += inner;
  for (int i = 0; i < n; ++i) s += close;
  return s;
}

TEST(HtmlExtractorTest, HundredThousandNestedDivs) {
  std::string raw =
      "<html><body><article>" +
      Nested("<div>", "</div>", 100000,
             "<p>Deep inside, the envoys signed the accord.</p>") +
      "<p>After the divs, the talks ended with a joint statement.</p>"
      "</article></body></html>";
  Article a = Extracted(raw);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.Slice(a.paragraphs[0]),
            "Deep inside, the envoys signed the accord.");
  EXPECT_EQ(raw.substr(a.ToRaw(a.paragraphs[0].begin), 11), "Deep inside");
  EXPECT_EQ(raw.substr(a.ToRaw(a.paragraphs[1].begin), 15), "After the divs,");
  ASSERT_FALSE(a.warnings.empty());
  EXPECT_NE(a.warnings[0].find("max_html_depth"), std::string::npos);
}

TEST(HtmlExtractorTest, HundredThousandNestedBold) {
  std::string raw =
      "<html><body><p>" +
      Nested("<b>", "</b>", 100000, "The ministers agreed") +
      " to meet again in March, the statement said.</p></body></html>";
  Article a = Extracted(raw);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.Slice(a.paragraphs[0]),
            "The ministers agreed to meet again in March, the statement said.");
  EXPECT_EQ(raw.substr(a.ToRaw(a.paragraphs[0].begin), 13), "The ministers");
  EXPECT_FALSE(a.warnings.empty());
}

TEST(HtmlExtractorTest, UnclosedSpansUntilEndOfInput) {
  std::string raw = "<p>The talks began. ";
  for (int i = 0; i < 100000; ++i) raw += "<span>";
  raw += "Delegates from both sides attended the first session.";
  Article a = Extracted(raw);
  EXPECT_NE(a.text.find("Delegates from both sides attended"),
            std::string::npos);
}

TEST(HtmlExtractorTest, MaxDepthFlattensButKeepsText) {
  ExtractOptions options;
  options.max_html_depth = 6;
  std::string raw =
      "<html><body><article>" +
      Nested("<div>", "</div>", 20,
             "<p>Turkey and Greece agreed to reopen talks on maritime "
             "borders.</p><p>The foreign ministers will meet in Athens.</p>") +
      "</article></body></html>";
  Article a = Extracted(raw, options);
  // The two <p>s were below the limit: flattened into one block.
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.Slice(a.paragraphs[0]),
            "Turkey and Greece agreed to reopen talks on maritime borders.The "
            "foreign ministers will meet in Athens.");
  EXPECT_FALSE(a.warnings.empty());
}

TEST(HtmlExtractorTest, LongParagraphIsCutWithAWarning) {
  ExtractOptions options;
  options.max_paragraph_bytes = 64;
  std::string sentence = "Peace talks continued in Geneva on Tuesday. ";
  std::string body;
  for (int i = 0; i < 10; ++i) body += sentence;
  Article a = Extracted("<article><p>" + body + "</p></article>", options);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_LE(a.paragraphs[0].end - a.paragraphs[0].begin, 64u);
  ASSERT_FALSE(a.warnings.empty());
  EXPECT_NE(a.warnings[0].find("max_paragraph_bytes"), std::string::npos);
}

}  // namespace
}  // namespace dyad
