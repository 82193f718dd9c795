#!/usr/bin/env bash
# Builds everything and runs every test: the core's unit tests and the content checks
# (CTest), the same unit tests built with AddressSanitizer and UBSan, a short run of every
# fuzz target, the built module under Node, and the site in headless Chromium.
# Installs what is missing first. Exits non-zero when anything fails.
set -uo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh --browser --fuzz || exit 1
. scripts/node-env.sh   # Node.js 20 from .tools/node when the system one is older
scripts/build.sh || exit 1

mkdir -p build/test-logs
status=0
run_suite() {  # name, command...
  local name=$1
  shift
  echo
  echo "=== $name ==="
  "$@" 2>&1 | tee "build/test-logs/$name.log"
  local rc=${PIPESTATUS[0]}
  [ "$rc" = 0 ] || { echo "=== $name: FAILED (exit $rc) ==="; status=1; }
}

run_suite core ctest --preset native
# The sanitizer build: every unit test again under ASan + UBSan (any report fails it).
asan() {
  cmake --preset native-asan >/dev/null && cmake --build --preset native-asan &&
    UBSAN_OPTIONS=print_stacktrace=1 ctest --preset native-asan
}
run_suite asan asan
# A short fuzz run: every fuzz target for FUZZ_SECONDS (default 45) from the committed
# corpora (ASan + UBSan). A target that finds a crash fails and prints its reproducer.
run_suite fuzz tests/fuzz/run.sh "${FUZZ_SECONDS:-45}"
run_suite node node --test --test-reporter=spec tests/node/
run_suite browser node --test --test-reporter=spec --test-concurrency=1 tests/browser/

# One closing line for the whole run, counted from each runner's own summary.
passed=0
failed=0
for suite in core asan; do
  log=build/test-logs/$suite.log
  [ -f "$log" ] || continue
  total=$(grep -o 'tests failed out of [0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cfail=$(grep -o '[0-9]* tests failed out of' "$log" | grep -o '^[0-9]*' || echo 0)
  passed=$((passed + ${total:-0} - ${cfail:-0}))
  failed=$((failed + ${cfail:-0}))
done
log=build/test-logs/fuzz.log
if [ -f "$log" ]; then
  passed=$((passed + $(grep -c '^fuzz: .* passed' "$log")))
  failed=$((failed + $(grep -c '^fuzz: .* FAILED' "$log")))
fi
for suite in node browser; do
  log=build/test-logs/$suite.log
  [ -f "$log" ] || continue
  p=$(grep -E '^ℹ pass [0-9]+' "$log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  f=$(grep -E '^ℹ fail [0-9]+' "$log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
echo
[ "$status" = 0 ] && [ "$failed" = 0 ] || status=1
echo "$passed passed, $failed failed"
exit "$status"
