#!/usr/bin/env bash
# Set up kgraph in .venv (idempotent). Usage: scripts/setup.sh [--test]
# --test also installs the test tools and a headless Chromium for the view tests.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "setup: need root (or sudo) to run: $*" >&2; return 1; fi; }
apt_updated=""
apt_install() {
  command -v apt-get >/dev/null || { echo "setup: please install $* with your package manager" >&2; return 1; }
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    apt_install python3-venv
    "$PY" -m venv .venv
  fi
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
  command -v chromium >/dev/null || apt_install chromium
else
  .venv/bin/python -m pip install -q -e .
fi
