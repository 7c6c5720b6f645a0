import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isTextVisible, launchServing, loadFixtures, type ExtensionSession } from './harness';

// The vertical slice on the seed fixture, checked against its expect.json: the popup shows the article
// and its facts, clean view hides every mustHide snippet and keeps every mustStayVisible line, turning it
// off restores the page exactly, and the content script's work is on the page's User Timing timeline.
const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;

interface SeedFacts {
  people: { name: string; source?: string }[];
  orgs: { name: string; abbr?: string }[];
  dates: { text: string; role?: string }[];
  places: { text: string }[];
  numbers: { text: string }[];
  quotes: { speaker: string; text: string }[];
  mustNotContain: string[];
}
const facts = seed.expect.facts as unknown as SeedFacts;

/** Text of every list item of one fact group in the popup. */
async function groupItems(popup: Page, group: string): Promise<string[]> {
  return popup.locator(`[data-group="${group}"] [role="listitem"]`).allInnerTexts();
}

/** Loose match as fixtures/README.md describes: the expected text appears in an extracted fact. */
const found = (items: string[], expected: string) => items.some((item) => item.replace(/\s+/g, ' ').includes(expected));

async function pageSnapshot(page: Page) {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText, scroll: scrollY }));
}

describe('seed fixture (etoday) end to end', () => {
  let session: ExtensionSession;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    session = await launchServing({ [seed.expect.url]: seed.html });
    page = await session.open(seed.expect.url);
    popup = await session.openPopup(page);
    await popup.locator('h1').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => session?.close());

  it('popup shows headline, site and date of the article', async () => {
    expect((await popup.locator('h1').innerText()).trim()).toBe(seed.expect.title);
    const meta = await popup.locator('.meta').innerText();
    // The site name the page declares in its <head> (og:site_name): metadata must be read in the page too.
    const siteName = await page.evaluate(() => document.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
    expect(siteName).toBeTruthy();
    expect(meta).toContain(siteName);
    expect(meta).toMatch(/2022/);
    expect(meta).toContain('12:35');
    expect(meta.length).toBeGreaterThan(10);
  });

  it('popup lists key sentences from the body', async () => {
    const sentences = await popup.locator('ol[role="list"] [role="listitem"]').allInnerTexts();
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(seed.expect.body.replace(/\s+/g, ' ')).toContain(sentence.trim().slice(0, 20));
  });

  it('popup finds the people, organizations, dates, places, numbers and quotes of expect.json', async () => {
    const people = await groupItems(popup, 'who');
    // Facts come from the article text, which excludes photo captions (fixtures/README.md): a person
    // named only in the caption is not expected in the popup.
    for (const person of facts.people.filter((p) => p.source !== 'caption')) {
      expect(found(people, person.name), `person ${person.name} in ${people}`).toBe(true);
    }
    const orgs = await groupItems(popup, 'orgs');
    for (const org of facts.orgs) {
      expect(found(orgs, org.name) || (!!org.abbr && found(orgs, org.abbr)), `org ${org.name} in ${orgs}`).toBe(true);
    }
    const dates = await groupItems(popup, 'when');
    for (const date of facts.dates.filter((d) => d.role !== 'published')) {
      // "7일(이하 현지시간)": the date itself is "7일"; the note in parentheses may be shown apart.
      const core = date.text.replace(/\(.*\)$/, '');
      expect(found(dates, core), `date ${date.text} in ${dates}`).toBe(true);
    }
    const places = await groupItems(popup, 'where');
    for (const place of facts.places) expect(found(places, place.text), `place ${place.text} in ${places}`).toBe(true);
    const numbers = await groupItems(popup, 'numbers');
    for (const number of facts.numbers) {
      // "3대 연방기관": a number fact is its figure with the unit ("3대"); the noun may be the "what".
      const figure = number.text.split(' ')[0]!;
      expect(found(numbers, figure), `number ${number.text} in ${numbers}`).toBe(true);
    }
    const quotes = await groupItems(popup, 'quotes');
    for (const quote of facts.quotes) {
      expect(found(quotes, quote.text), `quote ${quote.text.slice(0, 20)}… in ${quotes}`).toBe(true);
      expect(quotes.find((item) => item.includes(quote.text))).toContain(quote.speaker);
    }
    const popupText = await popup.locator('main').innerText();
    for (const clutter of facts.mustNotContain) expect(popupText).not.toContain(clutter);
  });

  it('clicking a fact scrolls the page to it and flashes it', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    const target = popup.locator('[data-group="numbers"] [role="listitem"]', { hasText: '14곳' }).getByRole('button');
    await target.click();
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(100);
    const inView = () => page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue!.indexOf('14곳');
        if (at < 0 || !(node.parentElement?.offsetParent)) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 3);
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      }
      return false;
    });
    // The scroll may be smooth: wait for it to settle with the fact in the window.
    await expect.poll(inView, { timeout: 3_000 }).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('plainly-flash'))).toBe(true);
  });

  it('clean view hides every mustHide snippet, keeps every mustStayVisible line, and turns off exactly', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    const before = await pageSnapshot(page);
    for (const snippets of Object.values(seed.expect.mustHide)) {
      for (const snippet of snippets) expect(await isTextVisible(page, snippet), `visible before: ${snippet}`).toBe(true);
    }

    const toggle = popup.getByRole('switch', { name: 'Clean view' });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');

    for (const [category, snippets] of Object.entries(seed.expect.mustHide)) {
      for (const snippet of snippets) expect(await isTextVisible(page, snippet), `${category} still visible: ${snippet}`).toBe(false);
    }
    for (const snippet of seed.expect.mustStayVisible) expect(await isTextVisible(page, snippet), `hidden: ${snippet}`).toBe(true);
    for (const paragraph of seed.expect.body.split('\n\n')) {
      expect(await isTextVisible(page, paragraph), `body paragraph hidden: ${paragraph.slice(0, 30)}…`).toBe(true);
    }

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    const after = await pageSnapshot(page);
    expect(after.text).toBe(before.text);
    expect(after.html).toBe(before.html);
  });

  it('records the content script work as plainly:* User Timing measures', async () => {
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((m) => m.name.startsWith('plainly:')).map((m) => ({ name: m.name, duration: m.duration })),
    );
    const names = new Set(measures.map((m) => m.name));
    expect(names).toContain('plainly:detect');
    expect(names).toContain('plainly:facts');
    // Cached: a second popup does not recompute detection or facts.
    const again = await session.openPopup(page);
    await again.locator('h1').waitFor();
    const count = await page.evaluate(() => performance.getEntriesByName('plainly:facts').length);
    expect(count).toBe(1);
    await again.close();
  });

  it('made no request to anywhere but the local server', () => {
    expect(session.offsiteRequests()).toEqual([]);
  });
});
