# The event store from the command line (issue 6): ingest, idempotence,
# queries in every format, exports, read-only SQL, refusal of a foreign
# --db. The library itself is tested by store_test (src/store/*_test.cc).
# Every test works in its own folder under <build>/store-tests/.

set(DYAD_STORE_TEST_DIR ${CMAKE_BINARY_DIR}/store-tests)

# dyad_store_test(NAME SCRIPT [REGEX]): runs the sh SCRIPT with $DYAD (the
# binary), $EX (examples/) and $SHARED set, in a fresh folder; passes on
# exit 0 (and REGEX in the output when given); exit 77 is a skip.
function(dyad_store_test name script)
  set(dir ${DYAD_STORE_TEST_DIR}/${name})
  add_test(NAME ${name}
    COMMAND sh -c "rm -rf '${dir}' && mkdir -p '${dir}' && cd '${dir}' && DYAD='$<TARGET_FILE:dyad_cli>' EX='${CMAKE_SOURCE_DIR}/examples' SHARED='${DYAD_SHARED_DIR}' && set -e && ${script}")
  set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
  if(ARGC GREATER 2)
    set_tests_properties(${name} PROPERTIES PASS_REGULAR_EXPRESSION "${ARGV2}")
  endif()
endfunction()

# Ingest the examples; the store holds documents and events.
dyad_store_test(store_ingest_examples
  "$DYAD ingest --quiet --db s.db $EX/text $EX/html $EX/jsonl && $DYAD query sql --db s.db --format csv \"SELECT (SELECT count(*) FROM documents) > 0 AND (SELECT count(*) FROM events) > 0 AS ok\""
  "ok\n1\n")

# A second ingest of the same inputs changes nothing.
dyad_store_test(store_ingest_idempotent
  "$DYAD ingest --quiet --db s.db $EX/text $EX/jsonl && $DYAD query sql --db s.db --format csv \"SELECT id, content_hash FROM documents ORDER BY 1\" > a && $DYAD query sql --db s.db --format csv \"SELECT * FROM events ORDER BY 1\" >> a && $DYAD ingest --quiet --db s.db $EX/jsonl $EX/text && $DYAD query sql --db s.db --format csv \"SELECT id, content_hash FROM documents ORDER BY 1\" > b && $DYAD query sql --db s.db --format csv \"SELECT * FROM events ORDER BY 1\" >> b && cmp a b && test -s a")

# Every query in every format.
dyad_store_test(store_query_formats
  "$DYAD ingest --quiet --db s.db $EX/text $EX/html $EX/jsonl && for f in table json csv; do $DYAD query dyad USA CHN --by week --db s.db --format $f; $DYAD query events --db s.db --root 0x --format $f --limit 3; $DYAD query actors --top 3 --db s.db --format $f; $DYAD query dyads --top 3 --db s.db --format $f; done && $DYAD query events --db s.db --format csv --limit 1"
  "id,date,source,code,target,goldstein,mentions,sources,articles,doc,sentence")

# Exports in the four formats; GDELT rows have 61 columns.
dyad_store_test(store_export_formats
  "$DYAD ingest --quiet --db s.db $EX/text $EX/html $EX/jsonl && for f in gdelt jsonl csv plover; do $DYAD export --db s.db --format $f --out e.$f; done && test -s e.gdelt && awk -F'\\t' 'NF != 61 { exit 1 }' e.gdelt && head -1 e.csv"
  "global_event_id,date,source_code")

# `query sql` cannot write.
dyad_store_test(store_sql_read_only
  "$DYAD ingest --quiet --db s.db $EX/jsonl && if $DYAD query sql --db s.db \"DELETE FROM events\"; then exit 1; fi; echo refused")
set_tests_properties(store_sql_read_only PROPERTIES
  PASS_REGULAR_EXPRESSION "readonly")

# A file that is not a store is refused and left as it was.
dyad_store_test(store_foreign_db_refused
  "echo 'my notes, not a database' > notes.txt && cp notes.txt before && if $DYAD ingest --quiet --db notes.txt $EX/jsonl; then exit 1; fi; cmp notes.txt before && echo unchanged"
  "not a dyad store.*unchanged")

# The seed article: ingested with its date, the China–Russia timeline has
# February 2022.
dyad_store_test(store_seed_timeline
  "test -f $SHARED/seed/article.txt || { echo SKIP: no seed article; exit 77; }; $DYAD ingest --quiet --db s.db --id seed --date 2022-02-03 $SHARED/seed/article.txt && $DYAD query dyad CHN RUS --by month --db s.db --format csv"
  "2022-02,(CHN,RUS|RUS,CHN)")
