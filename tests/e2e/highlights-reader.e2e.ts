import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServing, loadFixtures, readerShadowRoot, REPO_ROOT, selectInArticle, type CdpNode, type ExtensionSession } from './harness';
import { sendToTab, waitForContentScript } from './clean-view-helpers';

// Highlights inside reader view, in Chromium with the built extension: the page's saved highlights
// are painted in the reader overlay (closed shadow root), selecting text there with the mouse offers
// the same toolbar and saves a highlight that anchors on the page, and changes made elsewhere (another
// tab, deletion) show up in the open reader. The test reaches into the closed root only through the
// DevTools protocol, as page scripts cannot.

const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;
const RESULTS = join(REPO_ROOT, 'test-results');

const ON_PAGE = '상시 기술협력 수요 발굴 채널을 구축하고';
const IN_READER = '미국 주요 3대 연방기관(NIST, NSF, NIH)이';
const OTHER_TAB = '분야별 혁신기술을 보유한 국내기업 14곳은';

interface StoredHighlight {
  id: string;
  text: string;
  color: string;
  note: string;
  selectors: Array<{ type: string; value?: string; start?: number; end?: number; exact?: string }>;
}

async function stored(session: ExtensionSession): Promise<StoredHighlight[]> {
  return session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const all = await api.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('hl:'))
      .map(([, value]) => value as StoredHighlight);
  });
}

async function removeStored(session: ExtensionSession, id: string): Promise<void> {
  await session.worker.evaluate(async (target: string) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } } } }).chrome;
    const all = await api.storage.local.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('hl:') && k.endsWith(`:${target}`));
    if (key) await api.storage.local.remove(key);
  }, id);
}

/** Texts of the ranges Plainly registered in CSS.highlights, and whether any lies outside the document tree. */
async function pageHighlights(page: Page): Promise<{ texts: string[]; outsideDocument: number }> {
  return page.evaluate(() => {
    const texts: string[] = [];
    let outsideDocument = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((set, name) => {
      if (!name.startsWith('plainly-')) return;
      for (const range of set) {
        texts.push(range.toString().replace(/\s+/g, ' ').trim());
        if (range.startContainer.getRootNode() !== document) outsideDocument++;
      }
    });
    return { texts, outsideDocument };
  });
}

/**
 * Runs `fn` with `this` = the reader's closed shadow root, through the DevTools protocol (which
 * pierces closed roots). `fn` is function source; the result is returned by value.
 */
