// Imported TABARI / PETRARCH-1 codes "[A:B]" (Pattern::reverse_code): the
// coder emits the event from the target's side too.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "dyad/analyzer.h"
#include "dyad/pipeline.h"

namespace dyad {
namespace {

class ReverseCodeTest : public ::testing::Test {
 protected:
  std::vector<Event> Code(const std::string& verbs, const std::string& text) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("dyad_reverse_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "t.verbs").string();
    std::ofstream(path) << verbs;
    PipelineOptions o = PipelineOptions::Full();
    o.lexicon.verb_files = {path};
    o.lexicon.replace_builtin = true;
    auto p = Pipeline::Create(o);
    std::filesystem::remove_all(dir);
    if (!p.ok()) {
      ADD_FAILURE() << p.status().ToString();
      return {};
    }
    Document doc;
    doc.id = "t";
    doc.date = "2024-03-04";
    doc.raw = text;
    Processed out;
    EXPECT_TRUE((*p)->Process(doc, &out).ok());
    return out.events;
  }
  static bool Has(const std::vector<Event>& events, const std::string& src,
                  const std::string& code, const std::string& tgt) {
    for (const Event& e : events) {
      if (e.source.code == src && e.code == code && e.target &&
          e.target->code == tgt) {
        return true;
      }
    }
    return false;
  }
};

TEST_F(ReverseCodeTest, ArrivalIsAVisitAndAHosting) {
  if (!std::filesystem::exists(DefaultModelPath())) GTEST_SKIP();
  auto events = Code("ARRIVE [042:043]\n- * IN + [042:043]\n",
                     "Kenya's president arrived in Uganda on Monday.");
  EXPECT_TRUE(Has(events, "KENGOV", "042", "UGA"));
  EXPECT_TRUE(Has(events, "UGA", "043", "KENGOV"));
}

TEST_F(ReverseCodeTest, OneCodeGivesOneDirection) {
  if (!std::filesystem::exists(DefaultModelPath())) GTEST_SKIP();
  auto events = Code("ARRIVE [042]\n- * IN + [042]\n",
                     "Kenya's president arrived in Uganda on Monday.");
  EXPECT_TRUE(Has(events, "KENGOV", "042", "UGA"));
  EXPECT_FALSE(Has(events, "UGA", "043", "KENGOV"));
  EXPECT_EQ(events.size(), 1u);
}

}  // namespace
}  // namespace dyad
