#include "extract/html_meta.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/html_extractor.h"

namespace dyad {
namespace {

// The article body every date test page shares.
constexpr const char* kBody =
    "<article><h1>Envoys meet</h1><p>The envoys met in Doha on Sunday and "
    "agreed to continue the talks next week, officials said.</p></article>";

ArticleMetadata MetaOf(const std::string& head,
                       const std::string& body = kBody) {
  Article a;
  Status s = ExtractHtml(
      "<html><head>" + head + "</head><body>" + body + "</body></html>",
      ExtractOptions(), &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return a.meta;
}

TEST(HtmlDateTest, ArticlePublishedTime) {
  EXPECT_EQ(MetaOf("<meta property=\"article:published_time\" "
                   "content=\"2022-02-03T09:15:00+09:00\">")
                .date,
            "2022-02-03");
}

TEST(HtmlDateTest, OgPublishedTime) {
  EXPECT_EQ(MetaOf("<meta property=\"og:published_time\" "
                   "content=\"2021-07-30T23:50:00-05:00\">")
                .date,
            "2021-07-30");  // as written, not converted to UTC
}

TEST(HtmlDateTest, OgUpdatedTimeIsTheLastResort) {
  EXPECT_EQ(MetaOf("<meta property=\"og:updated_time\" "
                   "content=\"2020-01-05T10:00:00Z\">")
                .date,
            "2020-01-05");
  EXPECT_EQ(MetaOf("<meta property=\"og:updated_time\" "
                   "content=\"2020-01-05T10:00:00Z\">"
                   "<meta name=\"date\" content=\"2020-01-04\">")
                .date,
            "2020-01-04");
}

TEST(HtmlDateTest, ArticlePublishedTimeBeatsOtherSources) {
  EXPECT_EQ(MetaOf("<meta name=\"date\" content=\"2019-01-01\">"
                   "<meta property=\"article:published_time\" "
                   "content=\"2019-03-04\">")
                .date,
            "2019-03-04");
}

TEST(HtmlDateTest, NameDate) {
  EXPECT_EQ(MetaOf("<meta name=\"date\" content=\"2018-11-12\">").date,
            "2018-11-12");
}

TEST(HtmlDateTest, NamePubdate) {
  EXPECT_EQ(MetaOf("<meta name=\"pubdate\" content=\"20181113\">").date,
            "2018-11-13");
}

TEST(HtmlDateTest, DublinCoreDateIssued) {
  EXPECT_EQ(MetaOf("<meta name=\"DC.date.issued\" content=\"2017/6/9\">").date,
            "2017-06-09");
}

TEST(HtmlDateTest, ParselyPubDate) {
  EXPECT_EQ(MetaOf("<meta name=\"parsely-pub-date\" "
                   "content=\"2016-04-01T12:00:00Z\">")
                .date,
            "2016-04-01");
}

TEST(HtmlDateTest, ItempropDatePublishedOnMeta) {
  EXPECT_EQ(
      MetaOf("<meta itemprop=\"datePublished\" content=\"2015-08-14\">").date,
      "2015-08-14");
}

TEST(HtmlDateTest, ItempropDatePublishedOnTime) {
  EXPECT_EQ(MetaOf("",
                   "<article><h1>Envoys meet</h1><time "
                   "itemprop=\"datePublished\" datetime=\"2015-08-15\">"
                   "Aug 15</time><p>The envoys met in Doha on Sunday and "
                   "agreed to continue the talks next week.</p></article>")
                .date,
            "2015-08-15");
}

TEST(HtmlDateTest, JsonLdDatePublished) {
  EXPECT_EQ(MetaOf("<script type=\"application/ld+json\">{\"@type\":"
                   "\"NewsArticle\",\"datePublished\":\"2014-05-06T08:00:00"
                   "+02:00\"}</script>")
                .date,
            "2014-05-06");
}

TEST(HtmlDateTest, JsonLdGraphPrefersTheArticle) {
  EXPECT_EQ(MetaOf("<script type=\"application/ld+json\">{\"@graph\":["
                   "{\"@type\":\"WebPage\",\"datePublished\":\"2014-05-01\"},"
                   "{\"@type\":[\"ReportageNewsArticle\"],"
                   "\"datePublished\":\"2014-05-07\"}]}</script>")
                .date,
            "2014-05-07");
}

TEST(HtmlDateTest, JsonLdTopLevelList) {
  EXPECT_EQ(MetaOf("<script type=\"application/ld+json\">[{\"@type\":"
                   "\"BreadcrumbList\"},{\"@type\":\"Article\","
                   "\"datePublished\":\"2014-05-08\"}]</script>")
                .date,
            "2014-05-08");
}

TEST(HtmlDateTest, BrokenJsonLdFallsThrough) {
  EXPECT_EQ(MetaOf("<script type=\"application/ld+json\">{\"datePublished\":"
                   "\"2014-05-09\",,}</script>"
                   "<meta name=\"date\" content=\"2014-05-10\">")
                .date,
            "2014-05-10");
}

TEST(HtmlDateTest, TimePubdateInsideTheArticle) {
  std::string body =
      "<aside><time datetime=\"2013-01-01\" pubdate>1 Jan</time></aside>"
      "<article><h1>Envoys meet</h1><p>By Ann Lee <time pubdate "
      "datetime=\"2013-02-02T10:00\">2 Feb</time></p><p>The envoys met in "
      "Doha on Sunday and agreed to continue the talks next week.</p>"
      "</article>";
  EXPECT_EQ(MetaOf("", body).date, "2013-02-02");
}

TEST(HtmlDateTest, PlainTimeInsideTheArticle) {
  std::string body =
      "<div class=\"sidebar\"><time datetime=\"2013-01-01\">1 Jan</time></div>"
      "<article><h1>Envoys meet</h1><p><time datetime=\"2013-03-03\">3 "
      "March</time></p><p>The envoys met in Doha on Sunday and agreed to "
      "continue the talks next week.</p></article>";
  EXPECT_EQ(MetaOf("", body).date, "2013-03-03");
}

TEST(HtmlDateTest, NoDate) { EXPECT_EQ(MetaOf("").date, ""); }

TEST(HtmlMetaTest, TitleSourceAndSection) {
  ArticleMetadata m = MetaOf(
      "<title> Envoys  meet &amp; talk | Gulf Daily </title>"
      "<meta property=\"og:site_name\" content=\"Gulf Daily\">"
      "<meta property=\"article:section\" content=\"Middle East\">");
  EXPECT_EQ(m.title, "Envoys meet & talk | Gulf Daily");
  EXPECT_EQ(m.source, "Gulf Daily");
  EXPECT_EQ(m.section, "Middle East");
  EXPECT_EQ(m.headline, "Envoys meet");
}

TEST(HtmlMetaTest, FallbacksForTitleAndSource) {
  ArticleMetadata m = MetaOf(
      "<meta property=\"og:title\" content=\"Envoys meet in Doha\">"
      "<meta name=\"application-name\" content=\"Gulf Daily\">");
  EXPECT_EQ(m.title, "Envoys meet in Doha");
  EXPECT_EQ(m.source, "Gulf Daily");
}

TEST(NormalizeDateTest, Formats) {
  EXPECT_EQ(html::NormalizeDate("2022-02-03T09:15:00+09:00"), "2022-02-03");
  EXPECT_EQ(html::NormalizeDate("  2022-2-3"), "2022-02-03");
  EXPECT_EQ(html::NormalizeDate("2022.02.03"), "2022-02-03");
  EXPECT_EQ(html::NormalizeDate("20220203T091500Z"), "2022-02-03");
  EXPECT_EQ(html::NormalizeDate("Thu, 03 Feb 2022 09:15:00 GMT"), "2022-02-03");
  EXPECT_EQ(html::NormalizeDate("February 3, 2022"), "2022-02-03");
  EXPECT_EQ(html::NormalizeDate("3 Sept. 2021"), "2021-09-03");
}

TEST(NormalizeDateTest, RejectsNonDates) {
  EXPECT_EQ(html::NormalizeDate("2022-02-30"), "");
  EXPECT_EQ(html::NormalizeDate("2022-13-01"), "");
  EXPECT_EQ(html::NormalizeDate("yesterday"), "");
  EXPECT_EQ(html::NormalizeDate("Mayor 3 2022"), "");
  EXPECT_EQ(html::NormalizeDate(""), "");
  EXPECT_EQ(html::NormalizeDate("2023-02-29"), "");
  EXPECT_EQ(html::NormalizeDate("2024-02-29"), "2024-02-29");
}

TEST(JsonLdDateTest, DeepOrBrokenJsonIsIgnored) {
  std::string deep(10000, '[');
  EXPECT_EQ(html::JsonLdDate(deep, "datePublished"), "");
  EXPECT_EQ(html::JsonLdDate("{\"datePublished\": 5}", "datePublished"), "");
  EXPECT_EQ(html::JsonLdDate("{\"a\":{\"datePublished\":\"2011-01-02\"}}",
                             "datePublished"),
            "2011-01-02");
}

}  // namespace
}  // namespace dyad
