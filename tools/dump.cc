#include "dump.h"

namespace dyad::cli {
namespace {

using nlohmann::json;

json MetaToJson(const Processed& p) {
  const ArticleMetadata& m = p.article.meta;
  return {{"title", m.title},     {"headline", m.headline},
          {"byline", m.byline},   {"dateline", m.dateline},
          {"date", m.date},       {"source", m.source},
          {"section", m.section}, {"input_date", p.doc.date},
          {"url", p.doc.url},     {"format", FormatName(p.doc.format)}};
}

json TokenToJson(const Token& t) {
  json j = {{"text", t.text}, {"begin", t.begin}, {"end", t.end}};
  if (!t.space_after) j["space_after"] = false;
  if (!t.upos.empty()) {
    j["upos"] = t.upos;
    j["xpos"] = t.xpos;
    j["lemma"] = t.lemma;
    j["head"] = t.head;
    j["deprel"] = t.deprel;
  }
  return j;
}

json ActorToJson(const Article& a, const Sentence& s, const ActorMention& m) {
  const Token& first = s.tokens[m.first];
  const Token& last = s.tokens[m.last];
  json j = {{"code", m.code},   {"kind", ActorKindName(m.kind)},
            {"name", m.name},   {"text", a.Slice(first.begin, last.end)},
            {"first", m.first}, {"last", m.last},
            {"head", m.head}};
  if (m.antecedent_sentence >= 0) j["coreferent"] = true;
  return j;
}

json SentenceToJson(const Article& a, const Sentence& s) {
  json tokens = json::array();
  for (const Token& t : s.tokens) tokens.push_back(TokenToJson(t));
  json actors = json::array();
  for (const ActorMention& m : s.actors) {
    actors.push_back(ActorToJson(a, s, m));
  }
  return {{"paragraph", s.paragraph},
          {"begin", s.begin},
          {"end", s.end},
          {"text", a.Slice(s.begin, s.end)},
          {"tokens", std::move(tokens)},
          {"actors", std::move(actors)}};
}

json ParagraphsToJson(const Article& a) {
  json out = json::array();
  for (const Paragraph& p : a.paragraphs) {
    out.push_back({{"kind", ParagraphKindName(p.kind)},
                   {"begin", p.begin},
                   {"end", p.end},
                   {"raw_begin", a.ToRaw(p.begin)},
                   {"text", a.Slice(p)}});
  }
  return out;
}

}  // namespace

json SentencesToJson(const Processed& p) {
  json sentences = json::array();
  for (const Sentence& s : p.sentences) {
    sentences.push_back(SentenceToJson(p.article, s));
  }
  return {{"doc_id", p.doc.id},
          {"meta", MetaToJson(p)},
          {"paragraphs", ParagraphsToJson(p.article)},
          {"warnings", p.article.warnings},
          {"sentences", std::move(sentences)}};
}

std::string SentencesToText(const Processed& p) {
  const ArticleMetadata& m = p.article.meta;
  std::string out = "== " + p.doc.id +
                    "  date=" + (m.date.empty() ? p.doc.date : m.date) +
                    (m.dateline.empty() ? "" : "  dateline=" + m.dateline) +
                    (m.source.empty() ? "" : "  source=" + m.source) + "\n";
  for (const Sentence& s : p.sentences) {
    const Paragraph& para = p.article.paragraphs[s.paragraph];
    out += "  [";
    out += ParagraphKindName(para.kind);
    out += "] ";
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      out += (i ? " | " : "") + s.tokens[i].text;
    }
    out += "\n";
    for (const ActorMention& m : s.actors) {
      out += "      actor " + m.code + "  \"" +
             std::string(p.article.Slice(s.tokens[m.first].begin,
                                         s.tokens[m.last].end)) +
             "\"  (" + ActorKindName(m.kind) + ")\n";
    }
  }
  return out;
}

}  // namespace dyad::cli
