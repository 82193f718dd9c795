#!/usr/bin/env bash
# Builds the fuzz targets with clang-14 + libFuzzer and runs each for SECONDS (default 60).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
command -v clang++-14 >/dev/null && [ -d /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux ] || {
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y clang-14 libclang-rt-14-dev
}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
for target in fuzz_api fuzz_result_code; do
  mkdir -p "build/fuzz/corpus/$target"
  "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 "build/fuzz/corpus/$target"
done
