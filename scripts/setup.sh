#!/usr/bin/env bash
# Installs the Debian packages dyad needs, only those that are missing.
# Safe to run repeatedly; needs root (or sudo) only when something is missing.
set -euo pipefail
PKGS=(build-essential cmake pkg-config
      libgumbo-dev libre2-dev libicu-dev libutf8proc-dev
      nlohmann-json3-dev libsimdjson-dev libfmt-dev libcli11-dev
      libsqlite3-dev libcpp-httplib-dev libeigen3-dev
      libgtest-dev libgmock-dev libbenchmark-dev python3 wordnet-base
      chromium)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The dashboard's front end (web/): npm ci from package-lock.json and build.
bash "$(dirname "$0")/setup_web.sh"
