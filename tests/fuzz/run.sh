#!/usr/bin/env bash
# Builds the fuzz targets (clang-14 + libFuzzer, ASan, UBSan; preset fuzz) and runs each
# for SECONDS (default 60) from the committed corpus (tests/fuzz/corpus/T) with the JSON
# dictionary. New inputs go to build/fuzz/corpus/T. A crash is saved in build/fuzz/findings/
# and printed with its path, and makes the script fail. Prints one line per target (the
# test suite counts them) and a table of execs per target.
# Usage: tests/fuzz/run.sh [SECONDS]      (scripts/bootstrap.sh --fuzz installs clang-14)
# Reproduce a finding: build/fuzz/tests/fuzz/T build/fuzz/findings/T-crash-...
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
. tests/fuzz/targets.sh
# A build that fails counts as a failed test in ./test.sh's closing line.
{ cmake --preset fuzz >/dev/null && cmake --build --preset fuzz; } || { echo "fuzz: build FAILED"; exit 1; }
mkdir -p build/fuzz/findings build/fuzz/logs
table=("| target | run (-max_total_time) | wall time | execs | of which mutated (after the corpus replay) | execs/s | inputs in the committed corpus |" "|---|---|---|---|---|---|---|")
status=0
for target in "${FUZZ_TARGETS[@]}"; do
  mkdir -p "build/fuzz/corpus/$target"
  log="build/fuzz/logs/$target.log"
  started=$SECONDS
  set +e
  # shellcheck disable=SC2046
  "build/fuzz/tests/fuzz/$target" -max_total_time="$(fuzz_seconds "$target" "$seconds")" $(fuzz_limits "$target") -dict=tests/fuzz/json.dict \
    -artifact_prefix="build/fuzz/findings/$target-" -print_final_stats=1 \
    "build/fuzz/corpus/$target" "tests/fuzz/corpus/$target" >"$log" 2>&1
  rc=$?
  set -e
  # libFuzzer first runs the whole corpus, whatever -max_total_time says: the wall time.
  took=$((SECONDS - started))
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  inputs=$(find "tests/fuzz/corpus/$target" -type f | wc -l)
  # The replay ends at libFuzzer's INITED line ("#649 INITED ..."): what ran after it mutated.
  replayed=$(grep -o '^#[0-9]*[[:space:]]*INITED' "$log" | grep -o '[0-9]*' | head -1 || true)
  mutated='?'
  [ "$execs" != '?' ] && [ -n "$replayed" ] && mutated=$((execs - replayed))
  rate='?'
  [ "$execs" != '?' ] && [ "$took" -gt 0 ] && rate=$((execs / took))
  table+=("| $target | $(fuzz_seconds "$target" "$seconds") s | $took s | $execs | $mutated | $rate | $inputs |")
  if [ "$rc" = 0 ]; then
    echo "fuzz: $target passed ($execs execs in $took s, $mutated of them mutated inputs)"
    # A run that only replayed its corpus found nothing new by construction: say so loudly.
    [ "$mutated" = 0 ] && echo "fuzz: WARNING $target only replayed its corpus (no time left to mutate); give it more seconds in tests/fuzz/targets.sh"
  else
    status=1
    repro=$(grep -o 'Test unit written to .*' "$log" | sed 's/^Test unit written to //' | tail -1)
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5 || true
    echo "fuzz: $target FAILED (exit $rc); reproducer: ${repro:-none written, see $log}"
    [ -n "$repro" ] && echo "fuzz: reproduce with build/fuzz/tests/fuzz/$target $repro"
  fi
done
echo
printf '%s\n' "${table[@]}"
exit "$status"
