// `npx tsx scripts/bench/first-selection.ts [--runs N] [--compare <outDir or chrome-mv3 dir>]... [--no-build]
//   [--scenarios instant,dblclick,dblclick-human,drag] [--pages seed-etoday,en-wire-service]`
//
// What a reader waits for on the FIRST selection of a freshly loaded page: from the mouseup that ends the
// selection to the highlight toolbar being in the page with its buttons rendered, and to the start of the
// animation frame that paints it (whatever has to load or be detected first is inside both), in the built
// extension, headless Chromium (/usr/bin/chromium).
// Scenarios, each on a fresh page load:
//  - instant: mousedown, a programmatic selection and mouseup in one task (nothing can load in between);
//  - dblclick: a word double-clicked with real input events and no pause (the browser selects the word);
//  - dblclick-human: the same with a person's timing (60 ms presses, 90 ms between the clicks);
//  - drag: real mouse down, moves over ~150 ms across the text, up.
// Pages: the seed page (../shared/fixtures/seed-etoday) and an English fixture (tests/fixtures/en-wire-service).
// Builds into PLAINLY_OUT_DIR (default .output) unless --no-build; --compare adds other builds, timed in the
// same run with the builds taking turns page by page. Also reports the plainly:* measures the page recorded
// by the time the toolbar showed. The last line is the JSON of all figures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, chromiumArgs, PageServer, REPO_ROOT, SHARED } from '../../tests/e2e/harness';
import { pageSpec, stats, type PageSpec, type Stats } from './in-extension';

const SCENARIOS = ['instant', 'dblclick', 'dblclick-human', 'drag'] as const;
type Scenario = (typeof SCENARIOS)[number];

const args = { runs: 15, compare: [] as string[], build: true, scenarios: [...SCENARIOS] as Scenario[], pages: ['seed-etoday', 'en-wire-service'] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') args.runs = Number(argv[++i]);
  else if (argv[i] === '--compare') args.compare.push(argv[++i]!);
  else if (argv[i] === '--no-build') args.build = false;
  else if (argv[i] === '--scenarios') args.scenarios = argv[++i]!.split(',') as Scenario[];
  else if (argv[i] === '--pages') args.pages = argv[++i]!.split(',');
  else throw new Error(`unknown argument ${argv[i]}`);
}
for (const scenario of args.scenarios) if (!SCENARIOS.includes(scenario)) throw new Error(`unknown scenario ${scenario}`);

