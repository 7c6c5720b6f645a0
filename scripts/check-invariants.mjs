// Small invariant checks that a linter rule does not express well (in the spirit of defuddle's
// scripts/check-*.mjs): a whole class of mistakes cannot land.
//  1. core/ imports nothing from the extension runtime, UI or Node (also an ESLint rule; this catches
//     dynamic imports and require()).
//  2. Page-derived HTML is only ever assigned through the one sanitizing module (utils/sanitize.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'demo-output', 'bench-output']);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|tsx|mjs|js)$/.test(name)) yield path;
  }
}

const problems = [];
const forbiddenInCore = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](wxt[/'"]|#imports|#i18n|preact|@preact\/|webextension-polyfill|@wxt-dev\/|@webext-core\/|node:|linkedom|happy-dom|jsdom|[./]+\/(utils|components|entrypoints|scripts)\/)/;
const htmlSink = /\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML\s*\(|dangerouslySetInnerHTML/;
const SANITIZER = 'utils/sanitize.ts';

for (const file of walk(root)) {
  const rel = relative(root, file);
  const text = readFileSync(file, 'utf8');
  text.split('\n').forEach((line, i) => {
    if (rel.startsWith('core/') && forbiddenInCore.test(line)) {
      problems.push(`${rel}:${i + 1}: core/ must stay pure: ${line.trim()}`);
    }
    if (!rel.startsWith('tests/') && !rel.startsWith('scripts/') && rel !== SANITIZER && htmlSink.test(line)) {
      problems.push(`${rel}:${i + 1}: HTML sink outside ${SANITIZER}: ${line.trim()}`);
    }
  });
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\ncheck-invariants: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('check-invariants: ok');
