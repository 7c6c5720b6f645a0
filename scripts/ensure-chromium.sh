#!/usr/bin/env bash
# Installs what the end-to-end tests and the demo need from Debian when it is missing: Chromium
# (Playwright's own browser download does not work here) and a Korean font, so Korean pages and the
# Korean UI render as text in screenshots rather than empty boxes.
set -euo pipefail
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! fc-list :lang=ko 2>/dev/null | grep -q .; then missing+=(fonts-nanum); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing from Debian: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# (Debian's wrapper script prints a harmless shell warning on some systems; only the version matters.)
/usr/bin/chromium --version 2>/dev/null
