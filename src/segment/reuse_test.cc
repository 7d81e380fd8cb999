// SegmentReusing gives what a fresh Segment gives, whatever the vector held.
#include "segment/reuse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::segment {
namespace {

Article MakeArticle(const std::vector<std::string>& paragraphs) {
  Article a;
  for (const std::string& p : paragraphs) {
    a.AddParagraph(ParagraphKind::kBody, p, 0);
  }
  return a;
}

// Every field of every token and sentence, for comparison.
std::string Describe(const std::vector<Sentence>& sentences) {
  std::string out;
  for (const Sentence& s : sentences) {
    out += "[" + std::to_string(s.paragraph) + " " + std::to_string(s.begin) +
           "-" + std::to_string(s.end) +
           " actors=" + std::to_string(s.actors.size()) + "]";
    for (const Token& t : s.tokens) {
      out += " " + t.text + "@" + std::to_string(t.begin) + "-" +
             std::to_string(t.end) + (t.space_after ? "_" : "") + "/" + t.upos +
             "/" + t.xpos + "/" + t.lemma + "/" + std::to_string(t.head) + "/" +
             t.deprel;
    }
    out += "\n";
  }
  return out;
}

// Fills what the analyzer and resolver would, so stale values would show.
void Annotate(std::vector<Sentence>* sentences) {
  for (Sentence& s : *sentences) {
    s.actors.emplace_back();
    for (Token& t : s.tokens) {
      t.upos = "NOUN";
      t.xpos = "NN";
      t.lemma = "a lemma long enough to leave the small-string buffer";
      t.head = 0;
      t.deprel = "nsubj";
    }
  }
}

class ReuseTest : public ::testing::Test {
 protected:
  std::vector<Sentence> Fresh(const Article& a) {
    std::vector<Sentence> out;
    segmenter_->Segment(a, &out);
    return out;
  }
  std::unique_ptr<Segmenter> segmenter_ = Segmenter::Create({});
};

TEST_F(ReuseTest, OverLongerShorterAndEmptyPreviousResults) {
  const Article many =
      MakeArticle({"One. Two words. Three, four and five. Six? Seven!",
                   "U.S. officials met Mr. Smith on Monday. They didn't agree.",
                   "A third paragraph with one sentence"});
  const Article few = MakeArticle({"Just one sentence here, isn't it?"});
  const Article none;
  for (const Article* prev : {&many, &few, &none}) {
    for (const Article* next : {&many, &few, &none}) {
      std::vector<Sentence> reused;
      SegmentReusing(*segmenter_, *prev, &reused);
      Annotate(&reused);
      SegmentReusing(*segmenter_, *next, &reused);
      EXPECT_EQ(Describe(reused), Describe(Fresh(*next)));
    }
  }
}

TEST_F(ReuseTest, FirstCallOnEmptyVectorMatchesSegment) {
  const Article a = MakeArticle({"He said: \"It's done.\" Then he left..."});
  std::vector<Sentence> reused;
  SegmentReusing(*segmenter_, a, &reused);
  ASSERT_FALSE(reused.empty());
  EXPECT_EQ(Describe(reused), Describe(Fresh(a)));
}

}  // namespace
}  // namespace dyad::segment
