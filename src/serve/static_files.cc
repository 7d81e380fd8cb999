// Static files of the dashboard: safe path resolution and content types.
#include "serve/static_files.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <utility>

namespace dyad::serve {
namespace {

namespace fs = std::filesystem;

// True for a path segment that may be served.
bool AllowedSegment(std::string_view seg) {
  return !seg.empty() && seg.front() != '.' &&
         seg.find('\\') == std::string_view::npos &&
         seg.find('\0') == std::string_view::npos;
}

// The relative path under the asset folder, or "" when not allowed.
std::string RelativePath(std::string_view url_path) {
  if (url_path.empty() || url_path.front() != '/') return "";
  url_path.remove_prefix(1);
  if (!url_path.empty() && url_path.back() == '/') url_path.remove_suffix(1);
  if (url_path.empty()) return "index.html";
  std::string rel;
  while (true) {
    const size_t slash = url_path.find('/');
    const std::string_view seg = url_path.substr(0, slash);
    if (!AllowedSegment(seg)) return "";
    if (!rel.empty()) rel += '/';
    rel.append(seg);
    if (slash == std::string_view::npos) return rel;
    url_path.remove_prefix(slash + 1);
  }
}

bool Inside(const fs::path& root, const fs::path& p) {
  auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
  return r == root.end() && q != p.end();
}

}  // namespace

StatusOr<std::string> ResolveAssetPath(const std::string& root,
                                       std::string_view url_path) {
  const Status not_found = Status::NotFound("no such file");
  const std::string rel = RelativePath(url_path);
  if (rel.empty()) return not_found;
  std::error_code ec;
  const fs::path canonical = fs::canonical(fs::path(root) / rel, ec);
  if (ec || !Inside(fs::path(root), canonical) ||
      !fs::is_regular_file(canonical, ec)) {
    return not_found;
  }
  return canonical.string();
}

std::string ContentTypeFor(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14>
      kTypes = {{
          {".html", "text/html; charset=utf-8"},
          {".js", "text/javascript; charset=utf-8"},
          {".mjs", "text/javascript; charset=utf-8"},
          {".css", "text/css; charset=utf-8"},
          {".json", "application/json"},
          {".map", "application/json"},
          {".svg", "image/svg+xml"},
          {".png", "image/png"},
          {".ico", "image/x-icon"},
          {".jpg", "image/jpeg"},
          {".woff2", "font/woff2"},
          {".woff", "font/woff"},
          {".txt", "text/plain; charset=utf-8"},
          {".wasm", "application/wasm"},
      }};
  for (const auto& [ext, type] : kTypes) {
    if (path.size() >= ext.size() &&
        path.substr(path.size() - ext.size()) == ext) {
      return std::string(type);
    }
  }
  return "application/octet-stream";
}

}  // namespace dyad::serve
