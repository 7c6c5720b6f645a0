/**
 * The content script runs on every page, so it must do (almost) nothing until asked: no article
 * detection and none of the on-demand scripts (article detection, clean view's controller and
 * classifier, reader view, facts, the highlights UI; see utils/on-demand.ts) on a page nobody asks
 * about, each of them loaded once when its feature is first used, and none of them reachable by the
 * page at the extension's fixed id. Timing figures are printed by `npm run -s bench:clean -- --chromium`
 * and scripts/bench/page-cost.ts, not asserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchServing, loadFixtures, selectInArticle, type ExtensionSession } from './harness';
import { sendToTab, waitForContentScript } from './clean-view-helpers';

const fixtures = loadFixtures();
const seed = fixtures.find((fixture) => fixture.name === 'seed-etoday')!;
const front = fixtures.find((fixture) => fixture.name === 'ko-section-front')!;
// A topic page (a list of stories) whose og:type still says "article".
const topic = fixtures.find((fixture) => fixture.name === 'en-topic-page')!;
const TOPIC = 'https://www.on-demand-news.co.kr/topic/housing/';
const ARTICLE = 'https://www.on-demand-news.co.kr/news/view/1';
const ARTICLE_2 = 'https://www.on-demand-news.co.kr/news/view/2';
const ARTICLE_3 = 'https://www.on-demand-news.co.kr/news/view/3';
const ARTICLE_4 = 'https://www.on-demand-news.co.kr/news/view/4';
const ARTICLE_5 = 'https://www.on-demand-news.co.kr/news/view/5';
const FRONT = 'https://front.on-demand-news.co.kr/';

/** The plainly:* measures the page has recorded so far, by name, in order. */
const plainlyMeasures = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('plainly:'))
      .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.startTime + entry.duration })),
  );
const names = async (page: Page) => (await plainlyMeasures(page)).map((entry) => entry.name);
const loads = async (page: Page) => (await names(page)).filter((name) => name.startsWith('plainly:load-')).sort();

