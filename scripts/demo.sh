#!/usr/bin/env bash
# The main job on the bundled examples: run by `make demo` after the build.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
DYAD="$BUILD/dyad"
echo "== dyad $("$DYAD" --version | awk '{print $2}') on examples/ =="
status=0
"$DYAD" code --dump text examples/text examples/html examples/jsonl || status=$?
# The seed article stays in ../shared (reference data is never copied into
# the repository); the demo reads it from there when it is present.
SEED=../shared/seed/article.txt
if [ -f "$SEED" ]; then
  "$DYAD" code --dump text --id seed --date 2022-02-03 "$SEED" || status=$?
fi
echo
echo "(JSON view of every stage: $DYAD code --dump sentences examples/text)"
exit $status
