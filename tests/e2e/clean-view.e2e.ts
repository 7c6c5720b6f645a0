import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isTextVisible, launchServing, loadFixtures, type ExtensionSession, type Fixture } from './harness';
import { editHtml, extensionStorage, isRendered, sendToTab, SHOTS_DIR, waitForContentScript } from './clean-view-helpers';

interface CleanViewState {
  mode: 'off' | 'clean' | 'reader';
  hidden: Record<string, number>;
  rememberedForSite: boolean;
}

const fixtures = loadFixtures();
const articleFixtures = fixtures.filter((fixture) => fixture.expect.isArticle !== false);
const nonArticleFixtures = fixtures.filter((fixture) => fixture.expect.isArticle === false);
const seed = fixtures.find((fixture) => fixture.name === 'seed-etoday')!;
const TICKER_TEXT = '실시간 암호화폐 시세';

// Variants of the seed served under other hosts, so each scenario starts with a site Plainly has not seen.
const IDENTITY_URL = 'https://www.identity-news.co.kr/news/view/1';
const LATE_URL = 'https://www.late-news.co.kr/news/view/1';
const REVISIT_URL = seed.expect.url.replace(/\d+$/, '2170963');
const FRESH_URL = 'https://www.fresh-news.co.kr/news/view/2170963';

/** The seed with its crypto ticker box replaced by an empty slot that a page script fills 3 s after load. */
function lateTickerPage(): string {
  return editHtml(seed.html, (doc) => {
    const ticker = Array.from(doc.querySelectorAll('div')).filter((div) => (div.textContent ?? '').includes(TICKER_TEXT)).pop()!;
    const markup = ticker.outerHTML;
    const slot = doc.createElement('div');
    slot.setAttribute('class', 'side-slot');
    ticker.replaceWith(slot);
    const script = doc.createElement('script');
    script.textContent = `setTimeout(() => { const t = document.createElement('template'); t.innerHTML = ${JSON.stringify(markup)}; document.querySelector('.side-slot').appendChild(t.content); window.__tickerLoaded = true; }, 3000);`;
    doc.body.appendChild(script);
  });
}

/** The seed with the ticker moved to the very start of <body>, and a probe that records its state. */
function tickerFirstPage(): string {
  return editHtml(seed.html, (doc) => {
    const ticker = Array.from(doc.querySelectorAll('div')).filter((div) => (div.textContent ?? '').includes(TICKER_TEXT)).pop()!;
    doc.body.insertBefore(ticker, doc.body.firstChild);
  });
}

// Runs in the page world before any page script: records whether the ticker is rendered at
// DOMContentLoaded and in the first animation frame in which it exists (frames come before their paint).
const PROBE = `(() => {
  const probe = (window.__probe = { frames: 0 });
  const state = () => {
    const leaf = [...document.querySelectorAll('body *')].find((e) => e.children.length === 0 && !e.closest('script, style, template') && (e.textContent || '').includes(${JSON.stringify(TICKER_TEXT)}));
    if (!leaf) return 'absent';
    for (let n = leaf; n; n = n.parentElement) if (getComputedStyle(n).display === 'none') return 'hidden';
    return 'visible';
  };
  document.addEventListener('DOMContentLoaded', () => { probe.dcl = state(); probe.dclAt = performance.now(); });
  const frame = () => {
    probe.frames++;
    const s = state();
    if (s === 'absent' && probe.frames < 600) return requestAnimationFrame(frame);
    probe.firstFrame = s;
    probe.firstFrameAt = performance.now();
  };
  requestAnimationFrame(frame);
})();`;

interface ProbeResult {
  dcl?: string;
  firstFrame?: string;
  paint: { name: string; at: number }[];
  early: number[];
  [key: string]: unknown;
}

async function probeResult(page: Page): Promise<ProbeResult> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { __probe: { firstFrame?: string } }).__probe.firstFrame), { timeout: 10_000 }).toBeTruthy();
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: Record<string, unknown> }).__probe;
    const paint = performance.getEntriesByType('paint').map((entry) => ({ name: entry.name, at: entry.startTime }));
    const early = performance.getEntriesByName('plainly:early-style').map((entry) => entry.startTime);
    const earlyMs = performance.getEntriesByName('plainly:early').map((entry) => entry.duration);
    return { ...probe, paint, early, earlyMs };
  });
}

async function cleanMeasures(page: Page): Promise<number[]> {
  return page.evaluate(() => performance.getEntriesByName('plainly:clean').map((entry) => entry.duration));
}

