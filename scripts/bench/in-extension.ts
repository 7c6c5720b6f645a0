// The built extension in headless Chromium (/usr/bin/chromium), timed the way a reader meets it.
// Used by `npm run -s bench:clean -- --chromium` (scripts/bench/clean.ts):
//  - clean view: the User Timing measures the extension records when clean view is turned on through
//    the popup's message: plainly:clean (first call on a fresh page, and later calls on the same page),
//    its core/clutter share plainly:clean-detect, article detection plainly:detect (runs once, before),
//    plainly:load-clutter (import of the on-demand classifier script, when the build has one); next to a
//    baseline timed in the same page (one pass reading the computed display of every element).
//  - page load: main-thread time of the content scripts on every page (Chrome trace: EvaluateScript =
//    compile + top-level run + main(); FunctionCall = their later callbacks), on an article page and on
//    a page that is not an article, next to the same pages loaded in a browser without the extension
//    (total main-thread task time of the page load, both ways).
// Several builds can be compared in one run (--compare <dir>): same machine, same moment.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, chromiumArgs, PageServer } from '../../tests/e2e/harness';
import { sendToTab, waitForContentScript as waitForWorkerContentScript } from './tab-message';


interface Session {
  context: BrowserContext;
  worker: Worker | null;
  close(): Promise<void>;
}

