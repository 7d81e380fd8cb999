#!/bin/sh
# Command-level test wrapper: runs COMMAND... when FILE exists; otherwise
# prints a visible skip message and exits with 77 (ctest SKIP_RETURN_CODE).
#   usage: run_if_exists.sh FILE COMMAND...
if [ ! -e "$1" ]; then
  echo "SKIP: reference file not found: $1"
  exit 77
fi
shift
exec "$@"
