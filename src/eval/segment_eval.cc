#include "eval/segment_eval.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "segment/char_class.h"
#include "segment/multiword.h"

namespace dyad {
namespace {

// [begin, end) over the text with whitespace removed.
using Extent = std::pair<uint32_t, uint32_t>;

// The rebuilt raw text and the gold units over it.
struct Gold {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> paragraphs;  // raw offsets
  std::vector<Extent> tokens;
  std::vector<Extent> sentences;
};

// Appends the non-whitespace bytes of `s` to *out; returns how many.
uint32_t AppendSolid(std::string_view s, std::string* out) {
  size_t before = out->size();
  size_t len = 1;
  for (size_t i = 0; i < s.size(); i += len) {
    if (!segment::IsSpaceAt(s, i, &len)) out->append(s.substr(i, len));
  }
  return static_cast<uint32_t>(out->size() - before);
}

// The sentence text as written, or rebuilt from forms and SpaceAfter.
std::string SentenceText(const ConlluSentence& s) {
  if (!s.text.empty()) return s.text;
  std::string text;
  for (const Token& w : s.words) {
    text += w.text;
    if (w.space_after) text += ' ';
  }
  return text;
}

// Surface forms: multiword token forms replace the words they cover.
std::vector<std::string_view> SurfaceForms(const ConlluSentence& s) {
  std::vector<std::string_view> forms;
  size_t m = 0;
  for (size_t w = 0; w < s.words.size();) {
    while (m < s.multiwords.size() && s.multiwords[m].first < int(w)) ++m;
    if (m < s.multiwords.size() && s.multiwords[m].first == int(w)) {
      forms.push_back(s.multiwords[m].form);
      w = std::max<size_t>(w + 1, s.multiwords[m].last + 1);
    } else {
      forms.push_back(s.words[w++].text);
    }
  }
  return forms;
}

Status AddSentence(const ConlluSentence& s, uint32_t* solid, Gold* gold) {
  std::string forms, text;
  for (std::string_view form : SurfaceForms(s)) {
    uint32_t n = AppendSolid(form, &forms);
    if (n == 0) continue;
    gold->tokens.push_back({*solid, *solid + n});
    *solid += n;
  }
  AppendSolid(SentenceText(s), &text);
  if (forms != text) {
    return Status::Corruption("sentence " + s.sent_id +
                              ": forms do not spell the text");
  }
  if (!forms.empty()) {
    gold->sentences.push_back({*solid - uint32_t(forms.size()), *solid});
  }
  return Status::OK();
}

Status BuildGold(const std::vector<ConlluSentence>& sentences, Gold* gold) {
  uint32_t solid = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const ConlluSentence& s = sentences[i];
    if (i == 0 || s.new_par) {
      if (i > 0) {
        gold->paragraphs.back().second = gold->text.size();
        gold->text += "\n\n";
      }
      gold->paragraphs.push_back({uint32_t(gold->text.size()), 0});
    } else {
      gold->text += ' ';
    }
    DYAD_RETURN_IF_ERROR(AddSentence(s, &solid, gold));
    gold->text += SentenceText(s);
  }
  if (!gold->paragraphs.empty()) {
    gold->paragraphs.back().second = gold->text.size();
  }
  return Status::OK();
}

// solid[i]: non-whitespace bytes before raw offset i.
std::vector<uint32_t> SolidIndex(std::string_view text) {
  std::vector<uint32_t> index(text.size() + 1, 0);
  uint32_t n = 0;
  size_t len = 1;
  for (size_t i = 0; i < text.size(); i += len) {
    bool space = segment::IsSpaceAt(text, i, &len);
    for (size_t k = 0; k < len && i + k < text.size(); ++k) {
      index[i + k] = n + (space ? 0 : uint32_t(k));
    }
    if (!space) n += uint32_t(len);
  }
  index[text.size()] = n;
  return index;
}

// System tokens (clitics merged into their surface token) and sentences.
void SystemUnits(const std::vector<Sentence>& sentences,
                 const std::vector<uint32_t>& solid,
                 std::vector<Extent>* tokens, std::vector<Extent>* sents) {
  for (const Sentence& s : sentences) {
    if (s.tokens.empty()) continue;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (i > 0 && segment::ContinuesSurfaceToken(s.tokens[i - 1], t)) {
        tokens->back().second = solid[t.end];
      } else {
        tokens->push_back({solid[t.begin], solid[t.end]});
      }
    }
    sents->push_back(
        {solid[s.tokens.front().begin], solid[s.tokens.back().end]});
  }
}

