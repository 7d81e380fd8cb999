# Analyzer figures of issue 3 on the held-out UD test files, gold
# tokenization (`dyad eval ud` exits 4 below a minimum; skipped when the
# file is absent). Included from tests/CMakeLists.txt, which defines
# dyad_data_test, DYAD_UD_EWT_TEST and DYAD_UD_GUM_TEST.
#
# Every figure is checked at the issue's target, all of which the neural
# parser en-ud-2 meets (EWT 0.9558 / 0.9702 / 0.8679 / 0.8371, GUM-wikinews
# 0.9574 / 0.9701 / 0.8575 / 0.8242 for UPOS, lemma, UAS and LAS).
dyad_data_test(eval_ud_ewt_test ${DYAD_UD_EWT_TEST}
  eval ud ${DYAD_UD_EWT_TEST}
  --min-upos 0.955 --min-lemma 0.97 --min-uas 0.86 --min-las 0.83)
dyad_data_test(eval_ud_gum_wikinews_test ${DYAD_UD_GUM_TEST}
  eval ud ${DYAD_UD_GUM_TEST}
  --min-upos 0.95 --min-lemma 0.97 --min-uas 0.85 --min-las 0.82)
set_tests_properties(eval_ud_ewt_test eval_ud_gum_wikinews_test
  PROPERTIES TIMEOUT 300)

# Error analysis: one line per relation (nsubj is in every English file);
# --write must not fail.
dyad_data_test(eval_ud_by_relation ${DYAD_UD_GUM_TEST}
  eval ud ${DYAD_UD_GUM_TEST} --by-relation
  --write ${CMAKE_CURRENT_BINARY_DIR}/gum_analyzed.conllu)
set_tests_properties(eval_ud_by_relation PROPERTIES TIMEOUT 300
  PASS_REGULAR_EXPRESSION "\n  nsubj +f1=0\\.[0-9]+ precision=0\\.[0-9]+ recall=0\\.[0-9]+ \\(gold [1-9][0-9]*, system [1-9]")
