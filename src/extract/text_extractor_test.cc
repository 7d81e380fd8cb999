#include "extract/text_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/extractor.h"

namespace dyad {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Article ExtractOrDie(std::string_view raw,
                     const ExtractOptions& options = ExtractOptions()) {
  Article a;
  Status s = ExtractText(raw, options, &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return a;
}

std::vector<std::string> Texts(const Article& a) {
  std::vector<std::string> out;
  for (const Paragraph& p : a.paragraphs) out.emplace_back(a.Slice(p));
  return out;
}

std::string Kinds(const Article& a) {
  std::string out;
  for (const Paragraph& p : a.paragraphs) {
    if (!out.empty()) out += " ";
    out += ParagraphKindName(p.kind);
  }
  return out;
}

// Every offset piece copies raw bytes exactly, pieces are sorted, and every
// paragraph starts with a piece that maps its first bytes back to the raw
// text.
void ExpectOffsetsMapBack(std::string_view raw, const Article& a) {
  uint32_t prev_end = 0;
  for (const OffsetPiece& p : a.offsets) {
    ASSERT_GE(p.text_begin, prev_end);
    ASSERT_LE(p.raw_begin + p.length, raw.size());
    ASSERT_EQ(raw.substr(p.raw_begin, p.length),
              std::string_view(a.text).substr(p.text_begin, p.length));
    prev_end = p.text_begin + p.length;
  }
  for (const Paragraph& para : a.paragraphs) {
    auto it = std::find_if(
        a.offsets.begin(), a.offsets.end(),
        [&](const OffsetPiece& p) { return p.text_begin == para.begin; });
    ASSERT_NE(it, a.offsets.end()) << a.Slice(para);
    uint32_t raw_begin = a.ToRaw(para.begin);
    EXPECT_EQ(raw.substr(raw_begin, it->length),
              a.Slice(para.begin, para.begin + it->length));
  }
}

bool AnyContains(const Article& a, std::string_view needle) {
  for (const std::string& t : Texts(a)) {
    if (t.find(needle) != std::string::npos) return true;
  }
  return false;
}

// ---- the seed scrape ----

// Blank-line separated blocks of `raw`, trimmed, no-break spaces as spaces.
std::vector<std::string> Blocks(std::string_view in) {
  std::string raw;
  for (size_t i = 0; i < in.size(); ++i) {
    bool nbsp = in.substr(i, 2) == "\xC2\xA0";
    raw += nbsp ? ' ' : in[i];
    i += nbsp;
  }
  std::vector<std::string> out;
  std::stringstream ss(raw);
  std::string line, block;
  auto flush = [&] {
    size_t b = block.find_first_not_of(" \n"),
           e = block.find_last_not_of(" \n");
    if (b != std::string::npos) out.push_back(block.substr(b, e - b + 1));
    block.clear();
  };
  while (std::getline(ss, line)) {
    if (line.find_first_not_of(' ') == std::string::npos) {
      flush();
    } else {
      block += block.empty() ? line : "\n" + line;
    }
  }
  flush();
  return out;
}

TEST(TextExtractorSeedTest, KeepsOnlyTheArticle) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/seed/article.txt";
  std::string raw = ReadFile(path);
  if (raw.empty()) GTEST_SKIP() << "seed article not found at " << path;
  Document doc;
  doc.raw = raw;
  doc.format = Format::kText;
  Article a;
  ASSERT_TRUE(Extract(doc, ExtractOptions(), &a).ok());

  // The expected body: the raw blocks from the dateline paragraph up to the
  // "Sponsored Content" trailer.
  std::vector<std::string> blocks = Blocks(raw);
  auto first = std::find_if(blocks.begin(), blocks.end(), [](auto& b) {
    return b.rfind("BEIJING (Reuters)", 0) == 0;
  });
  auto last = std::find(blocks.begin(), blocks.end(), "Sponsored Content");
  ASSERT_LT(first, last);
  std::vector<std::string> expected = {
      "International relations",
      "China, Russia coordinated positions on Ukraine, Beijing says",
      "Meeting of foreign ministers yields 'understanding and support' for "
      "Moscow",
      "Russian Foreign Minister Sergey Lavrov met with his Chinese "
      "counterpart in Beijing on Feb. 3."};
  expected.insert(expected.end(), first, last);
  EXPECT_EQ(Texts(a), expected);
  const ParagraphKind kHeader[] = {
      ParagraphKind::kSection, ParagraphKind::kHeadline,
      ParagraphKind::kStandfirst, ParagraphKind::kCaption};
  ASSERT_EQ(a.paragraphs.size(), expected.size());
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    EXPECT_EQ(a.paragraphs[i].kind, i < 4 ? kHeader[i] : ParagraphKind::kBody)
        << i;
  }
  for (const char* junk : {"Sponsored", "Icon", "Nikkei Asia app", "Sep. 30",
                           "Sketch", "\u00A9"}) {
    EXPECT_FALSE(AnyContains(a, junk)) << junk;
  }
  EXPECT_EQ(a.meta.section, "International relations");
  EXPECT_EQ(a.meta.headline, expected[1]);
  EXPECT_EQ(a.meta.dateline, "BEIJING");
  EXPECT_EQ(a.meta.source, "Reuters");
  const Paragraph& lead = a.paragraphs[4];
  EXPECT_EQ(a.Slice(lead.body_begin, lead.end).substr(0, 16),
            "China and Russia");
  ExpectOffsetsMapBack(raw, a);
}