describe('clean view in Chromium', () => {
  let session: ExtensionSession;
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    session = await launchServing({
      ...Object.fromEntries(fixtures.map((fixture) => [fixture.expect.url, fixture.html])),
      [IDENTITY_URL]: seed.html,
      [LATE_URL]: lateTickerPage(),
      [REVISIT_URL]: tickerFirstPage(),
      [FRESH_URL]: tickerFirstPage(),
    });
  });

  afterAll(async () => {
    writeFileSync(join(SHOTS_DIR, 'figures.json'), JSON.stringify(figures, null, 2));
    await session?.close();
  });

  it.each(articleFixtures.map((fixture) => [fixture.name, fixture] as [string, Fixture]))('%s: hides every mustHide snippet and keeps every mustStayVisible one', async (name, fixture) => {
    const page = await session.open(fixture.expect.url);
    await waitForContentScript(session, page);
    const hideSnippets = Object.values(fixture.expect.mustHide).flat();
    // The snippets are on the page to begin with, so "not visible" below means clean view hid them.
    for (const snippet of hideSnippets) expect(await isTextVisible(page, snippet), `before: ${snippet}`).toBe(true);
    const column = await articleColumnWidth(page, fixture);
    await page.screenshot({ path: join(SHOTS_DIR, `${name}-before.png`), fullPage: true, caret: 'initial' });

    const state = await sendToTab<CleanViewState>(session, page, 'setViewMode', { mode: 'clean' });
    expect(state.mode).toBe('clean');
    expect(Object.values(state.hidden).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS_DIR, `${name}-after.png`), fullPage: true, caret: 'initial' });

    const shown = await Promise.all(fixture.expect.mustStayVisible.map((snippet) => isTextVisible(page, snippet)));
    const hidden = await Promise.all(hideSnippets.map(async (snippet) => !(await isTextVisible(page, snippet))));
    const keptMissing = fixture.expect.mustStayVisible.filter((_, i) => !shown[i]);
    const hideMissing = hideSnippets.filter((_, i) => !hidden[i]);
    figures[name] = {
      kept: `${shown.filter(Boolean).length}/${shown.length}`,
      hidden: `${hidden.filter(Boolean).length}/${hidden.length}`,
      cleanMs: await cleanMeasures(page),
      detectMs: await page.evaluate(() => performance.getEntriesByName('plainly:detect').map((entry) => entry.duration)),
      columnWidth: { before: column, after: await articleColumnWidth(page, fixture) },
      hiddenByCategory: state.hidden,
    };
    expect(keptMissing).toEqual([]);
    expect(hideMissing).toEqual([]);
    // No layout breakage: the article column keeps its width. A few percent of give is allowed because
    // hidden widgets that overflowed the column (a row of nowrap buttons) no longer stretch it.
    const after = await articleColumnWidth(page, fixture);
    expect(Math.abs(after - column) / column, `column ${column}px → ${after}px`).toBeLessThanOrEqual(0.1);
    await page.close();
  });

  it.each(nonArticleFixtures.map((fixture) => [fixture.name, fixture] as [string, Fixture]))('%s (not an article): clean view leaves the page readable', async (_name, fixture) => {
    const page = await session.open(fixture.expect.url);
    await waitForContentScript(session, page);
    await sendToTab<CleanViewState>(session, page, 'setViewMode', { mode: 'clean' });
    const shown = await Promise.all(fixture.expect.mustStayVisible.map((snippet) => isTextVisible(page, snippet)));
    expect(fixture.expect.mustStayVisible.filter((_, i) => !shown[i])).toEqual([]);
    await page.close();
  });

  it('turning clean view off restores the page exactly (DOM and text)', async () => {
    const page = await session.open(IDENTITY_URL);
    await waitForContentScript(session, page);
    const snapshot = () => page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText }));
    const before = await snapshot();
    const on = await sendToTab<CleanViewState>(session, page, 'setViewMode', { mode: 'clean' });
    expect(on.mode).toBe('clean');
    const during = await snapshot();
    expect(during.text).not.toBe(before.text);
    expect(during.html).not.toBe(before.html);
    const off = await sendToTab<CleanViewState>(session, page, 'setViewMode', { mode: 'off' });
    expect(off.mode).toBe('off');
    expect(off.rememberedForSite).toBe(false);
    const after = await snapshot();
    expect(after.html).toBe(before.html);
    expect(after.text).toBe(before.text);

    // The keyboard shortcut's message does the same cycle.
    expect((await sendToTab<CleanViewState>(session, page, 'toggleCleanView')).mode).toBe('clean');
    expect(await isTextVisible(page, TICKER_TEXT)).toBe(false);
    expect((await sendToTab<CleanViewState>(session, page, 'toggleCleanView')).mode).toBe('off');
    expect(await snapshot()).toEqual(before);
    await page.close();
  });

  it('hides a ticker that a page script adds after clean view was turned on', async () => {
    const page = await session.open(LATE_URL);
    await waitForContentScript(session, page);
    expect(await page.evaluate(() => (window as unknown as { __tickerLoaded?: boolean }).__tickerLoaded)).toBeFalsy();
    await sendToTab(session, page, 'setViewMode', { mode: 'clean' });
    const measuresBefore = (await cleanMeasures(page)).length;
    await expect.poll(() => page.evaluate(() => (window as unknown as { __tickerLoaded?: boolean }).__tickerLoaded), { timeout: 8000 }).toBe(true);
    // The ticker is in the DOM now; the observer's batch runs on the next frame.
    expect(await page.evaluate((text) => document.body.textContent!.includes(text), TICKER_TEXT)).toBe(true);
    await expect.poll(() => isRendered(page, TICKER_TEXT), { timeout: 3000 }).toBe(false);
    const measures = await cleanMeasures(page);
    expect(measures.length).toBeGreaterThan(measuresBefore);
    figures.lateTicker = { batchMs: measures.slice(measuresBefore) };

    // Off stops the observer: a widget added afterwards stays as the page made it.
    await sendToTab(session, page, 'setViewMode', { mode: 'off' });
    expect(await isRendered(page, TICKER_TEXT)).toBe(true);
    await page.close();
  });

  it('opens a remembered site clean from the first paint (no flash), and only that site', async () => {
    // The fixture test above turned clean view on for the seed's site; wait for its selectors to be cached.
    const key = `cleanView.site:${new URL(seed.expect.url).hostname.replace(/^www\./, '')}`;
    await expect
      .poll(async () => {
        const memory = (await extensionStorage(session))[key] as { remember: boolean; rules: unknown[] } | undefined;
        return !!memory?.remember && memory.rules.length > 0;
      }, { timeout: 10_000 })
      .toBe(true);

    await session.context.addInitScript({ content: PROBE });
    const revisit = await session.open(REVISIT_URL);
    const remembered = await probeResult(revisit);
    const fresh = await session.open(FRESH_URL);
    const control = await probeResult(fresh);
    figures.noFlash = { remembered, control };

    expect(remembered.dcl).toBe('hidden');
    expect(remembered.firstFrame).toBe('hidden');
    // The early stylesheet is in place before the first paint.
    const firstPaint = remembered.paint.find((entry) => entry.name === 'first-paint');
    if (firstPaint) expect(remembered.early[0]).toBeLessThan(firstPaint.at);
    // Control: the same page on a site the user never turned clean shows the ticker at first paint.
    expect(control.dcl).toBe('visible');
    expect(control.firstFrame).toBe('visible');

    // After document_idle the full detection takes over and the state reports clean.
    await waitForContentScript(session, revisit);
    await expect.poll(async () => (await sendToTab<CleanViewState>(session, revisit, 'getCleanViewState')).mode).toBe('clean');
    expect(await isTextVisible(revisit, TICKER_TEXT)).toBe(false);
    for (const snippet of seed.expect.mustStayVisible) expect(await isTextVisible(revisit, snippet), snippet).toBe(true);

    // Turning clean view off forgets the site: the next visit shows the page as the site made it.
    await sendToTab(session, revisit, 'setViewMode', { mode: 'off' });
    await revisit.close();
    const after = await session.open(REVISIT_URL);
    const forgotten = await probeResult(after);
    expect(forgotten.dcl).toBe('visible');
    expect(forgotten.firstFrame).toBe('visible');
    await after.close();
    await fresh.close();
  });

  it('makes no request off the machine', () => {
    expect(session.offsiteRequests()).toEqual([]);
  });
});

/** Width of the block holding the first body snippet: clean view must not reflow the article column. */
async function articleColumnWidth(page: Page, fixture: Fixture): Promise<number> {
  const snippet = fixture.expect.body.split('\n\n')[0]!.slice(0, 20);
  return page.evaluate((text) => {
    let found: Element | null = null;
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if ((element.textContent ?? '').includes(text)) found = element;
    }
    return found ? Math.round((found.parentElement ?? found).getBoundingClientRect().width) : -1;
  }, snippet);
}
