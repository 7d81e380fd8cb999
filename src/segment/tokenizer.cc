// Tokenizer: the chunk loop, URLs, e-mail addresses and punctuation. Word
// rules are in word_scanner.cc.
#include "segment/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "segment/scanner.h"

namespace dyad::segment {
namespace {

bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }

bool IsUrlTrailer(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == '\'' || c == '"' || c == ']' || c == '}' || c == '*' || c == ')';
}

bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-' || c == '\'';
}

bool IsDomainChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '-' || c == '_';
}

bool IsLineChar(char c) {
  return c == '-' || c == '=' || c == '_' || c == '*' || c == '~' || c == '+';
}

// Byte flags for ChunkEnd: 0 for an ordinary ASCII byte.
constexpr uint8_t kSpaceByte = 1;    // ASCII whitespace or control
constexpr uint8_t kSpecialByte = 2;  // ':' or '@'
constexpr uint8_t kLeadByte = 4;     // starts or continues a UTF-8 sequence

constexpr std::array<uint8_t, 256> MakeByteFlags() {
  std::array<uint8_t, 256> f{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80) {
      f[c] = kLeadByte;
    } else if (c <= 0x20 || c == 0x7F) {
      f[c] = kSpaceByte;
    } else if (c == ':' || c == '@') {
      f[c] = kSpecialByte;
    }
  }
  return f;
}

constexpr std::array<uint8_t, 256> kByteFlags = MakeByteFlags();

bool IsOpenerByte(char c) {
  return c == '(' || c == '[' || c == '{' || c == '<' || c == '\'' || c == '`';
}

bool IsCloserByte(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == ')' || c == ']' || c == '}' || c == '>' || c == '\'';
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

}  // namespace

Tokenizer::Tokenizer(const Lexicon& lexicon, size_t max_token_bytes)
    : lexicon_(lexicon),
      max_token_bytes_(std::max<size_t>(1, max_token_bytes)) {}

void Tokenizer::Scan(std::string_view text, std::vector<Span>* out) const {
  Scanner(text, lexicon_, max_token_bytes_, out).Run();
}

void Scanner::Run() {
  const size_t n = text_.size();
  size_t i = 0;
  int newlines = 0;  // in the whitespace before the next chunk
  size_t len = 1;
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if (kByteFlags[c] == kSpaceByte) {
      newlines += c == '\n';
      ++i;
    } else if (c >= 0x80 && IsSpaceAt(text_, i, &len)) {
      i += len;
    } else {
      if (newlines >= 2) hard_break_ = true;
      newlines = 0;
      const size_t w = AsciiLetterRunEnd(text_, i, n);
      if (w > i &&
          (w == n ||
           kByteFlags[static_cast<unsigned char>(text_[w])] == kSpaceByte)) {
        EmitWord(i, w);  // a plain word, most chunks: no call
        i = w;
      } else {
        i = ScanChunkAt(i, w);
      }
    }
  }
}

// Scans the chunk starting at b, of which [b, w) are ASCII letters; returns
// its end.
size_t Scanner::ScanChunkAt(size_t b, size_t w) {
  bool special = false;
  size_t e = ChunkEnd(b, w, &special);
  ScanChunk(b, e, special);
  return e;
}

// End of the chunk of non-space characters starting at b, of which
// [b, from) is known to be ASCII letters. *special is set when the chunk may
// hold a URL or an e-mail address (':' or '@' in it, or its first letter is
// 'w').
size_t Scanner::ChunkEnd(size_t b, size_t from, bool* special) const {
  const size_t n = text_.size();
  size_t e = from;
  bool colon_or_at = false;
  while (e < n) {
    const uint8_t flags = kByteFlags[static_cast<unsigned char>(text_[e])];
    if (flags == 0) {
      ++e;
    } else if (flags == kSpaceByte) {
      break;
    } else if (flags == kSpecialByte) {
      colon_or_at = true;
      ++e;
    } else {
      CharInfo ci = DecodeNonAscii(text_, e);
      if (ci.cls == CharClass::kSpace) break;
      e += ci.len;
    }
  }
  size_t first = b;
  while (first < e && IsOpenerByte(text_[first])) ++first;
  *special = colon_or_at || (first < e && (text_[first] | 0x20) == 'w');
  return e;
}

