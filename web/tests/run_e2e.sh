#!/usr/bin/env bash
# The dashboard's end-to-end test, run by ctest (tests/serve_tests.cmake):
# builds a demo store (the examples plus the seed article from ../shared as
# id "seed", dated 2022-02-03), starts `dyad serve` on it on a free port of
# 127.0.0.1, and drives headless Chromium through web/tests/e2e.mjs.
# Screenshots: BUILD/serve-e2e/*.png. Exit 77 (skipped) with a message when
# the seed, Chromium, node or the built dashboard is missing.
# usage: run_e2e.sh DYAD_BINARY BUILD_DIR SHARED_DIR
set -uo pipefail
DYAD=$1 BUILD=$2 SHARED=$3
HERE="$(cd "$(dirname "$0")" && pwd)"
WEB="$(dirname "$HERE")"
ROOT="$(dirname "$WEB")"
SEED="$SHARED/seed/article.txt"

skip() { echo "SKIPPED: $*"; exit 77; }
[ -f "$SEED" ] || skip "no seed article at $SEED (../shared is absent)"
[ -x /usr/bin/chromium ] || skip "no /usr/bin/chromium (apt-get install chromium)"
command -v node >/dev/null || skip "no node (scripts/setup_web.sh)"
[ -d "$WEB/node_modules/playwright-core" ] || skip "no web/node_modules (scripts/setup_web.sh)"
[ -f "$WEB/dist/index.html" ] || skip "no dashboard build in web/dist (scripts/setup_web.sh)"

OUT="$BUILD/serve-e2e"
DB="$OUT/demo.db"
rm -rf "$OUT" && mkdir -p "$OUT"
cd "$ROOT"
"$DYAD" ingest --db "$DB" examples/text examples/html examples/jsonl >"$OUT/ingest.log" 2>&1 ||
  { cat "$OUT/ingest.log"; echo "FAIL: ingest of the examples"; exit 1; }
"$DYAD" ingest --db "$DB" --id seed --date 2022-02-03 "$SEED" >>"$OUT/ingest.log" 2>&1 ||
  { cat "$OUT/ingest.log"; echo "FAIL: ingest of the seed"; exit 1; }

"$DYAD" serve --db "$DB" --port 0 --assets "$WEB/dist" >"$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null' EXIT
URL=""
for _ in $(seq 1 100); do
  URL=$(grep -o 'http://[0-9.:]*/' "$OUT/serve.log" | head -1)
  [ -n "$URL" ] && break
  kill -0 "$SERVER" 2>/dev/null || break
  sleep 0.1
done
[ -n "$URL" ] || { cat "$OUT/serve.log"; echo "FAIL: dyad serve did not start"; exit 1; }
echo "dashboard at $URL"
(cd "$WEB" && node tests/e2e.mjs --url "$URL" --out "$OUT")
