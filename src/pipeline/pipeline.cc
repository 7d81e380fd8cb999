#include "dyad/pipeline.h"

#include "segment/reuse.h"

namespace dyad {

Pipeline::Pipeline(const PipelineOptions& options)
    : options_(options), segmenter_(Segmenter::Create(options.segment)) {}

PipelineOptions PipelineOptions::Full() {
  PipelineOptions o;
  o.analyze = o.resolve = o.code = true;
  o.analyzer.rescue_main_verb = true;
  return o;
}

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
  if (options.code) {
    if (!options.analyze || !options.resolve) {
      return Status::InvalidArgument("coding events needs analyze and resolve");
    }
    DYAD_ASSIGN_OR_RETURN(p->lexicon_, Lexicon::Load(options.lexicon));
    DYAD_ASSIGN_OR_RETURN(p->codebook_, Codebook::Load(options.codebook_path));
    p->coder_ = EventCoder::Create(*p->lexicon_, *p->codebook_, options.coder);
  }
  return p;
}

Status Pipeline::Process(const Document& doc, Processed* out) const {
  out->doc = doc;
  out->article = Article();
  Status extracted = Extract(out->doc, options_.extract, &out->article)
                         .WithContext(doc.origin.empty() ? doc.id : doc.origin);
  if (!extracted.ok()) {
    out->sentences.clear();
    return extracted;
  }
  out->date = doc.date.empty() ? out->article.meta.date : doc.date;
  // Over the previous document's sentences, reusing their buffers.
  segment::SegmentReusing(*segmenter_, out->article, &out->sentences);
  if (analyzer_ != nullptr) {
    analyzer_->Analyze(&out->sentences);
  }
  if (resolver_ != nullptr) {
    resolver_->Resolve(out->article, out->date, &out->sentences);
  }
  out->events.clear();
  if (coder_ != nullptr) {
    coder_->Code(out->doc, out->article, out->sentences, out->date,
                 &out->events);
  }
  return Status::OK();
}

}  // namespace dyad
