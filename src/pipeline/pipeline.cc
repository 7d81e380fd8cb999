#include "dyad/pipeline.h"

namespace dyad {

Pipeline::Pipeline(const PipelineOptions& options)
    : options_(options), segmenter_(Segmenter::Create(options.segment)) {}

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline(options));
  if (options.analyze) {
    DYAD_ASSIGN_OR_RETURN(p->analyzer_, Analyzer::Load(options.analyzer));
  }
  if (options.resolve) {
    DYAD_ASSIGN_OR_RETURN(p->actors_, ActorDictionary::Load(options.actors));
    p->resolver_ = ActorResolver::Create(*p->actors_, options.resolver);
  }
  return p;
}

Status Pipeline::Process(const Document& doc, Processed* out) const {
  out->doc = doc;
  out->article = Article();
  out->sentences.clear();
  DYAD_RETURN_IF_ERROR(
      Extract(out->doc, options_.extract, &out->article)
          .WithContext(doc.origin.empty() ? doc.id : doc.origin));
  out->date = doc.date.empty() ? out->article.meta.date : doc.date;
  segmenter_->Segment(out->article, &out->sentences);
  if (analyzer_ != nullptr) {
    for (Sentence& s : out->sentences) analyzer_->Analyze(&s);
  }
  if (resolver_ != nullptr) {
    resolver_->Resolve(out->article, out->date, &out->sentences);
  }
  return Status::OK();
}

}  // namespace dyad
