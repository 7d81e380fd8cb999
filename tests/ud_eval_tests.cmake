# Analyzer figures of issue 3 on the held-out UD test files, gold
# tokenization (`dyad eval ud` exits 4 below a minimum; skipped when the
# file is absent). Included from tests/CMakeLists.txt, which defines
# dyad_data_test, DYAD_UD_EWT_TEST and DYAD_UD_GUM_TEST.
#
# UPOS and lemma are checked at the issue's targets, which are met. The
# UAS/LAS targets (EWT 0.86/0.83, GUM-wikinews 0.85/0.82) are not met yet:
# these tests guard floors just under the measured 0.8535/0.8228 and
# 0.8282/0.7985 so that a regression fails; check the targets by hand with
# `build/dyad eval ud FILE --min-uas 0.86 --min-las 0.83`, and raise the
# floors to the targets once they are reached.
dyad_data_test(eval_ud_ewt_test ${DYAD_UD_EWT_TEST}
  eval ud ${DYAD_UD_EWT_TEST}
  --min-upos 0.955 --min-lemma 0.97 --min-uas 0.85 --min-las 0.82)
dyad_data_test(eval_ud_gum_wikinews_test ${DYAD_UD_GUM_TEST}
  eval ud ${DYAD_UD_GUM_TEST}
  --min-upos 0.95 --min-lemma 0.97 --min-uas 0.825 --min-las 0.795)
set_tests_properties(eval_ud_ewt_test eval_ud_gum_wikinews_test
  PROPERTIES TIMEOUT 300)

# Error analysis: one line per relation (nsubj is in every English file);
# --write must not fail.
dyad_data_test(eval_ud_by_relation ${DYAD_UD_GUM_TEST}
  eval ud ${DYAD_UD_GUM_TEST} --by-relation
  --write ${CMAKE_CURRENT_BINARY_DIR}/gum_analyzed.conllu)
set_tests_properties(eval_ud_by_relation PROPERTIES TIMEOUT 300
  PASS_REGULAR_EXPRESSION "\n  nsubj +f1=0\\.[0-9]+ precision=0\\.[0-9]+ recall=0\\.[0-9]+ \\(gold [1-9][0-9]*, system [1-9]")
