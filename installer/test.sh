#!/usr/bin/env bash
# Sets up AssetMap and runs every check: lint, architecture contracts, and the whole test suite
# (headless; the map tests start the real QtWebEngine).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh
echo "== ruff"
.venv/bin/ruff check assetmap tests bench
echo "== import contracts"
.venv/bin/lint-imports
echo "== tests"
.venv/bin/python -m pytest "$@"
