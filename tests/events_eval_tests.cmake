# Event-coding evaluations of issue 5 (doc/evaluation.md). Included from
# tests/CMakeLists.txt, which defines dyad_data_test and DYAD_SHARED_DIR.
# `dyad eval ...` exits 4 below --min-rate; a test whose data is absent is
# skipped (exit 77). The tests of the issue's targets carry them as their
# floors (petrarch1 0.60, cameo-examples 0.70); the others a floor a little
# under the rate measured when it was set, so regressions fail.
set(DYAD_PETRARCH1_DIR ${DYAD_SHARED_DIR}/validation/petrarch1)
set(DYAD_UDPETRARCH_DIR ${DYAD_SHARED_DIR}/validation/ud-petrarch)
set(DYAD_TABARI_DIR ${DYAD_SHARED_DIR}/validation/tabari)
set(DYAD_CAMEO_CSV ${DYAD_SHARED_DIR}/cameo/cameo-codes.csv)

dyad_data_test(eval_events_petrarch1
  ${DYAD_PETRARCH1_DIR}/PETR.UnitTest.records.xml
  eval petrarch1 ${DYAD_PETRARCH1_DIR} --min-rate 0.60)
dyad_data_test(eval_events_udpetrarch
  ${DYAD_UDPETRARCH_DIR}/PETR_Validate_records_2_02.xml
  eval udpetrarch ${DYAD_UDPETRARCH_DIR} --min-rate 0.58)
dyad_data_test(eval_events_udpetrarch_gold_parses
  ${DYAD_UDPETRARCH_DIR}/PETR_Validate_records_2_02.xml
  eval udpetrarch ${DYAD_UDPETRARCH_DIR} --gold-parses --min-rate 0.62)
dyad_data_test(eval_events_tabari ${DYAD_TABARI_DIR}/Validate.text
  eval tabari ${DYAD_TABARI_DIR} --min-rate 0.45)
dyad_data_test(eval_events_cameo_examples ${DYAD_CAMEO_CSV}
  eval cameo-examples ${DYAD_CAMEO_CSV} --min-rate 0.70)
# The lexicon's own examples ship with the repository: never skipped.
add_test(NAME eval_events_lexicon_examples
  COMMAND $<TARGET_FILE:dyad_cli> eval lexicon --min-rate 0.78)
set_tests_properties(eval_events_petrarch1 eval_events_udpetrarch
  eval_events_udpetrarch_gold_parses eval_events_tabari
  eval_events_cameo_examples eval_events_lexicon_examples
  PROPERTIES TIMEOUT 300)
