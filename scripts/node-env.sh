# Sourced by the scripts that run Node: puts the Node.js 20 that scripts/bootstrap.sh
# installed into .tools/node first on PATH, when the system's Node is older than 20.
# (A system Node 20 or newer is used as it is.)
_samenwijs_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -x "$_samenwijs_root/.tools/node/bin/node" ] &&
   [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 20 ]; then
  export PATH="$_samenwijs_root/.tools/node/bin:$PATH"
fi
unset _samenwijs_root
