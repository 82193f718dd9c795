#!/usr/bin/env bash
# Benchmarks (not part of ./test.sh): the team overview at 100,000 hand-in codes and a board
# of 200 team codes, loadContent, the search per keystroke, natively and in the wasm module
# (the same call with the same input in one run), and the size of the site. Prints
# `name value unit` lines, then the wasm/native ratios (`*_ratio`). Each part takes at most
# about a minute. SAMENWIJS_BENCH_NO_BUILD=1 measures the build as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${SAMENWIJS_BENCH_NO_BUILD:-}" != 1 ]; then
  scripts/bootstrap.sh --browser >/dev/null  # the loadContent and search benches run in Chromium
  scripts/build.sh >/dev/null
fi
codes=$(mktemp)
teamcodes=$(mktemp)
out=$(mktemp)
trap 'rm -f "$codes" "$teamcodes" "$out"' EXIT
{
  build/native/tests/bench/samenwijs-bench content --write-codes "$codes" --write-teamcodes "$teamcodes" --count 100000
  node tests/bench/team-bench.mjs "$codes" "$teamcodes"
  build/native/tests/bench/samenwijs-load-content-bench build/native/tests/content/real-content.bundle.json
  node tests/bench/load-content-bench.mjs
  node tests/bench/size.mjs
  node tests/bench/search-bench.mjs
} | tee "$out"
# Ratios of the same work (search-bench.mjs prints its own): wasm (Chromium for loadContent, Node for the team
# call) over native, wall clock; the team call also by CPU time.
awk '
  { v[$1] = $2 }
  function ratio(name, wasm, native) { if ((wasm in v) && (native in v) && v[native] > 0) printf "%s %.2f x\n", name, v[wasm] / v[native] }
  END {
    ratio("team_100000_ratio", "team_100000_wasm", "team_100000_native")
    ratio("team_100000_cpu_ratio", "team_100000_wasm_cpu", "team_100000_native_cpu")
    ratio("load_content_ratio", "load_content_wasm", "load_content_native")
    ratio("load_content_node_cpu_ratio", "load_content_wasm_node_cpu", "load_content_native_cpu")
  }' "$out"
