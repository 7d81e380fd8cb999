#include "analyze/lemmatizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <map>
#include <set>

#include "analyze/irregular_verbs.h"
#include "analyze/perceptron.h"  // ByteWriter, ByteReader

namespace dyad {
namespace {

bool IsContinuation(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size()), i = 0;
  while (i < n && a[i] == b[i]) ++i;
  while (i > 0 && i < a.size() && IsContinuation(a[i])) --i;  // whole chars
  return i;
}

// Byte offsets where the last 0..max characters of `s` start, shortest
// ending first: starts[k] is where the last k characters begin.
std::vector<size_t> EndingStarts(std::string_view s, int max) {
  std::vector<size_t> starts{s.size()};
  size_t i = s.size();
  while (i > 0 && static_cast<int>(starts.size()) <= max) {
    --i;
    while (i > 0 && IsContinuation(s[i])) --i;
    starts.push_back(i);
  }
  return starts;
}

std::string Key(std::string_view xpos, std::string_view tail) {
  std::string key(xpos);
  key += '\t';
  key += tail;
  return key;
}

}  // namespace

std::string Utf8Lower(std::string_view s) {
  // Most words are ASCII, where lowercasing is a table-free byte map (the
  // same result utf8proc gives, without decoding and re-encoding).
  if (std::all_of(s.begin(), s.end(),
                  [](char c) { return static_cast<uint8_t>(c) < 0x80; })) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: keep it
      out.push_back(static_cast<char>(*p));
      ++p, --left;
      continue;
    }
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), m);
    p += n, left -= n;
  }
  return out;
}

namespace {

// `s` lowercased, with its first character uppercased.
std::string TitleCase(std::string_view s) {
  std::string lower = Utf8Lower(s);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(lower.data());
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(p, lower.size(), &cp);
  if (n <= 0) return lower;
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_toupper(cp), buf);
  return std::string(reinterpret_cast<const char*>(buf), m) + lower.substr(n);
}

std::string Cased(std::string_view form, Lemmatizer::Casing casing) {
  switch (casing) {
    case Lemmatizer::kKeep:
      return std::string(form);
    case Lemmatizer::kTitle:
      return TitleCase(form);
    default:
      return Utf8Lower(form);
  }
}

}  // namespace

Lemmatizer::Rule Lemmatizer::RuleFor(std::string_view form,
                                     std::string_view lemma) {
  // Prefer lowercasing, then keeping, then title case: the first that
  // shares the longest prefix with the lemma.
  Rule r;
  std::string base;
  size_t best = 0;
  for (Casing c : {kLower, kKeep, kTitle}) {
    std::string b = Cased(form, c);
    size_t p = CommonPrefix(b, lemma);
    if (base.empty() || p > best) r.casing = c, best = p, base = std::move(b);
  }
  r.strip = static_cast<uint8_t>(std::min<size_t>(base.size() - best, 255));
  r.append = std::string(lemma.substr(best));
  if (base.size() - best > 255) r.casing = kKeep, r.append = std::string(lemma);
  return r;
}

bool Lemmatizer::Apply(const Rule& rule, std::string_view form,
                       std::string* out) {
  std::string base = Cased(form, rule.casing);
  if (rule.strip > base.size()) return false;
  size_t cut = base.size() - rule.strip;
  if (cut < base.size() && IsContinuation(base[cut])) return false;
  base.resize(cut);
  base += rule.append;
  if (base.empty()) return false;
  *out = std::move(base);
  return true;
}

int Lemmatizer::RuleByContext(std::string_view xpos,
                              std::string_view lower) const {
  std::vector<size_t> starts = EndingStarts(lower, max_suffix_);
  for (size_t k = starts.size(); k-- > 0;) {
    auto it = contexts_.find(Key(xpos, lower.substr(starts[k])));
    if (it != contexts_.end()) return static_cast<int>(it->second);
  }
  return -1;
}

std::string Lemmatizer::LemmaByContexts(std::string_view form,
                                        std::string_view lower,
                                        std::string_view upos,
                                        std::string_view xpos) const {
  std::vector<size_t> starts = EndingStarts(lower, max_suffix_);
  std::string first, lemma;
  // One key buffer "XPOS\t" + ending for all the endings tried.
  std::string key = Key(xpos, lower.substr(starts.back()));
  const size_t head = xpos.size() + 1;
  for (size_t k = starts.size(); k-- > 0;) {
    key.replace(head, std::string::npos, lower.substr(starts[k]));
    auto it = contexts_.find(key);
    if (it == contexts_.end() || !Apply(rules_[it->second], form, &lemma))
      continue;
    if (known_.empty() || known_.contains(Key(upos, Utf8Lower(lemma))))
      return lemma;
    if (first.empty()) first = lemma;
  }
  return first;
}