// ---- our own scrapes (tests/data/text) ----

struct ScrapeCase {
  std::string file;
  std::string kinds;  // expected ParagraphKindName sequence
  std::string headline;
  std::string section;
  std::string dateline;
  std::string source;
  std::vector<std::string> paragraphs;  // must be present, exactly
  std::vector<std::string> absent;      // substrings no paragraph may have
};

class ScrapeTest : public ::testing::TestWithParam<ScrapeCase> {};

TEST_P(ScrapeTest, ExtractsTheArticle) {
  const ScrapeCase& c = GetParam();
  std::string path =
      std::string(DYAD_SOURCE_DIR) + "/tests/data/text/" + c.file;
  std::string raw = ReadFile(path);
  ASSERT_FALSE(raw.empty()) << path;
  Article a = ExtractOrDie(raw);
  EXPECT_EQ(Kinds(a), c.kinds);
  EXPECT_EQ(a.meta.headline, c.headline);
  EXPECT_EQ(a.meta.section, c.section);
  EXPECT_EQ(a.meta.dateline, c.dateline);
  EXPECT_EQ(a.meta.source, c.source);
  std::vector<std::string> texts = Texts(a);
  for (const std::string& p : c.paragraphs) {
    EXPECT_NE(std::find(texts.begin(), texts.end(), p), texts.end()) << p;
  }
  for (const std::string& s : c.absent) EXPECT_FALSE(AnyContains(a, s)) << s;
  ExpectOffsetsMapBack(raw, a);
}

