#!/usr/bin/env bash
# Builds everything: the native core, its tests and the content tool (preset native),
# then the wasm module and the site in build/site (preset wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emcc finds its JS dependencies here
cmake --preset native >/dev/null
cmake --build --preset native
cmake --preset wasm >/dev/null
cmake --build --preset wasm
