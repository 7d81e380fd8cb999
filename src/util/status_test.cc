#include "dyad/status.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Status FailIfNegative(int x) {
  if (x < 0) return Status::InvalidArgument("negative");
  return Status::OK();
}

Status Chain(int x, int* calls) {
  DYAD_RETURN_IF_ERROR(FailIfNegative(x));
  ++*calls;
  return Status::OK();
}

StatusOr<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument("odd");
  return x / 2;
}

Status Quarter(int x, int* out) {
  DYAD_ASSIGN_OR_RETURN(int h, Half(x));
  DYAD_ASSIGN_OR_RETURN(*out, Half(h));
  return Status::OK();
}

TEST(StatusTest, OkAndErrorsFormat) {
  EXPECT_TRUE(Status::OK().ok());
  EXPECT_EQ(Status::OK().ToString(), "OK");
  Status s = Status::Corruption("model.bin: bad checksum");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_EQ(s.ToString(), "corruption: model.bin: bad checksum");
  EXPECT_EQ(s.WithContext("load").message(), "load: model.bin: bad checksum");
  EXPECT_TRUE(Status::OK().WithContext("x").ok());
}

TEST(StatusTest, ReturnIfErrorStopsEarly) {
  int calls = 0;
  EXPECT_TRUE(Chain(1, &calls).ok());
  EXPECT_FALSE(Chain(-1, &calls).ok());
  EXPECT_EQ(calls, 1);
}

TEST(StatusTest, AssignOrReturn) {
  int out = 0;
  EXPECT_TRUE(Quarter(8, &out).ok());
  EXPECT_EQ(out, 2);
  Status s = Quarter(6, &out);
  EXPECT_EQ(s.message(), "odd");
}

}  // namespace
}  // namespace dyad
