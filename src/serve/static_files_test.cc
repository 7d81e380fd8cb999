#include "serve/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad::serve {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() /
            ("dyad_static_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base_);
    fs::create_directories(base_ / "dist/assets");
    Write(base_ / "dist/index.html", "<html></html>");
    Write(base_ / "dist/assets/app.js", "1");
    Write(base_ / "dist/.env", "secret");
    Write(base_ / "secret.txt", "secret");
    root_ = fs::canonical(base_ / "dist").string();
  }
  void TearDown() override { fs::remove_all(base_); }
  static void Write(const fs::path& p, const std::string& s) {
    std::ofstream(p) << s;
  }
  fs::path base_;
  std::string root_;
};

TEST_F(StaticFilesTest, ServesFilesInsideTheFolder) {
  EXPECT_EQ(*ResolveAssetPath(root_, "/"), root_ + "/index.html");
  EXPECT_EQ(*ResolveAssetPath(root_, "/index.html"), root_ + "/index.html");
  EXPECT_EQ(*ResolveAssetPath(root_, "/assets/app.js"),
            root_ + "/assets/app.js");
}

TEST_F(StaticFilesTest, RefusesTraversalHiddenAndMissing) {
  for (const char* path :
       {"/../secret.txt", "/assets/../../secret.txt", "/..", "/.env",
        "/assets/", "/assets", "/missing.js", "", "index.html",
        "/assets//app.js", "/assets\\..\\..\\secret.txt"}) {
    EXPECT_EQ(ResolveAssetPath(root_, path).status().code(),
              Status::Code::kNotFound)
        << path;
  }
  EXPECT_FALSE(
      ResolveAssetPath(root_, std::string_view("/index.html\0x", 13)).ok());
}

TEST_F(StaticFilesTest, RefusesSymlinksLeavingTheFolder) {
  fs::create_symlink(base_ / "secret.txt", base_ / "dist/link.txt");
  EXPECT_FALSE(ResolveAssetPath(root_, "/link.txt").ok());
  fs::create_symlink(base_ / "dist/assets/app.js", base_ / "dist/inside.js");
  EXPECT_TRUE(ResolveAssetPath(root_, "/inside.js").ok());
}

TEST_F(StaticFilesTest, ContentTypes) {
  EXPECT_EQ(ContentTypeFor("/x/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("a.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("a.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("a.json"), "application/json");
  EXPECT_EQ(ContentTypeFor("Makefile"), "application/octet-stream");
}

}  // namespace
}  // namespace dyad::serve
