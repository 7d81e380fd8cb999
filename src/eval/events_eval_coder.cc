#include "eval/events_eval_coder.h"

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <set>

#include "util/file.h"

namespace dyad {
namespace {

bool AllDigits(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// The built-in codebook plus `extra` codes (neutral Goldstein value, quad
// class 1), written to a temporary file and loaded from it.
StatusOr<std::unique_ptr<Codebook>> ExtendedCodebook(
    const std::string& path, const std::vector<std::string>& extra) {
  DYAD_ASSIGN_OR_RETURN(auto base, Codebook::Load(path));
  if (extra.empty()) return base;
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(
      path.empty() ? std::string(DYAD_SOURCE_DIR) + "/data/cameo/codebook.tsv"
                   : path,
      &data));
  if (!data.empty() && data.back() != '\n') data.push_back('\n');
  for (const std::string& code : extra) {
    if (base->Find(code) == nullptr && AllDigits(code)) {
      data += code + "\tsuite test code\t0\t1\n";
    }
  }
  std::string tmp =
      (std::filesystem::temp_directory_path() /
       ("dyad-suite-codebook-" + std::to_string(getpid()) + ".tsv"))
          .string();
  DYAD_RETURN_IF_ERROR(WriteStringToFile(tmp, data));
  auto book = Codebook::Load(tmp);
  std::error_code ignored;
  std::filesystem::remove(tmp, ignored);
  return book;
}

PipelineOptions MakePipelineOptions(const SuiteCoderOptions& o) {
  PipelineOptions p = PipelineOptions::Full();
  p.analyzer.model_path = o.model_path;
  p.actors.actor_files = o.actor_files;
  p.actors.agent_files = o.agent_files;
  p.actors.replace_builtin = o.replace_builtin;
  p.lexicon.paths = o.lexicon_paths;
  p.lexicon.verb_files = o.verb_files;
  p.lexicon.replace_builtin = o.replace_builtin && !o.verb_files.empty();
  p.coder = o.coder;
  // A record is one body sentence, however short.
  p.extract.min_body_words = 1;
  return p;
}

bool IsPredicate(const Token& t) {
  return t.upos == "VERB" || t.upos == "ADJ" || t.upos == "AUX";
}

std::string V2Relation(const std::vector<Token>& w, const Token& t) {
  static const std::pair<const char*, const char*> kRenamed[] = {
      {"dobj", "obj"},
      {"nsubjpass", "nsubj:pass"},
      {"csubjpass", "csubj:pass"},
      {"auxpass", "aux:pass"},
      {"neg", "advmod"},
      {"name", "flat"},
      {"mwe", "fixed"},
      {"nmod:agent", "obl:agent"},
      {"foreign", "flat:foreign"}};
  for (const auto& [v1, v2] : kRenamed) {
    if (t.deprel == v1) return v2;
  }
  bool pred_head = t.head >= 0 && IsPredicate(w[t.head]);
  if (pred_head && t.deprel.starts_with("nmod") && t.deprel != "nmod:poss") {
    return "obl" + t.deprel.substr(4);
  }
  return t.deprel;
}

}  // namespace

std::vector<std::string> VerbFileCodes(std::string_view data) {
  std::set<std::string> codes;
  size_t pos = 0;
  while ((pos = data.find('[', pos)) != std::string_view::npos) {
    size_t end = data.find(']', pos);
    if (end == std::string_view::npos) break;
    std::string_view inside = data.substr(pos + 1, end - pos - 1);
    size_t colon = inside.find(':');
    for (std::string_view c :
         {inside.substr(0, colon), colon == std::string_view::npos
                                       ? std::string_view()
                                       : inside.substr(colon + 1)}) {
      while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
      while (!c.empty() && c.back() == ' ') c.remove_suffix(1);
      if (AllDigits(c)) codes.insert(std::string(c));
    }
    pos = end;
  }
  return {codes.begin(), codes.end()};
}

void ConvertUdV1ToV2(std::vector<Token>* words) {
  std::vector<std::string> rel;
  for (const Token& t : *words) rel.push_back(V2Relation(*words, t));
  for (size_t i = 0; i < words->size(); ++i) {
    Token& t = (*words)[i];
    t.deprel = rel[i];
    bool auxiliary = t.deprel == "cop" || t.deprel.starts_with("aux");
    if (auxiliary && t.upos == "VERB") t.upos = "AUX";
  }
}

StatusOr<std::unique_ptr<SuiteCoder>> SuiteCoder::Create(
    const SuiteCoderOptions& options) {
  std::unique_ptr<SuiteCoder> c(new SuiteCoder());
  PipelineOptions p = MakePipelineOptions(options);
  DYAD_ASSIGN_OR_RETURN(c->codebook_,
                        ExtendedCodebook(p.codebook_path, options.extra_codes));
  DYAD_ASSIGN_OR_RETURN(c->lexicon_, Lexicon::Load(p.lexicon));
  // The pipeline analyzes and resolves; this coder codes, with the
  // extended codebook.
  p.code = false;
  DYAD_ASSIGN_OR_RETURN(c->pipeline_, Pipeline::Create(p));
  c->resolver_ = ActorResolver::Create(*c->pipeline_->actors(), p.resolver);
  c->coder_ = EventCoder::Create(*c->lexicon_, *c->codebook_, p.coder);
  return c;
}

Status SuiteCoder::Code(std::string_view text, std::string_view date,
                        std::vector<Event>* events) const {
  Document doc;
  doc.id = "record";
  doc.date = std::string(date);
  doc.raw = std::string(text);
  doc.format = Format::kText;
  Processed out;
  DYAD_RETURN_IF_ERROR(pipeline_->Process(doc, &out));
  events->clear();
  coder_->Code(out.doc, out.article, out.sentences, out.date, events);
  return Status::OK();
}

Status SuiteCoder::CodeParsed(const ConlluSentence& parsed,
                              std::string_view date,
                              std::vector<Event>* events) const {
  Sentence s;
  s.tokens = parsed.words;
  ConvertUdV1ToV2(&s.tokens);
  Article article;
  std::string text;
  for (Token& t : s.tokens) {
    if (!text.empty()) text.push_back(' ');
    t.begin = static_cast<uint32_t>(text.size());
    text += t.text;
    t.end = static_cast<uint32_t>(text.size());
  }
  article.AddParagraph(ParagraphKind::kBody, text, 0);
  s.begin = 0;
  s.end = static_cast<uint32_t>(text.size());
  std::vector<Sentence> sentences = {std::move(s)};
  resolver_->Resolve(article, date, &sentences);
  Document doc;
  doc.id = "record";
  doc.date = std::string(date);
  events->clear();
  coder_->Code(doc, article, sentences, date, events);
  return Status::OK();
}

}  // namespace dyad