void Scanner::ScanChunk(size_t b, size_t e, bool special) {
  chunk_begin_ = b;
  if (!special) {
    ScanPlain(b, e);
    return;
  }
  while (b < e) {
    size_t sb = 0, se = 0;
    SpanKind kind = SpanKind::kUrl;
    if (!FindSpecial(b, e, &sb, &se, &kind)) {
      ScanPlain(b, e);
      return;
    }
    ScanPlain(b, sb);
    Emit(sb, se, kind);
    b = se;
  }
}

bool Scanner::FindSpecial(size_t b, size_t e, size_t* sb, size_t* se,
                          SpanKind* kind) const {
  for (size_t p = b; p < e; ++p) {
    char c = text_[p];
    bool www = (c | 0x20) == 'w' && (p == b || !IsAsciiAlnum(text_[p - 1]));
    if ((c == ':' || www) && UrlAt(p, b, e, sb, se)) {
      *kind = SpanKind::kUrl;
      return true;
    }
    if (c == '@' && EmailAt(p, b, e, sb, se)) {
      *kind = SpanKind::kEmail;
      return true;
    }
  }
  return false;
}

// A URL with a scheme ("https://...") around the ':' at p, or starting with
// "www." at p.
bool Scanner::UrlAt(size_t p, size_t b, size_t e, size_t* sb,
                    size_t* se) const {
  size_t start = p;
  if (text_[p] == ':') {
    if (p + 3 >= e || text_[p + 1] != '/' || text_[p + 2] != '/') return false;
    while (start > b && IsAsciiLetter(text_[start - 1])) --start;
    if (p - start < 2) return false;
  } else {
    if (p + 4 >= e || PrevIsWordChar(p, b)) return false;
    for (size_t k = 0; k < 3; ++k) {
      if (AsciiLower(text_[p + k]) != 'w') return false;
    }
    if (text_[p + 3] != '.' || !WordCharAt(p + 4, e)) return false;
  }
  size_t end = start;
  int parens = 0;
  while (end < e) {
    char c = text_[end];
    if (c == '<' || c == '>' || c == '"') break;
    if (static_cast<unsigned char>(c) >= 0x80 &&
        CharAt(text_, end).cls == CharClass::kPunct) {
      break;
    }
    parens += (c == '(') - (c == ')');
    ++end;
  }
  while (end > start + 1 && IsUrlTrailer(text_[end - 1])) {
    if (text_[end - 1] == ')' && parens >= 0) break;
    parens += text_[end - 1] == ')';
    --end;
  }
  *sb = start;
  *se = end;
  return end > p + 3;
}

// An e-mail address around the '@' at p.
bool Scanner::EmailAt(size_t p, size_t b, size_t e, size_t* sb,
                      size_t* se) const {
  size_t start = p;
  while (start > b && IsEmailLocalChar(text_[start - 1])) --start;
  while (start < p && !IsAsciiAlnum(text_[start])) ++start;
  if (start == p) return false;
  if (start >= b + 7 && text_.compare(start - 7, 7, "mailto:") == 0) start -= 7;
  size_t end = DomainEnd(p + 1, e);
  if (end == 0) return false;
  *sb = start;
  *se = end;
  return true;
}

// End of the domain starting at p ("example.com", or a bare mail host name
// of three or more letters as in "Griffith@ENRON"), or 0 when there is none.
size_t Scanner::DomainEnd(size_t p, size_t e) const {
  size_t end = p;
  while (end < e && IsDomainChar(text_[end])) ++end;
  while (end > p && (text_[end - 1] == '.' || text_[end - 1] == '-')) --end;
  if (end == p || !IsAsciiAlnum(text_[p])) return 0;
  size_t dot = text_.find('.', p);
  if (dot >= end) {
    for (size_t i = p; i < end; ++i) {
      if (!IsAsciiLetter(text_[i])) return 0;
    }
    return end - p >= 3 ? end : 0;
  }
  size_t last = text_.rfind('.', end - 1);
  return end - last >= 3 && IsAsciiLetter(text_[last + 1]) ? end : 0;
}