const outDir = resolve(REPO_ROOT, process.env.PLAINLY_OUT_DIR ?? '.output');
if (args.build) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, env: { ...process.env, PLAINLY_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('wxt build failed');
}
/** An output folder (holding chrome-mv3/) or the chrome-mv3 folder itself. */
const extensionDir = (dir: string) => (existsSync(join(dir, 'manifest.json')) ? dir : join(dir, 'chrome-mv3'));
const builds: Record<string, string> = { [outDir.replace(`${REPO_ROOT}/`, '')]: extensionDir(outDir) };
for (const dir of args.compare) builds[dir] = extensionDir(resolve(REPO_ROOT, dir));
for (const dir of Object.values(builds)) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}`);

const pageFolder = (name: string) => (name === 'seed-etoday' ? join(SHARED, 'fixtures', name) : join(REPO_ROOT, 'tests', 'fixtures', name));
const pages = args.pages.map((name) => {
  const folder = pageFolder(name);
  const body = (JSON.parse(readFileSync(join(folder, 'expect.json'), 'utf8')) as { body?: string }).body ?? '';
  // Openings of the article's paragraphs: the text to select is the first one found in the page.
  const openings = body
    .split(/\n+/)
    .map((paragraph) => paragraph.trim().slice(0, 24))
    .filter((opening) => opening.length >= 12);
  if (!openings.length) throw new Error(`${name}: expect.json has no body to select in`);
  return { spec: pageSpec(folder), openings };
});

interface Target {
  /** A word inside the first article paragraph found (centre point), and a 40-character span for the drag. */
  word: { x: number; y: number };
  dragFrom: { x: number; y: number };
  dragTo: { x: number; y: number };
}

/**
 * Finds the text to select, scrolls it into view, and starts watching (in the page's main world) for the
 * last left mouseup and for the toolbar host with its rendered bar.
 */
async function prepare(page: Page, openings: string[]): Promise<Target> {
  return page.evaluate((openings) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    let at = -1;
    for (let n = walker.nextNode() as Text | null; n && at < 0; n = walker.nextNode() as Text | null) {
      const normal = n.data.replace(/\s+/g, ' ');
      for (const opening of openings) {
        const found = normal.indexOf(opening);
        if (found >= 0 && normal.length === n.data.length) {
          node = n;
          at = found;
          break;
        }
      }
    }
    if (!node || at < 0) throw new Error('none of the article openings is a text node of the page');
    node.parentElement!.scrollIntoView({ block: 'center' });
    const rectOf = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getClientRects()[0] ?? range.getBoundingClientRect();
    };
    const word = /[\p{L}\p{N}]{3,}/u.exec(node.data.slice(at))!;
    const wordRect = rectOf(at + word.index, at + word.index + word[0].length);
    const first = rectOf(at, at + 1);
    const end = Math.min(node.data.length, at + 40);
    const last = rectOf(end - 1, end);
    const state = { up: 0, shown: 0, painted: 0, range: null as Range | null };
    (window as unknown as { __firstSelection: typeof state }).__firstSelection = state;
    window.addEventListener('mouseup', (event) => {
      if (event.button === 0) state.up = event.timeStamp;
    }, true);
    const observer = new MutationObserver(() => {
      const host = document.querySelector('plainly-highlight-toolbar');
      if (!host?.shadowRoot?.querySelector('.bar') || host.getBoundingClientRect().width === 0) return;
      state.shown = performance.now();
      observer.disconnect();
      // The frame that paints it: work queued before that frame (e.g. detection run right after the
      // toolbar was added) delays what the reader sees, not the DOM insertion.
      requestAnimationFrame(() => (state.painted = performance.now()));
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    // For the instant scenario: the same word, as a range.
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, end);
    state.range = range;
    return {
      word: { x: wordRect.left + wordRect.width / 2, y: wordRect.top + wordRect.height / 2 },
      dragFrom: { x: first.left + 1, y: first.top + first.height / 2 },
      dragTo: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, openings);
}

async function select(page: Page, scenario: Scenario, target: Target): Promise<void> {
  const mouse = page.mouse;
  if (scenario === 'instant') {
    await page.evaluate(() => {
      const { range } = (window as unknown as { __firstSelection: { range: Range } }).__firstSelection;
      const rect = range.getBoundingClientRect();
      const at = { bubbles: true, button: 0, clientX: rect.left, clientY: rect.top + 2 };
      document.dispatchEvent(new MouseEvent('mousedown', at));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { ...at, clientX: rect.right }));
    });
  } else if (scenario === 'dblclick') {
    await mouse.dblclick(target.word.x, target.word.y);
  } else if (scenario === 'dblclick-human') {
    await mouse.move(target.word.x, target.word.y);
    await mouse.down();
    await page.waitForTimeout(60);
    await mouse.up();
    await page.waitForTimeout(90);
    await mouse.down({ clickCount: 2 });
    await page.waitForTimeout(60);
    await mouse.up({ clickCount: 2 });
  } else {
    await mouse.move(target.dragFrom.x, target.dragFrom.y);
    await mouse.down();
    for (let step = 1; step <= 5; step++) {
      await page.waitForTimeout(30);
      const f = step / 5;
      await mouse.move(target.dragFrom.x + (target.dragTo.x - target.dragFrom.x) * f, target.dragFrom.y + (target.dragTo.y - target.dragFrom.y) * f);
    }
    await mouse.up();
  }
}

interface Sample {
  /** Mouseup to the toolbar in the page (DOM), and to the start of the frame that paints it. */
  ms: number;
  frameMs: number;
  measures: Record<string, number>;
}

async function once(context: BrowserContext, url: string, openings: string[], scenario: Scenario): Promise<Sample> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The document_idle content script has run and settled.
    await page.waitForTimeout(1000);
    // tsx names the helpers of functions it compiles with a `__name` call the page does not have.
    await page.evaluate('window.__name = (f) => f');
    const target = await prepare(page, openings);
    await page.waitForTimeout(100);
    await select(page, scenario, target);
    await page.waitForFunction(() => (window as unknown as { __firstSelection: { painted: number } }).__firstSelection.painted > 0, undefined, { timeout: 10_000, polling: 20 });
    return await page.evaluate(() => {
      const { up, shown, painted } = (window as unknown as { __firstSelection: { up: number; shown: number; painted: number } }).__firstSelection;
      const measures: Record<string, number> = {};
      for (const entry of performance.getEntriesByType('measure')) {
        if (entry.name.startsWith('plainly:') && entry.startTime <= shown) measures[entry.name] = (measures[entry.name] ?? 0) + entry.duration;
      }
      return { ms: shown - up, frameMs: painted - up, measures };
    });
  } finally {
    await page.close();
  }
}

const server = new PageServer();
await server.start();
const labels = Object.keys(builds);
const urlsFor = (spec: PageSpec) => (label: number, scenario: string, run: number) => server.serve(`${spec.url.replace(/[?#].*$/, '')}?first-selection=${label}-${scenario}-${run}`, spec.html);
const urlFns = Object.fromEntries(pages.map(({ spec }) => [spec.name, urlsFor(spec)]));
// All URLs are served before launch: the browser maps the served host names at start.
for (const { spec } of pages) for (const scenario of args.scenarios) for (let run = 0; run < args.runs; run++) for (let b = 0; b < labels.length; b++) urlFns[spec.name]!(b, scenario, run);

const contexts: Record<string, { context: BrowserContext; userDataDir: string }> = {};
const samples: Record<string, Record<string, Record<string, Sample[]>>> = {};
try {
  for (const label of labels) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'plainly-first-selection-'));
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args: chromiumArgs(server, builds[label]!) });
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
    contexts[label] = { context, userDataDir };
  }
  for (let run = 0; run < args.runs; run++) {
    for (const { spec, openings } of pages) {
      for (const scenario of args.scenarios) {
        // Builds take turns, and which one goes first alternates, so drifts in machine load hit both alike.
        const order = run % 2 ? [...labels].reverse() : labels;
        for (const label of order) {
          const sample = await once(contexts[label]!.context, urlFns[spec.name]!(labels.indexOf(label), scenario, run), openings, scenario);
          ((samples[spec.name] ??= {})[scenario] ??= {})[label] ??= [];
          samples[spec.name]![scenario]![label]!.push(sample);
        }
      }
    }
  }
} finally {
  for (const { context, userDataDir } of Object.values(contexts)) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  await server.stop();
}

