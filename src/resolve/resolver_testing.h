// Test fixture shared by the resolver tests (compose_test.cc, coref_test.cc,
// dictionary_test.cc, resolver_test.cc): a Pipeline that segments and
// resolves (no parsing, so no model file), loaded once per test binary, and
// helpers that return the codes of mentions found in a text.
//
// Thread safety: for single-threaded tests.
//
// Usage:
//   class ComposeTest : public ResolverFixture {};
//   TEST_F(ComposeTest, X) { EXPECT_EQ(CodeOf("Russian troops", "troops"),
//                                      "RUSMIL"); }
#ifndef DYAD_RESOLVE_RESOLVER_TESTING_H_
#define DYAD_RESOLVE_RESOLVER_TESTING_H_

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "dyad/pipeline.h"

namespace dyad {

class ResolverFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (pipeline_ != nullptr) return;
    PipelineOptions opts;
    opts.resolve = true;
    auto p = Pipeline::Create(opts);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p.value()).release();  // lives until exit
  }

  static const ActorDictionary& Dict() { return *pipeline_->actors(); }

  static Processed Run(const std::string& text, const std::string& date) {
    Document doc;
    doc.id = "t";
    doc.date = date;
    doc.raw = text;
    Processed out;
    EXPECT_TRUE(pipeline_->Process(doc, &out).ok());
    return out;
  }

  // The text a mention covers.
  static std::string TextOf(const Processed& p, const Sentence& s,
                            const ActorMention& m) {
    return std::string(
        p.article.Slice(s.tokens[m.first].begin, s.tokens[m.last].end));
  }

  // Codes of every mention whose text contains `needle`, in order.
  static std::vector<std::string> CodesOf(const Processed& p,
                                          const std::string& needle) {
    std::vector<std::string> codes;
    for (const Sentence& s : p.sentences) {
      for (const ActorMention& m : s.actors) {
        if (TextOf(p, s, m).find(needle) != std::string::npos) {
          codes.push_back(m.code);
        }
      }
    }
    return codes;
  }

  // The code of the first mention containing `needle`, or "(none)".
  static std::string CodeOf(const std::string& text, const std::string& needle,
                            const std::string& date = "2022-02-03") {
    auto codes = CodesOf(Run(text, date), needle);
    return codes.empty() ? "(none)" : codes.front();
  }

  // Every code found in sentence `i` of `text`.
  static std::set<std::string> SentenceCodes(const std::string& text, size_t i,
                                             const std::string& date) {
    Processed p = Run(text, date);
    std::set<std::string> codes;
    if (i >= p.sentences.size()) return codes;
    for (const ActorMention& m : p.sentences[i].actors) codes.insert(m.code);
    return codes;
  }

  // Dictionary lookup alone (no composition, no coreference): the code of
  // the single hit, "(none)" without one, "(several)" with more.
  static std::string LookupCode(const std::string& text,
                                const std::string& date = "2022-02-03") {
    std::vector<ActorHit> hits = Dict().Lookup(text, date);
    if (hits.empty()) return "(none)";
    return hits.size() == 1 ? hits[0].code : "(several)";
  }

  static inline Pipeline* pipeline_ = nullptr;
};

}  // namespace dyad

#endif  // DYAD_RESOLVE_RESOLVER_TESTING_H_