INSTANTIATE_TEST_SUITE_P(
    OwnScrapes, ScrapeTest,
    ::testing::Values(
        ScrapeCase{
            "wire_site.txt",
            "headline standfirst byline caption body body body body body",
            "EU and Turkey agree to resume migration talks after two-year "
            "pause",
            "",
            "BRUSSELS",
            "Reuters",
            {"Officials say technical teams will meet in Ankara next month",
             "By Maria Lopez and Kemal Aydin",
             "Turkey's foreign minister speaks during a news conference in "
             "Ankara, Turkey.",
             "The talks are expected to begin in Ankara in April, according "
             "to a joint statement."},
            {"Skip", "Menu", "Share", "Facebook", "min read", "Listen",
             "Advertisement", "Sign up", "Most Read", "Germany's coalition",
             "AFP/Getty"}},
        ScrapeCase{"broadcaster_oneline.txt",
                   "headline standfirst byline caption body body body body",
                   "Parliament approves new defence spending plan",
                   "",
                   "LONDON",
                   "Reuters",
                   {"By Tom Harris",
                    "Members of parliament leave the chamber after the vote"},
                   {"cookies", "Home", "Politics", "Updated",
                    "Political "
                    "correspondent",
                    "Save", "READ MORE", "Related Topics", "\u00A9",
                    "All rights reserved"}},
        ScrapeCase{
            "agency_share_bar.txt",
            "headline byline caption body body body body",
            "Ukraine and Poland sign deal on grain transit through Baltic "
            "ports",
            "",
            "KYIV",
            "AP",
            {"A cargo ship is loaded with grain at a port near Odesa, "
             "Ukraine, on Feb. 12, 2024.",
             "The European Commission welcomed the agreement and said it "
             "would help pay for new rail terminals near the border."},
            {"Sections", "Published", "Copy", "Reddit", "Flipboard",
             "ADVERTISEMENT", "___", "contributed to this report", "Copyright",
             "Recommended", "Farm protests"}},
        ScrapeCase{
            "magazine_links.txt",
            "section headline standfirst body body body body body body body",
            "Japan and South Korea pledge closer security ties at Tokyo "
            "summit",
            "ANALYSIS",
            "TOKYO",
            "",
            {"Defence ministers will meet twice a year.",
             "China's foreign ministry said it was watching the "
             "rapprochement closely and urged both countries not to form "
             "\"exclusive blocs\" in the region."},
            {"Subscribe", "Illustration", "Read more", "Why Seoul",
             "North Korea fires", "Download", "More from", "Vietnam",
             "\u2022"}},
        ScrapeCase{"wrapped_wire.txt",
                   "headline body body body",
                   "OPEC OUTPUT TALKS END WITHOUT DEAL",
                   "",
                   "VIENNA",
                   "Reuters",
                   {"VIENNA, March 3 (Reuters) - Oil ministers from the "
                    "Organisation of Petroleum Exporting Countries ended three "
                    "days of talks without agreeing on new output quotas, "
                    "delegates said."},
                   {"\n"}},
        ScrapeCase{
            "paper_credit_line.txt",
            "headline standfirst caption byline body body body",
            "U.S. and China Agree to Resume Military Talks",
            "",
            "",
            "",
            {"President Biden and Xi Jinping of China met for about four "
             "hours on Wednesday.",
             "By David Jones and Lin Wei"},
            {"Skip", "SKIP", "Advertisement", "Supported by", "Share full",
             "Read in app", "Credit", "Reporting from", "Nov. 15", "Updated",
             "Related Content", "What to Know"}},
        ScrapeCase{
            "keep_reading_list.txt",
            "headline standfirst caption body body body",
            "Israel kills dozens in strikes on Gaza refugee camp, officials "
            "say",
            "",
            "",
            "Reuters",
            {"Palestinians search for survivors after an Israeli strike in "
             "Nuseirat refugee camp",
             "The United Nations General Assembly is due to vote on Tuesday "
             "on a resolution demanding an immediate humanitarian "
             "ceasefire."},
            {"Live", "navigation", "Published", "share", "Save", "Keep reading",
             "list", "key events", "to vote on Gaza", "Source:", "[",
             "Mohammed Salem"}}),
    [](const ::testing::TestParamInfo<ScrapeCase>& info) {
      std::string name = info.param.file.substr(0, info.param.file.find('.'));
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

// ---- plain text ----

TEST(TextExtractorTest, PlainParagraphsAreUnchanged) {
  std::string raw =
      "Russian forces launched a full-scale invasion on Thursday, pounding "
      "cities with missiles.\n\n"
      "NATO's secretary-general condemned the attack as a grave breach of "
      "international law.\n\n"
      "Leaders of the Group of Seven will meet on Friday.\n";
  Article a = ExtractOrDie(raw);
  std::vector<std::string> expected = {
      raw.substr(0, raw.find("\n\n")),
      raw.substr(raw.find("NATO"), raw.find("\n\nLeaders") - raw.find("NATO")),
      "Leaders of the Group of Seven will meet on Friday."};
  EXPECT_EQ(Texts(a), expected);
  EXPECT_EQ(Kinds(a), "body body body");
  EXPECT_TRUE(a.meta.headline.empty());
  EXPECT_TRUE(a.warnings.empty());
  ExpectOffsetsMapBack(raw, a);
}

TEST(TextExtractorTest, FirstTitleLineIsTheHeadline) {
  std::string raw =
      "Ad sales boost profits at media group\n\n"
      "Quarterly profits at the media group jumped 76% to $1.13bn for the "
      "three months to December, from $639m a year earlier.\n\n"
      "The firm said sales rose 2%.\n";
  Article a = ExtractOrDie(raw);
  EXPECT_EQ(Kinds(a), "headline body body");
  EXPECT_EQ(a.meta.headline, "Ad sales boost profits at media group");
}

TEST(TextExtractorTest, NoHeadlineWithoutABody) {
  Article a = ExtractOrDie("Talks between the two sides\n");
  EXPECT_EQ(Kinds(a), "body");
  EXPECT_TRUE(a.meta.headline.empty());
}

TEST(TextExtractorTest, HardWrappedLinesAreJoined) {
  std::string raw =
      "The foreign ministers of both countries met in the capital on\n"
      "Thursday and agreed to coordinate their positions on the crisis,\n"
      "according to a statement published by the ministry late at night.\n";
  Article a = ExtractOrDie(raw);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.Slice(a.paragraphs[0]),
            "The foreign ministers of both countries met in the capital on "
            "Thursday and agreed to coordinate their positions on the "
            "crisis, according to a statement published by the ministry "
            "late at night.");
  EXPECT_EQ(a.offsets.size(), 3u);  // one piece per line
  ExpectOffsetsMapBack(raw, a);
}

TEST(TextExtractorTest, BulletsBecomeParagraphsWithoutMarkers) {
  std::string raw =
      "The measures announced on Tuesday include the following steps:\n\n"
      "\u2022 Defence ministers will meet twice a year.\n"
      "\u2022 A hotline between the militaries will be restored.\n";
  Article a = ExtractOrDie(raw);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.Slice(a.paragraphs[1]),
            "Defence ministers will meet twice a year.");
  ExpectOffsetsMapBack(raw, a);
}

