#!/usr/bin/env bash
# The one test command (README, .ci/run): type check, lint (+ invariants), unit and component tests, both
# builds, the Firefox lint (addons-linter, zero errors) and smoke run in real Firefox ESR, and the
# end-to-end tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${PLAINLY_OUT_DIR:-.output}"
step() { printf '\n== %s\n' "$*"; }

step "node"
# npm puts node_modules/.bin first on PATH, where the `node` package provides Node 22 on machines with an older one.
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 22 ]; then
  echo "Node $(node --version) is too old: run this through npm (npm test) after npm ci, which brings Node 22." >&2
  exit 1
fi
node --version
step "chromium"; bash scripts/ensure-chromium.sh
step "typecheck"; npx tsc --noEmit
step "lint"; npm run -s lint
step "unit + component tests"; npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-unit.json
step "build (chrome) + bundle budgets"; npx wxt build
node scripts/check-bundle-size.mjs
step "build (firefox) + web-ext lint"; npx wxt build -b firefox
npx web-ext lint --source-dir "$OUT/firefox-mv3" --self-hosted=false
step "smoke (firefox)"; bash scripts/ensure-firefox.sh
npx tsx scripts/firefox-smoke.ts
step "e2e (chromium)"; npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/vitest-e2e.json

# One plain closing line over both vitest runs, so a reader (or CI) sees at a glance what ran.
node -e '
  const runs = [".tmp/vitest-unit.json", ".tmp/vitest-e2e.json"].map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
  const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
  console.log(`\ntests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests") + sum("numTodoTests")} skipped`);
'