std::string Lemmatizer::Lemmatize(std::string_view form, std::string_view upos,
                                  std::string_view xpos) const {
  if (form.empty()) return std::string();
  std::string lower = Utf8Lower(form);
  auto it = exceptions_.find(Key(xpos, form));
  // Proper nouns keep their case, so only other words fall back to the
  // lowercased form ("Was" → the entry of "was").
  if (it == exceptions_.end() && upos != "PROPN") {
    it = exceptions_.find(Key(xpos, lower));
  }
  std::string lemma;
  if (it != exceptions_.end() && Apply(rules_[it->second], form, &lemma))
    return lemma;
  // Irregular past forms the training data did not show ("fled").
  if (xpos == "VBD" || xpos == "VBN") {
    const std::string_view base = IrregularVerbBase(lower);
    if (!base.empty()) return std::string(base);
  }
  lemma = LemmaByContexts(form, lower, upos, xpos);
  if (!lemma.empty()) return lemma;
  return upos == "PROPN" ? std::string(form) : lower;
}

// ---------------------------------------------------------------- training

class LemmatizerTrainer {
 public:
  LemmatizerTrainer(const LemmatizerOptions& options, Lemmatizer* out)
      : options_(options), out_(out) {
    out_->max_suffix_ = options.max_suffix;
  }

  // Counts rules per form (by token), then per ending context by type: each
  // distinct (XPOS, form) adds its majority rule once to every ending at
  // least as long as the part the rule strips.
  void Count(const std::vector<std::vector<Token>>& sentences) {
    for (const auto& s : sentences) {
      for (const Token& t : s) {
        if (t.lemma.empty() || t.text.empty()) continue;
        uint32_t rule = Intern(Lemmatizer::RuleFor(t.text, t.lemma));
        ++forms_[Key(t.xpos, t.text)][rule];
        if (options_.check_known_lemmas)
          out_->known_.insert(Key(t.upos, Utf8Lower(t.lemma)));
      }
    }
    for (const auto& [key, counts] : forms_)
      CountEndings(key, Best(counts).first);
  }

  void CountEndings(const std::string& key, uint32_t rule) {
    size_t tab = key.find('\t');
    std::string_view xpos = std::string_view(key).substr(0, tab);
    std::string lower = Utf8Lower(std::string_view(key).substr(tab + 1));
    std::vector<size_t> starts = EndingStarts(lower, options_.max_suffix);
    size_t strip = out_->rules_[rule].strip;
    for (size_t start : starts) {
      if (lower.size() - start < strip) continue;
      ++endings_[Key(xpos, std::string_view(lower).substr(start))][rule];
    }
  }

  // Keeps an ending only where it changes the prediction of its parent.
  void BuildContexts() {
    std::map<std::string, int> effective;  // ending key → predicted rule
    // By key length, so that a parent is decided before its children.
    std::vector<const std::string*> keys;
    for (const auto& kv : endings_) keys.push_back(&kv.first);
    std::stable_sort(keys.begin(), keys.end(),
                     [](auto* a, auto* b) { return a->size() < b->size(); });
    for (const std::string* key : keys) Decide(*key, &effective);
  }

  void BuildExceptions() {
    for (const auto& [key, counts] : forms_) {
      auto [rule, total] = Best(counts);
      if (total < options_.min_exception_count) continue;
      size_t tab = key.find('\t');
      int by_context =
          out_->RuleByContext(std::string_view(key).substr(0, tab),
                              Utf8Lower(std::string_view(key).substr(tab + 1)));
      if (by_context != static_cast<int>(rule)) out_->exceptions_[key] = rule;
    }
  }

 private:
  using Counts = std::map<uint32_t, int>;

  uint32_t Intern(const Lemmatizer::Rule& r) {
    std::string id(1, static_cast<char>('0' + r.casing));
    id.append(std::to_string(r.strip)).append(1, '\t').append(r.append);
    auto [it, added] = rule_ids_.emplace(id, out_->rules_.size());
    if (added) out_->rules_.push_back(r);
    return it->second;
  }

  // Most frequent rule (lowest id on ties) and the total count.
  static std::pair<uint32_t, int> Best(const Counts& counts) {
    uint32_t best = 0;
    int best_n = -1, total = 0;
    for (const auto& [rule, n] : counts) {
      total += n;
      if (n > best_n) best = rule, best_n = n;
    }
    return {best, total};
  }

