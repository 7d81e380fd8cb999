#include "extract/text_classify.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

// Classifies `text` taken as a single unit (all its lines).
UnitInfo Classify(const std::string& text) {
  std::vector<TextLine> lines = ScanLines(text);
  TextUnit unit{0, static_cast<uint32_t>(lines.size()), true};
  return ClassifyUnit(text, lines, unit);
}

UnitClass ClassOf(const std::string& text) { return Classify(text).cls; }

TEST(ClassifyTest, IconAndSvgLabels) {
  EXPECT_EQ(ClassOf("ArrowArtboardCreated with Sketch.Title ChevronTitle "
                    "ChevronIcon FacebookIcon LinkedinIcon Mail Print"),
            UnitClass::kJunk);
  EXPECT_EQ(ClassOf("FacebookTwitterEmailCopy link"), UnitClass::kJunk);
  EXPECT_EQ(ClassOf("SearchIcon MenuIcon"), UnitClass::kJunk);
}

TEST(ClassifyTest, ShareBarsAndControls) {
  for (const char* s :
       {"Share this article", "Facebook Twitter LinkedIn Email", "Share",
        "Print", "Skip to main content", "Copy Link copied", "Sign In",
        "Back to top", "Listen to this article 3 min", "5 min read",
        "Advertisement", "ADVERTISEMENT", "Sign up for our newsletter",
        "Subscribe  |  Sign in"}) {
    EXPECT_EQ(ClassOf(s), UnitClass::kJunk) << s;
  }
}

TEST(ClassifyTest, CookieNoticeAndPromotions) {
  EXPECT_EQ(ClassOf("We use cookies to improve your experience on our "
                    "website. By continuing to browse, you agree to our use "
                    "of cookies. Accept all | Manage preferences"),
            UnitClass::kJunk);
  EXPECT_EQ(ClassOf("Discover the all new Example News app"), UnitClass::kJunk);
  EXPECT_EQ(ClassOf("Download our app for breaking news alerts"),
            UnitClass::kJunk);
  EXPECT_EQ(ClassOf("Free access for everyone - Sep. 30"), UnitClass::kJunk);
}

TEST(ClassifyTest, DateLinesAreWeakJunk) {
  UnitInfo info = Classify("Updated 14 March 2024, 18:42 GMT");
  EXPECT_EQ(info.cls, UnitClass::kJunk);
  EXPECT_EQ(info.junk, JunkKind::kWeak);
  EXPECT_EQ(Classify("78,000").junk, JunkKind::kWeak);
}

TEST(ClassifyTest, SignoffsAreNotScrapeEvidence) {
  UnitInfo reuter = Classify("Reuter");
  EXPECT_EQ(reuter.cls, UnitClass::kJunk);
  EXPECT_EQ(reuter.junk, JunkKind::kSignoff);
  EXPECT_EQ(Classify("___").junk, JunkKind::kSignoff);
}

TEST(ClassifyTest, TrailerHeadings) {
  for (const char* s :
       {"Sponsored Content", "Related Articles", "Most Read", "Recommended",
        "More from Asia", "Comments (12)", "You may also like",
        "\u00A9 2024 Example Media. All rights reserved.",
        "Copyright 2024 The Example Press."}) {
    EXPECT_EQ(ClassOf(s), UnitClass::kTrailer) << s;
  }
  // A photo credit alone is not a footer.
  EXPECT_NE(ClassOf("\u00A9 Reuters"), UnitClass::kTrailer);
}

TEST(ClassifyTest, LinkIntros) {
  EXPECT_EQ(ClassOf("Read more"), UnitClass::kLinkIntro);
  EXPECT_EQ(ClassOf("Related:"), UnitClass::kLinkIntro);
  EXPECT_EQ(ClassOf("READ MORE: What the plan means for jobs"),
            UnitClass::kJunk);
}

