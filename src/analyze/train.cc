#include "analyze/train.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "analyze/model_file.h"
#include "util/conllu.h"

namespace dyad {
namespace {

// Sentences written for the self-test (ours, not from any treebank): what
// the trained model says about them is stored with it and must come out
// identical on every load.
constexpr const char* kSelfTestSentences[] = {
    "The minister said on Tuesday that the two countries had met in Geneva .",
    "Rebels attacked a police station near the border , killing three "
    "officers .",
    "Was the treaty positioned as a first step by Washington ?",
    "Talks between Ankara and the EU collapsed in 2016 .",
};

std::vector<Token> Words(const char* sentence) {
  std::vector<Token> words;
  std::string_view s(sentence);
  while (!s.empty()) {
    size_t sp = s.find(' ');
    words.emplace_back().text = std::string(s.substr(0, sp));
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
  return words;
}

class Stopwatch {
 public:
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start_)
        .count();
  }

 private:
  std::chrono::steady_clock::time_point start_ =
      std::chrono::steady_clock::now();
};

void Say(const TrainLog& log, const std::string& line) {
  if (log) log(line);
}

std::string Fmt(const char* format, double a, double b = 0, double c = 0) {
  char buf[200];
  std::snprintf(buf, sizeof(buf), format, a, b, c);
  return buf;
}

// Copies of `sentences` with upos and xpos replaced by `tagger`'s.
Treebank Retagged(const Tagger& tagger, const Treebank& sentences) {
  Treebank out = sentences;
  for (auto& s : out) tagger.Tag(&s);
  return out;
}

// The training set with tags predicted by k-fold jackknifing.
Treebank Jackknifed(const Treebank& train, const Treebank& dev,
                    const TrainOptions& options, const TrainLog& log) {
  const int k = options.jackknife_folds;
  Treebank out = train;
  for (int fold = 0; fold < k; ++fold) {
    Treebank rest;
    for (size_t i = 0; i < train.size(); ++i) {
      if (static_cast<int>(i % k) != fold) rest.push_back(train[i]);
    }
    TaggerOptions topts = options.tagger;
    topts.seed = options.seed + 1 + fold;
    auto tagger = Tagger::Train(rest, dev, topts, nullptr);
    for (size_t i = fold; i < train.size(); i += k) tagger->Tag(&out[i]);
    Tagger::Accuracy acc = tagger->Evaluate(dev);
    Say(log, Fmt("jackknife fold %.0f: dev upos %.4f xpos %.4f", fold + 1,
                 acc.upos, acc.xpos));
  }
  return out;
}

// Appends the extra copies of the sentences options.parser_repeat asks for.
void AddRepeats(const TrainOptions& options, Treebank* train) {
  const size_t n = train->size();
  const size_t begin = std::min(options.parser_repeat_begin, n);
  train->reserve(n + (n - begin) * std::max(options.parser_repeat - 1, 0));
  for (int copy = 1; copy < options.parser_repeat; ++copy)
    for (size_t i = begin; i < n; ++i) train->push_back((*train)[i]);
}

Status TrainParserSection(const Treebank& train, const Treebank& dev,
                          const Tagger& tagger, const TrainOptions& options,
                          const TrainLog& log, std::string* out) {
  Stopwatch clock;
  Treebank parser_train = options.jackknife_folds >= 2
                              ? Jackknifed(train, dev, options, log)
                              : train;
  Say(log, Fmt("parser training tags ready in %.0f s", clock.Seconds()));
  AddRepeats(options, &parser_train);
  ParserTrainOptions popts = options.parser;
  popts.seed = options.seed;
  auto parser = TrainParser(parser_train, Retagged(tagger, dev), popts, log);
  if (!parser.ok()) return parser.status();
  (*parser)->Serialize(out);
  Say(log, Fmt("parser trained in %.0f s", clock.Seconds()));
  return Status::OK();
}

// The self-test section: the finished components' analyses of our sentences.
std::string SelfTest(const Tagger& tagger, const Lemmatizer& lemmatizer,
                     std::string_view parser_bytes) {
  auto parser = Parser::Deserialize(parser_bytes);
  std::vector<std::vector<Token>> sentences;
  for (const char* text : kSelfTestSentences) {
    std::vector<Token> words = Words(text);
    tagger.Tag(&words);
    for (Token& t : words)
      t.lemma = lemmatizer.Lemmatize(t.text, t.upos, t.xpos);
    if (parser.ok()) (*parser)->Parse(&words);
    sentences.push_back(std::move(words));
  }
  std::string out;
  EncodeSelfTest(sentences, &out);
  return out;
}

}  // namespace

Status TrainAnalyzerModel(const Treebank& train, const Treebank& dev,
                          const TrainOptions& options, const TrainLog& log,
                          std::string* model_bytes) {
  if (train.empty()) return Status::InvalidArgument("no training sentences");
  Stopwatch clock;
  TaggerOptions topts = options.tagger;
  topts.seed = options.seed;
  auto tagger = Tagger::Train(train, dev, topts, log);
  Say(log, Fmt("tagger trained in %.0f s", clock.Seconds()));
  auto lemmatizer = Lemmatizer::Train(train, options.lemmatizer);
  std::string parser_bytes;
  DYAD_RETURN_IF_ERROR(
      TrainParserSection(train, dev, *tagger, options, log, &parser_bytes));

  ModelFileWriter writer(options.model_name, options.credits);
  std::string bytes;
  tagger->Serialize(&bytes);
  writer.Add("tagger", std::move(bytes));
  bytes.clear();
  lemmatizer->Serialize(&bytes);
  writer.Add("lemmatizer", std::move(bytes));
  writer.Add("selftest", SelfTest(*tagger, *lemmatizer, parser_bytes));
  writer.Add("parser", std::move(parser_bytes));
  *model_bytes = writer.Finish();
  Say(log, Fmt("model: %.1f MB, total training time %.0f s",
               model_bytes->size() / 1e6, clock.Seconds()));
  return Status::OK();
}

Status ReadTreebank(const std::vector<std::string>& paths, Treebank* out) {
  for (const std::string& path : paths) {
    std::vector<ConlluSentence> sentences;
    DYAD_RETURN_IF_ERROR(ReadConlluFile(path, &sentences));
    for (ConlluSentence& s : sentences) out->push_back(std::move(s.words));
  }
  return Status::OK();
}

}  // namespace dyad
