#include "code/sequence_match.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad {
namespace {

// A sentence of space-separated words; `actors` are {first, last, code}.
struct ActorSpan {
  int first, last;
  const char* code;
};
Sentence Make(const std::string& text, std::vector<ActorSpan> actors) {
  Sentence s;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    Token& t = s.tokens.emplace_back();
    t.text = w;
    t.lemma = w;
    t.upos = "X";
  }
  for (const ActorSpan& a : actors) {
    ActorMention& m = s.actors.emplace_back();
    m.first = m.head = a.first;
    m.last = a.last;
    m.code = a.code;
  }
  return s;
}

SequenceItem Words(std::vector<std::vector<std::string>> phrases,
                   bool joined = false) {
  SequenceItem i;
  i.phrases = std::move(phrases);
  i.joined = joined;
  return i;
}

SequenceItem Target() {
  SequenceItem i;
  i.kind = SequenceItem::Kind::kTarget;
  return i;
}

// "Arnor will abandon full economic ties with Gondor ."
class SequenceMatchTest : public ::testing::Test {
 protected:
  SequenceMatchTest()
      : s_(Make("Arnor will abandon full economic ties with Gondor .",
                {{0, 0, "ARN"}, {7, 7, "GON"}})),
        v_(s_) {}
  int Match(const WordSequence& seq) {
    m_ = PatternMatch();
    return MatchSequence(v_, 2, seq, &m_);
  }
  Sentence s_;
  ParseView v_;
  PatternMatch m_;
};

TEST_F(SequenceMatchTest, WordsInOrderWithGapsTargetTheNextActor) {
  WordSequence seq;
  seq.after = {Words({{"economic"}, {"military"}}), Words({{"ties"}})};
  EXPECT_GE(Match(seq), 0);
  EXPECT_EQ(m_.targets, std::vector<int>{1});
  EXPECT_EQ(m_.consumed, (std::vector<int>{5, 4}));  // innermost first
}

TEST_F(SequenceMatchTest, JoinedWordsMustBeAdjacent) {
  WordSequence seq;
  seq.after = {Words({{"full"}}), Words({{"ties"}}, /*joined=*/true)};
  EXPECT_EQ(Match(seq), -1);
  seq.after = {Words({{"full"}}, /*joined=*/true), Words({{"ties"}})};
  EXPECT_GE(Match(seq), 0);
}

TEST_F(SequenceMatchTest, StemsAndOrder) {
  WordSequence seq;
  seq.after = {Words({{"econ*"}})};
  EXPECT_GE(Match(seq), 0);
  seq.after = {Words({{"ties"}}), Words({{"economic"}})};
  EXPECT_EQ(Match(seq), -1) << "words out of order";
  seq.after = {Words({{"econ"}})};
  EXPECT_EQ(Match(seq), -1) << "an exact word is not a prefix";
}

TEST_F(SequenceMatchTest, LongerPatternsScoreHigher) {
  WordSequence one, two;
  one.after = {Words({{"ties"}})};
  two.after = {Words({{"economic"}}), Words({{"ties"}})};
  EXPECT_GT(Match(two), Match(one));
}

TEST_F(SequenceMatchTest, WordsBeforeTheVerbAndAnExplicitTarget) {
  WordSequence seq;
  seq.before = {Words({{"will"}})};
  seq.verb_joined = true;
  seq.after = {Words({{"with"}}), Target()};
  EXPECT_GE(Match(seq), 0);
  EXPECT_EQ(m_.targets, std::vector<int>{1});
  seq.before = {Words({{"arnor"}})};  // not right before the verb
  EXPECT_EQ(Match(seq), -1);
}

TEST(SequenceNegationTest, ANegationBeforeTheVerbIsAbsorbed) {
  Sentence s = Make("Bree did n't clash over the efforts of Eriador .",
                    {{0, 0, "BRE"}, {8, 8, "ERI"}});
  ParseView v(s);
  WordSequence seq;
  seq.before = {Words({{"did", "n't"}, {"will", "not"}})};
  seq.after = {Words({{"over"}}), Words({{"efforts"}})};
  PatternMatch m;
  EXPECT_GE(MatchSequence(v, 3, seq, &m), 0);
  EXPECT_TRUE(m.absorbs_negation);
  EXPECT_EQ(m.targets, std::vector<int>{1});  // the first actor after
}

}  // namespace
}  // namespace dyad
