// `npx tsx scripts/bench/page-cost.ts [--runs N] [--compare <chrome-mv3 dir>]... [--no-build]`
//
// What Plainly costs a page where the reader does nothing with it, and what the reader waits for when
// they do start: in the built extension, headless Chromium (/usr/bin/chromium), builds taking turns.
//  - page load: main-thread time of each content script (Chrome trace: compile + run + later callbacks;
//    scripts/bench/in-extension.ts benchPageLoad) on the seed article and on a section front (not an
//    article), median and p90;
//  - first selection: from the mouseup that ends the first text selection on a fresh seed page to the
//    highlight toolbar being in the page (whatever has to load or be detected first is inside this);
//    once with the mouseup in the task right after the selection (nothing can load in between), once
//    with the selection made 150 ms before the mouseup, as in a (quick) drag.
// Builds into PLAINLY_OUT_DIR (default .output) unless --no-build; --compare adds other builds (e.g. a
// baseline built from another revision). The last line is the JSON of all figures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs, PageServer, SHARED } from '../../tests/e2e/harness';
import { benchPageLoad, pageSpec, stats, type PageSpec } from './in-extension';

const root = resolve(import.meta.dirname, '../..');
const args = { runs: 15, compare: [] as string[], build: true };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') args.runs = Number(argv[++i]);
  else if (argv[i] === '--compare') args.compare.push(argv[++i]!);
  else if (argv[i] === '--no-build') args.build = false;
  else throw new Error(`unknown argument ${argv[i]}`);
}

const outDir = resolve(root, process.env.PLAINLY_OUT_DIR ?? '.output');
if (args.build) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, PLAINLY_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('wxt build failed');
}
const builds: Record<string, string> = { [outDir.replace(`${root}/`, '')]: join(outDir, 'chrome-mv3') };
for (const dir of args.compare) builds[dir] = resolve(root, dir);
for (const dir of Object.values(builds)) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}`);

const seed = pageSpec(join(SHARED, 'fixtures', 'seed-etoday'));
const front = pageSpec(join(root, 'tests', 'fixtures', 'ko-section-front'));

/** Milliseconds from the mouseup of the first selection to the toolbar host in the page, on fresh pages. */
async function firstSelection(builds: Record<string, string>, page: PageSpec, runs: number, dragMs: number): Promise<Record<string, number[]>> {
  const server = new PageServer();
  await server.start();
  const labels = Object.keys(builds);
  const urls = Object.fromEntries(labels.map((label, b) => [label, Array.from({ length: runs }, (_, run) => server.serve(`${page.url.replace(/[?#].*$/, '')}?select=${b}-${run}`, page.html))]));
  const sessions: Record<string, { close(): Promise<void>; newPage: () => ReturnType<import('playwright-core').BrowserContext['newPage']> }> = {};
  const times: Record<string, number[]> = Object.fromEntries(labels.map((label) => [label, []]));
  try {
    for (const label of labels) {
      const userDataDir = mkdtempSync(join(tmpdir(), 'plainly-page-cost-'));
      const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args: chromiumArgs(server, builds[label]!) });
      if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
      sessions[label] = {
        newPage: () => context.newPage(),
        async close() {
          await context.close();
          rmSync(userDataDir, { recursive: true, force: true });
        },
      };
    }
    for (let run = 0; run < runs; run++) {
      for (const label of labels) {
        const tab = await sessions[label]!.newPage();
        await tab.goto(urls[label]![run]!, { waitUntil: 'load' });
        // The document_idle content script has run and settled.
        await tab.waitForTimeout(1500);
        const ms = await tab.evaluate(
          (dragMs) =>
            new Promise<number>((done, fail) => {
              const walker = document.createTreeWalker(document.getElementById('arti_txt') ?? document.body, NodeFilter.SHOW_TEXT);
              let node = walker.nextNode() as Text | null;
              while (node && node.data.trim().length < 40) node = walker.nextNode() as Text | null;
              if (!node) return fail(new Error('no text to select'));
              const start = node.data.search(/\S/);
              const range = document.createRange();
              range.setStart(node, start);
              range.setEnd(node, start + 30);
              let t0 = Infinity;
              const observer = new MutationObserver(() => {
                if (!document.querySelector('plainly-highlight-toolbar') || t0 === Infinity) return;
                observer.disconnect();
                done(performance.now() - t0);
              });
              observer.observe(document.documentElement, { childList: true, subtree: true });
              setTimeout(() => fail(new Error('no toolbar after 10 s')), 10_000 + dragMs);
              const selection = document.getSelection()!;
              selection.removeAllRanges();
              selection.addRange(range);
              // (No named function here: tsx would wrap it in a helper the page does not have.)
              setTimeout(
                () => {
                  const rect = range.getBoundingClientRect();
                  t0 = performance.now();
                  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0, clientX: rect.right, clientY: rect.bottom }));
                },
                dragMs,
              );
            }),
          dragMs,
        );
        times[label]!.push(ms);
        await tab.close();
      }
    }
  } finally {
    for (const session of Object.values(sessions)) await session.close();
    await server.stop();
  }
  return times;
}

const pageLoad = await benchPageLoad(builds, [seed, front], args.runs);
const selection = await firstSelection(builds, seed, args.runs, 0);
const selectionAfterDrag = await firstSelection(builds, seed, args.runs, 150);

const fmt = (s: ReturnType<typeof stats>) => (s ? `${s.median} ms (p90 ${s.p90})` : 'n/a');
const result: Record<string, unknown> = { runs: args.runs, builds: Object.keys(builds), pageLoad: {}, firstSelectionToToolbar: {}, firstSelectionToToolbarAfter150msDrag: {} };
for (const [pageName, byLabel] of Object.entries(pageLoad)) {
  for (const [label, row] of Object.entries(byLabel)) {
    if (label === 'no extension') continue;
    const scripts = row.perScriptStats as Record<string, ReturnType<typeof stats>>;
    const line = Object.entries(scripts)
      .map(([script, s]) => `${script.replace('content-scripts/', '')} ${fmt(s)}`)
      .join(', ');
    console.log(`page load, ${pageName}, [${label}]: extension scripts ${fmt(row.extensionScriptsMs)} (${line}); page main-thread tasks ${fmt(row.mainThreadTasksMs)}`);
    ((result.pageLoad as Record<string, unknown>)[pageName] ??= {} as Record<string, unknown>);
    ((result.pageLoad as Record<string, Record<string, unknown>>)[pageName]!)[label] = { total: row.extensionScriptsMs, perScript: scripts, mainThreadTasks: row.mainThreadTasksMs };
  }
}
for (const [label, values] of Object.entries(selection)) {
  const s = stats(values);
  console.log(`first selection on ${seed.name}, mouseup to toolbar in the page, [${label}]: ${fmt(s)}`);
  (result.firstSelectionToToolbar as Record<string, unknown>)[label] = s;
}
for (const [label, values] of Object.entries(selectionAfterDrag)) {
  const s = stats(values);
  console.log(`first selection on ${seed.name}, made 150 ms before the mouseup, mouseup to toolbar, [${label}]: ${fmt(s)}`);
  (result.firstSelectionToToolbarAfter150msDrag as Record<string, unknown>)[label] = s;
}
console.log(JSON.stringify(result));
