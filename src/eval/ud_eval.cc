#include "eval/ud_eval.h"

#include <utf8proc.h>

#include <algorithm>

#include "analyze/lemmatizer.h"  // Utf8Lower
#include "dyad/document.h"

namespace dyad {
namespace {

// Marks the bytes of whitespace: ASCII white space and every Unicode space
// separator (category Zs, e.g. U+00A0), which CoNLL 2018 also ignores.
std::vector<bool> SpaceMask(std::string_view s) {
  std::vector<bool> mask(s.size(), false);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, s.size() - i, &cp);
    if (n <= 0) n = 1, cp = -1;
    bool space = cp == ' ' || (cp >= '\t' && cp <= '\r') ||
                 (cp > 0x7F && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS);
    for (utf8proc_ssize_t k = 0; k < n; ++k) mask[i + k] = space;
    i += n;
  }
  return mask;
}

uint32_t NonSpaceBytes(std::string_view s) {
  uint32_t n = 0;
  for (bool space : SpaceMask(s)) n += !space;
  return n;
}

std::string Universal(const std::string& deprel) {
  return deprel.substr(0, deprel.find(':'));
}

UdWord FromToken(const Token& t, int base) {
  UdWord w;
  w.form = t.text;
  w.upos = t.upos, w.xpos = t.xpos, w.lemma = t.lemma;
  w.deprel = Universal(t.deprel);
  w.head = t.head < 0 ? -1 : base + t.head;
  return w;
}

// Gold words with extents: a multiword token's words share its extent.
void GoldWords(const std::vector<ConlluSentence>& gold,
               std::vector<UdWord>* out) {
  uint32_t pos = 0;
  for (const ConlluSentence& s : gold) {
    const int base = static_cast<int>(out->size());
    size_t mw = 0;
    for (size_t i = 0; i < s.words.size(); ++i) {
      UdWord w = FromToken(s.words[i], base);
      while (mw < s.multiwords.size() && s.multiwords[mw].last < int(i)) ++mw;
      if (mw < s.multiwords.size() && s.multiwords[mw].first <= int(i)) {
        const ConlluMultiword& m = s.multiwords[mw];
        if (m.first == int(i)) pos += NonSpaceBytes(m.form);
        w.begin = pos - NonSpaceBytes(m.form), w.end = pos, w.multiword = true;
      } else {
        w.begin = pos, pos += NonSpaceBytes(w.form), w.end = pos;
      }
      out->push_back(std::move(w));
    }
  }
}

// Gold tokenization: the analyzer runs on copies of the gold words.
void AnalyzeGoldWords(const std::vector<ConlluSentence>& gold,
                      const Analyzer& analyzer,
                      const std::vector<UdWord>& gold_words,
                      std::vector<UdWord>* out,
                      std::vector<std::vector<Token>>* analyzed) {
  for (const ConlluSentence& s : gold) {
    std::vector<Token> tokens;
    for (const Token& g : s.words) tokens.emplace_back().text = g.text;
    analyzer.Analyze(&tokens);
    const int base = static_cast<int>(out->size());
    for (const Token& t : tokens) {
      UdWord w = FromToken(t, base);
      w.begin = gold_words[out->size()].begin;
      w.end = gold_words[out->size()].end;
      w.multiword = gold_words[out->size()].multiword;
      out->push_back(std::move(w));
    }
    if (analyzed != nullptr) analyzed->push_back(std::move(tokens));
  }
}

// The raw text as `dyad eval segment` builds it, as an Article.
Article RawArticle(const std::vector<ConlluSentence>& gold) {
  Article a;
  for (const ConlluSentence& s : gold) {
    if (s.new_par || a.paragraphs.empty()) {
      if (!a.paragraphs.empty()) a.text += "\n\n";
      Paragraph& p = a.paragraphs.emplace_back();
      p.begin = p.body_begin = p.end = static_cast<uint32_t>(a.text.size());
    } else {
      a.text += ' ';
    }
    a.text += s.text;
    a.paragraphs.back().end = static_cast<uint32_t>(a.text.size());
  }
  return a;
}

// Raw text: our segmenter, then the analyzer, on the rebuilt text.
void AnalyzeRawText(const std::vector<ConlluSentence>& gold,
                    const Analyzer& analyzer, const SegmentOptions& options,
                    std::vector<UdWord>* out) {
  Article article = RawArticle(gold);
  std::vector<uint32_t> offset(article.text.size() + 1, 0);  // byte → non-ws
  std::vector<bool> space = SpaceMask(article.text);
  for (size_t i = 0; i < article.text.size(); ++i) {
    offset[i + 1] = offset[i] + !space[i];
  }
  std::vector<Sentence> sentences;
  Segmenter::Create(options)->Segment(article, &sentences);
  for (Sentence& s : sentences) {
    analyzer.Analyze(&s);
    const int base = static_cast<int>(out->size());
    for (const Token& t : s.tokens) {
      UdWord w = FromToken(t, base);
      w.form = std::string(article.Slice(t.begin, t.end));
      w.begin = offset[std::min<size_t>(t.begin, article.text.size())];
      w.end = offset[std::min<size_t>(t.end, article.text.size())];
      out->push_back(std::move(w));
    }
  }
}

// ---- CoNLL 2018 alignment ------------------------------------------------

bool BeyondEnd(const std::vector<UdWord>& w, size_t i, uint32_t end) {
  if (i >= w.size()) return true;
  return w[i].multiword ? w[i].begin >= end : w[i].end > end;
}

uint32_t ExtendEnd(const UdWord& w, uint32_t end) {
  return w.multiword && w.end > end ? w.end : end;
}

