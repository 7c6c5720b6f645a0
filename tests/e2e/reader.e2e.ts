import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isTextVisible, launchServing, loadFixtures, readerShadowRoot, type CdpNode, type ExtensionSession } from './harness';
import { editHtml, sendToTab, SHOTS_DIR, waitForContentScript } from './clean-view-helpers';

interface CleanViewState {
  mode: 'off' | 'clean' | 'reader';
}

const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;
const XSS_URL = 'https://www.xss-news.co.kr/news/view/1';
const READER_URL = 'https://www.reader-news.co.kr/news/view/1';
const bodyParagraphs = seed.expect.body.split('\n\n');

// Payloads placed inside the article body, right after its first paragraph. Each one that can run
// bumps a counter in the page world once at page load; reader view must not make any of them run again.
const PAYLOAD = `
<p>독자 제보 사진 <img src="/missing.gif" onerror="window.__xss=(window.__xss||0)+1"> 을 보냈다.</p>
<script>window.__xssScript=(window.__xssScript||0)+1</script>
<p onmouseover="window.__xss=(window.__xss||0)+10" style="color:red">자세한 내용은 <a href="javascript:window.__xss=(window.__xss||0)+100">여기</a>에서 확인할 수 있다.</p>
<svg onload="window.__xssSvg=(window.__xssSvg||0)+1"><circle r="1"></circle></svg>
<iframe srcdoc="<script>parent.__xssFrame=(parent.__xssFrame||0)+1</script>"></iframe>
<form action="/steal"><input name="q" value="x"><button>보내기</button></form>`;

function xssPage(): string {
  return editHtml(seed.html, (doc) => {
    const first = bodyParagraphs[0]!;
    const paragraph = Array.from(doc.querySelectorAll('p')).find((p) => (p.textContent ?? '').includes(first))!;
    const holder = doc.createElement('div');
    holder.innerHTML = PAYLOAD;
    paragraph.after(...Array.from(holder.childNodes));
  });
}

/** The reader overlay's shadow tree as Chromium sees it (DevTools protocol pierces closed roots). */
async function overlayTree(page: Page): Promise<CdpNode | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  return readerShadowRoot(root);
}

function walk(node: CdpNode, visit: (node: CdpNode) => void): void {
  visit(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, visit);
}

function textOf(node: CdpNode): string {
  let text = '';
  walk(node, (n) => {
    if (n.nodeName === '#text') text += n.nodeValue ?? '';
  });
  return text.replace(/\s+/g, ' ');
}

const counters = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, number | undefined>;
    return { img: w.__xss ?? 0, script: w.__xssScript ?? 0, svg: w.__xssSvg ?? 0, frame: w.__xssFrame ?? 0 };
  });

