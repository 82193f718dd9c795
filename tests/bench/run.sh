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
# The team call natively and in wasm, three pairs one after the other: this machine's speed
# drifts over seconds (one native median of seven runs was 70 ms, the next 100), so each
# pair's ratio compares two runs made moments apart. team_100000_ratio is the median of the
# pairs' ratios; the other team_* lines are the medians of the three pairs' figures.
pairs=$(mktemp)
trap 'rm -f "$codes" "$teamcodes" "$out" "$pairs"' EXIT
for pair in 1 2 3; do
  build/native/tests/bench/samenwijs-bench content --write-codes "$codes" --write-teamcodes "$teamcodes" --count 100000
  node tests/bench/team-bench.mjs "$codes" "$teamcodes"
done >"$pairs"
{
  awk '
    { n[$1] += 1; v[$1, n[$1]] = $2; unit[$1] = $3 }
    $1 == "team_100000_wasm" {
      pair += 1; r = $2 / v["team_100000_native", pair]
      printf "team_100000_pair%d_ratio %.2f x\n", pair, r
      n["team_100000_ratio"] += 1; v["team_100000_ratio", pair] = sprintf("%.2f", r); unit["team_100000_ratio"] = "x"
    }
    function median(name,   a, i, k, t, m) {
      m = n[name]; for (i = 1; i <= m; i++) a[i] = v[name, i]
      for (i = 2; i <= m; i++) { t = a[i]; for (k = i - 1; k >= 1 && a[k] > t; k--) a[k + 1] = a[k]; a[k + 1] = t }
      return a[int((m + 1) / 2)]
    }
    END { for (name in n) printf "%s %s %s\n", name, median(name), unit[name] }
  ' "$pairs" | sort
  build/native/tests/bench/samenwijs-load-content-bench build/native/tests/content/real-content.bundle.json
  node tests/bench/load-content-bench.mjs
  node tests/bench/size.mjs
  node tests/bench/search-bench.mjs
} | tee "$out"
# Ratios of the same work (search-bench.mjs prints its own, team_100000_ratio comes with the pairs above): wasm
# (Chromium for loadContent, Node for the team call) over native, wall clock; the team call also by CPU time.
awk '
  { v[$1] = $2 }
  function ratio(name, wasm, native) { if ((wasm in v) && (native in v) && v[native] > 0) printf "%s %.2f x\n", name, v[wasm] / v[native] }
  END {
    ratio("team_100000_cpu_ratio", "team_100000_wasm_cpu", "team_100000_native_cpu")
    ratio("load_content_ratio", "load_content_wasm", "load_content_native")
    ratio("load_content_node_cpu_ratio", "load_content_wasm_node_cpu", "load_content_native_cpu")
  }' "$out"
