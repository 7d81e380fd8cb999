// Scanner: the per-call state of Tokenizer::Scan (internal to the tokenizer).
//
// The scanner walks one paragraph; ScanChunk cuts one whitespace-delimited
// chunk into spans. Word rules live in word_scanner.cc, punctuation, URLs and
// e-mail addresses in tokenizer.cc.
//
// Thread safety: one Scanner per call; not shared.
//
// Usage:
//   Scanner sc(text, lexicon, max_token_bytes, &spans);
//   sc.Run();
#ifndef DYAD_SEGMENT_SCANNER_H_
#define DYAD_SEGMENT_SCANNER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "segment/char_class.h"
#include "segment/lexicon.h"
#include "segment/tokenizer.h"

namespace dyad::segment {

class Scanner {
 public:
  Scanner(std::string_view text, const Lexicon& lexicon, size_t max_token_bytes,
          std::vector<Span>* out)
      : text_(text), lex_(lexicon), max_bytes_(max_token_bytes), out_(out) {}

  // Scans the whole text.
  void Run();

 private:
  // tokenizer.cc
  size_t ScanChunkAt(size_t b, size_t w);
  size_t ChunkEnd(size_t b, size_t from, bool* special) const;
  void ScanChunk(size_t b, size_t e, bool special);
  bool FindSpecial(size_t b, size_t e, size_t* sb, size_t* se,
                   SpanKind* kind) const;
  bool UrlAt(size_t p, size_t b, size_t e, size_t* sb, size_t* se) const;
  bool EmailAt(size_t p, size_t b, size_t e, size_t* sb, size_t* se) const;
  size_t DomainEnd(size_t p, size_t e) const;
  size_t ScanPlain(size_t b, size_t e);
  size_t ScanPunct(size_t q, size_t e);
  bool IsDotWord(size_t q, size_t e) const;
  size_t ScanTerminal(size_t q, size_t e);
  size_t ScanApostrophe(size_t q, size_t e, size_t alen);
  size_t ScanDoubleQuote(size_t q, size_t e);
  size_t ScanSymbol(size_t q, size_t e, CharInfo ci);
  size_t RunOf(size_t q, size_t e, std::string_view unit) const;
  size_t SkipMarks(size_t r, size_t e) const;
  size_t LineRun(size_t q, size_t e) const;
  size_t TagAt(size_t q, size_t e) const;
  // Emits [b, e) as one span, or as pieces of at most max_bytes_.
  void Emit(size_t b, size_t e, SpanKind kind) {
    if (e - b > max_bytes_) {
      EmitPieces(b, e, kind);
    } else {
      Push(b, e, kind);
    }
  }
  void EmitPieces(size_t b, size_t e, SpanKind kind);
  void Push(size_t b, size_t e, SpanKind kind) {
    out_->push_back(Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e),
                         kind, hard_break_});
    hard_break_ = false;
  }

  // word_scanner.cc
  struct Step {  // what a connector character does to the current word
    enum Action { kContinue, kStop, kDone } action;
    size_t pos;  // kContinue: where scanning resumes; kDone: end of emitted
  };
  struct RunInfo {
    size_t end;
    bool letter;        // the run has a letter
    size_t unit_split;  // "5pm": where letters follow leading digits, or 0
  };
  size_t ScanWord(size_t q, size_t e);
  RunInfo ConsumeRun(size_t r, size_t e) const;
  Step Connect(size_t s, size_t r, size_t e, bool numeric);
  Step LetterSlash(size_t s, size_t r, size_t e);
  bool HyphenJoins(size_t s, size_t r, size_t e, bool numeric) const;
  bool NumberChainJoins(size_t s, size_t e) const;
  bool SlashJoins(size_t s, size_t e) const;
  bool AmpersandJoins(size_t s, size_t r, size_t e) const;
  bool IsOrdinalSuffix(size_t b, size_t e) const;
  Step Apostrophe(size_t s, size_t r, size_t e, size_t alen);
  size_t FinishWithPeriod(size_t s, size_t r, size_t e);
  // Emits a word, splitting "cannot" and "gonna"/"wanna"/"gotta" into their
  // two UD words (inline: this runs for most tokens).
  void EmitWord(size_t s, size_t r) {
    // One rarely taken branch (bitwise, not short-circuit operators): the
    // length alone would be mispredicted often.
    const char first = static_cast<char>(text_[s] | 0x20);
    const bool maybe =
        (r - s - 5 < 2) & ((first == 'c') | (first == 'g') | (first == 'w'));
    if (__builtin_expect(maybe, 0) && EmitFused(s, r)) return;
    Emit(s, r, SpanKind::kWord);
  }
  bool EmitFused(size_t s, size_t r);
  bool IsDottedAbbrev(size_t s, size_t r) const;
  bool NumberFollows(size_t p) const;

  bool WordCharAt(size_t i, size_t e) const {
    return i < e && IsWordCharAt(text_, i);
  }
  bool PrevIsWordChar(size_t q, size_t b) const;

  std::string_view text_;
  const Lexicon& lex_;
  size_t max_bytes_;
  std::vector<Span>* out_;
  size_t chunk_begin_ = 0;    // start of the chunk being scanned
  bool hard_break_ = false;   // a blank line precedes the next span
  bool open_single_ = false;  // an opening single quote is unmatched
  bool open_double_ = false;  // an opening double quote is unmatched
};

}  // namespace dyad::segment

#endif  // DYAD_SEGMENT_SCANNER_H_
