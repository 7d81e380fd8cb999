#include "dyad/codebook.h"

#include <cstdlib>
#include <vector>

#include "util/file.h"

namespace dyad {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

bool ValidCode(const std::string& c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

Status ParseRow(const std::vector<std::string>& f, const std::string& where,
                CodeInfo* info) {
  if (f.size() < 4 || !ValidCode(f[0])) {
    return Status::Corruption(where + ": expected code, name, goldstein, quad");
  }
  char* end = nullptr;
  info->code = f[0];
  info->name = f[1];
  info->goldstein = std::strtod(f[2].c_str(), &end);
  if (end == f[2].c_str()) {
    return Status::Corruption(where + ": bad Goldstein value '" + f[2] + "'");
  }
  info->quad_class = std::atoi(f[3].c_str());
  if (info->quad_class < 1 || info->quad_class > 4) {
    return Status::Corruption(where + ": quad class must be 1-4");
  }
  if (f.size() > 4) info->plover_event = f[4];
  if (f.size() > 5) info->plover_mode = f[5];
  if (f.size() > 6) info->plover_context = f[6];
  return Status::OK();
}

}  // namespace

StatusOr<std::unique_ptr<Codebook>> Codebook::Load(const std::string& path) {
  const std::string file =
      path.empty() ? std::string(DYAD_SOURCE_DIR) + "/data/cameo/codebook.tsv"
                   : path;
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(file, &data));
  auto book = std::make_unique<Codebook>();
  size_t pos = 0;
  int lineno = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    std::string line = data.substr(pos, nl - pos);
    pos = nl == std::string::npos ? data.size() : nl + 1;
    ++lineno;
    if (line.rfind("# version\t", 0) == 0) book->version_ = line.substr(10);
    if (line.empty() || line[0] == '#' || line.rfind("code\t", 0) == 0) {
      continue;
    }
    CodeInfo info;
    DYAD_RETURN_IF_ERROR(
        ParseRow(SplitTabs(line), file + ":" + std::to_string(lineno), &info));
    book->codes_[info.code] = info;
  }
  if (book->codes_.empty()) return Status::Corruption(file + ": no codes");
  return book;
}

const CodeInfo* Codebook::Find(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad
