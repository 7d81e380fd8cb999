#!/usr/bin/env bash
# The main job on the bundled examples: run by `make demo` after the build.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
DYAD="$BUILD/dyad"
echo "== dyad $("$DYAD" --version | awk '{print $2}') on examples/ =="
status=0
"$DYAD" code --dump text examples/text examples/html examples/jsonl || status=$?
echo
echo "(JSON view of every stage: $DYAD code --dump sentences examples/text)"
exit $status