async function inReader<T>(page: Page, fn: string, arg?: unknown): Promise<T> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = readerShadowRoot(root);
    if (!shadow) throw new Error('no reader overlay');
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as { object: { objectId: string } };
    const result = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: unknown };
    if (result.exceptionDetails) throw new Error(`in reader: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}

/** Painted marks in the reader: id → text. */
const readerMarks = (page: Page) =>
  inReader<Record<string, string>>(
    page,
    `function () {
      const out = {};
      for (const mark of this.querySelectorAll('mark[data-plainly-highlight]')) {
        const id = mark.getAttribute('data-plainly-highlight');
        out[id] = ((out[id] || '') + mark.textContent);
      }
      for (const id in out) out[id] = out[id].replace(/\\s+/g, ' ').trim();
      return out;
    }`,
  );

/** Viewport points of the first and last char of `snippet` in the reader (scrolled into view). */
const snippetPoints = (page: Page, snippet: string) =>
  inReader<{ start: { x: number; y: number }; end: { x: number; y: number } }>(
    page,
    `function (snippet) {
      const walker = document.createTreeWalker(this.querySelector('article'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(snippet);
        if (at < 0) continue;
        node.parentElement.scrollIntoView({ block: 'center' });
        const charRect = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
        const first = charRect(at);
        const last = charRect(at + snippet.length - 1);
        return { start: { x: first.left + 1, y: first.top + first.height / 2 }, end: { x: last.right - 1, y: last.top + last.height / 2 } };
      }
      throw new Error('not in reader: ' + snippet);
    }`,
    snippet,
  );

const markPoint = (page: Page, id: string) =>
  inReader<{ x: number; y: number }>(
    page,
    `function (id) {
      const mark = this.querySelector('mark[data-plainly-highlight="' + id + '"]');
      mark.scrollIntoView({ block: 'center' });
      const r = mark.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`,
    id,
  );

/** Selects with a real mouse drag from the first to the last char. */
async function dragSelect(page: Page, points: { start: { x: number; y: number }; end: { x: number; y: number } }): Promise<void> {
  await page.mouse.move(points.start.x, points.start.y);
  await page.mouse.down();
  await page.mouse.move((points.start.x + points.end.x) / 2, points.end.y, { steps: 5 });
  await page.mouse.move(points.end.x, points.end.y, { steps: 5 });
  await page.mouse.up();
}

describe('highlights in reader view', () => {
  let session: ExtensionSession;
  let page: Page;
  let readerMadeId = '';
  let scrollAtOpen = -1;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    session = await launchServing({ [seed.expect.url]: seed.html });
  });
  afterAll(async () => session?.close());

  it('paints the page highlights inside the reader, out of page scripts’ reach', async () => {
    page = await session.open(seed.expect.url);
    await waitForContentScript(session, page);
    await selectInArticle(page, ON_PAGE);
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(async () => (await pageHighlights(page)).texts).toContain(ON_PAGE);
    const [saved] = await stored(session);
    expect(saved?.text).toBe(ON_PAGE);

    scrollAtOpen = await page.evaluate(() => window.scrollY);
    expect((await sendToTab<{ mode: string }>(session, page, 'setViewMode', { mode: 'reader' })).mode).toBe('reader');
    await expect.poll(() => readerMarks(page)).toEqual({ [saved!.id]: ON_PAGE });

    // The reader stays closed to the page: no shadow root from the host, and no range in the shared
    // CSS.highlights registry points into the overlay.
    expect(await page.evaluate(() => document.querySelector('plainly-reader')?.shadowRoot ?? 'no-access')).toBe('no-access');
    const timings = await page.evaluate(() => performance.getEntriesByName('plainly:highlights-reader').map((e) => Math.round(e.duration * 100) / 100));
    expect(timings.length).toBeGreaterThan(0);
    console.log(`reader highlights anchoring (ms): ${JSON.stringify(timings)}`);
    const registry = await pageHighlights(page);
    expect(registry.outsideDocument).toBe(0);
    expect(registry.texts).toEqual([ON_PAGE]);
  });

  it('a mouse selection in the reader shows the toolbar and saves a highlight described against the page', async () => {
    await dragSelect(page, await snippetPoints(page, IN_READER));
    const button = page.getByRole('button', { name: 'Highlight', exact: true });
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    // The toolbar paints above the overlay (it is the topmost element at its own centre).
    const box = (await page.locator('plainly-highlight-toolbar').boundingBox())!;
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x + box.width / 2, box.y + box.height / 2])).toBe(
      'plainly-highlight-toolbar',
    );
    await page.getByRole('button', { name: 'Highlight in Green' }).click();

    await expect.poll(async () => (await stored(session)).map((h) => h.text)).toContain(IN_READER);
    const record = (await stored(session)).find((h) => h.text === IN_READER)!;
    readerMadeId = record.id;
    expect(record.color).toBe('green');
    expect(record.selectors.map((s) => s.type).sort()).toEqual(['CssSelector', 'TextPositionSelector', 'TextQuoteSelector']);
    // The CSS hint is the page's structure (the reader's would name its own wrapper elements).
    const hint = record.selectors.find((s) => s.type === 'CssSelector')!.value!;
    expect(await page.evaluate((value) => document.body.querySelector(value)?.textContent ?? '', hint)).toContain(IN_READER.slice(0, 10));
    // Painted in the reader at once, and on the page behind it.
    await expect.poll(() => readerMarks(page)).toMatchObject({ [record.id]: IN_READER });
    await expect.poll(async () => (await pageHighlights(page)).texts).toContain(IN_READER);
    expect(await page.locator('plainly-highlight-toolbar').count()).toBe(0);

    // The toolbar follows its text when the reader scrolls (the reader scrolls in its own box).
    const point = await markPoint(page, record.id);
    await page.mouse.click(point.x, point.y);
    await page.getByRole('button', { name: 'Delete' }).waitFor({ state: 'visible' });
    const before = (await page.locator('plainly-highlight-toolbar').boundingBox())!;
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => Math.round(before.y - (await page.locator('plainly-highlight-toolbar').boundingBox())!.y)).toBeGreaterThan(60);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('plainly-highlight-toolbar').count()).toBe(0);
    // (Esc with the toolbar open closes the reader too: open it again.)
    await sendToTab(session, page, 'setViewMode', { mode: 'reader' });
    await expect.poll(async () => Object.keys(await readerMarks(page))).toContain(record.id);

    // The picture: both highlights in the reader.
    await inReader(page, `function (id) { this.querySelector('mark[data-plainly-highlight="' + id + '"]').scrollIntoView({ block: 'center' }); }`, record.id);
    await page.screenshot({ path: join(RESULTS, 'highlights-reader.png') });
    // The same in the dark theme (marks are translucent, the text keeps the theme's colour).
    await inReader(page, `function () { [...this.querySelectorAll('button')].find((b) => b.className.includes('swatch-dark')).click(); }`);
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(RESULTS, 'highlights-reader-dark.png') });
    await inReader(page, `function () { [...this.querySelectorAll('button')].find((b) => b.className.includes('swatch-light')).click(); }`);
    // A theme change re-renders the reader but keeps its article nodes: the marks stay.
    expect(Object.keys(await readerMarks(page))).toContain(record.id);
  });

  it('text the page does not have (the reader’s formatted date) is saved by its quote alone', async () => {
    const date = await inReader<string>(page, `function () { const t = this.querySelector('time'); t.scrollIntoView({ block: 'center' }); return t.textContent.trim(); }`);
    expect(seed.html).not.toContain(date);
    await dragSelect(page, await snippetPoints(page, date));
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(async () => (await stored(session)).map((h) => h.text)).toContain(date);
    const record = (await stored(session)).find((h) => h.text === date)!;
    expect(record.selectors.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    await expect.poll(() => readerMarks(page)).toMatchObject({ [record.id]: date });
    // Delete it again from the reader's toolbar: a click on the mark opens it.
    const point = await markPoint(page, record.id);
    await page.mouse.click(point.x, point.y);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await stored(session)).map((h) => h.id)).not.toContain(record.id);
    await expect.poll(async () => Object.keys(await readerMarks(page))).not.toContain(record.id);
  });

  it('a note can be added from the reader; Esc in the note editor closes the editor, not the reader', async () => {
    const snippet = '기술협력 세미나(Tech Talks)를 개최';
    await dragSelect(page, await snippetPoints(page, snippet));
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByRole('textbox', { name: 'Note' });
    await note.fill('세미나 분야 확인');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await stored(session)).find((h) => h.text === snippet)?.note).toBe('세미나 분야 확인');
    const record = (await stored(session)).find((h) => h.text === snippet)!;
    await expect.poll(() => readerMarks(page)).toMatchObject({ [record.id]: snippet });

    // Open the note again from the mark, press Esc inside the editor.
    await page.mouse.click(...Object.values(await markPoint(page, record.id)) as [number, number]);
    await page.getByRole('button', { name: 'Edit note' }).click();
    await note.press('Escape');
    await expect.poll(() => page.locator('plainly-highlight-toolbar').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelector('plainly-reader') !== null)).toBe(true);
    await removeStored(session, record.id);
    await expect.poll(async () => Object.keys(await readerMarks(page))).not.toContain(record.id);
  });

  it('follows the store while open: a highlight saved in another tab appears, deletions disappear', async () => {
    const other = await session.open(seed.expect.url);
    await waitForContentScript(session, other);
    await selectInArticle(other, OTHER_TAB);
    await other.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(async () => (await stored(session)).map((h) => h.text)).toContain(OTHER_TAB);
    const added = (await stored(session)).find((h) => h.text === OTHER_TAB)!;
    await other.close();

    await expect.poll(() => readerMarks(page), { timeout: 10_000 }).toMatchObject({ [added.id]: OTHER_TAB });
    await removeStored(session, added.id);
    await expect.poll(async () => Object.keys(await readerMarks(page))).not.toContain(added.id);
    await expect.poll(async () => (await pageHighlights(page)).texts).not.toContain(OTHER_TAB);
    // The reader-made highlight is still there on both sides.
    expect(Object.keys(await readerMarks(page))).toContain(readerMadeId);
  });

  it('Esc closes the reader and restores the scroll; the page keeps its highlights, also after reload', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('plainly-reader') === null)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollAtOpen);
    const after = await pageHighlights(page);
    expect(after.texts.sort()).toEqual([ON_PAGE, IN_READER].sort());
    expect(after.outsideDocument).toBe(0);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await pageHighlights(page)).texts.sort(), { timeout: 15_000 }).toEqual([ON_PAGE, IN_READER].sort());
    // Nothing was fetched from elsewhere (the reader shows no image the page did not load itself).
    expect(session.offsiteRequests()).toEqual([]);
    await page.close();
  });
});