size_t Scanner::ScanPlain(size_t b, size_t e) {
  size_t q = b;
  while (q < e) {
    if (IsAsciiLetter(text_[q])) {
      q = ScanWord(q, e);
      continue;
    }
    CharInfo ci = CharAt(text_, q);
    if (ci.cls == CharClass::kLetter || ci.cls == CharClass::kDigit) {
      q = ScanWord(q, e);
    } else if (ci.cls == CharClass::kCjk) {
      size_t r = SkipMarks(q + ci.len, e);
      Emit(q, r, SpanKind::kWord);
      q = r;
    } else {
      q = ScanPunct(q, e);
    }
  }
  return q;
}

size_t Scanner::ScanPunct(size_t q, size_t e) {
  unsigned char c = static_cast<unsigned char>(text_[q]);
  if (c >= 0x80) return ScanSymbol(q, e, CharAt(text_, q));
  if (!PrevIsWordChar(q, chunk_begin_)) {
    size_t n = lex_.EmoticonAt(text_, q, e);
    if (n > 0 && !WordCharAt(q + n, e)) {
      Emit(q, q + n, SpanKind::kEmoticon);
      return q + n;
    }
  }
  switch (c) {
    case '.':
      if (IsDotWord(q, e)) return ScanWord(q, e);  // ".5", ".doc"
      return ScanTerminal(q, e);
    case '!':
    case '?':
      return ScanTerminal(q, e);
    case '+':
      if (q + 1 < e && IsAsciiDigit(text_[q + 1]) &&
          !PrevIsWordChar(q, chunk_begin_)) {
        return ScanWord(q, e);  // "+44"
      }
      break;
    case '#':
    case '@': {
      size_t r = TagAt(q, e);
      if (r > q) {
        Emit(q, r, SpanKind::kWord);
        return r;
      }
      break;
    }
    case '\'':
    case '`':
      return ScanApostrophe(q, e, 1);
    case '"':
      return ScanDoubleQuote(q, e);
    case '(':
    case '[':
    case '{':
      Emit(q, q + 1, SpanKind::kOpen);
      return q + 1;
    case ')':
    case ']':
    case '}':
      Emit(q, q + 1, SpanKind::kClose);
      return q + 1;
  }
  size_t r =
      IsLineChar(text_[q]) ? LineRun(q, e) : RunOf(q, e, text_.substr(q, 1));
  Emit(q, r, SpanKind::kPunct);
  return r;
}

// A decimal without leading zero (".5") or a file extension (".doc") at q,
// but not a missing space (".thank").
bool Scanner::IsDotWord(size_t q, size_t e) const {
  if (!WordCharAt(q + 1, e) || PrevIsWordChar(q, chunk_begin_)) return false;
  if (IsAsciiDigit(text_[q + 1])) return true;
  size_t r = q + 1;
  while (r < e && IsAsciiAlnum(text_[r])) ++r;
  return r - q - 1 <= 4 && !WordCharAt(r, e);
}

// A run of line-drawing characters: "----==", "*~*~*".
size_t Scanner::LineRun(size_t q, size_t e) const {
  size_t r = q;
  while (r < e && IsLineChar(text_[r])) ++r;
  return r;
}

size_t Scanner::ScanTerminal(size_t q, size_t e) {
  size_t r = q;
  while (r < e) {
    char c = text_[r];
    if (c == '.' || c == '!' || c == '?') {
      ++r;
    } else if (text_.compare(r, kEllipsis.size(), kEllipsis) == 0) {
      r += kEllipsis.size();
    } else {
      break;
    }
  }
  Emit(q, r, SpanKind::kTerminal);
  return r;
}

