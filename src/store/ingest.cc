#include "store/ingest.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>

#include "store/rows.h"
#include "store/simhash.h"

namespace dyad::store {
namespace {

// The 21 event columns shared by `events` and `mentions` (schema.cc), in the
// order BindEvent binds them.
constexpr const char* kEventColumnNames =
    "date, date_precision, source_code, source_text, source_country, "
    "source_role, target_code, target_text, target_country, target_role, "
    "code, root, quad_class, goldstein, plover_event, plover_mode, trigger, "
    "negated, modality, confidence, codebook_version";
constexpr int kEventColumnCount = 21;

std::string Placeholders(int first, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += fmt::format("{}?{}", i ? ", " : "", first + i);
  return out;
}

void BindActor(Stmt& s, int col, const EventActor* a) {
  static const EventActor kNone;
  if (a == nullptr) a = &kNone;
  s.Bind(col, a->code).Bind(col + 1, a->text).Bind(col + 2, a->country);
  s.Bind(col + 3, a->role);
}

void BindEvent(Stmt& s, int col, const Event& e) {
  s.Bind(col, e.date).Bind(col + 1, e.date_precision);
  BindActor(s, col + 2, &e.source);
  BindActor(s, col + 6, e.target ? &*e.target : nullptr);
  s.Bind(col + 10, e.code).Bind(col + 11, e.root);
  s.Bind(col + 12, int64_t{e.quad_class}).Bind(col + 13, e.goldstein);
  s.Bind(col + 14, e.plover_event).Bind(col + 15, e.plover_mode);
  s.Bind(col + 16, e.trigger).Bind(col + 17, int64_t{e.negated});
  s.Bind(col + 18, std::string_view(ModalityName(e.modality)));
  s.Bind(col + 19, e.confidence).Bind(col + 20, e.codebook_version);
}

std::string TargetPrincipal(const Event& e) {
  return e.target ? ActorPrincipal(*e.target) : "";
}

std::string UtcNow() {
  const std::time_t t =
      std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string UrlHost(const std::string& url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  const size_t begin = scheme + 3;
  const size_t end = url.find_first_of("/:?#", begin);
  return url.substr(begin, end == std::string::npos ? end : end - begin);
}

std::string ActorType(const EventActor& a) {
  if (!a.country.empty()) return "country";
  return a.code.rfind("IGO", 0) == 0 ? "igo" : "group";
}

}  // namespace

std::string SourceKey(const Processed& p) {
  if (!p.doc.source.empty()) return p.doc.source;
  if (!p.article.meta.source.empty()) return p.article.meta.source;
  const std::string host = UrlHost(p.doc.url);
  return host.empty() ? p.doc.id : host;
}

std::string ContentHash(const Document& doc) {
  return HexHash(Fnv1a64(doc.raw));
}

bool CompatibleCodes(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 2 || b.size() < 2 || a.compare(0, 2, b, 0, 2) != 0) {
    return false;
  }
  const std::string generic = a.substr(0, 2) + "0";
  return a == generic || b == generic || a.size() == 2 || b.size() == 2;
}

Status Ingester::Prepare() {
  if (prepared_) return Status::OK();
  const std::string cols = kEventColumnNames;
  const std::vector<std::pair<Stmt*, std::string>> sql = {
      {&present_,
       "SELECT 1 FROM documents WHERE id = ?1 OR content_hash = ?2 LIMIT 1"},
      {&insert_doc_,
       "INSERT INTO documents(id, url, source, source_key, title, published, "
       "content_hash, simhash, duplicate_of, ingested_at, text) VALUES(" +
           Placeholders(1, 11) + ")"},
      {&doc_text_,
       "SELECT text, COALESCE(duplicate_of, doc_key) FROM documents WHERE "
       "doc_key = ?1"},
      {&original_event_,
       "SELECT DISTINCT e.event_key, e.code = ?6 AS same FROM mentions m JOIN "
       "events e ON e.event_key = m.event_key WHERE m.doc_key = ?1 AND "
       "e.source_principal = ?2 AND e.target_principal = ?3 AND e.root = ?4 "
       "AND e.negated = ?5 ORDER BY same DESC, e.event_key LIMIT 1"},
      {&cluster_,
       "SELECT event_key, code, day FROM events WHERE source_principal = ?1 "
       "AND target_principal = ?2 AND day BETWEEN ?3 AND ?4 AND root = ?5 AND "
       "negated = ?6 AND (modality = 'intended') = ?7 ORDER BY abs(day - ?8), "
       "event_key LIMIT 64"},
      {&insert_event_,
       "INSERT INTO events(day, source_principal, target_principal, "
       "num_mentions, first_doc_key, first_mention_key, " +
           cols + ") VALUES(" + Placeholders(1, 6 + kEventColumnCount) + ")"},
      {&insert_mention_,
       "INSERT INTO mentions(mention_key, event_key, doc_key, doc_event_id, "
       "sentence, sentence_text, trigger_begin, trigger_end, source_begin, "
       "source_end, target_begin, target_end, " +
           cols + ") VALUES(" + Placeholders(1, 12 + kEventColumnCount) + ")"},
      {&insert_fts_,
       "INSERT INTO mention_text(rowid, sentence_text) VALUES(?1, ?2)"},
      {&next_mention_key_,
       "SELECT COALESCE(max(mention_key), 0) + 1 FROM mentions"},
      {&has_doc_,
       "SELECT 1 FROM mentions WHERE event_key = ?1 AND doc_key = ?2 LIMIT 1"},
      {&has_source_,
       "SELECT 1 FROM mentions m JOIN documents d ON d.doc_key = m.doc_key "
       "WHERE m.event_key = ?1 AND d.source_key = ?2 LIMIT 1"},
      {&update_counts_,
       "UPDATE events SET num_mentions = num_mentions + ?2, num_articles = "
       "num_articles + ?3, num_sources = num_sources + ?4 WHERE event_key = "
       "?1"},
      {&upsert_actor_,
       "INSERT INTO actors(code, principal, name, type, country, role, "
       "as_source, as_target) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON "
       "CONFLICT(code) DO UPDATE SET as_source = as_source + "
       "excluded.as_source, as_target = as_target + excluded.as_target"},
  };
  for (const auto& [stmt, text] : sql) {
    DYAD_ASSIGN_OR_RETURN(*stmt, db_->Prepare(text));
    statements_.push_back(stmt);
  }
  prepared_ = true;
  return Status::OK();
}

void Ingester::ResetStatements() {
  for (Stmt* s : statements_) s->Reset();
}

Status Ingester::LoadSimHashes() {
  if (simhashes_loaded_) return Status::OK();
  DYAD_ASSIGN_OR_RETURN(
      Stmt s, db_->Prepare("SELECT doc_key, simhash FROM documents WHERE "
                           "simhash IS NOT NULL ORDER BY doc_key"));
  while (s.Step()) {
    simhashes_.emplace_back(s.Int(0), static_cast<uint64_t>(s.Int(1)));
  }
  DYAD_RETURN_IF_ERROR(s.status());
  simhashes_loaded_ = true;
  return Status::OK();
}

Status Ingester::LoadNextMentionKey() {
  next_mention_key_.Reset();
  if (next_mention_key_.Step()) next_mention_ = next_mention_key_.Int(0);
  DYAD_RETURN_IF_ERROR(next_mention_key_.status());
  next_mention_key_.Reset();
  return Status::OK();
}

StatusOr<bool> Ingester::Present(const Document& doc) {
  present_.Reset();
  present_.Bind(1, doc.id).Bind(2, ContentHash(doc));
  const bool found = present_.Step();
  DYAD_RETURN_IF_ERROR(present_.status());
  return found;
}

Ingester::Fingerprint Ingester::MakeFingerprint(const std::string& text) const {
  Fingerprint f;
  const std::vector<std::string> words = Words(text);
  f.usable = static_cast<int>(words.size()) >=
             std::max(options_.min_words_for_near_duplicate, 1);
  if (!f.usable) return f;
  f.shingles = Shingles(words, options_.shingle_words);
  f.simhash = SimHash(f.shingles);
  return f;
}

StatusOr<int64_t> Ingester::FindOriginal(const Fingerprint& f) {
  std::vector<std::pair<int, int64_t>> candidates;  // distance, doc_key
  for (const auto& [key, hash] : simhashes_) {
    const int d = HammingDistance(hash, f.simhash);
    if (d <= options_.simhash_max_distance) candidates.emplace_back(d, key);
  }
  std::sort(candidates.begin(), candidates.end());
  if (candidates.size() > 8) candidates.resize(8);
  double best = options_.min_shingle_jaccard;
  int64_t original = 0;
  for (const auto& [distance, key] : candidates) {
    doc_text_.Reset();
    doc_text_.Bind(1, key);
    if (!doc_text_.Step()) continue;
    const double j = Jaccard(
        f.shingles, Shingles(Words(doc_text_.Text(0)), options_.shingle_words));
    if (j >= best && (original == 0 || j > best)) {
      best = j;
      original = doc_text_.Int(1);
    }
  }
  DYAD_RETURN_IF_ERROR(doc_text_.status());
  return original;
}

StatusOr<int64_t> Ingester::InsertDocument(const Processed& p,
                                           const Fingerprint& f,
                                           int64_t original) {
  Stmt& s = insert_doc_;
  s.Reset();
  const std::string& source =
      p.doc.source.empty() ? p.article.meta.source : p.doc.source;
  s.Bind(1, p.doc.id).Bind(2, p.doc.url).Bind(3, source);
  s.Bind(4, SourceKey(p)).Bind(5, p.doc.title);
  s.Bind(6, p.doc.date.empty() ? p.date : p.doc.date);
  s.Bind(7, ContentHash(p.doc));
  if (f.usable) s.Bind(8, static_cast<int64_t>(f.simhash));
  if (original != 0) s.Bind(9, original);
  s.Bind(10, UtcNow()).Bind(11, p.article.text);
  DYAD_RETURN_IF_ERROR(s.Run());
  return db_->LastInsertId();
}

StatusOr<int64_t> Ingester::MatchOriginal(const Event& e, int64_t original) {
  Stmt& s = original_event_;
  s.Reset();
  s.Bind(1, original).Bind(2, ActorPrincipal(e.source));
  s.Bind(3, TargetPrincipal(e)).Bind(4, e.root);
  s.Bind(5, int64_t{e.negated}).Bind(6, e.code);
  const int64_t key = s.Step() ? s.Int(0) : 0;
  DYAD_RETURN_IF_ERROR(s.status());
  return key;
}

StatusOr<int64_t> Ingester::MatchCluster(const Event& e) {
  // Without a target or a date, "the same event" is too weak a guess.
  int64_t day = 0;
  if (!e.target || !DayFromDate(e.date, &day)) return int64_t{0};
  const int64_t w = std::max(options_.cluster_window_days, 0);
  Stmt& s = cluster_;
  s.Reset();
  s.Bind(1, ActorPrincipal(e.source)).Bind(2, TargetPrincipal(e));
  s.Bind(3, day - w).Bind(4, day + w).Bind(5, e.root);
  s.Bind(6, int64_t{e.negated});
  s.Bind(7, int64_t{e.modality == Modality::kIntended}).Bind(8, day);
  int64_t best = 0, best_distance = 0;
  bool best_exact = false;
  while (s.Step()) {
    const std::string code = s.Text(1);
    const int64_t distance = std::abs(s.Int(2) - day);
    if (!CompatibleCodes(code, e.code)) continue;
    const bool exact = code == e.code;
    if (best == 0 || distance < best_distance ||
        (distance == best_distance && exact && !best_exact)) {
      best = s.Int(0), best_distance = distance, best_exact = exact;
    }
  }
  DYAD_RETURN_IF_ERROR(s.status());
  return best;
}

StatusOr<int64_t> Ingester::InsertEvent(const Event& e, int64_t doc_key) {
  Stmt& s = insert_event_;
  s.Reset();
  int64_t day = 0;
  if (DayFromDate(e.date, &day)) s.Bind(1, day);
  s.Bind(2, ActorPrincipal(e.source)).Bind(3, TargetPrincipal(e));
  s.Bind(4, static_cast<int64_t>(std::max<size_t>(e.mentions.size(), 1)));
  s.Bind(5, doc_key).Bind(6, next_mention_);  // its first mention, next
  BindEvent(s, 7, e);
  DYAD_RETURN_IF_ERROR(s.Run());
  return db_->LastInsertId();
}

Status Ingester::InsertMention(const Event& e, const EventMention& m,
                               int64_t event_key, int64_t doc_key) {
  Stmt& s = insert_mention_;
  s.Reset();
  const int64_t key = next_mention_;
  s.Bind(1, key).Bind(2, event_key).Bind(3, doc_key).Bind(4, e.event_id);
  s.Bind(5, int64_t{m.sentence}).Bind(6, m.sentence_text);
  s.Bind(7, int64_t{m.trigger_begin}).Bind(8, int64_t{m.trigger_end});
  s.Bind(9, int64_t{m.source_begin}).Bind(10, int64_t{m.source_end});
  s.Bind(11, int64_t{m.target_begin}).Bind(12, int64_t{m.target_end});
  BindEvent(s, 13, e);
  DYAD_RETURN_IF_ERROR(s.Run());
  ++next_mention_;
  insert_fts_.Reset();
  insert_fts_.Bind(1, key).Bind(2, m.sentence_text);
  return insert_fts_.Run();
}

Status Ingester::UpdateCounts(int64_t event_key, int64_t doc_key,
                              const std::string& source_key, int mentions) {
  has_doc_.Reset();
  has_doc_.Bind(1, event_key).Bind(2, doc_key);
  const bool old_doc = has_doc_.Step();
  DYAD_RETURN_IF_ERROR(has_doc_.status());
  has_source_.Reset();
  has_source_.Bind(1, event_key).Bind(2, source_key);
  const bool old_source = has_source_.Step();
  DYAD_RETURN_IF_ERROR(has_source_.status());
  update_counts_.Reset();
  update_counts_.Bind(1, event_key).Bind(2, int64_t{mentions});
  update_counts_.Bind(3, int64_t{!old_doc}).Bind(4, int64_t{!old_source});
  return update_counts_.Run();
}

void Ingester::CountActor(const EventActor& a, bool source) {
  if (a.code.empty()) return;
  auto [it, added] = actor_counts_.try_emplace(a.code);
  if (added) it->second.actor = a;
  ++(source ? it->second.as_source : it->second.as_target);
}

Status Ingester::FlushActors() {
  for (const auto& [code, c] : actor_counts_) {
    Stmt& s = upsert_actor_;
    s.Reset();
    s.Bind(1, code).Bind(2, ActorPrincipal(c.actor)).Bind(3, c.actor.text);
    s.Bind(4, ActorType(c.actor)).Bind(5, c.actor.country);
    s.Bind(6, c.actor.role).Bind(7, c.as_source).Bind(8, c.as_target);
    DYAD_RETURN_IF_ERROR(s.Run());
  }
  actor_counts_.clear();
  return Status::OK();
}

Status Ingester::AddEvent(const Event& e, int64_t doc_key, int64_t original,
                          const std::string& source_key, AddResult* r) {
  std::vector<EventMention> mentions = e.mentions;
  if (mentions.empty()) mentions.emplace_back();
  int64_t key = 0;
  if (original != 0) {
    DYAD_ASSIGN_OR_RETURN(key, MatchOriginal(e, original));
  }
  if (key == 0) {
    DYAD_ASSIGN_OR_RETURN(key, MatchCluster(e));
  }
  const bool created = key == 0;
  if (created) {
    DYAD_ASSIGN_OR_RETURN(key, InsertEvent(e, doc_key));
    CountActor(e.source, true);
    if (e.target) CountActor(*e.target, false);
    ++r->new_events;
  } else {
    const int n = static_cast<int>(mentions.size());
    DYAD_RETURN_IF_ERROR(UpdateCounts(key, doc_key, source_key, n));
    r->clustered_mentions += n;
  }
  for (const EventMention& m : mentions) {
    DYAD_RETURN_IF_ERROR(InsertMention(e, m, key, doc_key));
    ++r->mentions;
  }
  return Status::OK();
}

Ingester::~Ingester() { (void)Flush(); }

Status Ingester::Flush() {
  if (!batch_open_) return Status::OK();
  ResetStatements();
  // On failure (a busy reader) the batch stays open and a later Flush()
  // commits it.
  DYAD_RETURN_IF_ERROR(db_->Exec("COMMIT"));
  batch_open_ = false;
  batch_size_ = 0;
  return Status::OK();
}

// One document inside the open batch, under a savepoint: a failure undoes
// this document only.
StatusOr<AddResult> Ingester::Add(const Processed& p) {
  DYAD_RETURN_IF_ERROR(Prepare());
  DYAD_RETURN_IF_ERROR(LoadSimHashes());
  if (!batch_open_) {
    DYAD_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
    batch_open_ = true;
  }
  DYAD_RETURN_IF_ERROR(db_->Exec("SAVEPOINT dyad_doc"));
  StatusOr<AddResult> r = AddInSavepoint(p);
  ResetStatements();
  if (!r.ok()) {
    (void)db_->Exec("ROLLBACK TO dyad_doc");
    (void)db_->Exec("RELEASE dyad_doc");
    return r;
  }
  DYAD_RETURN_IF_ERROR(db_->Exec("RELEASE dyad_doc"));
  if (++batch_size_ >= std::max(options_.batch_documents, 1)) {
    DYAD_RETURN_IF_ERROR(Flush());
  }
  return r;
}

StatusOr<AddResult> Ingester::AddInSavepoint(const Processed& p) {
  AddResult r;
  DYAD_ASSIGN_OR_RETURN(r.skipped, Present(p.doc));
  if (r.skipped) return r;
  DYAD_RETURN_IF_ERROR(LoadNextMentionKey());
  actor_counts_.clear();
  const Fingerprint f = MakeFingerprint(p.article.text);
  int64_t original = 0;
  if (f.usable) {
    DYAD_ASSIGN_OR_RETURN(original, FindOriginal(f));
  }
  DYAD_ASSIGN_OR_RETURN(int64_t doc_key, InsertDocument(p, f, original));
  const std::string source_key = SourceKey(p);
  for (const Event& e : p.events) {
    DYAD_RETURN_IF_ERROR(AddEvent(e, doc_key, original, source_key, &r));
  }
  DYAD_RETURN_IF_ERROR(FlushActors());
  if (original != 0) {
    DYAD_ASSIGN_OR_RETURN(
        Stmt s, db_->Prepare("SELECT id FROM documents WHERE doc_key = ?1"));
    s.Bind(1, original);
    if (s.Step()) r.duplicate_of = s.Text(0);
    DYAD_RETURN_IF_ERROR(s.status());
  }
  if (f.usable) simhashes_.emplace_back(doc_key, f.simhash);
  return r;
}

}  // namespace dyad::store
