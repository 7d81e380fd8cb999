#include "eval/ud_eval.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

UdWord W(const char* form, uint32_t begin, uint32_t end, bool mw = false) {
  UdWord w;
  w.form = form, w.begin = begin, w.end = end, w.multiword = mw;
  return w;
}

TEST(AlignUdWordsTest, SameExtentsAlign) {
  std::vector<UdWord> gold = {W("The", 0, 3), W("talks", 3, 8), W(".", 8, 9)};
  std::vector<UdWord> sys = {W("The", 0, 3), W("talks.", 3, 9)};
  std::vector<int> a;
  AlignUdWords(gold, sys, &a);
  EXPECT_EQ(a, (std::vector<int>{0, -1}));
}

TEST(AlignUdWordsTest, MultiwordTokensAlignByForms) {
  // Gold "don't" is one token of two words; the system splits it itself.
  std::vector<UdWord> gold = {W("I", 0, 1), W("do", 1, 6, true),
                              W("n't", 1, 6, true), W("know", 6, 10)};
  std::vector<UdWord> sys = {W("I", 0, 1), W("do", 1, 3), W("n't", 3, 6),
                             W("know", 6, 10)};
  std::vector<int> a;
  AlignUdWords(gold, sys, &a);
  EXPECT_EQ(a, (std::vector<int>{0, 1, 2, 3}));
}

TEST(AlignUdWordsTest, MultiwordWithDifferentFormsAlignsWhatMatches) {
  std::vector<UdWord> gold = {W("ca", 0, 5, true), W("n't", 0, 5, true)};
  std::vector<UdWord> sys = {W("can't", 0, 5)};
  std::vector<int> a;
  AlignUdWords(gold, sys, &a);
  EXPECT_EQ(a, (std::vector<int>{-1}));
}

}  // namespace
}  // namespace dyad
