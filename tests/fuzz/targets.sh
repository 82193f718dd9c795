# The fuzz targets and their per-target limits, shared by run.sh, coverage.sh and
# minimise.sh (sourced, not run).
FUZZ_TARGETS=(fuzz_api fuzz_codes fuzz_content_loader)
# -timeout: one content load under ASan takes a while; -rss_limit_mb: the loader target
# keeps the real content and a bundle in memory.
fuzz_limits() {
  local max_len=8192
  [ "$1" = fuzz_content_loader ] && max_len=200000
  echo "-max_len=$max_len -timeout=120 -rss_limit_mb=4096"
}
