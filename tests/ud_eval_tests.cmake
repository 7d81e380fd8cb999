# Analyzer targets of issue 3 on the held-out UD test files, gold
# tokenization (`dyad eval ud` exits 4 below a target; skipped when the file
# is absent). Included from tests/CMakeLists.txt, which defines
# dyad_data_test, DYAD_UD_EWT_TEST and DYAD_UD_GUM_TEST.
dyad_data_test(eval_ud_ewt_test ${DYAD_UD_EWT_TEST}
  eval ud ${DYAD_UD_EWT_TEST}
  --min-upos 0.955 --min-lemma 0.97 --min-uas 0.86 --min-las 0.83)
dyad_data_test(eval_ud_gum_wikinews_test ${DYAD_UD_GUM_TEST}
  eval ud ${DYAD_UD_GUM_TEST}
  --min-upos 0.95 --min-lemma 0.97 --min-uas 0.85 --min-las 0.82)
set_tests_properties(eval_ud_ewt_test eval_ud_gum_wikinews_test
  PROPERTIES TIMEOUT 300)
