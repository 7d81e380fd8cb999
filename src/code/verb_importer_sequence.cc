#include "code/verb_importer_sequence.h"

#include <cctype>
#include <string>
#include <string_view>

#include "util/strings.h"

namespace dyad {
namespace {

using Phrases = std::vector<std::vector<std::string>>;

constexpr int kMaxSynsetDepth = 4;

// A dictionary word as matched: lowercase, "*" marking a stem.
std::string WordOf(std::string_view text, bool exact, bool stems) {
  std::string w = Lowercase(text);
  while (!w.empty() && w.back() == '_') {
    w.pop_back();
    exact = true;
  }
  if (stems && !exact && w.size() > 2) w += '*';
  return w;
}

class Builder {
 public:
  Builder(const SynsetTable& synsets, bool stems)
      : synsets_(synsets), stems_(stems) {}

  // Appends the items of `tokens`; false on what a sequence cannot say.
  bool Run(const std::vector<VerbToken>& tokens,
           std::vector<SequenceItem>* out) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (!Token(tokens, &i, out)) return false;
    }
    return true;
  }

 private:
  bool Token(const std::vector<VerbToken>& t, size_t* i,
             std::vector<SequenceItem>* out) {
    using K = VerbToken::Kind;
    const VerbToken& tok = t[*i];
    SequenceItem item;
    item.joined = tok.joined && !skipped_;
    skipped_ = false;
    switch (tok.kind) {
      case K::kWord:
        item.phrases = {{WordOf(tok.text, tok.exact, stems_)}};
        break;
      case K::kSynset:
        if (!Expand(tok.text, 0, &item.phrases)) return false;
        break;
      case K::kTarget:
      case K::kSource:
        item.kind = tok.kind == K::kTarget ? SequenceItem::Kind::kTarget
                                           : SequenceItem::Kind::kSource;
        break;
      case K::kSkip:  // "^": a noun phrase of any length
        skipped_ = true;
        return true;
      case K::kOpen:
      case K::kClose:
        return true;  // PETRARCH-1 groups read as plain order
      case K::kOpenBrace:
        if (!Alternatives(t, i, &item.phrases)) return false;
        break;
      default:
        return false;  // "%" compound actors, stray "|" or "}"
    }
    out->push_back(std::move(item));
    return true;
  }

  // "{ A B | C }": the phrases "a b" and "c"; *i ends on the "}".
  bool Alternatives(const std::vector<VerbToken>& t, size_t* i, Phrases* out) {
    using K = VerbToken::Kind;
    out->emplace_back();
    for (++*i; *i < t.size() && t[*i].kind != K::kCloseBrace; ++*i) {
      if (t[*i].kind == K::kBar) {
        out->emplace_back();
      } else if (t[*i].kind == K::kWord) {
        out->back().push_back(WordOf(t[*i].text, t[*i].exact, stems_));
      } else {
        return false;
      }
    }
    for (const auto& p : *out) {
      if (p.empty()) return false;
    }
    return *i < t.size();
  }

  // The member phrases of synset `name`, nested synsets expanded.
  bool Expand(std::string_view name, int depth, Phrases* out) {
    auto it = synsets_.find(SynsetKey(name));
    if (it == synsets_.end() || depth > kMaxSynsetDepth) return false;
    for (const std::string& member : it->second) {
      if (!Member(member, depth, out)) return false;
    }
    return !out->empty();
  }

  // One member: "REALLY DID NOT", "DID N'T", "&TIETYPES", "CEASE_FIRE".
  bool Member(std::string_view member, int depth, Phrases* out) {
    std::vector<std::string> words = SplitAny(member, " \t_");
    if (words.size() == 1 && words[0][0] == '&') {
      return Expand(words[0], depth + 1, out);
    }
    if (words.empty()) return true;
    for (std::string& x : words) {
      if (x[0] == '&') return false;  // a synset inside a phrase
      x = WordOf(x, false, stems_);
    }
    out->push_back(std::move(words));
    return true;
  }

  const SynsetTable& synsets_;
  bool stems_;
  bool skipped_ = false;
};

bool HasWords(const std::vector<SequenceItem>& items) {
  for (const SequenceItem& s : items) {
    if (s.kind == SequenceItem::Kind::kWords) return true;
  }
  return false;
}

}  // namespace

bool BuildSequence(const std::vector<VerbToken>& pre, bool verb_joined,
                   const std::vector<VerbToken>& post,
                   const SynsetTable& synsets, bool stems, WordSequence* out) {
  WordSequence seq;
  Builder before(synsets, stems), after(synsets, stems);
  if (!before.Run(pre, &seq.before) || !after.Run(post, &seq.after)) {
    return false;
  }
  if (!HasWords(seq.before) && !HasWords(seq.after)) return false;
  seq.verb_joined = verb_joined;
  *out = std::move(seq);
  return true;
}

}  // namespace dyad
