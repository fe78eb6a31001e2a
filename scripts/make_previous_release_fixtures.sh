#!/usr/bin/env bash
# Rebuild tests/fixtures/previous_release/: an SQLite database and a PostgreSQL dump filled by the
# PREVIOUS release (commit $PREV, migration head 0001) through its own real paths — its example
# mails processed by its `dvk run --once`, an office login, a correction — plus the manifest of
# what that release's register held. tests/integration/migrations/test_previous_release.py
# upgrades both with today's `dvk db upgrade` and checks every row.
#
# Needs git, python3 (with venv), PostgreSQL on 127.0.0.1:5432 (trust, user postgres) and its
# pg_dump. Run from anywhere: scripts/make_previous_release_fixtures.sh
set -euo pipefail
PREV=${PREV:-268fdbe}
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/tests/fixtures/previous_release"
work="$(mktemp -d /tmp/dvk-prev.XXXXXX)"
pg_db="dvk_prev_fixture_$$"
pg_admin="postgresql://postgres@127.0.0.1:5432"
trap 'psql -q "$pg_admin/postgres" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "Exporting $PREV to $work/release and installing it into its own venv…"
mkdir -p "$work/release"
git -C "$repo" archive "$PREV" | tar -x -C "$work/release"
python3 -m venv "$work/release/.venv"
"$work/release/.venv/bin/pip" install -q -e "$work/release"
dvk="$work/release/.venv/bin/dvk"
py="$work/release/.venv/bin/python"

fill() {  # fill DATA_DIR DATABASE_URL [MANIFEST]
  local data="$1" url="$2"
  mkdir -p "$data/inbox"
  cp "$work/release/examples/mails/"*.eml "$data/inbox/"
  export DVK_DATA_DIR="$data" DVK_DATABASE_URL="$url" TZ=Asia/Ho_Chi_Minh
  (cd "$data" &&
    "$dvk" db upgrade &&
    "$dvk" units import "$work/release/examples/units.yaml" &&
    "$dvk" campaign load "$work/release/examples/campaign.yaml" &&
    "$dvk" run --once &&
    printf 'mat-khau-du-dai-1\n' | "$dvk" user add vanphong --role editor --password-stdin &&
    PYTHONPATH="$work/release" "$py" "$repo/tests/fixtures/previous_release/fill.py" "$url" ${3:+"$3"})
  unset DVK_DATA_DIR DVK_DATABASE_URL TZ
}

echo "Filling an SQLite database with $PREV…"
fill "$work/sqlite" "sqlite:///$work/sqlite/dvk.sqlite3"
"$py" - "$work/sqlite/dvk.sqlite3" "$out/sqlite.sqlite3" <<'PY'
import sqlite3, sys
source = sqlite3.connect(sys.argv[1])
source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
target = sqlite3.connect(sys.argv[2] + ".new")
source.backup(target)
target.execute("PRAGMA journal_mode=DELETE")
target.execute("VACUUM")
target.close()
PY
mv "$out/sqlite.sqlite3.new" "$out/sqlite.sqlite3"

echo "Filling a PostgreSQL database with $PREV…"
psql -q "$pg_admin/postgres" -c "CREATE DATABASE $pg_db"
fill "$work/postgres" "postgresql+psycopg://postgres@127.0.0.1:5432/$pg_db" "$out/manifest.json"
pg_dump --no-owner --no-privileges --format=plain "$pg_admin/$pg_db" | gzip -9n > "$out/postgres.sql.gz"

ls -l "$out"
echo "Done: commit tests/fixtures/previous_release/."
