// Static files of the dashboard (internal to src/serve).
//
// ResolveAssetPath maps a URL path to a regular file inside the asset folder
// and refuses everything else: "..", hidden names, NUL bytes, backslashes,
// and symbolic links or paths that resolve outside the folder. "/" is
// index.html. ContentTypeFor names the MIME type of a served file.
//
// Thread safety: pure functions.
//
// Usage:
//   auto path = ResolveAssetPath("/srv/web/dist", req.path);
//   if (path.ok()) Send(*path, ContentTypeFor(*path));
#ifndef DYAD_SERVE_STATIC_FILES_H_
#define DYAD_SERVE_STATIC_FILES_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::serve {

// The canonical path of the file `url_path` names inside `root` (an absolute
// canonical folder); NotFound for anything missing, outside or not allowed.
StatusOr<std::string> ResolveAssetPath(const std::string& root,
                                       std::string_view url_path);

// "text/html; charset=utf-8" for .html, … ; application/octet-stream else.
std::string ContentTypeFor(std::string_view path);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_STATIC_FILES_H_
