#!/usr/bin/env bash
# Benchmarks (not part of ./test.sh): the team overview at 100,000 hand-in codes, a board of 200 team codes, natively and in
# the wasm module under Node, and the size of the site. Prints `name value unit` lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/bootstrap.sh >/dev/null
scripts/build.sh >/dev/null
codes=$(mktemp)
teamcodes=$(mktemp)
trap 'rm -f "$codes" "$teamcodes"' EXIT
build/native/tests/bench/samenwijs-bench content --write-codes "$codes" --write-teamcodes "$teamcodes" --count 100000
node tests/bench/team-bench.mjs "$codes" "$teamcodes"
node tests/bench/size.mjs
node tests/bench/search-bench.mjs
