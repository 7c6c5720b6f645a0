import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServing, loadFixtures, type ExtensionSession } from './harness';

// The popup's states and languages on real pages: a page that is not an article, a page still loading,
// Copy as Markdown, and the Korean UI.
const fixtures = loadFixtures();
const seed = fixtures.find((fixture) => fixture.name === 'seed-etoday')!;
const english = fixtures.find((fixture) => fixture.name === 'en-wire-service')!;

const NOT_ARTICLE_URL = 'https://shop.example.org/account/login';
const NOT_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in — Example Shop</title></head>
<body><header><nav><a href="/">Home</a> <a href="/deals">Deals</a> <a href="/cart">Cart</a></nav></header>
<main><h1>Sign in</h1><form><label>E-mail <input type="email"></label><label>Password <input type="password"></label>
<button>Sign in</button></form><p><a href="/forgot">Forgot your password?</a></p></main>
<footer>© Example Shop · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer></body></html>`;

const SLOW_URL = 'https://www.etoday.co.kr/news/view/slow';
// The seed page cut in two: the browser shows the first half while the rest is still on its way.
const cut = seed.html.indexOf('</head>') + '</head>'.length;

describe('popup states (English UI)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchServing(
      { [seed.expect.url]: seed.html, [NOT_ARTICLE_URL]: NOT_ARTICLE, [english.expect.url]: english.html },
      { uiLanguage: 'en-US' },
    );
    // Same host as the seed page, so it is already mapped to our server.
    session.server.serveInParts(SLOW_URL, seed.html.slice(0, cut), seed.html.slice(cut), 4_000);
  });
  afterAll(async () => session?.close());

  it('says clearly when a page is not an article and offers no clean view there', async () => {
    const page = await session.open(NOT_ARTICLE_URL);
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.locator('main').innerText(), { timeout: 15_000 }).toContain("doesn't look like a news article");
    expect(await popup.getByRole('switch').count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Copy as Markdown' }).count()).toBe(0);
  });

  it('shows a loading state while the page is still loading, then the article', async () => {
    const page = await session.context.newPage();
    await page.goto(session.server.urlFor(SLOW_URL), { waitUntil: 'commit' });
    const tabId = await session.tabIdOf(page);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('main').innerText(), { timeout: 3_000 }).toMatch(/still loading|Reading the page/);
    await popup.locator('h1').waitFor({ timeout: 20_000 });
    expect((await popup.locator('h1').innerText()).trim()).toBe(seed.expect.title);
  });

  it('loads the Korean word lists of the facts for a Korean article only', async () => {
    const loads = (page: import('playwright-core').Page) =>
      page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name === 'plainly:load-facts-ko').length);
    const korean = await session.open(seed.expect.url);
    const popup = await session.openPopup(korean);
    // 민병주 is a person by the Korean title after his name (원장), which only the Korean lists know.
    await expect.poll(() => popup.locator('main').innerText(), { timeout: 20_000 }).toMatch(/민병주[^\n]*원장|원장[^\n]*민병주/);
    expect(await loads(korean)).toBe(1);
    const page = await session.open(english.expect.url);
    const englishPopup = await session.openPopup(page);
    await englishPopup.locator('h1').waitFor({ timeout: 20_000 });
    await expect.poll(() => englishPopup.locator('main').innerText(), { timeout: 10_000 }).toContain((english.expect.facts as { people: Array<{ name: string }> }).people[0]!.name);
    expect(await loads(page)).toBe(0);
  });

  it('clicking a key sentence scrolls the page to it and flashes it', async () => {
    const page = await session.open(seed.expect.url);
    const popup = await session.openPopup(page);
    const last = popup.locator('.sentences [role="listitem"]').last();
    await last.waitFor({ timeout: 20_000 });
    const sentence = (await last.innerText()).trim();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    await last.getByRole('button').click();
    // The flashed range is the sentence (CSS Custom Highlight API: painted, the DOM is not touched), and
    // once the (smooth) scroll settles it is inside the window.
    const flashed = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('plainly-flash');
        const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
        if (!range) return null;
        const rect = range.getBoundingClientRect();
        return { text: range.toString().replace(/\s+/g, ' ').trim(), inView: rect.top >= 0 && rect.top < innerHeight };
      });
    await expect.poll(flashed, { timeout: 3_000 }).toEqual({ text: sentence.replace(/\s+/g, ' '), inView: true });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
    // The flash goes away by itself.
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('plainly-flash')), { timeout: 5_000 }).toBe(false);
  });

  it('shows a person named only in the photo caption, marked as such, and clicking it scrolls to the caption', async () => {
    const page = await session.open(seed.expect.url);
    const popup = await session.openPopup(page);
    // 로리 로카시오 stands in the seed's photo caption only, not in the article body.
    const captions = popup.getByRole('list', { name: 'Only in photo captions' });
    await captions.waitFor({ timeout: 20_000 });
    const item = captions.getByRole('button', { name: /로리 로카시오/ });
    expect(await item.getAttribute('title')).toBe('Show the photo caption in the page');
    expect(await popup.getByRole('list', { name: 'Who' }).innerText()).not.toContain('로리 로카시오');
    await page.evaluate(() => scrollTo(0, 0));
    await item.click();
    const flashed = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('plainly-flash');
        const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
        if (!range) return null;
        const node = range.startContainer;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        return { text: range.toString(), inCaption: !!element?.closest('figcaption') };
      });
    await expect.poll(flashed, { timeout: 3_000 }).toMatchObject({ inCaption: true });
    expect((await flashed())!.text).toContain('로리 로카시오');
  });

  it('copies the article summary as Markdown', async () => {
    const page = await session.open(seed.expect.url);
    const popup = await session.openPopup(page);
    await popup.locator('h1').waitFor({ timeout: 20_000 });
    // Extension origins cannot be granted clipboard-read, so the text handed to the clipboard is recorded.
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        copied.push(text);
        return write(text);
      };
    });
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toBe('Copied');
    const markdown = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '');
    expect(markdown).toContain(`# [${seed.expect.title}]`);
    expect(markdown).toContain('## Quotes');
    expect(markdown).toContain('민병주');
  });

  it('made no request to anywhere but the local server', () => {
    expect(session.offsiteRequests()).toEqual([]);
  });
});

describe('popup in the Korean UI', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchServing({ [seed.expect.url]: seed.html }, { uiLanguage: 'ko' });
  });
  afterAll(async () => session?.close());

  it('labels everything in Korean, with the switch named 깔끔하게 보기', async () => {
    const page = await session.open(seed.expect.url);
    const popup = await session.openPopup(page);
    await popup.locator('h1').waitFor({ timeout: 20_000 });
    expect(await popup.getByRole('switch', { name: '깔끔하게 보기' }).count()).toBe(1);
    expect(await popup.getByRole('heading', { name: '핵심 정보' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: '마크다운으로 복사' }).count()).toBe(1);
    expect(await popup.locator('.meta').innerText()).toContain('2022년 12월 9일');
  });
});
