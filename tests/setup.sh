#!/usr/bin/env bash
# Installs the tests' system prerequisites when missing (idempotent; needs root or sudo on a fresh machine).
# pdftotext (poppler-utils), pandoc and LibreOffice Writer: the format tests compare the readers with them.
set -euo pipefail
missing=()
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v pandoc >/dev/null || missing+=(pandoc)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: prerequisites ready"