// Longest common subsequence table of lowercased forms, from the back.
std::vector<std::vector<int>> Lcs(const std::vector<std::string>& g,
                                  const std::vector<std::string>& s) {
  std::vector<std::vector<int>> t(g.size() + 1,
                                  std::vector<int>(s.size() + 1, 0));
  for (size_t i = g.size(); i-- > 0;) {
    for (size_t j = s.size(); j-- > 0;) {
      int best = std::max(t[i + 1][j], t[i][j + 1]);
      t[i][j] = g[i] == s[j] ? std::max(best, 1 + t[i + 1][j + 1]) : best;
    }
  }
  return t;
}

std::vector<std::string> Lowered(const std::vector<UdWord>& w, size_t from,
                                 size_t to) {
  std::vector<std::string> out;
  for (size_t i = from; i < to; ++i) out.push_back(Utf8Lower(w[i].form));
  return out;
}

// Aligns the words of one multiword region [gs, gi) × [ss, si) by LCS.
void AlignRegion(const std::vector<UdWord>& gold,
                 const std::vector<UdWord>& system, size_t gs, size_t gi,
                 size_t ss, size_t si, std::vector<int>* aligned) {
  std::vector<std::string> g = Lowered(gold, gs, gi),
                           s = Lowered(system, ss, si);
  std::vector<std::vector<int>> t = Lcs(g, s);
  size_t a = 0, b = 0;
  while (a < g.size() && b < s.size()) {
    if (g[a] == s[b]) {
      (*aligned)[ss + b] = static_cast<int>(gs + a);
      ++a, ++b;
    } else if (t[a][b] == t[a + 1][b]) {
      ++a;
    } else {
      ++b;
    }
  }
}

// Extends a multiword region starting at (gi, si) to its end.
void MultiwordRegion(const std::vector<UdWord>& gold,
                     const std::vector<UdWord>& system, size_t* gi, size_t* si,
                     size_t* gs, size_t* ss) {
  uint32_t end;
  if (gold[*gi].multiword) {
    end = gold[*gi].end;
    if (!system[*si].multiword && system[*si].begin < gold[*gi].begin) ++*si;
  } else {
    end = system[*si].end;
    if (!gold[*gi].multiword && gold[*gi].begin < system[*si].begin) ++*gi;
  }
  *gs = *gi, *ss = *si;
  while (!BeyondEnd(gold, *gi, end) || !BeyondEnd(system, *si, end)) {
    if (*gi < gold.size() &&
        (*si >= system.size() || gold[*gi].begin <= system[*si].begin)) {
      end = ExtendEnd(gold[(*gi)++], end);
    } else {
      end = ExtendEnd(system[(*si)++], end);
    }
  }
}

}  // namespace

void AlignUdWords(const std::vector<UdWord>& gold,
                  const std::vector<UdWord>& system,
                  std::vector<int>* aligned) {
  aligned->assign(system.size(), -1);
  size_t gi = 0, si = 0;
  while (gi < gold.size() && si < system.size()) {
    if (gold[gi].multiword || system[si].multiword) {
      size_t gs, ss;
      MultiwordRegion(gold, system, &gi, &si, &gs, &ss);
      if (gi > gs && si > ss)
        AlignRegion(gold, system, gs, gi, ss, si, aligned);
    } else if (gold[gi].begin == system[si].begin &&
               gold[gi].end == system[si].end) {
      (*aligned)[si++] = static_cast<int>(gi++);
    } else if (gold[gi].begin <= system[si].begin) {
      ++gi;
    } else {
      ++si;
    }
  }
}

namespace {

void Score(const std::vector<UdWord>& gold, const std::vector<UdWord>& system,
           const std::vector<int>& aligned, UdEvalResult* r) {
  for (PrfCounts* c :
       {&r->words, &r->upos, &r->xpos, &r->lemma, &r->uas, &r->las}) {
    c->gold = gold.size(), c->system = system.size();
  }
  for (size_t s = 0; s < system.size(); ++s) {
    if (aligned[s] < 0) continue;
    const UdWord& g = gold[aligned[s]];
    const UdWord& w = system[s];
    ++r->words.correct;
    r->upos.correct += g.upos == w.upos;
    r->xpos.correct += g.xpos == w.xpos;
    r->lemma.correct += g.lemma.empty() || g.lemma == w.lemma;
    int head = w.head < 0 ? -1 : aligned[w.head];
    bool attached = head == g.head && (w.head < 0 || head >= 0);
    r->uas.correct += attached;
    r->las.correct += attached && g.deprel == w.deprel;
    r->relations[g.deprel].correct += attached && g.deprel == w.deprel;
  }
  for (const UdWord& g : gold) r->relations[g.deprel].gold++;
  for (const UdWord& w : system) r->relations[w.deprel].system++;
}

}  // namespace

Status EvaluateUd(const std::vector<ConlluSentence>& gold,
                  const Analyzer& analyzer, const UdEvalOptions& options,
                  UdEvalResult* result) {
  *result = UdEvalResult();
  result->sentences = gold.size();
  std::vector<UdWord> gold_words, system_words;
  GoldWords(gold, &gold_words);
  if (options.raw) {
    for (const ConlluSentence& s : gold) {
      if (s.text.empty()) {
        return Status::InvalidArgument("sentence '" + s.sent_id +
                                       "' has no '# text' comment");
      }
    }
    AnalyzeRawText(gold, analyzer, options.segment, &system_words);
  } else {
    AnalyzeGoldWords(gold, analyzer, gold_words, &system_words,
                     options.analyzed);
  }
  std::vector<int> aligned;
  if (options.raw) {
    AlignUdWords(gold_words, system_words, &aligned);
  } else {
    aligned.resize(system_words.size());
    for (size_t i = 0; i < aligned.size(); ++i) aligned[i] = int(i);
  }
  Score(gold_words, system_words, aligned, result);
  return Status::OK();
}

}  // namespace dyad
