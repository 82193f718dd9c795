#!/usr/bin/env bash
# Builds the fuzz targets with clang-14 + libFuzzer (ASan, UBSan) and runs each for
# SECONDS (default 60), starting from the committed seed corpus (tests/fuzz/corpus/T)
# with the JSON dictionary. New inputs go to build/fuzz/corpus/T; a crash is saved in
# build/fuzz/findings/ and makes the script fail. Prints execs per target at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
command -v clang++-14 >/dev/null && [ -d /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux ] || {
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y clang-14 libclang-rt-14-dev
}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build/fuzz/findings build/fuzz/logs
summary=()
for target in fuzz_api fuzz_result_code fuzz_content_loader; do
  mkdir -p "build/fuzz/corpus/$target"
  max_len=8192
  [ "$target" = fuzz_content_loader ] && max_len=200000
  set +e
  "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=120 -rss_limit_mb=4096 \
    -dict=tests/fuzz/json.dict -artifact_prefix=build/fuzz/findings/"$target"- -print_final_stats=1 \
    "build/fuzz/corpus/$target" "tests/fuzz/corpus/$target" >"build/fuzz/logs/$target.log" 2>&1
  rc=$?
  set -e
  grep -E '^(#[0-9]+ +(INITED|DONE)|==[0-9]+==|SUMMARY|stat::number_of_executed_units)' "build/fuzz/logs/$target.log" || true
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "build/fuzz/logs/$target.log" | grep -o '[0-9]*$' || echo '?')
  summary+=("$target: $execs execs in ${seconds} s, exit $rc")
  [ "$rc" = 0 ] || { echo "fuzz: $target FAILED (see build/fuzz/findings/ and build/fuzz/logs/$target.log)"; status=1; }
done
printf '%s\n' "${summary[@]}"
exit "${status:-0}"
