import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, loadFixtures, PageServer, REPO_ROOT, type ExtensionSession } from './harness';

// Highlights end to end, in Chromium with the built extension: select text in the seed article,
// press the toolbar's "Highlight" button, reload, and find the highlight painted again (CSS Custom
// Highlight API ranges, checked in the page), listed in the popup and in the library — and again
// after the browser restarts with the same profile.

const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;
const RESULTS = join(REPO_ROOT, 'test-results');

/** One paragraph's middle part, and a span across two paragraphs. */
const SINGLE = { in: '또 상시 기술협력', from: '상시 기술협력 수요 발굴 채널을 구축하고', to: '상시 기술협력 수요 발굴 채널을 구축하고' };
const ACROSS = { startIn: '한국과 미국이', startAt: '산업기술 협력을', endIn: '한국산업기술진흥원(KIAT)는', endAt: '미국 워싱턴DC' };

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Selects text programmatically (a Range + the document selection) and releases the mouse. */
async function select(page: Page, spec: { startIn: string; startAt: string; endIn: string; endAt: string; endAfter?: boolean }) {
  return page.evaluate((s) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const find = (within: string) => {
      const node = nodes.find((t) => t.data.includes(within) && t.parentElement?.closest('#arti_txt'));
      if (!node) throw new Error(`no text node with ${within}`);
      return node;
    };
    const startNode = find(s.startIn);
    const endNode = find(s.endIn);
    const range = document.createRange();
    range.setStart(startNode, startNode.data.indexOf(s.startAt));
    range.setEnd(endNode, endNode.data.indexOf(s.endAt) + (s.endAfter ? s.endAt.length : 0));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const rect = range.getBoundingClientRect();
    document.dispatchEvent(
      new MouseEvent('mouseup', { bubbles: true, button: 0, clientX: rect.right, clientY: rect.bottom }),
    );
    return range.toString();
  }, spec);
}

/** Texts of all ranges Plainly registered in CSS.highlights (the page's main world sees the same registry). */
async function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    registry.forEach((set, name) => {
      if (name.startsWith('plainly-')) out[name] = [...set].map((range) => range.toString());
    });
    return out;
  });
}

async function allPainted(page: Page): Promise<string[]> {
  return Object.values(await paintedTexts(page)).flat().map(collapse);
}

describe('highlights e2e', () => {
  const server = new PageServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'plainly-hl-'));
  let session: ExtensionSession;
  let single = '';
  let across = '';

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    await server.start();
    server.serve(seed.expect.url, seed.html);
    session = await launchWithExtension({ server, userDataDir });
  });
  afterAll(async () => {
    await session?.close();
    await server.stop();
  });

  it('select → Highlight button → painted without DOM changes, saved', async () => {
    const page = await session.open(seed.expect.url);
    const articleBefore = await page.evaluate(() => document.getElementById('arti_txt')!.innerHTML);

    single = await select(page, { startIn: SINGLE.in, startAt: SINGLE.from, endIn: SINGLE.in, endAt: SINGLE.to, endAfter: true });
    const button = page.getByRole('button', { name: 'Highlight', exact: true });
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    // The toolbar lives in an open shadow root on <html>, only while shown.
    expect(await page.locator('plainly-highlight-toolbar').count()).toBe(1);
    await button.click();
    await expect.poll(() => allPainted(page)).toContain(collapse(single));
    expect(await page.locator('plainly-highlight-toolbar').count()).toBe(0);

    // A second highlight across two paragraphs, in green (swatch button), overlapping nothing else.
    across = await select(page, { ...ACROSS });
    await page.getByRole('button', { name: 'Highlight in Green' }).click();
    await expect.poll(async () => (await paintedTexts(page))['plainly-green']?.map(collapse) ?? []).toContain(collapse(across));

    // The CSS Custom Highlight API painted them: the page's DOM is unchanged.
    expect(await page.evaluate(() => document.querySelectorAll('mark[data-plainly-highlight]').length)).toBe(0);
    expect(await page.evaluate(() => document.getElementById('arti_txt')!.innerHTML)).toBe(articleBefore);
    await page.close();
  });

  it('reload → both highlights are shown again', async () => {
    const page = await session.open(seed.expect.url);
    await expect.poll(() => allPainted(page), { timeout: 15_000 }).toEqual(expect.arrayContaining([collapse(single), collapse(across)]));
    // The restore work is recorded as a User Timing measure.
    const timings = await page.evaluate(() =>
      ['plainly:highlights', 'plainly:detect'].map((name) => ({
        name,
        ms: performance.getEntriesByName(name).map((entry) => Math.round(entry.duration * 100) / 100),
      })),
    );
    expect(timings[0]!.ms.length).toBeGreaterThan(0);
    console.log(`highlights restore timings (ms): ${JSON.stringify(timings)}`);
    // Scroll so both highlights are in the picture, with some text above them.
    await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const tops = [...registry.values()].flatMap((set) => [...set]).map((range) => range.getBoundingClientRect().top);
      window.scrollTo({ top: Math.min(...tops) + window.scrollY - 260, behavior: 'instant' });
    });
    await page.screenshot({ path: join(RESULTS, 'highlights-article.png') });
    await page.close();
  });

  it('the popup lists the page highlights and the library lists them', async () => {
    const page = await session.open(seed.expect.url);
    const popup = await session.openPopup(page);
    const list = popup.locator('[data-testid="page-highlights"]');
    await expect.poll(() => list.innerText(), { timeout: 20_000 }).toContain(collapse(single).slice(0, 20));
    expect(collapse(await list.innerText())).toContain(collapse(across).slice(0, 20));
    await list.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(RESULTS, 'highlights-popup.png') });

    const library = await session.context.newPage();
    await library.goto(`chrome-extension://${session.extensionId}/highlights.html`);
    await expect.poll(() => library.locator('main').innerText(), { timeout: 10_000 }).toContain(collapse(single).slice(0, 20));
    expect(await library.locator('main').innerText()).toContain(seed.expect.title);
    await library.screenshot({ path: join(RESULTS, 'highlights-library.png'), fullPage: true });
    await Promise.all([popup.close(), library.close(), page.close()]);
  });

  it('after a browser restart with the same profile: shown, in the popup and in the library', async () => {
    await session.close({ keepProfile: true });
    session = await launchWithExtension({ server, userDataDir });
    const page = await session.open(seed.expect.url);
    await expect.poll(() => allPainted(page), { timeout: 15_000 }).toEqual(expect.arrayContaining([collapse(single), collapse(across)]));

    const popup = await session.openPopup(page);
    await expect.poll(() => popup.locator('[data-testid="page-highlights"]').innerText(), { timeout: 20_000 }).toContain(
      collapse(single).slice(0, 20),
    );
    const library = await session.context.newPage();
    await library.goto(`chrome-extension://${session.extensionId}/highlights.html`);
    await expect.poll(() => library.locator('main').innerText(), { timeout: 10_000 }).toContain(collapse(across).slice(0, 12));
    expect(session.offsiteRequests()).toEqual([]);
  });
});
