#include "code/verb_importer_vocab.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <utility>

#include "util/file.h"

namespace dyad {
namespace {

constexpr const char* kIndexFiles[] = {"index.noun", "index.verb", "index.adj",
                                       "index.adv"};
constexpr const char* kExceptionFiles[] = {"noun.exc", "verb.exc", "adj.exc",
                                           nullptr};

// Regular inflection suffixes and what replaces them (WordNet's own rules).
struct SuffixRule {
  std::string_view suffix;
  std::string_view replacement;
};
constexpr SuffixRule kNounRules[] = {
    {"ies", "y"},   {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
    {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"s", ""}};
constexpr SuffixRule kVerbRules[] = {{"ies", "y"}, {"ied", "y"}, {"es", "e"},
                                     {"es", ""},   {"ed", "e"},  {"ed", ""},
                                     {"ing", "e"}, {"ing", ""},  {"s", ""}};

// Rule results shorter than this are not trusted ("gas" is not "ga"+"s").
constexpr size_t kMinRuleLemma = 3;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

void AddUnique(std::vector<std::string>* v, std::string s) {
  if (std::find(v->begin(), v->end(), s) == v->end())
    v->push_back(std::move(s));
}

// Calls f(line) for every line of `data`.
template <typename F>
void ForEachLine(std::string_view data, F f) {
  while (!data.empty()) {
    size_t end = data.find('\n');
    f(data.substr(0, end));
    if (end == std::string_view::npos) break;
    data.remove_prefix(end + 1);
  }
}

std::string_view Field(std::string_view line, size_t* pos) {
  size_t start = line.find_first_not_of(' ', *pos);
  if (start == std::string_view::npos) return {};
  size_t end = line.find(' ', start);
  if (end == std::string_view::npos) end = line.size();
  *pos = end;
  return line.substr(start, end - start);
}

Status LoadIndex(const std::string& path, Vocabulary::Pos pos,
                 Vocabulary* vocab) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &data));
  ForEachLine(data, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;  // licence header
    size_t p = 0;
    vocab->Add(pos, Field(line, &p));
  });
  return Status::OK();
}

Status LoadExceptions(const std::string& path, Vocabulary::Pos pos,
                      Vocabulary* vocab) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &data));
  ForEachLine(data, [&](std::string_view line) {
    size_t p = 0;
    std::string_view form = Field(line, &p);
    for (std::string_view l = Field(line, &p); !l.empty();
         l = Field(line, &p)) {
      vocab->AddException(pos, form, l);
    }
  });
  return Status::OK();
}

// "stopp" -> "stop": the doubled final consonant of "stopped", "banning".
bool UndoDoubling(std::string* s) {
  size_t n = s->size();
  if (n < 3 || (*s)[n - 1] != (*s)[n - 2]) return false;
  if (std::string_view("aeiouy").find((*s)[n - 1]) != std::string_view::npos) {
    return false;
  }
  s->pop_back();
  return true;
}

}  // namespace

std::string SingularByRule(std::string_view noun) {
  std::string w = Lowercase(noun);
  if (EndsWith(w, "ies") && w.size() > 4)
    return w.substr(0, w.size() - 3) + "y";
  for (std::string_view s : {"sses", "xes", "zes", "ches", "shes"}) {
    if (EndsWith(w, s)) return w.substr(0, w.size() - 2);
  }
  if (EndsWith(w, "s") && w.size() > 3 && !EndsWith(w, "ss") &&
      !EndsWith(w, "us") && !EndsWith(w, "is")) {
    w.pop_back();
  }
  return w;
}

StatusOr<std::unique_ptr<Vocabulary>> Vocabulary::LoadWordNet(
    const std::string& dir) {
  auto vocab = std::make_unique<Vocabulary>();
  for (int p = 0; p < kNumPos; ++p) {
    Pos pos = static_cast<Pos>(p);
    DYAD_RETURN_IF_ERROR(
        LoadIndex(dir + "/" + kIndexFiles[p], pos, vocab.get()));
    if (kExceptionFiles[p] == nullptr) continue;
    DYAD_RETURN_IF_ERROR(
        LoadExceptions(dir + "/" + kExceptionFiles[p], pos, vocab.get()));
  }
  vocab->Finish();
  return vocab;
}

void Vocabulary::Add(Pos pos, std::string_view lemma) {
  if (!lemma.empty()) lemmas_[pos].push_back(Lowercase(lemma));
}

