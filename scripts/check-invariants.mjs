// Small invariant checks that a linter rule does not express well (in the spirit of defuddle's
// scripts/check-*.mjs): a whole class of mistakes cannot land.
//  1. core/ imports nothing from the extension runtime, UI or Node (also an ESLint rule; this catches
//     dynamic imports and require()).
//  2. Page-derived HTML is only ever assigned through the one sanitizing module (utils/sanitize.ts).
//  3. Privacy: extension code (core/, utils/, components/, entrypoints/) has no network API at all; the
//     e2e privacy test checks the same at run time.
//  4. No skipped, focused or todo tests: a test that does not run cannot fail.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'demo-output', 'bench-output']);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    // Dot folders (.git, .wxt, everyone's .output-* build folders) hold no source.
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|tsx|mjs|js)$/.test(name)) yield path;
  }
}

const problems = [];
const shown = (line) => (line.trim().length > 160 ? `${line.trim().slice(0, 160)}…` : line.trim());
const forbiddenInCore = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](wxt[/'"]|#imports|#i18n|preact|@preact\/|webextension-polyfill|@wxt-dev\/|@webext-core\/|node:|linkedom|happy-dom|jsdom|[./]+\/(utils|components|entrypoints|scripts)\/)/;
const htmlSink = /\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML\s*\(|dangerouslySetInnerHTML/;
const SANITIZER = 'utils/sanitize.ts';
const EXTENSION_CODE = /^(core|utils|components|entrypoints)\//;
const networkApi = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|importScripts)\s*\(|new\s+(?:XMLHttpRequest|WebSocket|EventSource|WebTransport)\b|\.sendBeacon\s*\(/;
const skippedTest = /\b(?:describe|it|test|suite|bench)\s*\.\s*(?:skip|only|todo|skipIf|runIf)\b|\bx(?:it|describe|test)\s*\(/;

for (const file of walk(root)) {
  const rel = relative(root, file);
  const text = readFileSync(file, 'utf8');
  text.split('\n').forEach((line, i) => {
    if (rel.startsWith('core/') && forbiddenInCore.test(line)) {
      problems.push(`${rel}:${i + 1}: core/ must stay pure: ${shown(line)}`);
    }
    if (!rel.startsWith('tests/') && !rel.startsWith('scripts/') && rel !== SANITIZER && htmlSink.test(line)) {
      problems.push(`${rel}:${i + 1}: HTML sink outside ${SANITIZER}: ${shown(line)}`);
    }
    if (EXTENSION_CODE.test(rel) && networkApi.test(line.replace(/\/\/.*$/, ''))) {
      problems.push(`${rel}:${i + 1}: network API in extension code (Plainly makes no requests): ${shown(line)}`);
    }
    if (rel.startsWith('tests/') && skippedTest.test(line)) {
      problems.push(`${rel}:${i + 1}: skipped/focused test (every test must run): ${shown(line)}`);
    }
  });
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\ncheck-invariants: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('check-invariants: ok');
