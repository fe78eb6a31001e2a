#!/usr/bin/env bash
# Install the Debian packages dvk needs (OCR, legacy .doc conversion, the test mail server, the
# browser for the web tests), when they are missing. Needs root (or sudo); prints what to do if not.
set -euo pipefail

packages=(
  tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd  # OCR of scans and photos (Vietnamese, orientation)
  libreoffice-writer-nogui             # old .doc files (headless conversion)
  libreoffice-calc-nogui               # the tests print the Excel workbook to PDF
  fonts-liberation2                    # metric-compatible Times New Roman for LibreOffice
  dovecot-imapd                        # the real IMAP server the tests start
  chromium                             # the web register's browser tests
  postgresql redis-server              # the servers the tests use, and start privately (faults)
  libc-bin                             # iconv with glibc's TCVN5712-1 table (legacy font tests)
)
if [[ "${1:-}" == "--runtime" ]]; then
  packages=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd libreoffice-writer-nogui fonts-liberation2)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo_cmd=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo)
else
  echo "dvk needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
