// Bundle budgets (gzip), in the spirit of defuddle's check-bundle-size.mjs: size regressions are never silent.
// The content scripts are parsed on every page the reader opens, so they have the tightest watch: everything
// a page does not need until the reader uses Plainly there (article detection, clean view, highlights UI,
// reader, facts) loads on demand and has its own budget. The popup opens on a click and must feel instant.
// Run after `wxt build`; reads PLAINLY_OUT_DIR (default .output).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, process.env.PLAINLY_OUT_DIR ?? '.output', 'chrome-mv3');
const KB = 1024;

const gz = (file) => gzipSync(readFileSync(join(out, file))).length;
/** Every script the HTML page loads (entry + modulepreloads). */
const pageScripts = (html) => [...readFileSync(join(out, html), 'utf8').matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);

const budgets = [
  // About 8 kB when set (WXT's runtime and the webextension polyfill are about half of it).
  { name: 'content script (every page)', files: ['content-scripts/content.js'], limit: 10 * KB },
  // early.js (document_start): about 5.3 kB when set.
  ...readdirSync(join(out, 'content-scripts'))
    .filter((file) => file.endsWith('.js') && file !== 'content.js')
    .map((file) => ({ name: `content script ${file} (every page)`, files: [`content-scripts/${file}`], limit: 7 * KB })),
  // Loaded on first use only (utils/on-demand.ts): parsed when the reader asks for the feature, not on every page.
  // The selection toolbar's own script is what the first selection waits for (with article detection): about
  // 8.5 kB when set, Preact included.
  ...readdirSync(out)
    .filter((file) => /^on-demand-.*\.js$/.test(file))
    .map((file) => ({ name: `on demand ${file}`, files: [file], limit: (file === 'on-demand-toolbar.js' ? 10 : 48) * KB })),
  { name: 'popup (all its scripts)', files: pageScripts('popup.html'), limit: 40 * KB },
  { name: 'background', files: ['background.js'], limit: 12 * KB },
];

let failed = false;
for (const { name, files, limit } of budgets) {
  const size = files.reduce((sum, file) => sum + gz(file), 0);
  const ok = size <= limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${(size / KB).toFixed(1)} kB gzip (budget ${(limit / KB).toFixed(0)} kB)`);
}
if (failed) {
  console.error('check-bundle-size: over budget');
  process.exit(1);
}
