#!/usr/bin/env bash
# Install what building, testing and benchmarking need, and only what is missing.
# Idempotent: run it as often as you like; it says what it skips.
#
# Expects a Debian machine with rustup/cargo (1.95), node 20 and npm, run as root
# (or with sudo available for apt-get). Everything comes from package registries
# only (crates.io, npm, Debian); no tool is allowed to download a browser.
set -euo pipefail

TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen crate pinned in Cargo.toml
# Splits the wasm by route (scripts/split-wasm.mjs): wasm_split_cli_support
# 0.2.4 from crates.io, kept in tools/wasm-split-cli/ with one option added
# (--merge-shared-from, see its README). Its section format must match the
# wasm_split_helpers crate that leptos uses (Cargo.lock).
CHROMIUM="/usr/bin/chromium"
CHROMEDRIVER="/usr/bin/chromedriver"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${HOME}/.cargo/bin:${PWD}/node_modules/.bin:${PATH}"
# Belt and braces: nothing in our npm tree downloads browsers, and nothing should.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1

say()  { printf '[setup] %s\n' "$*"; }
skip() { printf '[setup] ok: %s\n' "$*"; }
die()  { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root for: $* (run as root or install sudo)"
  fi
}

for tool in rustup cargo node npm; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (expected rustup/cargo 1.95, node 20, npm)"
done

# --- Rust target and components ------------------------------------------------
# (Lists are captured first: `grep -q` closing a pipe early would trip pipefail.)
installed_targets="$(rustup target list --installed)"
installed_components="$(rustup component list --installed)"
if grep -qx 'wasm32-unknown-unknown' <<<"${installed_targets}"; then
  skip "rust target wasm32-unknown-unknown installed"
else
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if grep -q "^${component}-" <<<"${installed_components}"; then
    skip "rustup component ${component} installed"
  else
    say "adding rustup component ${component}"
    rustup component add "${component}"
  fi
done

# --- trunk ------------------------------------------------------------------------
trunk_have="$(trunk --version 2>/dev/null || true)"
if [ "${trunk_have}" = "trunk ${TRUNK_VERSION}" ]; then
  skip "${trunk_have}"
else
  say "installing trunk ${TRUNK_VERSION} (have: ${trunk_have:-none}; takes ~15-20 min)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

# --- wasm-bindgen-cli (no --locked: its lock names a webpki-roots the registry lacks)
wbg_have="$(wasm-bindgen --version 2>/dev/null || true)"
if [ "${wbg_have}" = "wasm-bindgen ${WASM_BINDGEN_VERSION}" ]; then
  skip "${wbg_have}"
else
  say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (have: ${wbg_have:-none}; takes ~8 min)"
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
fi

# --- wasm-split-cli (tools/wasm-split-cli) -----------------------------------------
# The option is the mark of our copy: crates.io's build lacks it.
if wasm-split-cli --help 2>/dev/null | grep -q -- '--merge-shared-from'; then
  skip "wasm-split-cli (tools/wasm-split-cli)"
else
  say "installing wasm-split-cli from tools/wasm-split-cli (takes ~3 min)"
  cargo install --path tools/wasm-split-cli --features build-binary --locked --force
fi

# --- Chromium (Debian's; Playwright never downloads one) -----------------------------
if [ -x "${CHROMIUM}" ] && [ -x "${CHROMEDRIVER}" ]; then
  skip "chromium and chromedriver in /usr/bin"
else
  say "installing chromium and chromium-driver from Debian"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# --- nginx (Debian's), for the suites run against the shipped deploy/nginx/ -----------
if [ -x /usr/sbin/nginx ] && [ -f /usr/share/nginx/modules/ngx_http_brotli_static_module.so ]; then
  skip "nginx and its brotli_static module"
else
  say "installing nginx-light and libnginx-mod-http-brotli-static from Debian"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light libnginx-mod-http-brotli-static
fi

# --- WebKit and Firefox for the three-engine journeys (tests/engines/) -------------
# WebKitWebDriver and MiniBrowser (WebKitGTK), a virtual X display for them, and
# Firefox ESR. Driven by npm's selenium-webdriver and puppeteer-core, which are
# only ever pointed at these binaries.
engine_packages=()
[ -x /usr/bin/WebKitWebDriver ] || engine_packages+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || engine_packages+=(xvfb xauth)
[ -x /usr/bin/firefox-esr ] || engine_packages+=(firefox-esr)
if [ "${#engine_packages[@]}" -eq 0 ]; then
  skip "WebKitWebDriver, xvfb-run and firefox-esr in /usr/bin"
else
  say "installing ${engine_packages[*]} from Debian"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y "${engine_packages[@]}"
fi

# --- npm dev dependencies (playwright-core, selenium-webdriver, puppeteer-core, axe, wasm-opt)
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
else
  skip "node_modules up to date with package-lock.json"
fi

if command -v wasm-opt >/dev/null 2>&1; then
  skip "$(wasm-opt --version) ($(command -v wasm-opt))"
else
  die "wasm-opt not found on PATH after npm ci (expected node_modules/.bin/wasm-opt)"
fi

say "done"