  // The parent of "XPOS\tending" drops the ending's first character.
  static std::string Parent(const std::string& key) {
    size_t tab = key.find('\t');
    size_t i = tab + 1;
    if (i >= key.size()) return std::string();
    ++i;
    while (i < key.size() && (static_cast<uint8_t>(key[i]) & 0xC0) == 0x80) ++i;
    return key.substr(0, tab + 1) + key.substr(i);
  }

  void Decide(const std::string& key, std::map<std::string, int>* effective) {
    auto [rule, total] = Best(endings_[key]);
    std::string parent = Parent(key);
    int inherited = -1;
    if (!parent.empty()) {
      auto it = effective->find(parent);
      if (it != effective->end()) inherited = it->second;
    }
    bool is_root = parent.empty();
    if ((is_root || total >= options_.min_context_count) &&
        static_cast<int>(rule) != inherited) {
      out_->contexts_[key] = rule;
      (*effective)[key] = static_cast<int>(rule);
    } else {
      (*effective)[key] = inherited;
    }
  }

  LemmatizerOptions options_;
  Lemmatizer* out_;
  std::map<std::string, uint32_t> rule_ids_;
  std::map<std::string, Counts> endings_;
  std::map<std::string, Counts> forms_;
};

std::unique_ptr<Lemmatizer> Lemmatizer::Train(
    const std::vector<std::vector<Token>>& sentences,
    const LemmatizerOptions& options) {
  auto lem = std::make_unique<Lemmatizer>();
  LemmatizerTrainer trainer(options, lem.get());
  trainer.Count(sentences);
  trainer.BuildContexts();
  trainer.BuildExceptions();
  return lem;
}

// ----------------------------------------------------------- serialization

namespace {

void WriteTable(const std::unordered_map<std::string, uint32_t>& table,
                ByteWriter* w) {
  std::map<std::string, uint32_t> sorted(table.begin(), table.end());
  w->Varint(sorted.size());
  for (const auto& [key, rule] : sorted) {
    w->Bytes(key);
    w->Varint(rule);
  }
}

bool ReadTable(ByteReader* r, size_t num_rules,
               std::unordered_map<std::string, uint32_t>* table) {
  uint64_t n;
  if (!r->Varint(&n) || n > r->remaining() / 2) return false;
  table->reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view key;
    uint64_t rule;
    if (!r->Bytes(&key) || !r->Varint(&rule) || rule >= num_rules) return false;
    (*table)[std::string(key)] = static_cast<uint32_t>(rule);
  }
  return true;
}

// The known-lemma list (see Lemmatizer::known_).
bool ReadKnown(ByteReader* r, std::unordered_set<std::string>* known) {
  uint64_t n;
  if (!r->Varint(&n) || n > r->remaining()) return false;
  known->reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view key;
    if (!r->Bytes(&key)) return false;
    known->emplace(key);
  }
  return true;
}

}  // namespace

void Lemmatizer::Serialize(std::string* out) const {
  ByteWriter w(out);
  w.Varint(max_suffix_);
  w.Varint(rules_.size());
  for (const Rule& r : rules_) {
    w.U8(r.casing);
    w.U8(r.strip);
    w.Bytes(r.append);
  }
  WriteTable(contexts_, &w);
  WriteTable(exceptions_, &w);
  std::set<std::string> known(known_.begin(), known_.end());
  w.Varint(known.size());
  for (const std::string& k : known) w.Bytes(k);
}

StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::Deserialize(
    std::string_view bytes) {
  auto lem = std::make_unique<Lemmatizer>();
  ByteReader r(bytes);
  uint64_t max_suffix, n;
  if (!r.Varint(&max_suffix) || max_suffix > 64 || !r.Varint(&n) ||
      n > r.remaining() / 3) {
    return Status::Corruption("lemmatizer: bad header");
  }
  lem->max_suffix_ = static_cast<int>(max_suffix);
  for (uint64_t i = 0; i < n; ++i) {
    Rule rule;
    uint8_t casing;
    std::string_view append;
    if (!r.U8(&casing) || casing > kTitle || !r.U8(&rule.strip) ||
        !r.Bytes(&append)) {
      return Status::Corruption("lemmatizer: bad rule table");
    }
    rule.casing = static_cast<Casing>(casing);
    rule.append = std::string(append);
    lem->rules_.push_back(std::move(rule));
  }
  if (!ReadTable(&r, n, &lem->contexts_) ||
      !ReadTable(&r, n, &lem->exceptions_) || !ReadKnown(&r, &lem->known_) ||
      r.remaining() != 0) {
    return Status::Corruption("lemmatizer: bad context or exception table");
  }
  return lem;
}

}  // namespace dyad
