#!/usr/bin/env bash
# Installs Debian's Firefox ESR when missing, for the Firefox smoke test (scripts/firefox-smoke.ts): the
# Firefox build is run for real in CI, not only linted.
set -euo pipefail
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
if [ -z "${PLAINLY_FIREFOX:-}" ] && [ ! -x /usr/bin/firefox-esr ] && [ ! -x /usr/bin/firefox ]; then
  echo "installing from Debian: firefox-esr"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
fi
"${PLAINLY_FIREFOX:-$(command -v firefox-esr || command -v firefox)}" --version 2>/dev/null
