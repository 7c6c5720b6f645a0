#!/usr/bin/env bash
# The one test command (README, .ci/run): type check, lint, unit and component tests, both builds,
# the Firefox lint, and the end-to-end tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }
step "chromium"; bash scripts/ensure-chromium.sh
step "typecheck"; npx tsc --noEmit
step "lint"; npm run -s lint
step "unit + component tests"; npx vitest run
step "build (chrome)"; npx wxt build
step "build (firefox) + web-ext lint"; npx wxt build -b firefox && npm run -s lint:firefox
step "e2e (chromium)"; npx vitest run --config vitest.e2e.config.ts
