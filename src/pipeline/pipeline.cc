#include "dyad/pipeline.h"

namespace dyad {

Pipeline::Pipeline(const PipelineOptions& options)
    : options_(options), segmenter_(Segmenter::Create(options.segment)) {}

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  return std::unique_ptr<Pipeline>(new Pipeline(options));
}

Status Pipeline::Process(const Document& doc, Processed* out) const {
  out->doc = doc;
  out->article = Article();
  out->sentences.clear();
  DYAD_RETURN_IF_ERROR(
      Extract(out->doc, options_.extract, &out->article)
          .WithContext(doc.origin.empty() ? doc.id : doc.origin));
  segmenter_->Segment(out->article, &out->sentences);
  return Status::OK();
}

}  // namespace dyad
