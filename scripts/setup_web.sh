#!/usr/bin/env bash
# Installs the dashboard's npm packages (exactly those pinned in
# web/package-lock.json, with `npm ci`) and builds its assets into web/dist/,
# which `dyad serve` serves. Called by scripts/setup.sh; safe to run
# repeatedly: it reinstalls only when package-lock.json changed and rebuilds
# only when a source file is newer than the build.
# Without node/npm it installs the Debian nodejs and npm packages; when that
# is impossible it says so and leaves the C++ build alone (exit 0).
set -euo pipefail
WEB="$(cd "$(dirname "$0")/../web" && pwd)"

warn() { echo "setup_web: $*; the dashboard will not be available" >&2; }

ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  echo "setup_web: installing Debian nodejs and npm" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
      --no-install-recommends nodejs npm >&2 || return 1
}

# npm ci when node_modules does not match package-lock.json.
install_packages() {
  local stamp="$WEB/node_modules/.dyad-lock.sha256"
  local want
  want=$(sha256sum "$WEB/package-lock.json" | cut -d' ' -f1)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  echo "setup_web: npm ci in web/" >&2
  (cd "$WEB" && npm ci --no-audit --no-fund --loglevel=error >&2) || return 1
  echo "$want" >"$stamp"
}

# vite build when a source is newer than web/dist/index.html.
build_assets() {
  local out="$WEB/dist/index.html"
  if [ -f "$out" ] && [ -z "$(find "$WEB/src" "$WEB/index.html" \
      "$WEB/vite.config.js" "$WEB/package-lock.json" -newer "$out" \
      -print -quit)" ]; then
    return 0
  fi
  echo "setup_web: building the dashboard into web/dist/" >&2
  (cd "$WEB" && npm run --silent build >&2) || return 1
}

ensure_node || { warn "node/npm are missing and could not be installed"; exit 0; }
install_packages || { warn "npm ci failed"; exit 0; }
build_assets || { warn "the asset build failed"; exit 0; }