TEST(ClassifyTest, Bylines) {
  EXPECT_EQ(ClassOf("By Maria Lopez and Kemal Aydin"), UnitClass::kByline);
  EXPECT_EQ(ClassOf("By JAMES CARTER, Reuters"), UnitClass::kByline);
  EXPECT_NE(ClassOf("By the end of the week talks had collapsed."),
            UnitClass::kByline);
}

TEST(ClassifyTest, TitlesAndText) {
  EXPECT_EQ(ClassOf("China, Russia coordinated positions on Ukraine, "
                    "Beijing says"),
            UnitClass::kTitle);
  EXPECT_EQ(ClassOf("International relations"), UnitClass::kTitle);
  EXPECT_EQ(ClassOf("Ukraine says Russia has positioned 115,000 troops near "
                    "its borders."),
            UnitClass::kText);
  EXPECT_EQ(ClassOf("and the talks went on"), UnitClass::kText);
}

TEST(ClassifyTest, CaptionsWithCredits) {
  std::string seed_like =
      "Russian Foreign Minister met his counterpart on Feb. 3. \xC2\xA0 "
      "\u00A9 Reuters";
  UnitInfo info = Classify(seed_like);
  ASSERT_EQ(info.cls, UnitClass::kCaption);
  EXPECT_EQ(info.credit, "Reuters");
  EXPECT_EQ(seed_like.substr(0, info.caption_end),
            "Russian Foreign Minister met his counterpart on Feb. 3.");

  std::string photo = "The minister speaks in Ankara. Photo: AFP/Getty";
  info = Classify(photo);
  ASSERT_EQ(info.cls, UnitClass::kCaption);
  EXPECT_EQ(info.credit, "AFP/Getty");
  EXPECT_EQ(photo.substr(0, info.caption_end),
            "The minister speaks in Ankara.");

  std::string paren = "A ship is loaded with grain. (AP Photo/Jane Doe)";
  info = Classify(paren);
  ASSERT_EQ(info.cls, UnitClass::kCaption);
  EXPECT_EQ(paren.substr(0, info.caption_end), "A ship is loaded with grain.");
}

TEST(ClassifyTest, CreditForms) {
  EXPECT_EQ(FindCredit("Troops on the border. REUTERS/Jane Doe").who,
            "REUTERS/Jane Doe");
  EXPECT_EQ(FindCredit("Protesters gather. AFP via Getty Images").who,
            "AFP via Getty Images");
  EXPECT_EQ(FindCredit("Leaders meet (Reuters)").who, "Reuters");
  EXPECT_EQ(FindCredit("He said the talks had failed.").begin,
            std::string_view::npos);
  EXPECT_EQ(FindCredit("Talks between Russia and China").begin,
            std::string_view::npos);
}

TEST(ClassifyTest, BulletMarkerIsMeasured) {
  EXPECT_EQ(Classify("\u2022 Defence ministers will meet twice a year.").bullet,
            4u);
}

// ASCII lines take a SIMD path, others a per-character one: a no-break
// space in place of the first space must change neither the word count nor
// the class. Lines cross the 64-byte blocks of the fast path.
TEST(ClassifyTest, AsciiAndUnicodePathsAgree) {
  for (std::string line :
       {std::string("ArrowArtboardCreated with Sketch.Title ChevronTitle "
                    "ChevronIcon FacebookIcon LinkedinIcon Mail Print"),
        std::string("Share this article"), std::string("By Jane Doe"),
        std::string("The minister said on Tuesday that talks would resume "
                    "next week in Geneva.Officials agreed."),
        std::string("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                    "aaaaaa.Bb cC dIcon eIcon"),
        std::string("Updated 3 hours ago"),
        std::string("x\tSearchIcon\vMenuIcon 12 34")}) {
    std::string unicode = line;
    unicode.replace(unicode.find_first_of(" \t"), 1, "\xC2\xA0");
    UnitInfo a = Classify(line), b = Classify(unicode);
    EXPECT_EQ(a.words, b.words) << line;
    EXPECT_EQ(a.cls, b.cls) << line;
  }
}

}  // namespace
}  // namespace dyad
