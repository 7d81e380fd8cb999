#include "code/verb_importer_syntax.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace dyad {
namespace {

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
}

bool IsCameoCode(std::string_view s) {
  return IsDigits(s) && s.size() >= 2 && s.size() <= 4;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == ','; }

// Characters dropped from words: TABARI test markers of unknown meaning.
bool IsStray(char c) { return c == '~' || c == '=' || c == '!' || c == '"'; }

bool IsSpecial(char c) {
  return std::string_view("*+$%^(){}|&_").find(c) != std::string_view::npos;
}

VerbToken::Kind MarkerKind(char c) {
  switch (c) {
    case '*':
      return VerbToken::Kind::kVerb;
    case '+':
      return VerbToken::Kind::kTarget;
    case '$':
      return VerbToken::Kind::kSource;
    case '%':
      return VerbToken::Kind::kCompound;
    case '^':
      return VerbToken::Kind::kSkip;
    case '(':
      return VerbToken::Kind::kOpen;
    case ')':
      return VerbToken::Kind::kClose;
    case '{':
      return VerbToken::Kind::kOpenBrace;
    case '}':
      return VerbToken::Kind::kCloseBrace;
    default:
      return VerbToken::Kind::kBar;
  }
}

// Splits pattern text into tokens, one character at a time.
class Tokenizer {
 public:
  Tokenizer(std::string_view text,
            const std::function<bool(std::string_view)>& is_synset)
      : text_(text), is_synset_(is_synset) {}

  std::vector<VerbToken> Run() {
    while (pos_ < text_.size()) Step();
    return std::move(tokens_);
  }

 private:
  void Step() {
    char c = text_[pos_];
    if (IsBlank(c)) {
      joined_ = false;
      ++pos_;
    } else if (c == '_') {
      Underscore();
    } else if (c == '&') {
      Synset();
    } else if (IsSpecial(c)) {
      Push(MarkerKind(c), std::string(1, c));
      ++pos_;
    } else {
      Word();
    }
  }

  // "IN_ +": IN is exact; "IN_AND": the next token is joined to IN.
  void Underscore() {
    if (!tokens_.empty() && tokens_.back().kind == VerbToken::Kind::kWord) {
      tokens_.back().exact = true;
    }
    joined_ = !tokens_.empty();
    ++pos_;
  }

  void Word() {
    std::string w;
    while (pos_ < text_.size() && !IsBlank(text_[pos_]) &&
           !IsSpecial(text_[pos_])) {
      char c = text_[pos_++];
      if (!IsStray(c))
        w += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (!w.empty()) Push(VerbToken::Kind::kWord, std::move(w));
  }

  // "&TIETYPES_RELATIONS" is &TIETYPES + RELATIONS when only TIETYPES is a
  // synset; an unknown name is kept whole (reported by the translator).
  void Synset() {
    size_t start = ++pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) ||
            text_[pos_] == '_' || text_[pos_] == '-')) {
      ++pos_;
    }
    std::string_view name = text_.substr(start, pos_ - start);
    std::string_view shortest = name;
    while (!is_synset_(SynsetKey(shortest))) {
      size_t us = shortest.substr(0, shortest.size() - 1).rfind('_');
      if (us == std::string_view::npos) {
        shortest = name;
        break;
      }
      shortest = shortest.substr(0, us);
    }
    Push(VerbToken::Kind::kSynset, SynsetKey(shortest));
    pos_ = start + shortest.size();
  }

  void Push(VerbToken::Kind kind, std::string text) {
    VerbToken t;
    t.kind = kind;
    t.text = std::move(text);
    t.joined = joined_;
    joined_ = false;
    tokens_.push_back(std::move(t));
  }

  std::string_view text_;
  const std::function<bool(std::string_view)>& is_synset_;
  size_t pos_ = 0;
  bool joined_ = false;
  std::vector<VerbToken> tokens_;
};

