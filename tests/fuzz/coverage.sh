#!/usr/bin/env bash
# Line coverage of the core reached by the committed fuzz corpora: builds the targets with
# clang's source-based coverage (preset fuzz-coverage), runs each once over
# tests/fuzz/corpus/T (with --found also over what run.sh found, build/fuzz/corpus/T), and
# prints a Markdown table: per core source file (and header with inline code) the line
# coverage from each target and from all targets together. The README's table is this
# output. Needs clang-14 and llvm-14 (scripts/bootstrap.sh --fuzz).
# Usage: tests/fuzz/coverage.sh [--found]
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/fuzz/targets.sh
cmake --preset fuzz-coverage >/dev/null
cmake --build --preset fuzz-coverage >/dev/null
out=build/fuzz-coverage/profiles
rm -rf "$out" && mkdir -p "$out"
objects=()
header="| file |"
rule="|---|"
for target in "${FUZZ_TARGETS[@]}"; do
  bin="build/fuzz-coverage/tests/fuzz/$target"
  objects+=(-object "$bin")
  dirs=("tests/fuzz/corpus/$target")
  [ "${1:-}" = --found ] && [ -d "build/fuzz/corpus/$target" ] && dirs+=("build/fuzz/corpus/$target")
  inputs=$(find "${dirs[@]}" -type f | wc -l)
  # shellcheck disable=SC2046
  LLVM_PROFILE_FILE="$out/$target.profraw" "$bin" -runs=0 $(fuzz_limits "$target") "${dirs[@]}" >"$out/$target.log" 2>&1
  llvm-profdata-14 merge -sparse "$out/$target.profraw" -o "$out/$target.profdata"
  # file -> line coverage (column 10 of llvm-cov's report), for the core only
  llvm-cov-14 report "$bin" -instr-profile="$out/$target.profdata" core/src core/include 2>/dev/null |
    awk 'NR > 2 && $1 ~ /^core\// { print $1, $10 }' >"$out/$target.lines"
  header+=" $target ($inputs inputs) |"
  rule+="---|"
done
llvm-profdata-14 merge -sparse "$out"/*.profraw -o "$out/all.profdata"
llvm-cov-14 report "${objects[@]:1}" -instr-profile="$out/all.profdata" core/src core/include 2>/dev/null |
  awk 'NR > 2 && $1 ~ /^core\// { print $1, $10 }' >"$out/all.lines"
llvm-cov-14 report "${objects[@]:1}" -instr-profile="$out/all.profdata" core/src core/include 2>/dev/null |
  awk '$1 == "TOTAL" { print "TOTAL", $10 }' >>"$out/all.lines"
echo "$header all targets |"
echo "$rule---|"
awk -v targets="${FUZZ_TARGETS[*]}" -v dir="$out" '
  BEGIN {
    n = split(targets, t, " ")
    for (i = 1; i <= n; ++i) while ((getline line < (dir "/" t[i] ".lines")) > 0) { split(line, f, " "); cov[t[i], f[1]] = f[2] }
  }
  {
    row = "| " ($1 == "TOTAL" ? "**total**" : $1) " |"
    for (i = 1; i <= n; ++i) row = row " " ((t[i], $1) in cov ? cov[t[i], $1] : "-") " |"
    print row " " ($1 == "TOTAL" ? "**" $2 "**" : $2) " |"
  }' "$out/all.lines"
