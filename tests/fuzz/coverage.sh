#!/usr/bin/env bash
# Line coverage of the core reached by the fuzz corpora: builds the targets with clang's
# source-based coverage (preset fuzz-coverage), runs each over its committed seeds and
# what run.sh found (build/fuzz/corpus/T), and prints, per target, the corpus size and
# the line coverage of every core source file, then the union of all targets.
# Usage: tests/fuzz/coverage.sh   (after tests/fuzz/run.sh, or from the seeds alone)
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset fuzz-coverage >/dev/null
cmake --build --preset fuzz-coverage
out=build/fuzz-coverage/profiles
rm -rf "$out" && mkdir -p "$out"
targets=(fuzz_api fuzz_result_code fuzz_content_loader)
objects=()
for target in "${targets[@]}"; do
  bin="build/fuzz-coverage/tests/fuzz/$target"
  objects+=(-object "$bin")
  dirs=("tests/fuzz/corpus/$target")
  [ -d "build/fuzz/corpus/$target" ] && dirs+=("build/fuzz/corpus/$target")
  inputs=$(find "${dirs[@]}" -type f | wc -l)
  LLVM_PROFILE_FILE="$out/$target.profraw" "$bin" -runs=0 "${dirs[@]}" >"$out/$target.log" 2>&1
  llvm-profdata-14 merge -sparse "$out/$target.profraw" -o "$out/$target.profdata"
  echo
  echo "== $target: $inputs inputs"
  llvm-cov-14 report "$bin" -instr-profile="$out/$target.profdata" core/src |
    awk 'NR > 2 && $1 != "" && $1 !~ /^-/ { printf "  %-32s %s\n", $1, $10 }'
done
llvm-profdata-14 merge -sparse "$out"/*.profraw -o "$out/all.profdata"
echo
echo "== all targets together: line coverage per core source file"
first=${objects[1]}
llvm-cov-14 report "$first" "${objects[@]:2}" -instr-profile="$out/all.profdata" core/src |
  awk 'NR > 2 && $1 != "" && $1 !~ /^-/ { printf "  %-32s %s\n", $1, $10 }'