// A quote made of an apostrophe (', ` or the 3-byte ’), or a shortened
// word beginning with one ("'em", "'60s").
size_t Scanner::ScanApostrophe(size_t q, size_t e, size_t alen) {
  size_t a = q + alen;
  if (!PrevIsWordChar(q, chunk_begin_)) {
    if (a + 2 <= e && AsciiLower(text_[a]) == 'e' &&
        AsciiLower(text_[a + 1]) == 'm' && !WordCharAt(a + 2, e)) {
      Emit(q, a + 2, SpanKind::kWord);
      return a + 2;
    }
    if (a + 2 <= e && IsAsciiDigit(text_[a]) && IsAsciiDigit(text_[a + 1])) {
      size_t r = a + 2 + (a + 2 < e && text_[a + 2] == 's');
      if (!WordCharAt(r, e)) {
        Emit(q, r, SpanKind::kWord);
        return r;
      }
    }
    if (WordCharAt(a, e)) {
      open_single_ = true;
      Emit(q, a, SpanKind::kOpen);
      return a;
    }
  }
  size_t r = RunOf(q, e, text_.substr(q, alen));
  if (text_[q] == '`') {
    Emit(q, r, SpanKind::kOpen);
  } else {
    open_single_ = false;
    Emit(q, r, SpanKind::kClose);
  }
  return r;
}

size_t Scanner::ScanDoubleQuote(size_t q, size_t e) {
  size_t r = RunOf(q, e, "\"");
  bool space_before = q == chunk_begin_ || IsOpenerByte(text_[q - 1]);
  bool space_after = r == e || IsCloserByte(text_[r]);
  bool open = space_before == space_after ? !open_double_ : space_before;
  open_double_ = open;
  Emit(q, r, open ? SpanKind::kOpen : SpanKind::kClose);
  return r;
}

// Non-ASCII punctuation and symbols.
size_t Scanner::ScanSymbol(size_t q, size_t e, CharInfo ci) {
  switch (ci.cp) {
    case 0x2026:  // …
      return ScanTerminal(q, e);
    case 0x2019:  // ’
      return ScanApostrophe(q, e, ci.len);
    case 0x2018:  // ‘
      open_single_ = true;
      Emit(q, q + ci.len, SpanKind::kOpen);
      return q + ci.len;
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x00AB:  // «
    case 0x2039:  // ‹
      Emit(q, q + ci.len, SpanKind::kOpen);
      return q + ci.len;
    case 0x201D:  // ”
    case 0x00BB:  // »
    case 0x203A:  // ›
      Emit(q, q + ci.len, SpanKind::kClose);
      return q + ci.len;
  }
  size_t r = SkipMarks(RunOf(q, e, text_.substr(q, ci.len)), e);
  Emit(q, r, SpanKind::kPunct);
  return r;
}

size_t Scanner::RunOf(size_t q, size_t e, std::string_view unit) const {
  size_t r = q;
  while (r + unit.size() <= e && text_.compare(r, unit.size(), unit) == 0) {
    r += unit.size();
  }
  return r;
}

size_t Scanner::SkipMarks(size_t r, size_t e) const {
  while (r < e && static_cast<unsigned char>(text_[r]) >= 0x80) {
    CharInfo ci = CharAt(text_, r);
    if (ci.cls != CharClass::kMark) break;
    r += ci.len;
  }
  return r;
}

// "#hashtag", "@handle" or "@example.com" at q; returns its end, or q when
// there is none.
size_t Scanner::TagAt(size_t q, size_t e) const {
  if (PrevIsWordChar(q, chunk_begin_)) return q;
  if (text_[q] == '@') {
    size_t end = DomainEnd(q + 1, e);
    if (end > q && text_.find('.', q) < end) return end;
  }
  size_t r = q + 1;
  bool letter = false;
  while (r < e && (WordCharAt(r, e) || text_[r] == '_')) {
    letter = letter || CharAt(text_, r).cls == CharClass::kLetter;
    r += CharAt(text_, r).len;
  }
  return letter ? r : q;
}

bool Scanner::PrevIsWordChar(size_t q, size_t b) const {
  if (q <= b) return false;
  size_t p = q - 1;
  while (p > b && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) --p;
  return IsWordCharAt(text_, p);
}

void Scanner::EmitPieces(size_t b, size_t e, SpanKind kind) {
  while (e - b > max_bytes_) {
    size_t cut = b + max_bytes_;
    while (cut > b && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    if (cut == b) cut = b + max_bytes_;
    Push(b, cut, SpanKind::kWord);  // only the last piece keeps the kind
    b = cut;
  }
  Push(b, e, kind);
}

}  // namespace dyad::segment
