#!/usr/bin/env bash
# Remakes the committed corpora (tests/fuzz/corpus/T): the inputs that are there now, the
# candidate seeds of make-seeds.mjs (build/fuzz/seeds/T) and what run.sh found
# (build/fuzz/corpus/T), minimised by libFuzzer's merge to the smallest set of inputs that
# reaches the same coverage. Uses the coverage build (no ASan: ten times faster on the
# content loader); run.sh checks the result under the sanitizers.
# Usage: node tests/fuzz/make-seeds.mjs && tests/fuzz/minimise.sh [--seeds-only] [TARGET...]
#   --seeds-only  leave out what run.sh found (keeps a corpus small when the found inputs
#                 add many rare paths of little value, e.g. fuzz_api)
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset fuzz-coverage >/dev/null
cmake --build --preset fuzz-coverage >/dev/null
. tests/fuzz/targets.sh
found=1
[ "${1:-}" = --seeds-only ] && { found=0; shift; }
[ $# -gt 0 ] && FUZZ_TARGETS=("$@")
for target in "${FUZZ_TARGETS[@]}"; do
  merged=build/fuzz-coverage/merged/$target
  rm -rf "$merged" && mkdir -p "$merged"
  inputs=()
  for dir in "tests/fuzz/corpus/$target" "build/fuzz/seeds/$target"; do
    [ -d "$dir" ] && inputs+=("$dir")
  done
  [ "$found" = 1 ] && [ -d "build/fuzz/corpus/$target" ] && inputs+=("build/fuzz/corpus/$target")
  # Edges only for the steps target: with hit counts it keeps ~500 inputs, too many to
  # replay in its share of the suite (each is two content loads).
  counters=()
  [ "$target" = fuzz_content_steps ] && counters=(-use_counters=0)
  LLVM_PROFILE_FILE=/dev/null "build/fuzz-coverage/tests/fuzz/$target" -merge=1 "${counters[@]}" $(fuzz_limits "$target") "$merged" "${inputs[@]}" \
    >"$merged.log" 2>&1 || { tail -20 "$merged.log"; exit 1; }
  rm -rf "tests/fuzz/corpus/$target" && mv "$merged" "tests/fuzz/corpus/$target"
  echo "$target: $(find "tests/fuzz/corpus/$target" -type f | wc -l) inputs, $(du -sb "tests/fuzz/corpus/$target" | cut -f1) bytes"
done
