#include "extract/dateline.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/extractor.h"

namespace dyad {
namespace {

struct Case {
  std::string text;
  std::string place;
  std::string agency;
  std::string body;  // the text from body_begin on
};

class DatelineFormTest : public ::testing::TestWithParam<Case> {};

TEST_P(DatelineFormTest, ParsesPlaceAgencyAndBody) {
  const Case& c = GetParam();
  Dateline d;
  ASSERT_TRUE(ParseDateline(c.text, &d)) << c.text;
  EXPECT_EQ(d.place, c.place);
  EXPECT_EQ(d.agency, c.agency);
  EXPECT_EQ(c.text.substr(d.body_begin), c.body);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, DatelineFormTest,
    ::testing::Values(
        Case{"BEIJING (Reuters) -- China and Russia met.", "BEIJING", "Reuters",
             "China and Russia met."},
        Case{"BEIJING (Reuters) - China and Russia met.", "BEIJING", "Reuters",
             "China and Russia met."},
        Case{"BEIJING \u2014 U.S. Secretary of State met Xi.", "BEIJING", "",
             "U.S. Secretary of State met Xi."},
        Case{"BEIJING\u2014The talks ended.", "BEIJING", "",
             "The talks ended."},
        Case{"NEW DELHI (Reuters) - Leaders of the Group of 20 met.",
             "NEW DELHI", "Reuters", "Leaders of the Group of 20 met."},
        Case{"WASHINGTON, Feb 3 (Reuters) - The United States said.",
             "WASHINGTON", "Reuters", "The United States said."},
        Case{"KYIV, Ukraine (AP) \u2014 Russia fired missiles.", "KYIV", "AP",
             "Russia fired missiles."},
        Case{"LONDON: The government said on Monday.", "LONDON", "",
             "The government said on Monday."},
        Case{"Beijing, Feb. 3 (Xinhua) -- Chinese President Xi met.", "Beijing",
             "Xinhua", "Chinese President Xi met."},
        Case{"GAZA CITY, Oct 7 \u2014 Rockets were fired.", "GAZA CITY", "",
             "Rockets were fired."},
        Case{"WASHINGTON, March 3, 2022 (AFP) \u2013 \"We will act,\" he "
             "said.",
             "WASHINGTON", "AFP", "\"We will act,\" he said."},
        Case{"SPRINGFIELD, Ill., Feb. 3 (AP) - Officials said.", "SPRINGFIELD",
             "AP", "Officials said."},
        Case{"Washington (CNN)President Biden spoke.", "Washington", "CNN",
             "President Biden spoke."},
        Case{"RIO DE JANEIRO (Reuters) - Brazil said.", "RIO DE JANEIRO",
             "Reuters", "Brazil said."}));

TEST(DatelineTest, RejectsOrdinarySentenceStarts) {
  const char* kNot[] = {
      "China and Russia coordinated their positions on Ukraine.",
      "US President - in a statement - said talks would resume.",
      "China, Russia coordinated positions on Ukraine, Beijing says",
      "Moscow denies any such plan but concern is running high.",
      "President Biden: We will not back down.",
      "UPDATE: The ministry said talks would resume.",
      "ECONOMIC SPOTLIGHT - JAPAN EYEING FOREIGN STOCKS",
      "Industrial Equity (Pacific) Ltd, a Hong Kong investment firm, said.",
      "Note: figures are provisional.",
      "BEIJING-based firms said they were worried.",
      "LONDON - 15 people were hurt.",
      "",
      "BEIJING"};
  for (const char* s : kNot) {
    Dateline d;
    EXPECT_FALSE(ParseDateline(s, &d)) << s;
  }
}

Article MakeArticle(std::initializer_list<std::string> paragraphs,
                    ParagraphKind first_kind = ParagraphKind::kBody) {
  Article a;
  uint32_t raw = 0;
  for (const std::string& p : paragraphs) {
    size_t i = a.AddParagraph(ParagraphKind::kBody, p, raw);
    if (i == 0) a.paragraphs[0].kind = first_kind;
    raw += static_cast<uint32_t>(p.size()) + 2;
  }
  return a;
}

TEST(MarkDatelinesTest, SetsBodyBeginPlaceAndSource) {
  Article a = MakeArticle(
      {"Headline here", "NEW DELHI (Reuters) - Leaders met on Saturday."},
      ParagraphKind::kHeadline);
  MarkDatelines(&a);
  const Paragraph& p = a.paragraphs[1];
  EXPECT_EQ(a.Slice(p.body_begin, p.end), "Leaders met on Saturday.");
  EXPECT_EQ(a.paragraphs[0].body_begin, a.paragraphs[0].begin);
  EXPECT_EQ(a.meta.dateline, "NEW DELHI");
  EXPECT_EQ(a.meta.source, "Reuters");
}

TEST(MarkDatelinesTest, KeepsAnExistingSourceAndIsIdempotent) {
  Article a = MakeArticle({"WASHINGTON (AP) \u2014 The Senate voted."});
  a.meta.source = "Example News";
  MarkDatelines(&a);
  uint32_t body = a.paragraphs[0].body_begin;
  EXPECT_GT(body, a.paragraphs[0].begin);
  EXPECT_EQ(a.meta.source, "Example News");
  MarkDatelines(&a);
  EXPECT_EQ(a.paragraphs[0].body_begin, body);
}

TEST(MarkDatelinesTest, CanonicalAgencyName) {
  Article a = MakeArticle({"PARIS (REUTERS) - France said."});
  MarkDatelines(&a);
  EXPECT_EQ(a.meta.source, "Reuters");
}

TEST(MarkDatelinesTest, LeavesParagraphsWithoutDatelineAlone) {
  Article a = MakeArticle({"China and Russia met on Thursday.",
                           "Ukraine says Russia has troops near its borders."});
  MarkDatelines(&a);
  for (const Paragraph& p : a.paragraphs) EXPECT_EQ(p.body_begin, p.begin);
  EXPECT_TRUE(a.meta.dateline.empty());
  EXPECT_TRUE(a.meta.source.empty());
}

TEST(MarkDatelinesTest, DigestItemsHaveDatelinesInCapitals) {
  Article a = MakeArticle({"PARIS - France won the vote.",
                           "ROME - Peres met Soviet officials.",
                           "Geneva - Talks resumed.", "No dateline here."});
  MarkDatelines(&a);
  const Paragraph& rome = a.paragraphs[1];
  EXPECT_EQ(a.Slice(rome.body_begin, rome.end), "Peres met Soviet officials.");
  EXPECT_EQ(a.paragraphs[2].body_begin, a.paragraphs[2].begin);
  EXPECT_EQ(a.paragraphs[3].body_begin, a.paragraphs[3].begin);
  EXPECT_EQ(a.meta.dateline, "PARIS");
}

TEST(MarkDatelinesTest, OnlyTheFirstBodyParagraphsAreSearched) {
  Article a = MakeArticle({"First paragraph without one.", "Second neither.",
                           "LONDON (Reuters) - Third one has a dateline."});
  MarkDatelines(&a);
  EXPECT_EQ(a.paragraphs[2].body_begin, a.paragraphs[2].begin);
}

TEST(ExtractTest, DispatcherMarksDatelinesInText) {
  Document doc;
  doc.format = Format::kText;
  doc.raw =
      "BEIJING (Reuters) -- China and Russia coordinated their "
      "positions on Ukraine on Thursday, the ministry said.";
  Article a;
  ASSERT_TRUE(Extract(doc, ExtractOptions(), &a).ok());
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(
      a.Slice(a.paragraphs[0].body_begin, a.paragraphs[0].end).substr(0, 9),
      "China and");
  EXPECT_EQ(a.meta.dateline, "BEIJING");
}

TEST(ExtractTest, DispatcherMarksDatelinesInHtml) {
  Document doc;
  doc.format = Format::kHtml;
  doc.raw =
      "<html><body><article><h1>Talks resume</h1><p>NEW DELHI (Reuters) - "
      "Leaders of the Group of 20 adopted a declaration on Saturday that "
      "avoided condemning Russia for the war.</p><p>Ukraine's foreign "
      "ministry said the statement was nothing to be proud of.</p>"
      "</article></body></html>";
  Article a;
  ASSERT_TRUE(Extract(doc, ExtractOptions(), &a).ok());
  const Paragraph* with = nullptr;
  for (const Paragraph& p : a.paragraphs) {
    if (a.Slice(p).find("Leaders of the Group") != std::string_view::npos) {
      with = &p;
    }
  }
  ASSERT_NE(with, nullptr);
  EXPECT_EQ(a.Slice(with->body_begin, with->end).substr(0, 7), "Leaders");
  EXPECT_EQ(a.meta.dateline, "NEW DELHI");
}

TEST(AgencyTest, CanonicalNames) {
  EXPECT_EQ(CanonicalAgency("REUTERS"), "Reuters");
  EXPECT_EQ(CanonicalAgency("Reuter"), "Reuters");
  EXPECT_EQ(CanonicalAgency("Associated Press"), "AP");
  EXPECT_EQ(CanonicalAgency("xinhua"), "Xinhua");
  EXPECT_EQ(CanonicalAgency("Pacific"), "");
  EXPECT_EQ(CanonicalAgency(""), "");
}

TEST(MonthTest, NamesAndAbbreviations) {
  EXPECT_EQ(MonthNumber("Feb"), 2);
  EXPECT_EQ(MonthNumber("Feb."), 2);
  EXPECT_EQ(MonthNumber("february"), 2);
  EXPECT_EQ(MonthNumber("Sept"), 9);
  EXPECT_EQ(MonthNumber("DEC"), 12);
  EXPECT_EQ(MonthNumber("Fe"), 0);
  EXPECT_EQ(MonthNumber("Monday"), 0);
}

}  // namespace
}  // namespace dyad
