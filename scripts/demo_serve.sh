#!/usr/bin/env bash
# The last step of `make demo` (called by scripts/demo.sh with the build
# folder): serve the dashboard on the demo store $BUILD/demo.db.
# On a terminal the server runs in the foreground until Ctrl-C; otherwise
# (CI, pipes) it prints the URL and the command and returns, so that
# `make demo` never hangs.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
DYAD="$BUILD/dyad"
DB="$BUILD/demo.db"
PORT=${DYAD_PORT:-8080}
URL="http://127.0.0.1:$PORT/"
CMD=("$DYAD" serve --db "$DB" --port "$PORT")

echo
echo "== the dashboard =="
if [ ! -f "$DB" ]; then
  echo "(no $DB: the store step did not run; nothing to serve)"
  exit 0
fi
[ -f web/dist/index.html ] ||
  echo "(no dashboard build in web/dist: run scripts/setup_web.sh; the API alone is served)"
if [ -t 1 ] && [ -t 0 ]; then
  echo "serving $DB at $URL (Ctrl-C stops)"
  exec "${CMD[@]}"
fi
echo "dashboard URL: $URL"
echo "start it with: ${CMD[*]}"
