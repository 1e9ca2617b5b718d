#!/usr/bin/env bash
# Sets up AssetMap and runs every check: lint, architecture contracts, types, and the whole test suite
# (headless; the map tests start the real QtWebEngine).
#
# ASSETMAP_VENV names an environment set up already (CI sets it when it runs the checks from a bare
# copy of the repository); without it, installer/setup.sh makes .venv here first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${ASSETMAP_VENV:-}" ]; then
  VENV=$ASSETMAP_VENV
else
  bash installer/setup.sh
  VENV=.venv
fi
# The code checked is this folder's, whichever checkout the environment was installed from.
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
echo "== ruff"
"$VENV/bin/ruff" check assetmap tests bench
echo "== import contracts"
"$VENV/bin/lint-imports"
echo "== types"
"$VENV/bin/mypy"
echo "== tests"
# The tests run in parallel, one worker process per core (ASSETMAP_TEST_WORKERS=N sets how many; 0
# runs them in this process), each worker with its own throwaway PostgreSQL server and QtWebEngine. A
# test file's tests stay on one worker, so its module fixtures are made once. A single file runs without
# workers as `python -m pytest tests/x/test_y.py`.
workers=${ASSETMAP_TEST_WORKERS:-auto}
parallel=()
if [ "$workers" != "0" ]; then
  parallel=(-n "$workers" --dist loadfile)
fi
"$VENV/bin/python" -m pytest "${parallel[@]}" "$@"
