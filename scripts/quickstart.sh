#!/usr/bin/env bash
# Set up dvk and run it on the embedded defaults with the example commune: SQLite in ./var,
# in-process steps, the drop folder ./var/inbox (the example mails are put there), the outbox
# folder ./var/outbox, and the web register on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure_system_packages.sh --runtime \
  || echo "Continuing without OCR/.doc support (scans and old .doc files will not be read)." >&2
bash scripts/setup_venv.sh

export DVK_DATA_DIR="${DVK_DATA_DIR:-var}"
export DVK_UNITS_FILE="${DVK_UNITS_FILE:-examples/units.yaml}"
export DVK_CAMPAIGN_FILE="${DVK_CAMPAIGN_FILE:-examples/campaign.yaml}"
export DVK_OFFICE_EMAIL="${DVK_OFFICE_EMAIL:-danvan@nghiathai.test}"
dvk=.venv/bin/dvk

"$dvk" db upgrade
mkdir -p "$DVK_DATA_DIR/inbox"
if [[ ! -f "$DVK_DATA_DIR/.examples-delivered" ]]; then
  cp examples/mails/*.eml "$DVK_DATA_DIR/inbox/"
  touch "$DVK_DATA_DIR/.examples-delivered"
fi

login_file="$DVK_DATA_DIR/login.txt"
if [[ ! -f "$login_file" ]]; then
  password=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')
  printf '%s\n' "$password" | "$dvk" user add vanphong --role editor --password-stdin
  printf 'user: vanphong\npassword: %s\n' "$password" > "$login_file"
  chmod 600 "$login_file"
fi
echo
echo "Web register: http://${DVK_WEB_HOST:-127.0.0.1}:${DVK_WEB_PORT:-8000}/  — log in with:"
sed 's/^/    /' "$login_file"
echo "Drop more .eml files into $DVK_DATA_DIR/inbox/; replies land in $DVK_DATA_DIR/outbox/."
echo
exec "$dvk" run
