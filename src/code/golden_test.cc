// Runs the golden event cases of tests/golden/*.test (format in
// tests/golden/README.md) through the full pipeline.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "dyad/event_io.h"
#include "dyad/pipeline.h"
#include "util/file.h"

namespace dyad {
namespace {

struct Expectation {
  std::string source, code, target;
  std::vector<std::string> modifiers;
};

struct GoldenCase {
  std::string file, name, date, text;
  std::vector<Expectation> expect, reject;
  int count = -1;
  std::string pending;  // why the case is known to fail today
};

// Test names already say which case it is; print the file and name only.
void PrintTo(const GoldenCase& c, std::ostream* os) {
  *os << c.file << ": " << c.name;
}

Expectation ParseExpectation(const std::string& value) {
  std::istringstream in(value);
  Expectation e;
  in >> e.source >> e.code >> e.target;
  for (std::string m; in >> m;) e.modifiers.push_back(m);
  return e;
}

void AddLine(const std::string& key, const std::string& value, GoldenCase* c) {
  if (key == "name") c->name = value;
  if (key == "date") c->date = value;
  if (key == "text") c->text += (c->text.empty() ? "" : "\n") + value;
  if (key == "expect") c->expect.push_back(ParseExpectation(value));
  if (key == "reject") c->reject.push_back(ParseExpectation(value));
  if (key == "count") c->count = std::stoi(value);
  if (key == "pending") c->pending = value;
}

std::vector<GoldenCase> LoadCases() {
  std::vector<GoldenCase> cases;
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/golden";
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".test") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::string data;
    if (!ReadFileToString(f, &data).ok()) continue;
    std::istringstream in(data + "\n---\n");
    GoldenCase c;
    c.file = std::filesystem::path(f).filename().string();
    for (std::string line; std::getline(in, line);) {
      if (line == "---") {
        if (!c.text.empty()) cases.push_back(c);
        c = GoldenCase{c.file};
        continue;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos || line[0] == '#') continue;
      std::string value = line.substr(colon + 1);
      if (!value.empty() && value[0] == ' ') value.erase(0, 1);
      AddLine(line.substr(0, colon), value, &c);
    }
  }
  return cases;
}

bool Prefix(const std::string& want, const std::string& got) {
  return got.rfind(want, 0) == 0;
}

bool Matches(const Expectation& x, const Event& e, bool check_modifiers) {
  if ((x.source != "*" && !Prefix(x.source, e.source.code)) ||
      !Prefix(x.code, e.code)) {
    return false;
  }
  if (x.target == "-" && e.target.has_value()) return false;
  if (x.target != "-" && x.target != "*" &&
      !(e.target && Prefix(x.target, e.target->code))) {
    return false;
  }
  if (!check_modifiers) return !e.negated;
  bool negated = false;
  for (const std::string& m : x.modifiers) {
    if (m == "negated") negated = true;
    if (m.rfind("date=", 0) == 0 && e.date != m.substr(5)) return false;
    if ((m == "intended" || m == "reported") && m != ModalityName(e.modality)) {
      return false;
    }
  }
  return e.negated == negated;
}

class GoldenTest : public ::testing::TestWithParam<GoldenCase> {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(DefaultModelPath())) return;  // see below
    auto p = Pipeline::Create(PipelineOptions::Full());
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p.value()).release();
  }
  static void TearDownTestSuite() { delete pipeline_; }
  static inline Pipeline* pipeline_ = nullptr;
};

std::string Describe(const std::vector<Event>& events) {
  std::string s;
  for (const Event& e : events) s += "  " + EventToJsonLine(e);
  return s.empty() ? "  (no events)\n" : s;
}

TEST_P(GoldenTest, Case) {
  if (!std::filesystem::exists(DefaultModelPath())) {
    GTEST_SKIP() << "analyzer model " << DefaultModelPath()
                 << " is absent: run `dyad train` to build it";
  }
  ASSERT_NE(pipeline_, nullptr);
  const GoldenCase& c = GetParam();
  // DYAD_GOLDEN_RUN_PENDING=1 runs pending cases too, to see which pass.
  if (!c.pending.empty() && std::getenv("DYAD_GOLDEN_RUN_PENDING") == nullptr) {
    GTEST_SKIP() << "pending: " << c.pending;
  }
  Document doc;
  doc.id = "golden";
  doc.date = c.date;
  doc.raw = c.text;
  Processed out;
  ASSERT_TRUE(pipeline_->Process(doc, &out).ok());
  const std::string got = Describe(out.events);
  for (const Expectation& x : c.expect) {
    bool found =
        std::any_of(out.events.begin(), out.events.end(),
                    [&](const Event& e) { return Matches(x, e, true); });
    EXPECT_TRUE(found) << "missing " << x.source << " " << x.code << " "
                       << x.target << "\n"
                       << got;
  }
  for (const Expectation& x : c.reject) {
    bool found =
        std::any_of(out.events.begin(), out.events.end(),
                    [&](const Event& e) { return Matches(x, e, false); });
    EXPECT_FALSE(found) << "unwanted " << x.source << " " << x.code << " "
                        << x.target << "\n"
                        << got;
  }
  if (c.count >= 0) {
    int n = static_cast<int>(
        std::count_if(out.events.begin(), out.events.end(),
                      [](const Event& e) { return !e.negated; }));
    EXPECT_EQ(n, c.count) << got;
  }
}

std::string CaseName(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string n = info.param.file.substr(0, info.param.file.find('.')) + "_" +
                  info.param.name;
  for (char& ch : n) {
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return n + "_" + std::to_string(info.index);
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenTest, ::testing::ValuesIn(LoadCases()),
                         CaseName);

}  // namespace
}  // namespace dyad
