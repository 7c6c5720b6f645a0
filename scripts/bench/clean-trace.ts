// `npx tsx scripts/bench/clean-trace.ts --ext <chrome-mv3 dir> [--runs N] [--later N] [--measure plainly:…] [--categories a,b] [--top N]`
// Chrome trace of the first clean-view pass on the seed page in the built extension (a fresh browser
// per run): main-thread trace events inside the plainly:clean measure, by self time and count (lazy
// compile V8.ParseFunction/V8.CompileIgnition, tier-up V8.BytecodeBudgetInterrupt, style recalc
// UpdateLayoutTree, Layout, stylesheet parsing, GC…), median over runs. What is left of the window is
// script running. --later N: the last of N more off/on cycles (a warm call). On the seed page the first
// call showed no style recalc or layout inside the measure: its cost is cold script (compile, first runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs, PageServer, SHARED } from '../../tests/e2e/harness';
import { pageSpec } from './in-extension';
import { sendToTab, waitForContentScript } from './tab-message';
import { stopTracing } from './trace';
import { flagValue } from '../lib/args';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  tid: number;
  pid: number;
  ts: number;
  dur?: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown>;
}

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => flagValue(argv, name) ?? fallback;
const ext = resolve(arg('ext', '.output/chrome-mv3'));
const runs = Number(arg('runs', '5'));
const measureName = arg('measure', 'plainly:clean');
const later = Number(arg('later', '0'));
const extraCategories = arg('categories', '').split(',').filter(Boolean);

const send = sendToTab;

const { html, url } = pageSpec(join(SHARED, 'fixtures/seed-etoday'));
const server = new PageServer();
await server.start();
const urls = Array.from({ length: runs }, (_, run) => server.serve(`${url}?trace=${run}`, html));
const perRun: Map<string, number>[] = [];
const windows: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    // A fresh browser per run: a second page's trace in the same browser came back nearly empty.
    const userDataDir = mkdtempSync(join(tmpdir(), 'plainly-trace-'));
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args: chromiumArgs(server, ext) });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const page = await context.newPage();
    await page.goto(urls[run]!, { waitUntil: 'load' });
    await waitForContentScript(worker, page, 20_000);
    await page.waitForTimeout(300);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    await cdp.send('Tracing.start', {
      traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'blink', ...extraCategories] },
      transferMode: 'ReturnAsStream',
    });
    // Tracing reaches the renderer asynchronously: give it a moment before the measured call.
    await page.waitForTimeout(300);
    await send(worker, page, 'setViewMode', { mode: 'clean' });
    // --later N: N more off/on cycles; the last plainly:clean is analysed (a warm call).
    for (let cycle = 0; cycle < later; cycle++) {
      await send(worker, page, 'setViewMode', { mode: 'off' });
      await send(worker, page, 'setViewMode', { mode: 'clean' });
    }
    events.push(...(await stopTracing<TraceEvent>(cdp)));
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    const begin = events.filter((e) => e.name === measureName && (e.ph === 'b' || e.ph === 'B')).pop();
    const end = events.filter((e) => e.name === measureName && (e.ph === 'e' || e.ph === 'E')).pop();
    if (!begin || !end) {
      console.log(`run ${run}: no ${measureName} in the trace (${events.length} events), skipped`);
      continue;
    }
    const tid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === begin.pid)?.tid;
    windows.push((end.ts - begin.ts) / 1000);
    // Self time per event name: complete events on the main thread inside the window, children subtracted.
    const inside = events.filter((e) => e.tid === tid && e.pid === begin.pid && e.ph === 'X' && e.dur !== undefined && e.ts >= begin.ts && e.ts < end.ts).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const self = new Map<string, number>();
    const stack: TraceEvent[] = [];
    const selfOf = new Map<TraceEvent, number>();
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      selfOf.set(e, e.dur!);
      if (parent) selfOf.set(parent, selfOf.get(parent)! - e.dur!);
      stack.push(e);
    }
    for (const [e, s] of selfOf) {
      self.set(e.name, (self.get(e.name) ?? 0) + s / 1000);
    }
    const count = new Map<string, number>();
    for (const e of inside) count.set(e.name, (count.get(e.name) ?? 0) + 1);
    for (const [k, n] of count) self.set(`#${k}`, n);
    perRun.push(self);
  }
} finally {
  await server.stop();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const keys = new Set(perRun.flatMap((m) => [...m.keys()]));
const rows = [...keys].filter((k) => !k.startsWith('#')).map((k) => [k, median(perRun.map((m) => m.get(k) ?? 0)), median(perRun.map((m) => m.get(`#${k}`) ?? 0))] as const);
console.log(`${measureName} window (trace): ${windows.map((w) => w.toFixed(1)).join(' ')} ms; median ${median(windows).toFixed(1)}`);
for (const [k, ms, n] of rows.sort((a, b) => b[1] - a[1]).slice(0, Number(arg('top', '30')))) console.log(`${ms.toFixed(2).padStart(7)} ms  x${n}  ${k}`);
