# The fuzz targets and their per-target limits, shared by run.sh, coverage.sh and
# minimise.sh (sourced, not run).
FUZZ_TARGETS=(fuzz_api fuzz_codes fuzz_content_loader fuzz_content_steps fuzz_json)
# -timeout: one content load under ASan takes a while; -rss_limit_mb: the loader target
# keeps the real content and a bundle in memory.
fuzz_limits() {
  local max_len=8192
  [ "$1" = fuzz_content_loader ] && max_len=200000
  [ "$1" = fuzz_json ] && max_len=16384  # the seeds: content files up to 13 KB
  [ "$1" = fuzz_content_steps ] && max_len=16384  # pointer changes; whole parts only as small texts
  echo "-max_len=$max_len -timeout=120 -rss_limit_mb=4096"
}
# Seconds per target out of a run of SECONDS each: fuzz_json (the parser on its own, issue 15)
# takes a third of fuzz_api's share (fuzz_api reaches the parser too).
# fuzz_content_loader gets three times SECONDS: libFuzzer counts its corpus replay into
# -max_total_time, and one content load under ASan takes about 0.1 s, so its ~650 inputs
# alone take about 75 s on an idle 2-core machine; with only SECONDS it never mutated.
# fuzz_content_steps (steps of content, issue 15) gets twice SECONDS for the same reason:
# an added step is compared with the same parts loaded at once, two full loads.
fuzz_seconds() {
  case "$1" in
    fuzz_api) echo $(($2 * 2 / 3)) ;;
    fuzz_json) echo $(($2 / 3)) ;;
    fuzz_content_loader) echo $(($2 * 3)) ;;
    fuzz_content_steps) echo $(($2 * 2)) ;;
    *) echo "$2" ;;
  esac
}
