#include "dyad/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct ReadResult {
  std::vector<Document> docs;
  std::vector<Status> problems;
};

ReadResult Drain(Reader* reader) {
  ReadResult r;
  Document doc;
  Status problem;
  while (reader->Next(&doc, &problem)) {
    if (problem.ok()) {
      r.docs.push_back(doc);
    } else {
      r.problems.push_back(problem);
    }
  }
  return r;
}

ReadResult ReadString(const std::string& data, ReadOptions opts = {}) {
  std::istringstream in(data);
  auto reader = Reader::FromStream(&in, "input.jsonl", opts);
  return Drain(reader.get());
}

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("dyad_reader_test_" + std::to_string(::getpid()) + "_" +
             std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& data) {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

TEST(ReaderTest, JsonlRecordsBecomeDocuments) {
  ReadResult r = ReadString(
      R"({"id":"a","date":"2022-02-03","text":"Hello.","url":"http://x","title":"T","source":"S"})"
      "\n"
      R"({"id":7,"html":"<p>Hi</p>"})"
      "\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[0].date, "2022-02-03");
  EXPECT_EQ(r.docs[0].raw, "Hello.");
  EXPECT_EQ(r.docs[0].url, "http://x");
  EXPECT_EQ(r.docs[0].title, "T");
  EXPECT_EQ(r.docs[0].source, "S");
  EXPECT_EQ(r.docs[0].format, Format::kText);
  EXPECT_EQ(r.docs[1].id, "7");
  EXPECT_EQ(r.docs[1].format, Format::kHtml);
}

TEST(ReaderTest, MalformedLinesAreReportedAndSkipped) {
  ReadResult r = ReadString(
      "{\"id\":\"a\",\"text\":\"one\"}\n"
      "not json\n"
      "\n"
      "{\"id\":\"c\"}\n"
      "{\"id\":\"d\",\"text\":5}\n"
      "{\"id\":\"e\",\"text\":\"x\",\"date\":\"yesterday\"}\n"
      "[1,2]\n"
      "{\"id\":\"f\",\"text\":\"two\"}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[1].id, "f");
  ASSERT_EQ(r.problems.size(), 5u);
  EXPECT_NE(r.problems[0].message().find("input.jsonl:2"), std::string::npos);
  EXPECT_NE(r.problems[1].message().find("input.jsonl:4"), std::string::npos);
  EXPECT_NE(r.problems[1].message().find("neither"), std::string::npos);
  EXPECT_NE(r.problems[2].message().find("\"text\""), std::string::npos);
  EXPECT_NE(r.problems[3].message().find("\"date\""), std::string::npos);
  EXPECT_NE(r.problems[4].message().find(":7"), std::string::npos);
}

TEST(ReaderTest, DatesAreNormalisedAndDefaulted) {
  ReadOptions opts;
  opts.default_date = "2020-01-01";
  ReadResult r = ReadString(
      "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2022-02-03T10:00:00Z\"}\n"
      "{\"id\":\"b\",\"text\":\"x\"}\n"
      "{\"id\":\"c\",\"text\":\"x\",\"date\":\"2022-02-30\"}\n",
      opts);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].date, "2022-02-03");
  EXPECT_EQ(r.docs[1].date, "2020-01-01");
  EXPECT_EQ(r.problems.size(), 1u);
}

TEST(ReaderTest, MissingIdIsDerivedFromLine) {
  ReadResult r = ReadString("\n{\"text\":\"x\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "stdin-2");
}

TEST(ReaderTest, InvalidUtf8InsideJsonIsRepairedNotFatal) {
  ReadResult r = ReadString("{\"id\":\"a\",\"text\":\"caf\xE9 bar\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].raw, "caf\xEF\xBF\xBD bar");
}

TEST(ReaderTest, EscapesInJsonStringsAreDecodedAndRepaired) {
  ReadResult r = ReadString(
      R"({"id":"a","text":"line\r\nnext\u0000 caf\u00e9 \ud83d\ude00 \"q\""})"
      "\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].raw,
            "line\nnext\xEF\xBF\xBD caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\"");
}

TEST(ReaderTest, RepeatedKeyKeepsLastValueAndNullIsAbsent) {
  ReadResult r = ReadString(
      R"({"id":"a","text":"first","text":"second","title":null,"url":null})"
      "\n"
      R"({"id":null,"text":null,"html":"<p>x</p>"})"
      "\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].raw, "second");
  EXPECT_EQ(r.docs[0].title, "");
  EXPECT_EQ(r.docs[1].id, "stdin-2");
  EXPECT_EQ(r.docs[1].format, Format::kHtml);
}

TEST(ReaderTest, LargeAndNegativeIntegerIds) {
  ReadResult r = ReadString(
      "{\"id\":18446744073709551615,\"text\":\"x\"}\n"
      "{\"id\":-12,\"text\":\"x\"}\n"
      "{\"id\":1.5,\"text\":\"x\"}\n"
      "{\"id\":\"ok\",\"text\":\"x\",\"extra\":{\"deep\":[1,2,{}]}}\n"
      "{\"id\":\"bad\",\"text\":\"x\"} trailing\n");
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "18446744073709551615");
  EXPECT_EQ(r.docs[1].id, "-12");
  EXPECT_EQ(r.docs[2].id, "ok");
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_NE(r.problems[0].message().find("input.jsonl:3: field \"id\""),
            std::string::npos);
  EXPECT_NE(r.problems[1].message().find("input.jsonl:5: not a valid JSON"),
            std::string::npos);
}

TEST(ReaderTest, PlainTextOnStdinIsOneDocument) {
  ReadOptions opts;
  opts.id = "mine";
  opts.default_date = "2022-02-03";
  ReadResult r = ReadString("Just some text.\nMore.\n", opts);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "mine");
  EXPECT_EQ(r.docs[0].format, Format::kText);
  EXPECT_EQ(r.docs[0].date, "2022-02-03");
}

