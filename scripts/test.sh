#!/usr/bin/env bash
# Set up everything the tests need and run them all: Debian packages, PostgreSQL and Redis,
# the virtual environment, the linters and type checks, the migration drift check, and pytest.
# Extra arguments go to pytest (e.g. `scripts/test.sh tests/unit -x`).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure_system_packages.sh
bash scripts/ensure_services.sh
bash scripts/setup_venv.sh --test

echo "== ruff"; .venv/bin/ruff check . && .venv/bin/ruff format --check --quiet .
echo "== mypy"; .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports --no-cache
echo "== migrations"
check_dir=$(mktemp -d)
DVK_DATABASE_URL="sqlite:///$check_dir/check.sqlite3" .venv/bin/dvk db upgrade >/dev/null
DVK_DATABASE_URL="sqlite:///$check_dir/check.sqlite3" .venv/bin/dvk db check
rm -rf "$check_dir"
echo "== pytest"
.venv/bin/pytest "$@"
