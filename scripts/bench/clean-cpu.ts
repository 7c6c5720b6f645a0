// `npx tsx scripts/bench/clean-cpu.ts label=<chrome-mv3 dir> [label=<dir>…] [--runs N]`
//
// The first plainly:clean on the seed page in built extensions, timed two ways in the same run:
// wall time (the User Timing measure, as bench:clean reports it) and the main thread's CPU time
// inside it. On a shared, loaded machine the wall time also counts the time the renderer waits for
// a core; the thread time does not, so it tells a change in the work apart from a change in the
// load. Thread time comes from a Chrome trace (devtools.timeline + blink.user_timing): every
// `performance.measure` call is a trace event with a thread timestamp, and the first plainly:clean
// starts right where the plainly:detect before it ended (utils/clean-view/controller.ts; a few
// statements apart), so its thread time is the difference of the two measure calls' thread timestamps.
// Also: plainly:load-clutter (import of the classifier script) and the time from the first script
// load the message starts to the page being clean (loads + plainly:detect + plainly:clean), so work
// moved between those measures shows. Each run starts a fresh browser per build (builds take turns);
// median and p90 per build.
// Last line: JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs, PageServer, SHARED } from '../../tests/e2e/harness';
import { stats, pageSpec } from './in-extension';
import { sendToTab, waitForContentScript } from './tab-message';
import { stopTracing } from './trace';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  ts: number;
  tts?: number;
  tdur?: number;
  args?: { traceId?: number; callTime?: number };
}

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 15;
const builds = Object.fromEntries(argv.filter((a, i) => a.includes('=') && argv[i - 1] !== '--runs').map((a) => [a.slice(0, a.indexOf('=')), resolve(a.slice(a.indexOf('=') + 1))]));
if (Object.keys(builds).length === 0) {
  console.error('usage: npx tsx scripts/bench/clean-cpu.ts label=<chrome-mv3 dir> [label=<dir>…] [--runs N]');
  process.exit(2);
}

const send = sendToTab;

/** One fresh browser, one page, clean view turned on once under a trace. */
async function tracedFirstClean(server: PageServer, extension: string, url: string) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'plainly-clean-cpu-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args: chromiumArgs(server, extension) });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForContentScript(worker, page, 20_000);
    await page.waitForTimeout(300);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'] }, transferMode: 'ReturnAsStream' });
    // Tracing reaches the renderer asynchronously: give it a moment before the measured call.
    await page.waitForTimeout(300);
    await send(worker, page, 'setViewMode', { mode: 'clean' });
    const events = await stopTracing<TraceEvent>(cdp);
    const begin = (name: string) => events.find((e) => e.name === name && e.ph === 'b');
    const end = (name: string) => events.find((e) => e.name === name && e.ph === 'e');
    // The measure() call of a User Timing entry: the X event with the same trace id.
    const call = (name: string) => {
      const b = begin(name);
      return b ? events.find((e) => e.name === 'UserTiming::Measure' && e.args?.traceId === b.args?.traceId && e.pid === b.pid) : undefined;
    };
    const clean = [begin('plainly:clean'), end('plainly:clean')];
    const cleanCall = call('plainly:clean');
    const detectCall = call('plainly:detect');
    if (!clean[0] || !clean[1] || !cleanCall?.tts || !detectCall?.tts) return null;
    // plainly:clean must start where plainly:detect ended (within 1 ms: the few statements between
    // them count too, alike for every build), else the difference is not its time.
    if (Math.abs(clean[0].ts - (detectCall.ts + (detectCall.tdur ?? 0))) > 1000) {
      if (process.env.DEBUG_CPU) console.log(events.filter((e) => e.name.startsWith('plainly:')).map((e) => `${e.name}:${e.ph}@${((e.ts - clean[0]!.ts) / 1000).toFixed(2)}`).join(' '));
      return null;
    }
    // From the first plainly:* measure that starts after the message (a script load) to the page being clean.
    const firstStart = Math.min(...events.filter((e) => e.ph === 'b' && e.name.startsWith('plainly:')).map((e) => e.ts));
    const loadClutter = [begin('plainly:load-clutter'), end('plainly:load-clutter')];
    return {
      wallMs: (clean[1].ts - clean[0].ts) / 1000,
      cpuMs: (cleanCall.tts - (detectCall.tts + (detectCall.tdur ?? 0))) / 1000,
      loadClutterMs: loadClutter[0] && loadClutter[1] ? (loadClutter[1].ts - loadClutter[0].ts) / 1000 : NaN,
      toggleToCleanMs: (clean[1].ts - firstStart) / 1000,
    };
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const { html, url: seedUrl } = pageSpec(join(SHARED, 'fixtures/seed-etoday'));
const server = new PageServer();
await server.start();
const labels = Object.keys(builds);
const rows = Object.fromEntries(labels.map((label) => [label, { wall: [] as number[], cpu: [] as number[], loadClutter: [] as number[], toggleToClean: [] as number[], skipped: 0 }]));
try {
  for (let run = 0; run < runs; run++) {
    for (const label of run % 2 ? [...labels].reverse() : labels) {
      const url = server.serve(`${seedUrl.replace(/[?#].*$/, '')}?cpu=${label}-${run}`, html);
      const result = await tracedFirstClean(server, builds[label]!, url);
      const row = rows[label]!;
      if (!result) row.skipped++;
      else {
        row.wall.push(result.wallMs);
        row.cpu.push(result.cpuMs);
        if (!Number.isNaN(result.loadClutterMs)) row.loadClutter.push(result.loadClutterMs);
        row.toggleToClean.push(result.toggleToCleanMs);
      }
    }
  }
} finally {
  await server.stop();
}
const summary = Object.fromEntries(labels.map((label) => [label, { wall: stats(rows[label]!.wall), cpu: stats(rows[label]!.cpu), loadClutter: stats(rows[label]!.loadClutter), toggleToClean: stats(rows[label]!.toggleToClean), skipped: rows[label]!.skipped }]));
for (const [label, s] of Object.entries(summary)) {
  console.log(`${label}: first plainly:clean wall ${s.wall?.median} ms (p90 ${s.wall?.p90}), main-thread CPU ${s.cpu?.median} ms (p90 ${s.cpu?.p90}); plainly:load-clutter ${s.loadClutter?.median} ms (p90 ${s.loadClutter?.p90}); first script load to clean page ${s.toggleToClean?.median} ms (p90 ${s.toggleToClean?.p90}); ${s.wall?.n ?? 0} runs${s.skipped ? `, ${s.skipped} skipped` : ''}`);
}
console.log(JSON.stringify({ runs, page: 'seed-etoday', builds: summary }));
