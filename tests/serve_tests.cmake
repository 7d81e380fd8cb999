# `dyad serve`: the dashboard end to end in headless Chromium on a store
# holding the examples and the seed article (skipped, exit 77, when the seed,
# chromium, node or the built dashboard is missing). The API itself is tested
# by serve_test (src/serve/api_test.cc). Screenshots: <build>/serve-e2e/.
add_test(NAME serve_dashboard_e2e
  COMMAND bash ${CMAKE_SOURCE_DIR}/web/tests/run_e2e.sh
          $<TARGET_FILE:dyad_cli> ${CMAKE_BINARY_DIR} ${DYAD_SHARED_DIR})
set_tests_properties(serve_dashboard_e2e PROPERTIES
  SKIP_RETURN_CODE 77 TIMEOUT 300)
