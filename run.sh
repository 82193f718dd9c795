#!/usr/bin/env bash
# Builds everything and serves the site at http://127.0.0.1:8000/ (PORT=... to change).
# Installs what is missing first (Debian packages, npm packages).
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
. scripts/node-env.sh   # Node.js 20 from .tools/node when the system one is older
scripts/build.sh
exec node scripts/serve.mjs build/site "${PORT:-8000}"
