#!/usr/bin/env bash
# Installs a real VS Code that runs offline (code-server 4.100.3 = VS Code 1.100.3, the newest whose
# engines.node is 20) and Debian's chromium, for `npm start`, `npm run test:integration` and
# `npm run test:e2e`. Only the npm registry and Debian's packages are reached.
# Idempotent: a second run only checks a marker file and returns in well under a second.
# Env: ICP_VSCODE_CACHE (install folder), ICP_CODE_SERVER_VERSION.
set -euo pipefail
VERSION=${ICP_CODE_SERVER_VERSION:-4.100.3}
CACHE=${ICP_VSCODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/icp-check/code-server-$VERSION}
MARKER="$CACHE/.installed-$VERSION"
log() { echo "[setup:vscode] $*" >&2; }

apt_updated=0
apt_install() {
  # apt-get update only once per run, and only when something is missing.
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The browser that is the client of code-server (playwright-core drives it; it never downloads one).
command -v chromium >/dev/null || { log "installing Debian chromium"; apt_install chromium; }

if [ -f "$MARKER" ] && [ -x "$CACHE/node_modules/.bin/code-server" ]; then
  echo "$CACHE/node_modules/.bin/code-server"
  exit 0
fi

log "installing code-server $VERSION into $CACHE (once; about a minute)"
command -v rg >/dev/null || apt_install ripgrep                      # replaces @vscode/ripgrep's GitHub download
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_install libkrb5-dev      # headers for the kerberos native module
command -v make >/dev/null && command -v g++ >/dev/null || apt_install build-essential python3

export npm_config_yes=true     # node-pty's install script runs `npx node-gyp`; without this npx cancels (no TTY)
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
mkdir -p "$CACHE"
cd "$CACHE"
[ -f package.json ] || echo '{"name":"icp-check-code-server","private":true}' > package.json
# 1) scripts off: code-server's postinstall refuses root with npm >= 7 and would fetch ripgrep from GitHub.
npm install --ignore-scripts --no-save "code-server@$VERSION" >/dev/null
# 2) argon2's prebuilt download fails offline, so it compiles with node-gyp.
npm rebuild argon2 >/dev/null
CS="$CACHE/node_modules/code-server"
cd "$CS/lib/vscode"
# 3) VS Code's server dependencies, scripts off so @vscode/ripgrep does not try to download.
npm install --omit=dev --ignore-scripts >/dev/null
# 4) @vscode/ripgrep skips its download when bin/ exists: give it Debian's rg.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# 5) now the native modules (node-pty, spdlog, kerberos, watcher, ...) build against the local Node.
npm rebuild >/dev/null
# 6) what the rest of code-server's postinstall.sh would have done.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev >/dev/null)
touch "$MARKER"
log "installed: $(XDG_CONFIG_HOME="$CACHE/.xdg" "$CACHE/node_modules/.bin/code-server" --version 2>/dev/null | tail -1)"
echo "$CACHE/node_modules/.bin/code-server"
