/**
 * Clean view cost on the seed page in Chromium, read from the User Timing measures the extension
 * records (plainly:clean = detection + applying; plainly:clean-detect = core/clutter's share). A baseline
 * from the same run: one pass reading the computed display of every element (what any visibility-aware
 * pass over the page costs on this machine at this moment). Prints figures; asserts no timing.
 * Run: PLAINLY_OUT_DIR=.output-cleanview npx vitest run --config vitest.e2e.config.ts tests/e2e/clean-view-bench
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, loadFixtures, PageServer, type ExtensionSession } from './harness';
import { sendToTab, SHOTS_DIR, waitForContentScript } from './clean-view-helpers';

const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;
const RUNS = 8;
const urlFor = (run: number) => `https://www.bench-news.co.kr/news/view/${1000 + run}`;

const measures = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((entry) => entry.duration), name);

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { n: sorted.length, median: round(at(0.5)), p90: round(at(0.9)), min: round(sorted[0]!), max: round(sorted[sorted.length - 1]!) };
}

describe('clean view benchmark (seed page, Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    const server = new PageServer();
    await server.start();
    for (let run = 0; run < RUNS; run++) server.serve(urlFor(run), seed.html);
    session = await launchWithExtension({ server });
  });
  afterAll(async () => session?.close());

  it('records plainly:clean on every enable', async () => {
    const first = { clean: [] as number[], cleanDetect: [] as number[], apply: [] as number[], articleDetect: [] as number[], baseline: [] as number[] };
    const warm = { clean: [] as number[], cleanDetect: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const page = await session.open(urlFor(run));
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
      await sendToTab(session, page, 'setViewMode', { mode: 'clean' });
      const clean = await measures(page, 'plainly:clean');
      const cleanDetect = await measures(page, 'plainly:clean-detect');
      expect(clean).toHaveLength(1);
      first.clean.push(clean[0]!);
      first.cleanDetect.push(cleanDetect[0]!);
      first.apply.push(clean[0]! - cleanDetect[0]!);
      first.articleDetect.push(...(await measures(page, 'plainly:detect')));
      for (let cycle = 0; cycle < 3; cycle++) {
        await sendToTab(session, page, 'setViewMode', { mode: 'off' });
        await sendToTab(session, page, 'setViewMode', { mode: 'clean' });
      }
      warm.clean.push(...(await measures(page, 'plainly:clean')).slice(1));
      warm.cleanDetect.push(...(await measures(page, 'plainly:clean-detect')).slice(1));
      await sendToTab(session, page, 'setViewMode', { mode: 'off' });
      await page.close();
    }
    const figures = {
      page: 'seed-etoday',
      firstEnable: { clean: stats(first.clean), clutterDetect: stats(first.cleanDetect), applyOnly: stats(first.apply), articleDetect: stats(first.articleDetect) },
      repeatEnable: { clean: stats(warm.clean), clutterDetect: stats(warm.cleanDetect) },
      baselineComputedStylePass: stats(first.baseline),
    };
    writeFileSync(join(SHOTS_DIR, 'bench.json'), JSON.stringify(figures, null, 2));
    console.log(JSON.stringify(figures));
  });
});