// Brackets must pair up and not nest: "(" inside "(" and "{" inside "{" are
// errors; a "{...}" may sit inside "(...)" and the other way round.
Status CheckBrackets(const std::vector<VerbToken>& tokens) {
  int paren = 0, brace = 0;
  for (const VerbToken& t : tokens) {
    if (t.kind == VerbToken::Kind::kOpen) ++paren;
    if (t.kind == VerbToken::Kind::kClose) --paren;
    if (t.kind == VerbToken::Kind::kOpenBrace) ++brace;
    if (t.kind == VerbToken::Kind::kCloseBrace) --brace;
    if (paren < 0 || paren > 1)
      return Status::InvalidArgument("unbalanced '(' ')'");
    if (brace < 0 || brace > 1)
      return Status::InvalidArgument("unbalanced '{' '}'");
    if (t.kind == VerbToken::Kind::kBar && brace == 0) {
      return Status::InvalidArgument("'|' outside '{ }'");
    }
  }
  if (paren != 0) return Status::InvalidArgument("unclosed '('");
  if (brace != 0) return Status::InvalidArgument("unclosed '{'");
  return Status::OK();
}

}  // namespace

VerbCode ParseVerbCode(std::string_view inside) {
  std::string t;
  for (char c : inside) {
    if (c != ' ' && c != '\t') t += c;
  }
  VerbCode out;
  if (t == "---") {
    out.kind = VerbCode::Kind::kNull;
  } else if (t == "###" || t == "+++") {
    out.kind = VerbCode::Kind::kDiscard;
  } else if (IsCameoCode(t)) {
    out.kind = VerbCode::Kind::kCode;
    out.code = t;
  } else if (size_t colon = t.find(':'); colon != std::string::npos) {
    std::string a = t.substr(0, colon), b = t.substr(colon + 1);
    bool b_ok = b.empty() || b == "---" || IsCameoCode(b);
    if (IsCameoCode(a) && b_ok) {
      out.kind = VerbCode::Kind::kCode;
      out.code = a;
      if (IsCameoCode(b)) out.reverse = b;
    } else if ((a.empty() || a == "---") && IsCameoCode(b)) {
      out.kind = VerbCode::Kind::kPassiveOnly;
      out.code = b;
    } else if ((a.empty() || a == "---") && b_ok) {
      out.kind = VerbCode::Kind::kNull;
    }
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string_view StripComment(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if ((c == ';' || c == '#') && depth == 0) return Trim(line.substr(0, i));
  }
  return Trim(line);
}

bool TakeCodeBlock(std::string_view* line, std::string* code) {
  size_t open = line->rfind('[');
  if (open == std::string_view::npos) return false;
  size_t close = line->find(']', open);
  if (close == std::string_view::npos) return false;
  *code = std::string(line->substr(open + 1, close - open - 1));
  *line = Trim(line->substr(0, open));
  return true;
}

std::string SynsetKey(std::string_view name) {
  if (!name.empty() && name[0] == '&') name.remove_prefix(1);
  while (!name.empty() && name.back() == '_') name.remove_suffix(1);
  std::string key;
  for (char c : name)
    key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return key;
}

StatusOr<std::vector<VerbToken>> Tokenize(
    std::string_view text,
    const std::function<bool(std::string_view)>& is_synset) {
  std::vector<VerbToken> tokens = Tokenizer(text, is_synset).Run();
  DYAD_RETURN_IF_ERROR(CheckBrackets(tokens));
  return tokens;
}

StatusOr<PatternTokens> SplitAtVerb(std::vector<VerbToken> tokens) {
  auto is_verb = [](const VerbToken& t) {
    return t.kind == VerbToken::Kind::kVerb;
  };
  auto n = std::count_if(tokens.begin(), tokens.end(), is_verb);
  if (n == 0) return Status::InvalidArgument("no verb marker '*'");
  if (n > 1) return Status::InvalidArgument("more than one '*'");
  auto it = std::find_if(tokens.begin(), tokens.end(), is_verb);
  PatternTokens out;
  out.verb_joined = it->joined;
  out.pre.assign(std::make_move_iterator(tokens.begin()),
                 std::make_move_iterator(it));
  out.post.assign(std::make_move_iterator(it + 1),
                  std::make_move_iterator(tokens.end()));
  return out;
}

}  // namespace dyad
