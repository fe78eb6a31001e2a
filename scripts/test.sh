#!/usr/bin/env bash
# Set up everything the tests need and run them all: Debian packages, PostgreSQL and Redis,
# the virtual environment, the linters and type checks, the migration drift check, and pytest.
# Every layer of the suite must run: a missing service, tool or folder FAILS the run (pytest
# turns any skip for a missing dependency into an error; see tests/conftest.py), and the run
# ends with a summary of whatever was skipped as not applicable.
# Extra arguments go to pytest (e.g. `scripts/test.sh tests/unit -x`).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure_system_packages.sh
bash scripts/ensure_services.sh --required
bash scripts/setup_venv.sh --test

echo "== what the test layers need"
missing=()
need() { "${@:2}" >/dev/null 2>&1 || missing+=("$1"); }
need "PostgreSQL on 127.0.0.1:5432" bash -c 'exec 3<>/dev/tcp/127.0.0.1/5432'
need "Redis on 127.0.0.1:6379" bash -c 'exec 3<>/dev/tcp/127.0.0.1/6379'
need "PostgreSQL server binaries (/usr/lib/postgresql)" test -d /usr/lib/postgresql
need "redis-server" command -v redis-server
need "Dovecot (dovecot-imapd)" command -v dovecot
need "Chromium (/usr/bin/chromium)" test -x /usr/bin/chromium
need "LibreOffice (soffice)" command -v soffice
need "Tesseract with Vietnamese (tesseract-ocr-vie)" bash -c 'tesseract --list-langs 2>&1 | grep -qx vie'
need "Liberation fonts (fonts-liberation2)" test -d /usr/share/fonts/truetype/liberation2
need "glibc iconv with TCVN5712-1" bash -c 'iconv -l | grep -q TCVN5712-1'
need "Playwright for Python (.venv)" .venv/bin/python -c 'import playwright.sync_api'
shared="${DVK_SHARED_DIR:-../shared}"
need "development material at $shared (samples, mail corpus; set DVK_SHARED_DIR)" \
  test -f "$shared/mail-corpus/manifest.json" -a -d "$shared/samples"
if ((${#missing[@]} > 0)); then
  printf 'A layer of the tests cannot run; missing:\n' >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi
echo "all present"

echo "== ruff"; .venv/bin/ruff check . && .venv/bin/ruff format --check --quiet .
echo "== mypy"; .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports --no-cache
echo "== migrations"
check_dir=$(mktemp -d)
DVK_DATABASE_URL="sqlite:///$check_dir/check.sqlite3" .venv/bin/dvk db upgrade >/dev/null
DVK_DATABASE_URL="sqlite:///$check_dir/check.sqlite3" .venv/bin/dvk db check
rm -rf "$check_dir"
echo "== pytest"
unset DVK_TEST_ALLOW_SKIPS  # here every skip for a missing dependency is an error
.venv/bin/pytest "$@"
