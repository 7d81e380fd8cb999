#include "store/where.h"

namespace dyad::store {

void Where::Add(const std::string& term, std::initializer_list<Value> vals) {
  std::string numbered;
  auto next = vals.begin();
  for (char c : term) {
    numbered += c;
    if (c != '?') continue;
    values_.push_back(*next++);
    numbered += std::to_string(values_.size());
  }
  terms_.push_back(numbered);
}

std::string Where::Sql() const {
  std::string out;
  for (size_t i = 0; i < terms_.size(); ++i) {
    out += (i ? " AND " : " WHERE ") + terms_[i];
  }
  return out;
}

std::string Where::TakeSql() {
  std::string out = Sql();
  terms_.clear();
  return out;
}

void Where::Bind(Stmt& s) const {
  for (size_t i = 0; i < values_.size(); ++i) {
    const int col = static_cast<int>(i + 1);
    if (auto* n = std::get_if<int64_t>(&values_[i])) s.Bind(col, *n);
    if (auto* t = std::get_if<std::string>(&values_[i])) s.Bind(col, *t);
  }
}

std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff) {
    prefix.pop_back();
  }
  if (!prefix.empty()) ++prefix.back();
  return prefix;
}

std::string RootPrefix(const std::string& root) {
  const size_t x = root.find_first_of("xX");
  return x == std::string::npos ? root : root.substr(0, x);
}

StatusOr<bool> IsPrincipal(const Db& db, const std::string& actor) {
  DYAD_ASSIGN_OR_RETURN(
      Stmt s, db.Prepare("SELECT 1 FROM actors WHERE principal = ?1 LIMIT 1"));
  s.Bind(1, actor);
  const bool found = s.Step();
  DYAD_RETURN_IF_ERROR(s.status());
  return found || actor.size() == 3;
}

Status AddActor(const Db& db, const std::string& actor, const char* side,
                Where* w) {
  if (actor.empty()) return Status::OK();
  DYAD_ASSIGN_OR_RETURN(bool principal, IsPrincipal(db, actor));
  const std::string col = std::string("e.") + side;
  if (principal) {
    w->Add(col + "_principal = ?", {actor});
    return Status::OK();
  }
  // A code: its principal too, so that the principal indexes serve.
  DYAD_ASSIGN_OR_RETURN(
      Stmt s, db.Prepare("SELECT principal FROM actors WHERE code = ?1"));
  s.Bind(1, actor);
  if (s.Step()) w->Add(col + "_principal = ?", {s.Text(0)});
  DYAD_RETURN_IF_ERROR(s.status());
  w->Add(col + "_code = ?", {actor});
  return Status::OK();
}

}  // namespace dyad::store