async function launch(server: PageServer, extensionDir: string | null): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'plainly-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(server, extensionDir),
  });
  const worker = extensionDir ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }))) : null;
  return {
    context,
    worker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function send(session: Session, page: Page, type: string, data?: unknown): Promise<unknown> {
  return sendToTab(session.worker!, page, type, data);
}

async function waitForContentScript(session: Session, page: Page): Promise<void> {
  return waitForWorkerContentScript(session.worker!, page);
}

const measures = (page: Page, name: string): Promise<number[]> => page.evaluate((n) => performance.getEntriesByName(n).map((entry) => entry.duration), name);

export interface Stats {
  n: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

export function stats(values: number[]): Stats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { n: sorted.length, median: round(at(0.5)), p90: round(at(0.9)), min: round(sorted[0]!), max: round(sorted[sorted.length - 1]!) };
}

export interface PageSpec {
  name: string;
  url: string;
  html: string;
}

/** A fixture folder (page.html + expect.json with its URL) as a page to serve. */
export function pageSpec(folder: string): PageSpec {
  return {
    name: folder.split('/').pop()!,
    url: (JSON.parse(readFileSync(join(folder, 'expect.json'), 'utf8')) as { url: string }).url,
    html: readFileSync(join(folder, 'page.html'), 'utf8'),
  };
}

/** Clean view turned on through the content script's message, on `runs` fresh pages per build, builds taking turns. */
export async function benchCleanView(builds: Record<string, string>, seed: PageSpec, runs: number) {
  const server = new PageServer();
  await server.start();
  const labels = Object.keys(builds);
  const urls = Object.fromEntries(labels.map((label, b) => [label, Array.from({ length: runs }, (_, run) => server.serve(`${seed.url.replace(/[?#].*$/, '')}?bench=${b}-${run}`, seed.html))]));
  const sessions: Record<string, Session> = {};
  const empty = () => ({
    first: { clean: [] as number[], cleanDetect: [] as number[], apply: [] as number[], articleDetect: [] as number[], loadClutter: [] as number[], loadToClean: [] as number[], baseline: [] as number[] },
    later: { clean: [] as number[], cleanDetect: [] as number[] },
  });
  const rows = Object.fromEntries(labels.map((label) => [label, empty()]));
  try {
    for (const label of labels) sessions[label] = await launch(server, builds[label]!);
    for (let run = 0; run < runs; run++) {
      for (const label of labels) {
        const session = sessions[label]!;
        const { first, later } = rows[label]!;
        const page = await session.context.newPage();
        await page.goto(urls[label]![run]!, { waitUntil: 'load' });
        await waitForContentScript(session, page);
        await page.waitForTimeout(300);
        first.baseline.push(
          await page.evaluate(() => {
            const start = performance.now();
            let hidden = 0;
            for (const element of Array.from(document.querySelectorAll('*'))) if (getComputedStyle(element).display === 'none') hidden++;
            return performance.now() - start + hidden * 0;
          }),
        );
        await send(session, page, 'setViewMode', { mode: 'clean' });
        const [clean, cleanDetect] = [await measures(page, 'plainly:clean'), await measures(page, 'plainly:clean-detect')];
        if (clean.length !== 1 || cleanDetect.length !== 1) throw new Error(`expected one plainly:clean measure, got ${clean.length}`);
        first.clean.push(clean[0]!);
        first.cleanDetect.push(cleanDetect[0]!);
        first.apply.push(clean[0]! - cleanDetect[0]!);
        first.articleDetect.push(...(await measures(page, 'plainly:detect')));
        first.loadClutter.push(...(await measures(page, 'plainly:load-clutter')));
        // What the reader waits for after the toggle: from the first script load it starts (or article
        // detection, when nothing is loaded) to the page being clean, so work moved between those
        // measures (e.g. compile time into a script load) does not look like a saving.
        first.loadToClean.push(
          await page.evaluate(() => {
            const entries = performance.getEntriesByType('measure').filter((e) => /^plainly:(?:load-|detect$|clean$)/.test(e.name));
            const clean = entries.find((e) => e.name === 'plainly:clean')!;
            return clean.startTime + clean.duration - Math.min(...entries.map((e) => e.startTime));
          }),
        );
        for (let cycle = 0; cycle < 3; cycle++) {
          await send(session, page, 'setViewMode', { mode: 'off' });
          await send(session, page, 'setViewMode', { mode: 'clean' });
        }
        later.clean.push(...(await measures(page, 'plainly:clean')).slice(1));
        later.cleanDetect.push(...(await measures(page, 'plainly:clean-detect')).slice(1));
        await send(session, page, 'setViewMode', { mode: 'off' });
        await page.close();
      }
    }
  } finally {
    for (const session of Object.values(sessions)) await session.close();
    await server.stop();
  }
  return Object.fromEntries(
    Object.entries(rows).map(([label, { first, later }]) => [
      label,
      {
        page: seed.name,
        firstCall: { clean: stats(first.clean), clutterDetect: stats(first.cleanDetect), applyOnly: stats(first.apply), articleDetectBefore: stats(first.articleDetect), loadClutter: stats(first.loadClutter), loadToClean: stats(first.loadToClean) },
        laterCalls: { clean: stats(later.clean), clutterDetect: stats(later.cleanDetect) },
        baselineComputedStylePass: stats(first.baseline),
      },
    ]),
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** One traced page load: content-script time per script, and all main-thread task time of the renderer. */
async function tracedLoad(session: Session, url: string) {
  const page = await session.context.newPage();
  await page.goto('about:blank');
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => {
    events.push(...(event.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  // The idle content script runs after load; give it (and what it schedules) time to finish.
  await page.waitForTimeout(1000);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  const userTiming = await page.evaluate(() => performance.getEntriesByType('measure').map((entry) => entry.name).filter((name) => name.startsWith('plainly:')));
  await page.close();
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid));
  const scripts: Record<string, number> = {};
  let extensionMs = 0;
  let mainThreadMs = 0;
  for (const event of events) {
    if (!mainThreads.has(event.tid) || event.ph !== 'X' || !event.dur) continue;
    if (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask') mainThreadMs += event.dur / 1000;
    const url = event.args?.data?.url ?? '';
    if (!url.startsWith('chrome-extension://') || (event.name !== 'EvaluateScript' && event.name !== 'FunctionCall')) continue;
    const script = url.split('/').slice(3).join('/');
    scripts[script] = (scripts[script] ?? 0) + event.dur / 1000;
    extensionMs += event.dur / 1000;
  }
  return { scripts, extensionMs, mainThreadMs, userTiming };
}

/** Page loads with each extension build and without any, interleaved so load changes hit all alike. */
export async function benchPageLoad(extensionDirs: Record<string, string>, pages: PageSpec[], runs: number) {
  const server = new PageServer();
  await server.start();
  const urlsFor = (page: PageSpec, label: string) => Array.from({ length: runs }, (_, run) => server.serve(`${page.url.replace(/[?#].*$/, '')}?load=${label}-${run}`, page.html));
  const labels = ['no extension', ...Object.keys(extensionDirs)];
  const urls = Object.fromEntries(pages.map((page) => [page.name, Object.fromEntries(labels.map((label) => [label, urlsFor(page, label)]))]));
  const sessions: Record<string, Session> = {};
  try {
    for (const label of labels) sessions[label] = await launch(server, label === 'no extension' ? null : extensionDirs[label]!);
    const rows: Record<string, Record<string, { extension: number[]; mainThread: number[]; perScript: Record<string, number[]>; userTiming: Set<string> }>> = {};
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        for (const label of labels) {
          const result = await tracedLoad(sessions[label]!, urls[page.name]![label]![run]!);
          const row = ((rows[page.name] ??= {})[label] ??= { extension: [], mainThread: [], perScript: {}, userTiming: new Set() });
          row.extension.push(result.extensionMs);
          row.mainThread.push(result.mainThreadMs);
          for (const [script, ms] of Object.entries(result.scripts)) (row.perScript[script] ??= []).push(ms);
          for (const name of result.userTiming) row.userTiming.add(name);
        }
      }
    }
    return Object.fromEntries(
      Object.entries(rows).map(([page, byLabel]) => [
        page,
        Object.fromEntries(
          Object.entries(byLabel).map(([label, row]) => [
            label,
            {
              extensionScriptsMs: stats(row.extension),
              perScriptMs: Object.fromEntries(Object.entries(row.perScript).map(([script, values]) => [script, stats(values)?.median ?? null])),
              // Median and p90 per script (scripts/bench/page-cost.ts reports both).
              perScriptStats: Object.fromEntries(Object.entries(row.perScript).map(([script, values]) => [script, stats(values)])),
              mainThreadTasksMs: stats(row.mainThread),
              userTimingOnLoad: [...row.userTiming],
            },
          ]),
        ),
      ]),
    );
  } finally {
    for (const session of Object.values(sessions)) await session.close();
    await server.stop();
  }
}

export interface InExtensionOptions {
  /** Built extensions to time, by label (each a chrome-mv3 folder). */
  builds: Record<string, string>;
  /** The seed fixture (clean view and an article page load) and a page that is not an article. */
  article: PageSpec;
  notArticle: PageSpec;
  runs: number;
}

export async function benchInExtension({ builds, article, notArticle, runs }: InExtensionOptions) {
  const cleanView = await benchCleanView(builds, article, runs);
  const pageLoad = await benchPageLoad(builds, [article, notArticle], runs);
  return { runs, cleanView, pageLoad };
}

export function printInExtension(result: Awaited<ReturnType<typeof benchInExtension>>): void {
  const ms = (s: Stats | null | undefined) => (s ? `${s.median} ms (p90 ${s.p90})` : 'n/a');
  for (const [label, r] of Object.entries(result.cleanView)) {
    console.log(
      `extension [${label}], ${r.page}, clean view on via the popup message (${result.runs} fresh pages): plainly:clean first call ${ms(r.firstCall.clean)}, ` +
        `of which core/clutter ${ms(r.firstCall.clutterDetect)}, applying ${ms(r.firstCall.applyOnly)}; later calls ${ms(r.laterCalls.clean)}; ` +
        `before it: plainly:detect ${ms(r.firstCall.articleDetectBefore)}, plainly:load-clutter ${ms(r.firstCall.loadClutter)}; ` +
        `first script load to clean page ${ms(r.firstCall.loadToClean)}; ` +
        `baseline computed-style pass ${ms(r.baselineComputedStylePass)}`,
    );
  }
  for (const [page, byLabel] of Object.entries(result.pageLoad)) {
    for (const [label, r] of Object.entries(byLabel)) {
      const scripts = Object.entries(r.perScriptMs)
        .map(([script, value]) => `${script.replace('content-scripts/', '')} ${value} ms`)
        .join(', ');
      console.log(
        `page load, ${page}, [${label}]: main-thread tasks ${ms(r.mainThreadTasksMs)}; extension scripts ${ms(r.extensionScriptsMs)}${scripts ? ` (${scripts})` : ''}` +
          `${r.userTimingOnLoad.length ? `; plainly measures on load: ${r.userTimingOnLoad.join(', ')}` : ''}`,
      );
    }
  }
}

/**
 * For `bench:clean -- --chromium`: builds the extension into PLAINLY_OUT_DIR (default .output; skipped
 * with --no-build) and times it, plus any `--compare <chrome-mv3 dir>` builds, in the same run.
 */
export async function benchInExtensionCli(options: { fixtures: string; compare: string[]; runs: number; build: boolean }) {
  const { spawnSync } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const root = resolve(import.meta.dirname, '../..');
  const outDir = resolve(root, process.env.PLAINLY_OUT_DIR ?? '.output');
  if (options.build) {
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, PLAINLY_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('wxt build failed');
  }
  const builds: Record<string, string> = { [outDir.replace(`${root}/`, '')]: join(outDir, 'chrome-mv3') };
  for (const dir of options.compare) builds[dir] = resolve(root, dir);
  for (const dir of Object.values(builds)) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}`);
  return benchInExtension({ builds, article: pageSpec(join(options.fixtures, 'seed-etoday')), notArticle: pageSpec(join(root, 'tests/fixtures/ko-section-front')), runs: options.runs });
}