TEST(TextExtractorTest, ListsInCleanCopyAreKept) {
  // Runs of short title-like lines are link lists only in page scrapes.
  std::string raw =
      "The draw for the quarter-finals was made on Sunday, with the ties to "
      "be played next month.\n\n"
      "Newcastle v Tottenham\n\nSouthampton v Manchester United\n\n"
      "Bolton v Arsenal\n";
  Article a = ExtractOrDie(raw);
  EXPECT_EQ(a.paragraphs.size(), 4u);
  EXPECT_TRUE(AnyContains(a, "Bolton v Arsenal"));
}

TEST(TextExtractorTest, WireSignoffIsDroppedQuietly) {
  std::string raw =
      "The central bank raised its main interest rate by a quarter point on "
      "Thursday, the bank said.\n Reuter\n";
  Article a = ExtractOrDie(raw);
  EXPECT_EQ(Kinds(a), "body");
  EXPECT_EQ(Texts(a).back().find("Reuter"), std::string::npos);
  EXPECT_TRUE(a.warnings.empty());
}

TEST(TextExtractorBadInputTest, CarriageReturnsAreWhitespace) {
  std::string raw =
      "Talks resume in Geneva\r\n\r\nThe two delegations met on Monday "
      "and agreed to meet again next week, officials said.\r\n";
  Article a = ExtractOrDie(raw);
  EXPECT_EQ(Texts(a),
            (std::vector<std::string>{
                "Talks resume in Geneva",
                "The two delegations met on Monday and agreed to meet again "
                "next week, officials said."}));
  ExpectOffsetsMapBack(raw, a);
}

TEST(TextExtractorTest, KeepBoilerplateKeepsEverything) {
  std::string raw =
      "Share this article\n\n"
      "The foreign ministers met on Thursday and agreed to coordinate their "
      "positions.\n\nMost Read\n\nSome other story headline\n";
  ExtractOptions keep;
  keep.keep_boilerplate = true;
  EXPECT_EQ(ExtractOrDie(raw, keep).paragraphs.size(), 4u);
  Article dropped = ExtractOrDie(raw);
  EXPECT_EQ(Texts(dropped).size(), 1u);
  EXPECT_FALSE(dropped.warnings.empty());
}

