#include "analyze/model_file.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

std::string SampleFile() {
  ModelFileWriter w("test-model", "made by a test");
  w.Add("alpha", "first section");
  w.Add("beta", std::string(1000, 'b'));
  return w.Finish();
}

TEST(ModelFileTest, RoundTripsSections) {
  auto f = ModelFile::Parse(SampleFile(), "sample.dyadm");
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->name(), "test-model");
  EXPECT_EQ(f->credits(), "made by a test");
  EXPECT_EQ(f->version(), kModelFormatVersion);
  EXPECT_EQ(f->Section("alpha").value(), "first section");
  EXPECT_EQ(f->Section("beta").value(), std::string(1000, 'b'));
  auto missing = f->Section("gamma");
  EXPECT_EQ(missing.status().code(), Status::Code::kCorruption);
  EXPECT_NE(missing.status().message().find("sample.dyadm"), std::string::npos);
}

TEST(ModelFileTest, EveryFlippedByteIsDetected) {
  const std::string good = SampleFile();
  for (size_t i = 0; i < good.size(); i += 7) {
    std::string bad = good;
    bad[i] ^= 0x20;
    auto f = ModelFile::Parse(bad, "flipped.dyadm");
    ASSERT_FALSE(f.ok()) << "byte " << i;
    EXPECT_EQ(f.status().code(), Status::Code::kCorruption);
    EXPECT_NE(f.status().message().find("flipped.dyadm"), std::string::npos);
  }
}

TEST(ModelFileTest, TruncationIsDetected) {
  const std::string good = SampleFile();
  for (size_t n : {size_t{0}, size_t{5}, size_t{31}, size_t{32},
                   good.size() / 2, good.size() - 1}) {
    auto f = ModelFile::Parse(good.substr(0, n), "short.dyadm");
    ASSERT_FALSE(f.ok()) << n;
    EXPECT_EQ(f.status().code(), Status::Code::kCorruption);
  }
  EXPECT_FALSE(ModelFile::Parse(good + "x", "long.dyadm").ok());
}

TEST(ModelFileTest, ChecksumIsFnv1a64) {
  // Published FNV-1a 64 test vectors.
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cull);
}

TEST(ModelFileTest, SelfTestSentencesRoundTrip) {
  std::vector<std::vector<Token>> in(1, std::vector<Token>(2));
  in[0][0].text = "Talks", in[0][0].upos = "NOUN", in[0][0].head = 1;
  in[0][1].text = "failed", in[0][1].deprel = "root", in[0][1].head = -1;
  std::string bytes;
  EncodeSelfTest(in, &bytes);
  std::vector<std::vector<Token>> out;
  ASSERT_TRUE(DecodeSelfTest(bytes, &out).ok());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0][0].text, "Talks");
  EXPECT_EQ(out[0][0].head, 1);
  EXPECT_EQ(out[0][1].head, -1);
  EXPECT_EQ(out[0][1].deprel, "root");
  std::vector<std::vector<Token>> bad;
  EXPECT_FALSE(DecodeSelfTest(bytes.substr(0, bytes.size() - 2), &bad).ok());
}

}  // namespace
}  // namespace dyad
