// Vocabulary of page furniture for the plain-text line classifier: UI words
// (share bars, icon labels), boilerplate phrases, trailer section headings,
// link-list introductions, promotion verbs and nouns, date words and photo
// credit words. Phrase lookups take a normalised line (see NormalizeLine):
// ASCII lower case, single spaces, no leading or trailing punctuation.
//
// Thread safety: immutable tables built on first use (thread-safe statics).
//
// Usage:
//   char buf[dyad::kNormalizedMax];
//   std::string_view norm = dyad::NormalizeLine(line, buf);
//   if (dyad::IsTrailerHeading(norm)) StopHere();
#ifndef DYAD_EXTRACT_TEXT_VOCAB_H_
#define DYAD_EXTRACT_TEXT_VOCAB_H_

#include <cstddef>
#include <string_view>

namespace dyad {

// Lines longer than this are not normalised (they are never furniture).
inline constexpr size_t kNormalizedMax = 256;

// `line` in lower case with runs of whitespace collapsed and leading and
// trailing punctuation, arrows and bullets removed, written to `buf` (at
// least kNormalizedMax bytes). Empty if `line` is longer than that.
std::string_view NormalizeLine(std::string_view line, char* buf);

// A lower-case word of share bars, icon labels and navigation ("share",
// "facebook", "chevron", "icon", "print", "skip").
bool IsUiWord(std::string_view lower);

// A function word that glues UI words together ("to", "this", "on").
bool IsGlueWord(std::string_view lower);

// A heading after which the page has no more article text ("sponsored
// content", "most read", "more from ...", "© 2024 ...").
bool IsTrailerHeading(std::string_view norm);

// A line that introduces a list of headline links ("read more", "related",
// "see also").
bool IsLinkIntro(std::string_view norm);

// A boilerplate line: cookie and consent notices, sign-in and subscription
// prompts, share and listen controls, advertisement labels, app promotions.
bool IsJunkPhrase(std::string_view norm);

// First words of promotions ("download", "discover", "get") and the nouns
// they promote ("app", "newsletter", "podcast").
bool IsPromoVerb(std::string_view lower);
bool IsPromoNoun(std::string_view lower);

// A word of date and time lines ("updated", "ago", "gmt", "monday", "pm",
// "min"); month names are recognised separately (MonthNumber).
bool IsDateWord(std::string_view lower);

// A word naming a photo agency or library in a credit ("reuters", "afp",
// "getty", "shutterstock").
bool IsCreditWord(std::string_view lower);

}  // namespace dyad

#endif  // DYAD_EXTRACT_TEXT_VOCAB_H_
