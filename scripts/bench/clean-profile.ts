// `npx tsx scripts/bench/clean-profile.ts --ext <chrome-mv3 dir> [--runs N] [--top N] [--later N] [--marker fn] [--save file.cpuprofile]`
// CPU profile (V8 sampling profiler, 50 µs) of the first clean-view pass on the seed page in the
// built extension: self and total time per function, for the samples taken inside enableClean
// (the plainly:clean measure; --marker picks another function). Build without minification for
// readable names (a wxt config whose vite build sets minify: false). The profiler slows small,
// deep functions most: read the shares, not the milliseconds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { tmpdir } from 'node:os';
import { CHROMIUM, chromiumArgs, PageServer, SHARED } from '../../tests/e2e/harness';
import { pageSpec } from './in-extension';
import { sendToTab, waitForContentScript } from './tab-message';
import { flagValue } from '../lib/args';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  parent?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => flagValue(argv, name) ?? fallback;
const ext = resolve(arg('ext', '.output/chrome-mv3'));
const runs = Number(arg('runs', '5'));
const top = Number(arg('top', '40'));
const later = Number(arg('later', '0'));
const save = arg('save', '');
const marker = arg('marker', 'enableClean');

const send = sendToTab;

const { html, url } = pageSpec(join(SHARED, 'fixtures/seed-etoday'));
const server = new PageServer();
await server.start();
const urls = Array.from({ length: runs }, (_, run) => server.serve(`${url}?prof=${run}`, html));
const userDataDir = mkdtempSync(join(tmpdir(), 'plainly-prof-'));
const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args: chromiumArgs(server, ext) });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
const self = new Map<string, number>();
const total = new Map<string, number>();
let inside = 0;
const cleanMs: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    await page.goto(urls[run]!, { waitUntil: 'load' });
    await waitForContentScript(worker, page, 20_000);
    await page.waitForTimeout(300);
    // --later N: N off/on cycles first; the next (warm) call is profiled.
    for (let cycle = 0; cycle < later; cycle++) {
      await send(worker, page, 'setViewMode', { mode: 'clean' });
      await send(worker, page, 'setViewMode', { mode: 'off' });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await send(worker, page, 'setViewMode', { mode: 'clean' });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    cleanMs.push(...(await page.evaluate(() => performance.getEntriesByName('plainly:clean').map((e) => e.duration))));
    if (run === 0 && save) writeFileSync(save, JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
    const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(profile.samples[i]!)!;
      const chain: ProfileNode[] = [];
      for (let n: ProfileNode | undefined = leaf; n; n = n.parent !== undefined ? byId.get(n.parent) : undefined) chain.push(n);
      if (!chain.some((n) => n.callFrame.functionName === marker)) continue;
      inside += dt;
      self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt);
      for (const k of new Set(chain.map(key))) total.set(k, (total.get(k) ?? 0) + dt);
    }
    await page.close();
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
  await server.stop();
}
const fmt = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${(v / runs).toFixed(2).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(`plainly:clean measures: ${cleanMs.map((x) => x.toFixed(1)).join(' ')}`);
console.log(`samples under ${marker}: ${(inside / runs).toFixed(2)} ms per run`);
console.log(`--- self time per run ---\n${fmt(self)}`);
console.log(`--- total time per run ---\n${fmt(total)}`);
