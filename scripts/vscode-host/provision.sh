#!/usr/bin/env bash
# Provisions a real VS Code for the integration tests on machines that cannot download VS Code:
# the VS Code server ("reh-web" build, with a real Node extension host) that ships inside the npm
# package code-server, plus Debian's Chromium to drive its workbench. Idempotent: a host that is
# already in place is reused. Prints the host directory on the last line of stdout.
#
# Env: CROSSREAD_HOST_DIR (default <repo>/.vscode-test/host), CODE_SERVER_VERSION (default 4.100.3 = VS Code 1.100.3).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
HOST_DIR="${CROSSREAD_HOST_DIR:-$REPO/.vscode-test/host}"
CS_DIR="$HOST_DIR/code-server-$CS_VERSION"
VSCODE="$CS_DIR/node_modules/code-server/lib/vscode"
log() { echo "[provision] $*" >&2; }

# 1. Debian packages: Chromium (the workbench client), kerberos headers (a native module of the
#    server), ripgrep (stands in for @vscode/ripgrep's GitHub download), a C++ toolchain for node-gyp.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v rg >/dev/null || need+=(ripgrep)
{ command -v make && command -v g++; } >/dev/null 2>&1 || need+=(build-essential)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  log "installing Debian packages: ${need[*]}"
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

# 2. The VS Code server from code-server.
if [ ! -f "$VSCODE/out/server-main.js" ]; then
  log "installing code-server@$CS_VERSION into $CS_DIR (about 2 minutes)"
  mkdir -p "$CS_DIR" "$HOST_DIR/tmp"
  export TMPDIR="$HOST_DIR/tmp" npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  NODE_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  # node-gyp must build against local headers; it would otherwise download them.
  [ -f "$NODE_HOME/include/node/node_version.h" ] || { log "no Node headers under $NODE_HOME/include/node"; exit 1; }
  export npm_config_nodedir="$NODE_HOME"
  cd "$CS_DIR"
  [ -f package.json ] || echo '{"name":"crossread-vscode-host","private":true}' > package.json
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the
  # tarball: pre-seed that cache with Debian's rg.
  npm pack "code-server@$CS_VERSION" --pack-destination "$TMPDIR" >/dev/null 2>&1
  tar xzf "$TMPDIR/code-server-$CS_VERSION.tgz" -C "$TMPDIR" package/lib/vscode/npm-shrinkwrap.json
  RG_PKG=$(node -p "(require('$TMPDIR/package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep']||{}).version||''")
  if [ -n "$RG_PKG" ]; then
    npm pack "@vscode/ripgrep@$RG_PKG" --pack-destination "$TMPDIR" >/dev/null 2>&1
    RG_TAG=$(tar xzf "$TMPDIR/vscode-ripgrep-$RG_PKG.tgz" -O package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
    mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG"
    tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" \
      -C "$(dirname "$(readlink -f "$(command -v rg)")")" rg
  fi
  # unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty's postinstall runs npx.
  if ! npm_config_unsafe_perm=true npm_config_yes=true npm i "code-server@$CS_VERSION" --foreground-scripts \
      > "$HOST_DIR/install-code-server.log" 2>&1; then
    tail -40 "$HOST_DIR/install-code-server.log" >&2
    log "code-server install failed (log: $HOST_DIR/install-code-server.log)"
    exit 1
  fi
  rm -rf "$TMPDIR/package"
fi
( cd "$VSCODE" && node -e 'for (const m of ["node-pty", "@vscode/spdlog", "@parcel/watcher"]) require(m)' ) \
  || { log "the VS Code server's native modules do not load in $(node -v)"; exit 1; }
log "VS Code $(node -p "require('$VSCODE/package.json').version") ready"
echo "$VSCODE"
