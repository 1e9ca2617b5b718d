#!/usr/bin/env bash
# Sets up AssetMap and opens it on the demo register (4,211 real Greater Manchester assets).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh
if [ "$(id -u)" = 0 ]; then
  # Chromium (inside QtWebEngine) will not start its sandbox as root.
  export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec .venv/bin/assetmap --demo "$@"
