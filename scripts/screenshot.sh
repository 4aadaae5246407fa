#!/usr/bin/env bash
# Builds the site of the bundled corpus and screenshots the index page (with
# a search typed in through ?q=) and the node page of article 46 in headless
# Chromium. Usage: scripts/screenshot.sh [OUT_DIR]  (default docs/screenshots;
# the committed one is docs/screenshots/node-art46.png, index.png is not kept)
# Needs chromium (apt-get install -y chromium) and, for diagrams, graphviz.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mkdir -p "$out"
site=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$site" "$profile"' EXIT

cargo build --release --quiet
target/release/uncite site -o "$site"

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "screenshot.sh: no chromium on PATH (apt-get install -y chromium)" >&2
  exit 1
fi

shot() { # shot URL PNG [HEIGHT]
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size=1280,"${3:-900}" \
    --virtual-time-budget=2000 --screenshot="$2" "$1" 2>/dev/null
  [ -s "$2" ] || { echo "screenshot.sh: no screenshot for $1" >&2; exit 1; }
  echo "wrote $2"
}

shot "file://$site/index.html?q=asset%20recovery" "$out/index.png"
shot "file://$site/node/art_uncac_46.html" "$out/node-art46.png" 1100
