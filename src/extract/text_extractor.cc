// Plain-text and flattened-scrape extraction: scan lines (text_lines.h),
// classify paragraph candidates (text_classify.h), assign roles in context
// (text_roles.h), write the kept ones (text_writer.h), mark the dateline.
#include "extract/text_extractor.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "extract/dateline.h"
#include "extract/text_classify.h"
#include "extract/text_lines.h"
#include "extract/text_roles.h"
#include "extract/text_writer.h"

namespace dyad {
namespace {

ParagraphKind KindOf(Role role) {
  switch (role) {
    case Role::kSection:
      return ParagraphKind::kSection;
    case Role::kHeadline:
      return ParagraphKind::kHeadline;
    case Role::kStandfirst:
      return ParagraphKind::kStandfirst;
    case Role::kByline:
      return ParagraphKind::kByline;
    case Role::kCaption:
      return ParagraphKind::kCaption;
    case Role::kDrop:
    case Role::kBody:
      break;
  }
  return ParagraphKind::kBody;
}

// The known agency named in a photo credit ("AFP/Getty Images" -> "AFP").
std::string_view AgencyIn(std::string_view credit) {
  std::string_view whole = CanonicalAgency(credit);
  if (!whole.empty()) return whole;
  size_t i = 0;
  while (i < credit.size()) {
    size_t j = credit.find_first_of(" /,;", i);
    if (j == std::string_view::npos) j = credit.size();
    std::string_view agency = CanonicalAgency(credit.substr(i, j - i));
    if (!agency.empty()) return agency;
    i = j + 1;
  }
  return {};
}

class TextExtraction {
 public:
  TextExtraction(std::string_view text, const ExtractOptions& options,
                 Article* article)
      : text_(text),
        options_(options),
        article_(article),
        writer_(text, options.max_paragraph_bytes, article) {}

  void Run() {
    lines_ = ScanLines(text_);
    units_ = SplitUnits(text_, lines_, options_.max_wrap_width);
    infos_.reserve(units_.size());
    for (const TextUnit& u : units_) {
      infos_.push_back(ClassifyUnit(text_, lines_, u));
    }
    RoleInput in{text_, lines_, units_, infos_, options_.min_body_words};
    Roles roles = AssignRoles(in);
    article_->text.reserve(text_.size());
    for (size_t i = 0; i < units_.size(); ++i) Write(i, roles.roles[i]);
    Warn(roles);
    MarkDatelines(article_);
    if (article_->meta.source.empty()) {
      article_->meta.source = std::string(AgencyIn(credit_));
    }
  }

 private:
  void Write(size_t i, Role role) {
    if (role == Role::kDrop) {
      if (!options_.keep_boilerplate) {
        // A "Reuter" sign-off or a "___" rule is not worth a warning.
        bool signoff = infos_[i].cls == UnitClass::kJunk &&
                       infos_[i].junk == JunkKind::kSignoff;
        dropped_ += !signoff;
        return;
      }
      role = Role::kBody;
    }
    const TextUnit& u = units_[i];
    const UnitInfo& info = infos_[i];
    bool credited = info.cls == UnitClass::kCaption;
    writer_.Begin(KindOf(role));
    for (uint32_t l = u.first; l < u.last; ++l) {
      size_t b = lines_[l].begin + (l == u.first ? info.bullet : 0);
      size_t e = credited && l + 1 == u.last ? info.caption_end : lines_[l].end;
      writer_.AppendLine(b, e);
    }
    int index = writer_.End();
    if (index >= 0) Remember(role, index, info);
  }

  // Copies the headline, section and byline into the metadata.
  void Remember(Role role, int index, const UnitInfo& info) {
    ArticleMetadata& meta = article_->meta;
    std::string_view s = article_->Slice(article_->paragraphs[index]);
    std::string* field = role == Role::kHeadline  ? &meta.headline
                         : role == Role::kSection ? &meta.section
                         : role == Role::kByline  ? &meta.byline
                                                  : nullptr;
    if (field != nullptr && field->empty()) *field = std::string(s);
    if (credit_.empty() && info.cls == UnitClass::kCaption) {
      credit_ = info.credit;
    }
  }

  void Warn(const Roles& roles) {
    if (options_.keep_boilerplate) return;
    if (roles.trailer != std::string_view::npos) {
      const TextLine& l = lines_[units_[roles.trailer].first];
      std::string_view heading = text_.substr(l.begin, l.end - l.begin);
      article_->warnings.push_back(
          "dropped everything from the trailer heading \"" +
          std::string(heading.substr(0, 60)) + "\" on");
    }
    if (dropped_ > 0) {
      article_->warnings.push_back("dropped " + std::to_string(dropped_) +
                                   " boilerplate block(s)");
    }
  }

  std::string_view text_;
  const ExtractOptions& options_;
  Article* article_;
  ParagraphWriter writer_;
  std::vector<TextLine> lines_;
  std::vector<TextUnit> units_;
  std::vector<UnitInfo> infos_;
  std::string_view credit_;  // the first caption's photo credit
  size_t dropped_ = 0;
};

}  // namespace

Status ExtractText(std::string_view text, const ExtractOptions& options,
                   Article* article) {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::ResourceExhausted("text of " + std::to_string(text.size()) +
                                     " bytes is beyond the 4 GiB offset range");
  }
  TextExtraction(text, options, article).Run();
  return Status::OK();
}

}  // namespace dyad
