#!/usr/bin/env bash
# The main job on the bundled examples: run by `make demo` after the build.
# 1. code the examples and print the events as a table;
# 2. (scripts/demo_store.sh) ingest them into $BUILD/demo.db and query it;
# 3. (scripts/demo_serve.sh) serve the dashboard on that store.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
DYAD="$BUILD/dyad"
echo "== dyad $("$DYAD" --version | awk '{print $2}') on examples/ =="
status=0
"$DYAD" code --out table examples/text examples/html examples/jsonl || status=$?
# The seed article stays in ../shared (reference data is never copied into
# the repository); the demo reads it from there when it is present.
SEED=../shared/seed/article.txt
if [ -f "$SEED" ]; then
  echo
  echo "== the seed article =="
  "$DYAD" code --out table --id seed --date 2022-02-03 "$SEED" || status=$?
fi
echo
echo "(every stage as JSON: $DYAD code --dump sentences examples/text;"
echo " events as JSON Lines: $DYAD code examples/text)"
for step in scripts/demo_store.sh scripts/demo_serve.sh; do
  if [ -f "$step" ]; then
    bash "$step" "$BUILD" || status=$?
  fi
done
exit $status