void Vocabulary::AddException(Pos pos, std::string_view form,
                              std::string_view lemma) {
  AddUnique(&exceptions_[pos][Lowercase(form)], Lowercase(lemma));
}

void Vocabulary::Finish() {
  for (auto& v : lemmas_) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
}

bool Vocabulary::empty() const {
  return std::all_of(lemmas_.begin(), lemmas_.end(),
                     [](const auto& v) { return v.empty(); });
}

bool Vocabulary::Has(Pos pos, std::string_view lemma) const {
  return std::binary_search(lemmas_[pos].begin(), lemmas_[pos].end(), lemma);
}

std::vector<std::string> Vocabulary::Inflected(Pos pos,
                                               std::string_view form) const {
  std::vector<std::string> out;
  auto it = exceptions_[pos].find(form);
  if (it != exceptions_[pos].end()) {
    for (const std::string& l : it->second) AddUnique(&out, l);
  }
  if (pos != kNoun && pos != kVerb) return out;
  for (const SuffixRule& r : pos == kNoun
                                 ? std::span<const SuffixRule>(kNounRules)
                                 : std::span<const SuffixRule>(kVerbRules)) {
    if (!EndsWith(form, r.suffix) || form.size() <= r.suffix.size()) continue;
    std::string base(form.substr(0, form.size() - r.suffix.size()));
    base += r.replacement;
    if (base.size() >= kMinRuleLemma && Has(pos, base)) AddUnique(&out, base);
    if (pos == kVerb && r.replacement.empty() && UndoDoubling(&base) &&
        Has(pos, base)) {
      AddUnique(&out, base);
    }
  }
  return out;
}

std::vector<std::string> Vocabulary::Complete(Pos pos, std::string_view stem,
                                              int max_extra,
                                              bool shortest_only) const {
  std::vector<std::string> out;
  const std::vector<std::string>& v = lemmas_[pos];
  size_t best = std::string::npos;
  for (auto it = std::lower_bound(v.begin(), v.end(), stem);
       it != v.end() && it->compare(0, stem.size(), stem) == 0; ++it) {
    if (it->size() > stem.size() + max_extra ||
        it->find('_') != std::string::npos) {
      continue;
    }
    if (shortest_only && it->size() > best) continue;
    if (shortest_only && it->size() < best) out.clear();
    best = std::min(best, it->size());
    out.push_back(*it);
  }
  return out;
}

namespace {

// The readings of `w` as a whole word (no stem completion).
WordReading ReadExact(const Vocabulary& vocab, const std::string& w) {
  WordReading r;
  r.nouns = vocab.Inflected(Vocabulary::kNoun, w);
  if (r.nouns.empty() && vocab.Has(Vocabulary::kNoun, w)) r.nouns = {w};
  if (vocab.Has(Vocabulary::kVerb, w)) {
    r.verbs = {w};
  } else {
    r.verbs = vocab.Inflected(Vocabulary::kVerb, w);
  }
  r.adj = vocab.Has(Vocabulary::kAdj, w) ||
          !vocab.Inflected(Vocabulary::kAdj, w).empty();
  r.adv = vocab.Has(Vocabulary::kAdv, w);
  return r;
}

// TABARI stems: "VIOLAT" -> violation, violator; "ACCUS" -> accuse.
WordReading ReadStem(const Vocabulary& vocab, const std::string& w,
                     int max_extra) {
  WordReading r;
  r.nouns = vocab.Complete(Vocabulary::kNoun, w, max_extra, false);
  r.verbs = vocab.Complete(Vocabulary::kVerb, w, max_extra, true);
  if (r.verbs.empty() && EndsWith(w, "ie")) {  // "DEFIE" (defies, defied)
    std::string y = w.substr(0, w.size() - 2) + "y";
    if (vocab.Has(Vocabulary::kVerb, y)) r.verbs = {y};
  }
  return r;
}

}  // namespace

WordReading ReadWord(const Vocabulary& vocab, std::string_view word, bool stem,
                     int max_extra) {
  std::string w = Lowercase(word);
  if (vocab.empty()) {
    WordReading r;
    r.nouns = {SingularByRule(w)};
    r.verbs = {w};
    return r;
  }
  WordReading r = ReadExact(vocab, w);
  if (!r.Known() && stem) r = ReadStem(vocab, w, max_extra);
  return r;
}

}  // namespace dyad