describe('content script work on demand only', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchServing({ [ARTICLE]: seed.html, [ARTICLE_2]: seed.html, [ARTICLE_3]: seed.html, [ARTICLE_4]: seed.html, [ARTICLE_5]: seed.html, [TOPIC]: topic.html, [FRONT]: front.html });
  });
  afterAll(async () => session?.close());

  it('on pages nobody asks about (article or not), it detects nothing and loads no on-demand script', async () => {
    for (const url of [FRONT, ARTICLE]) {
      const page = await session.open(url);
      await waitForContentScript(session, page);
      await page.waitForTimeout(500);
      const recorded = await names(page);
      // It only looks up saved highlights for this URL, and leaves no trace in the page's timeline
      // (which the page can read: an entry would tell any site that Plainly is installed).
      expect(recorded).toEqual([]);
      await page.close();
    }
  });

  it('clean view loads its classifier once, and records plainly:clean around the classifier on every enable', async () => {
    const page = await session.open(ARTICLE);
    await waitForContentScript(session, page);
    for (let cycle = 0; cycle < 3; cycle++) {
      const state = await sendToTab<{ mode: string; hidden: Record<string, number> }>(session, page, 'setViewMode', { mode: 'clean' });
      expect(state.mode).toBe('clean');
      expect(Object.values(state.hidden).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
      await sendToTab(session, page, 'setViewMode', { mode: 'off' });
    }
    const measures = await plainlyMeasures(page);
    const count = (name: string) => measures.filter((entry) => entry.name === name).length;
    expect(count('plainly:load-clutter')).toBe(1);
    expect(count('plainly:detect')).toBe(1);
    expect(count('plainly:clean')).toBe(3);
    expect(count('plainly:clean-detect')).toBe(3);
    // Neither the reader nor the facts nor highlights were asked for; detection came with the classifier.
    expect(await loads(page)).toEqual(['plainly:load-clean-view', 'plainly:load-clutter', 'plainly:load-extract']);
    const load = measures.find((entry) => entry.name === 'plainly:load-clutter')!;
    const cleans = measures.filter((entry) => entry.name === 'plainly:clean');
    const inner = measures.filter((entry) => entry.name === 'plainly:clean-detect');
    for (const [i, clean] of cleans.entries()) {
      // Loading is not part of applying: it ends before the first pass starts.
      expect(load.end).toBeLessThanOrEqual(clean.start);
      expect(inner[i]!.start).toBeGreaterThanOrEqual(clean.start);
      expect(inner[i]!.end).toBeLessThanOrEqual(clean.end);
    }
    await page.close();
  });

  it('the popup loads the facts script, the reader its own, each once per page', async () => {
    const page = await session.open(ARTICLE_2);
    await waitForContentScript(session, page);
    for (let open = 0; open < 2; open++) {
      const summary = await sendToTab<{ isArticle: boolean; keySentences: unknown[] }>(session, page, 'getPageSummary');
      expect(summary.isArticle).toBe(true);
      expect(summary.keySentences.length).toBeGreaterThan(0);
    }
    // Asking for the clean view state (as the popup does) loads nothing on a site not opened clean.
    expect((await sendToTab<{ mode: string; rememberedForSite: boolean }>(session, page, 'getCleanViewState')).mode).toBe('off');
    // A Korean article: the facts' Korean word lists come as their own script.
    expect(await loads(page)).toEqual(['plainly:load-extract', 'plainly:load-facts', 'plainly:load-facts-ko']);
    for (let open = 0; open < 2; open++) {
      expect((await sendToTab<{ mode: string }>(session, page, 'setViewMode', { mode: 'reader' })).mode).toBe('reader');
      expect(await page.evaluate(() => document.querySelector('plainly-reader') !== null)).toBe(true);
      await sendToTab(session, page, 'setViewMode', { mode: 'off' });
      expect(await page.evaluate(() => document.querySelector('plainly-reader') === null)).toBe(true);
    }
    // The reader shows the page's highlights and offers the toolbar on its text: the highlights UI comes with it.
    expect(await loads(page)).toEqual(['plainly:load-clean-view', 'plainly:load-clutter', 'plainly:load-extract', 'plainly:load-facts', 'plainly:load-facts-ko', 'plainly:load-highlights', 'plainly:load-reader', 'plainly:load-toolbar']);
    await page.close();
  });

  it('the highlights UI and detection load on the first text selection, not on a click or an empty selection', async () => {
    const page = await session.open(ARTICLE_3);
    await waitForContentScript(session, page);
    // A click without a selection, and a selection inside a text field, load nothing.
    await page.evaluate(() => {
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
      const field = document.body.appendChild(document.createElement('textarea'));
      field.value = 'typed text';
      field.select();
      field.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
    });
    await page.waitForTimeout(300);
    expect(await names(page)).toEqual([]);
    await selectInArticle(page, '상시 기술협력');
    await page.locator('plainly-highlight-toolbar').waitFor({ state: 'attached', timeout: 10_000 });
    // The toolbar's own small script and detection come first, the rest of the UI after the toolbar is up.
    await expect.poll(() => loads(page)).toEqual(['plainly:load-extract', 'plainly:load-highlights', 'plainly:load-toolbar']);
    expect((await names(page)).filter((name) => name === 'plainly:detect')).toHaveLength(1);
    await page.close();
  });

  it('a mouse press on text or Shift (a selection may start) fetches the toolbar and detection scripts, and detects nothing', async () => {
    const page = await session.open(ARTICLE_5);
    await waitForContentScript(session, page);
    // Shift typed in a text field starts no selection of page text: nothing.
    await page.evaluate(() => {
      const field = document.body.appendChild(document.createElement('input'));
      field.focus();
    });
    await page.keyboard.press('Shift+A');
    await page.waitForTimeout(300);
    expect(await names(page)).toEqual([]);
    // A real click on the article's text (selectstart): the toolbar's scripts, nothing run.
    const point = await page.evaluate(() => {
      const paragraph = document.querySelector('#arti_txt')!;
      paragraph.scrollIntoView({ block: 'center' });
      const rect = paragraph.getClientRects()[0]!;
      return { x: rect.left + 20, y: rect.top + 10 };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => loads(page)).toEqual(['plainly:load-extract', 'plainly:load-toolbar']);
    await page.waitForTimeout(300);
    expect(await names(page)).not.toContain('plainly:detect');
    expect(await page.locator('plainly-highlight-toolbar').count()).toBe(0);
    await page.close();
  });

  it('an instant first selection shows the toolbar, and a colour clicked the moment it shows is saved', async () => {
    const page = await session.open(ARTICLE_4);
    await waitForContentScript(session, page);
    // Mouse released in the same task as the selection (double-click, Shift+arrow, fast drag): nothing was
    // loaded before. The colour is clicked from the page as soon as the toolbar is in it, before the
    // highlights session may have loaded (the content script then saves it when the session is in).
    const clicked = await page.evaluate(
      (snippet) =>
        new Promise<{ sessionLoadedAtClick: boolean }>((done, fail) => {
          const observer = new MutationObserver(() => {
            const swatch = document.querySelector('plainly-highlight-toolbar')?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-label="Highlight in Pink"]');
            if (!swatch) return;
            observer.disconnect();
            swatch.click();
            done({ sessionLoadedAtClick: performance.getEntriesByName('plainly:load-highlights').length > 0 });
          });
          observer.observe(document.documentElement, { childList: true, subtree: true });
          setTimeout(() => fail(new Error('no toolbar after 10 s')), 10_000);
          const walker = document.createTreeWalker(document.getElementById('arti_txt')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = (node as Text).data.indexOf(snippet);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + snippet.length);
            const rect = range.getBoundingClientRect();
            document.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0, clientX: rect.left, clientY: rect.top }));
            document.getSelection()!.removeAllRanges();
            document.getSelection()!.addRange(range);
            document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0, clientX: rect.right, clientY: rect.bottom }));
            return;
          }
          fail(new Error(`not found: ${snippet}`));
        }),
      '상시 기술협력',
    );
    console.log(`instant first selection: colour clicked ${clicked.sessionLoadedAtClick ? 'after' : 'before'} the highlights session loaded`);
    await expect
      .poll(async () => Object.values((await sendToTab<{ states: Record<string, string> }>(session, page, 'getPageHighlights')).states))
      .toEqual(['anchored']);
    const painted = await page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('plainly-pink') ?? [])].map((range) => range.toString()));
    expect(painted).toEqual(['상시 기술협력']);
    await expect.poll(() => page.locator('plainly-highlight-toolbar').count()).toBe(0);
    await page.close();
  });

  it('a page that calls itself an article but is not one: the early toolbar goes when detection answers, and stays away', async () => {
    const page = await session.open(TOPIC);
    await waitForContentScript(session, page);
    const selectParagraph = () =>
      page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').trim().length > 40)!;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
      });
    await selectParagraph();
    await expect.poll(async () => (await names(page)).includes('plainly:detect')).toBe(true);
    await expect.poll(() => page.locator('plainly-highlight-toolbar').count()).toBe(0);
    await selectParagraph();
    await page.waitForTimeout(500);
    expect(await page.locator('plainly-highlight-toolbar').count()).toBe(0);
    // Detected once; the rest of the highlights UI was never loaded.
    expect((await names(page)).filter((name) => name === 'plainly:detect')).toHaveLength(1);
    expect(await loads(page)).toEqual(['plainly:load-extract', 'plainly:load-toolbar']);
    await page.close();
  });

  it('a page with saved highlights loads the highlights UI at once (to show them), without article detection', async () => {
    const page = await session.open(ARTICLE_3);
    await waitForContentScript(session, page);
    await selectInArticle(page, '상시 기술협력');
    await page.locator('plainly-highlight-toolbar').waitFor({ state: 'attached', timeout: 10_000 });
    expect(await sendToTab<boolean>(session, page, 'highlightSelection', { color: 'yellow' })).toBe(true);
    await page.reload();
    await waitForContentScript(session, page);
    await expect.poll(async () => Object.keys((await sendToTab<{ states: Record<string, string> }>(session, page, 'getPageHighlights')).states).length).toBe(1);
    expect(await loads(page)).toEqual(['plainly:load-extract', 'plainly:load-highlights', 'plainly:load-toolbar']);
    expect(await names(page)).not.toContain('plainly:detect');
    await page.close();
  });

  it('a page cannot fetch the on-demand scripts at the extension id (Chrome: use_dynamic_url)', async () => {
    const page = await session.open(FRONT);
    const probes = await page.evaluate(async (id) => {
      const results: string[] = [];
      for (const name of ['on-demand-clutter.js', 'on-demand-reader.js', 'on-demand-facts.js', 'on-demand-extract.js', 'on-demand-highlights.js', 'on-demand-clean-view.js', 'on-demand-toolbar.js', 'on-demand-facts-ko.js', 'manifest.json']) {
        try {
          const response = await fetch(`chrome-extension://${id}/${name}`);
          results.push(`${name}: ${response.status}`);
        } catch {
          results.push(`${name}: blocked`);
        }
      }
      return results;
    }, session.extensionId);
    expect(probes).toEqual([
      'on-demand-clutter.js: blocked',
      'on-demand-reader.js: blocked',
      'on-demand-facts.js: blocked',
      'on-demand-extract.js: blocked',
      'on-demand-highlights.js: blocked',
      'on-demand-clean-view.js: blocked',
      'on-demand-toolbar.js: blocked',
      'on-demand-facts-ko.js: blocked',
      'manifest.json: blocked',
    ]);
    await page.close();
  });
});
