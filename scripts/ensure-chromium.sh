#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (Playwright's own browser download does not work here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then /usr/bin/chromium --version 2>/dev/null || true; exit 0; fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
