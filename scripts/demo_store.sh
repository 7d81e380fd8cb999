#!/usr/bin/env bash
# Demo step 2 (called by scripts/demo.sh with the build folder as $1):
# ingest the examples (and the seed article when ../shared has it) into a
# fresh $BUILD/demo.db, then print the China–Russia timeline and the top
# dyads.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
DYAD="$BUILD/dyad"
DB="$BUILD/demo.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
status=0

echo
echo "== the event store: ingest the examples into $DB =="
"$DYAD" ingest --db "$DB" examples/text examples/html examples/jsonl ||
  status=$?
# The seed article stays in ../shared (reference data is never copied into
# the repository); it is ingested from there when present.
SEED=../shared/seed/article.txt
if [ -f "$SEED" ]; then
  "$DYAD" ingest --db "$DB" --id seed --date 2022-02-03 "$SEED" || status=$?
fi

echo
echo "== China–Russia, month by month (dyad query dyad CHN RUS --by month) =="
"$DYAD" query dyad CHN RUS --by month --db "$DB" --format table || status=$?

echo
echo "== top dyads (dyad query dyads --top 10) =="
"$DYAD" query dyads --top 10 --db "$DB" --format table || status=$?

echo
echo "(more: $DYAD query events --db $DB --actor RUS;"
echo " $DYAD query actors --top 10 --db $DB;"
echo " $DYAD export --db $DB --format plover --out events.plover.jsonl)"
exit $status