TEST(TextExtractorTest, UnicodeSpacesBecomeAsciiAndStillMapBack) {
  std::string raw =
      "Russian Foreign Minister Sergey\xC2\xA0Lavrov met his counterpart in "
      "Beijing on Thursday, the ministry said.\xC2\xA0\n";
  Article a = ExtractOrDie(raw);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_NE(a.Slice(a.paragraphs[0]).find("Sergey Lavrov"),
            std::string_view::npos);
  EXPECT_EQ(a.Slice(a.paragraphs[0]).back(), '.');
  ExpectOffsetsMapBack(raw, a);
  // The text after the substituted space maps to the raw bytes after it.
  size_t t = a.text.find("Lavrov");
  EXPECT_EQ(raw.substr(a.ToRaw(static_cast<uint32_t>(t)), 6), "Lavrov");
}

// ---- bad input ----

TEST(TextExtractorBadInputTest, EmptyAndWhitespaceOnly) {
  for (const char* raw : {"", " ", "\n\n\n", " \t \n \xC2\xA0 \n"}) {
    Article a = ExtractOrDie(raw);
    EXPECT_TRUE(a.paragraphs.empty()) << raw;
    EXPECT_TRUE(a.text.empty());
  }
  Document doc;
  Article a;
  ASSERT_TRUE(Extract(doc, ExtractOptions(), &a).ok());
  EXPECT_EQ(a.warnings, std::vector<std::string>{"no article text found"});
}

TEST(TextExtractorBadInputTest, HugeSingleLineIsCutIntoBoundedParagraphs) {
  const size_t kSize = 50u << 20;  // 50 MiB, one line
  std::string raw;
  raw.reserve(kSize);
  while (raw.size() + 8 <= kSize) raw += "Lorem ip ";
  Article a = ExtractOrDie(raw);
  ExtractOptions defaults;
  size_t total = 0;
  for (const Paragraph& p : a.paragraphs) {
    EXPECT_LE(p.end - p.begin, defaults.max_paragraph_bytes);
    total += p.end - p.begin;
  }
  EXPECT_GE(a.paragraphs.size(), kSize / defaults.max_paragraph_bytes);
  // Only the spaces at the cuts and the final space are lost.
  EXPECT_EQ(total + a.paragraphs.size(), raw.size());
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_NE(a.warnings[0].find("cut a paragraph"), std::string::npos);
  ExpectOffsetsMapBack(raw, a);
}

TEST(TextExtractorBadInputTest, LongParagraphCutAtSpaces) {
  std::string raw =
      "The ministers met on Thursday and agreed to coordinate their "
      "positions on the crisis in the region, the statement said.";
  ExtractOptions small;
  small.max_paragraph_bytes = 40;
  Article a = ExtractOrDie(raw, small);
  ASSERT_GT(a.paragraphs.size(), 2u);
  std::string joined;
  for (const std::string& t : Texts(a)) {
    EXPECT_LE(t.size(), 40u);
    EXPECT_NE(t.front(), ' ');
    EXPECT_NE(t.back(), ' ');
    joined += (joined.empty() ? "" : " ") + t;
  }
  EXPECT_EQ(joined, raw);
  ExpectOffsetsMapBack(raw, a);
}

TEST(TextExtractorBadInputTest, ReplacementCharactersArePlainText) {
  std::string raw =
      "The minister\xEF\xBF\xBDs statement was issued on Thursday after the "
      "talks ended in the capital.\n\n\xEF\xBF\xBD\xEF\xBF\xBD\n";
  Article a = ExtractOrDie(raw);
  ASSERT_GE(a.paragraphs.size(), 1u);
  EXPECT_NE(a.Slice(a.paragraphs[0]).find("\xEF\xBF\xBD"),
            std::string_view::npos);
  ExpectOffsetsMapBack(raw, a);
}

TEST(TextExtractorBadInputTest, ManyShortLines) {
  std::string raw;
  for (int i = 0; i < 200000; ++i) raw += "x\n";
  Article a = ExtractOrDie(raw);
  EXPECT_LE(a.text.size(), raw.size());
  ExpectOffsetsMapBack(raw, a);
}

}  // namespace
}  // namespace dyad