// Raw offset of the solid byte k.
uint32_t RawOf(const std::vector<uint32_t>& solid, uint32_t k) {
  auto it = std::upper_bound(solid.begin(), solid.end(), k);
  return uint32_t(it - solid.begin()) - 1;
}

SegmentError MakeError(std::string_view text,
                       const std::vector<uint32_t>& solid, Extent e, bool gold,
                       bool sentence) {
  SegmentError err;
  err.gold = gold;
  err.sentence = sentence;
  uint32_t b = RawOf(solid, e.first), end = RawOf(solid, e.second - 1) + 1;
  err.text = std::string(text.substr(b, end - b));
  uint32_t cb = b > 40 ? b - 40 : 0;
  err.context = std::string(
      text.substr(cb, std::min<size_t>(end + 40, text.size()) - cb));
  return err;
}

// Counts matches of two sorted extent lists; records disagreements.
void Compare(const std::vector<Extent>& gold, const std::vector<Extent>& sys,
             bool sentence, std::string_view text,
             const std::vector<uint32_t>& solid, size_t max_errors,
             PrfCounts* counts, std::vector<SegmentError>* errors) {
  counts->gold += gold.size();
  counts->system += sys.size();
  size_t g = 0, s = 0, gold_errors = 0, sys_errors = 0;
  while (g < gold.size() || s < sys.size()) {
    if (g < gold.size() && s < sys.size() && gold[g] == sys[s]) {
      ++counts->correct;
      ++g;
      ++s;
    } else if (s == sys.size() || (g < gold.size() && gold[g] < sys[s])) {
      if (gold_errors++ < max_errors) {
        errors->push_back(MakeError(text, solid, gold[g], true, sentence));
      }
      ++g;
    } else {
      if (sys_errors++ < max_errors) {
        errors->push_back(MakeError(text, solid, sys[s], false, sentence));
      }
      ++s;
    }
  }
}

}  // namespace

Status EvaluateSegmentation(const std::vector<ConlluSentence>& gold_sentences,
                            const Segmenter& segmenter,
                            const SegmentEvalOptions& options,
                            SegmentEvalResult* result) {
  Gold gold;
  DYAD_RETURN_IF_ERROR(BuildGold(gold_sentences, &gold));
  std::vector<Sentence> sentences;
  for (uint32_t i = 0; i < gold.paragraphs.size(); ++i) {
    auto [b, e] = gold.paragraphs[i];
    segmenter.SegmentText(std::string_view(gold.text).substr(b, e - b), b, i,
                          &sentences);
  }
  std::vector<uint32_t> solid = SolidIndex(gold.text);
  std::vector<Extent> tokens, sents;
  SystemUnits(sentences, solid, &tokens, &sents);
  Compare(gold.tokens, tokens, false, gold.text, solid, options.max_errors,
          &result->tokens, &result->errors);
  Compare(gold.sentences, sents, true, gold.text, solid, options.max_errors,
          &result->sentences, &result->errors);
  result->paragraphs += gold.paragraphs.size();
  result->text_bytes += gold.text.size();
  return Status::OK();
}

Status EvaluateSegmentationFile(const std::string& path,
                                const SegmentEvalOptions& options,
                                SegmentEvalResult* result) {
  std::vector<ConlluSentence> gold;
  DYAD_RETURN_IF_ERROR(ReadConlluFile(path, &gold));
  std::unique_ptr<Segmenter> segmenter = Segmenter::Create(options.segment);
  return EvaluateSegmentation(gold, *segmenter, options, result);
}

}  // namespace dyad