TEST(ReaderTest, DirectoriesAreWalkedRecursivelyInOrder) {
  TempDir dir;
  dir.Write("b.txt", "Second.");
  dir.Write("a/page.html", "<html><body><p>First.</p></body></html>");
  dir.Write("c/more.jsonl",
            "{\"id\":\"j1\",\"text\":\"x\"}\n{\"id\":\"j2\",\"text\":\"y\"}\n");
  dir.Write(".hidden/skip.txt", "no");
  dir.Write("d/noext", "<!DOCTYPE html><p>guessed</p>");
  auto reader = Reader::Open({dir.path()}, ReadOptions());
  ReadResult r = Drain(reader.get());
  ASSERT_EQ(r.docs.size(), 5u);
  EXPECT_EQ(r.docs[0].id, "page");
  EXPECT_EQ(r.docs[0].format, Format::kHtml);
  EXPECT_EQ(r.docs[1].id, "b");
  EXPECT_EQ(r.docs[1].format, Format::kText);
  EXPECT_EQ(r.docs[2].id, "j1");
  EXPECT_EQ(r.docs[3].id, "j2");
  EXPECT_EQ(r.docs[4].format, Format::kHtml);
}

TEST(ReaderTest, UnreadableFileIsAProblemAndOthersContinue) {
  TempDir dir;
  std::string good = dir.Write("good.txt", "Fine.");
  auto reader =
      Reader::Open({dir.path() + "/missing.txt", good}, ReadOptions());
  ReadResult r = Drain(reader.get());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message().find("missing.txt"), std::string::npos);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].raw, "Fine.");
}

TEST(ReaderTest, OversizedDocumentIsSkippedWithLimitError) {
  TempDir dir;
  std::string big = dir.Write("big.txt", std::string(2000, 'x'));
  std::string small = dir.Write("small.txt", "ok");
  ReadOptions opts;
  opts.max_document_bytes = 1000;
  auto reader = Reader::Open({big, small}, opts);
  ReadResult r = Drain(reader.get());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(r.docs.size(), 1u);
}

TEST(ReaderTest, ForcedFormatOverridesGuess) {
  TempDir dir;
  std::string f = dir.Write("x.txt", "<p>tags as text</p>");
  ReadOptions opts;
  opts.format = Format::kHtml;
  auto reader = Reader::Open({f}, opts);
  ReadResult r = Drain(reader.get());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].format, Format::kHtml);
}

TEST(RepairUtf8Test, ReplacesInvalidBytesNulAndNormalisesLineEnds) {
  const char raw[] =
      "\xEF\xBB\xBFok\r\nline\rend\xC3(\x00z\xF0\x9F\x98\x80\x00";
  std::string s(raw, sizeof(raw) - 1);
  size_t repairs = RepairUtf8(&s);
  EXPECT_EQ(s,
            "ok\nline\nend\xEF\xBF\xBD(\xEF\xBF\xBDz\xF0\x9F\x98\x80"
            "\xEF\xBF\xBD");
  EXPECT_EQ(repairs, 3u);
}

TEST(RepairUtf8Test, CleanInputIsLeftAlone) {
  std::string s = "plain ascii\nand caf\xC3\xA9 \xF0\x9F\x98\x80";
  const std::string before = s;
  EXPECT_EQ(RepairUtf8(&s), 0u);
  EXPECT_EQ(s, before);
}

TEST(RepairUtf8Test, LongInputWithOneBadByteFarIn) {
  std::string s(10000, 'a');
  s[9000] = '\xFF';
  EXPECT_EQ(RepairUtf8(&s), 1u);
  EXPECT_EQ(s.size(), 10002u);
  EXPECT_EQ(s.substr(9000, 3), "\xEF\xBF\xBD");
}

TEST(RepairUtf8Test, RejectsOverlongAndSurrogates) {
  std::string s = "\xC0\xAF\xED\xA0\x80";
  RepairUtf8(&s);
  EXPECT_EQ(s.find('\xC0'), std::string::npos);
  EXPECT_EQ(s.find('\xED'), std::string::npos);
}

}  // namespace
}  // namespace dyad
