#!/usr/bin/env bash
# Create .venv with Python ≥ 3.11 and install dvk into it (with the test tools if asked: --test).
set -euo pipefail
cd "$(dirname "$0")/.."

python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$candidate"; break
  fi
done
if [[ -z "$python" ]]; then
  echo "dvk needs Python 3.11 or newer (apt-get install python3)." >&2
  exit 1
fi
if ! "$python" -m venv --help >/dev/null 2>&1 || ! "$python" -c 'import ensurepip' 2>/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  else
    echo "Python's venv module is missing: sudo apt-get install python3-venv" >&2
    exit 1
  fi
fi
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
extra=""
[[ "${1:-}" == "--test" ]] && extra="[test]"
stamp=".venv/.installed${extra}"
if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
  echo "Installing dvk${extra} into .venv (a minute or two the first time)…"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extra}"
  touch "$stamp"
fi