describe('reader view in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchServing({ [XSS_URL]: xssPage(), [READER_URL]: seed.html });
  });
  afterAll(async () => session?.close());

  it('renders the article sanitized: payloads in the page article do not run and leave no trace in the overlay', async () => {
    const page = await session.open(XSS_URL);
    await waitForContentScript(session, page);
    // The page's own copies of the payloads ran once at load (this proves they are live payloads).
    await expect.poll(() => counters(page)).toMatchObject({ img: 1, script: 1 });
    const atLoad = await counters(page);

    const state = await sendToTab<CleanViewState>(session, page, 'setViewMode', { mode: 'reader' });
    expect(state.mode).toBe('reader');
    await page.waitForTimeout(1000);
    await page.mouse.move(400, 400);
    expect(await counters(page)).toEqual(atLoad);

    // Page scripts cannot reach into the overlay.
    expect(await page.evaluate(() => document.querySelector('plainly-reader')?.shadowRoot ?? 'no-access')).toBe('no-access');

    const tree = await overlayTree(page);
    expect(tree?.shadowRootType).toBe('closed');
    const problems: string[] = [];
    walk(tree!, (node) => {
      if (/^(SCRIPT|IFRAME|FORM|INPUT|SVG|OBJECT|EMBED)$/i.test(node.nodeName)) problems.push(`element ${node.nodeName}`);
      const attributes = node.attributes ?? [];
      for (let i = 0; i < attributes.length; i += 2) {
        const name = attributes[i]!.toLowerCase();
        const value = attributes[i + 1] ?? '';
        if (name.startsWith('on')) problems.push(`${node.nodeName} ${name}`);
        if ((name === 'href' || name === 'src') && /^\s*javascript:/i.test(value)) problems.push(`${node.nodeName} ${name}=${value}`);
        if (name === 'srcdoc') problems.push(`${node.nodeName} srcdoc`);
      }
    });
    expect(problems).toEqual([]);
    // What is allowed survives, with its URL made absolute.
    const images: string[] = [];
    walk(tree!, (node) => {
      const attributes = node.attributes ?? [];
      const src = attributes.indexOf('src');
      if (node.nodeName === 'IMG' && src >= 0) images.push(attributes[src + 1]!);
    });
    expect(images.some((src) => /^http:\/\/www\.xss-news\.co\.kr:\d+\/missing\.gif$/.test(src))).toBe(true);
    const text = textOf(tree!);
    expect(text).toContain('독자 제보 사진');
    expect(text).toContain(seed.expect.title);
    for (const paragraph of bodyParagraphs) expect(text).toContain(paragraph.slice(0, 30));
    expect(await counters(page)).toEqual(atLoad);
    await page.close();
  });

  it('shows only the article, closes with Esc and restores the scroll position', async () => {
    const page = await session.open(READER_URL);
    await waitForContentScript(session, page);
    await page.evaluate(() => window.scrollTo(0, 700));
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(0);
    const html = await page.evaluate(() => document.documentElement.outerHTML);

    await sendToTab(session, page, 'setViewMode', { mode: 'reader' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS_DIR, 'reader.png'), caret: 'initial' });
    // Space scrolls the article, as on any page (focus is on the dialog, not on its Close button, which
    // Space used to press); the page behind does not move.
    // (caret: 'initial': Playwright's caret hiding leaves a style="" on the page's inputs.)
    const top = await page.screenshot({ caret: 'initial' });
    await page.keyboard.press('Space');
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.querySelector('plainly-reader') !== null)).toBe(true);
    expect((await page.screenshot({ caret: 'initial' })).equals(top)).toBe(false);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    const tree = await overlayTree(page);
    const text = textOf(tree!);
    expect(text).toContain(seed.expect.title);
    if (seed.expect.subtitle) expect(text).toContain(seed.expect.subtitle);
    for (const paragraph of bodyParagraphs) expect(text).toContain(paragraph.slice(0, 30));
    // The article's photo comes with its caption, once, before the first paragraph.
    const caption = '민병주 KIAT 원장(왼쪽)과 로리 로카시오';
    expect(text.split(caption).length - 1).toBe(1);
    expect(text.indexOf(caption)).toBeLessThan(text.indexOf(bodyParagraphs[0]!.slice(0, 20)));
    let images = 0;
    walk(tree!, (node) => {
      if (node.nodeName === 'IMG') images++;
    });
    expect(images).toBe(1);
    // Clutter of every category is left out of the reader.
    const leaked = Object.values(seed.expect.mustHide).flat().filter((snippet) => text.includes(snippet));
    expect(leaked).toEqual([]);
    expect((await sendToTab<CleanViewState>(session, page, 'getCleanViewState')).mode).toBe('reader');

    // Keyboard focus stays in the dialog (the page only sees the host element as active).
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('plainly-reader');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('plainly-reader');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('plainly-reader') === null)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
    expect((await sendToTab<CleanViewState>(session, page, 'getCleanViewState')).mode).toBe('off');
    expect(await isTextVisible(page, seed.expect.mustStayVisible[0]!)).toBe(true);
    await page.close();
  });

  it('makes no request off the machine', () => {
    expect(session.offsiteRequests()).toEqual([]);
  });
});