const fmt = (s: Stats | null) => (s ? `${s.median} ms (p90 ${s.p90})` : 'n/a');
const result: Record<string, unknown> = { runs: args.runs, builds: labels, firstSelectionToToolbar: {} };
for (const [pageName, byScenario] of Object.entries(samples)) {
  for (const [scenario, byLabel] of Object.entries(byScenario)) {
    for (const [label, list] of Object.entries(byLabel)) {
      const total = stats(list.map((sample) => sample.ms));
      const frame = stats(list.map((sample) => sample.frameMs));
      const names = [...new Set(list.flatMap((sample) => Object.keys(sample.measures)))].sort();
      const measures = Object.fromEntries(names.map((name) => [name, stats(list.map((sample) => sample.measures[name] ?? 0))?.median ?? null]));
      const breakdown = names.map((name) => `${name.replace('plainly:', '')} ${measures[name]}`).join(', ');
      console.log(`${pageName}, ${scenario}, mouseup to toolbar in the page, [${label}]: ${fmt(total)}, to its frame ${fmt(frame)}${breakdown ? ` (median measures before it: ${breakdown} ms)` : ''}`);
      const row = ((result.firstSelectionToToolbar as Record<string, Record<string, Record<string, unknown>>>)[pageName] ??= {});
      (row[scenario] ??= {})[label] = { ...total, frame, measures };
    }
  }
}
console.log(JSON.stringify(result));
