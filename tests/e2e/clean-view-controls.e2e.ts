import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isTextVisible, launchServing, loadFixtures, type ExtensionSession } from './harness';
import { extensionStorage, isRendered, sendToTab, SHOTS_DIR, waitForContentScript } from './clean-view-helpers';

interface CleanViewState {
  mode: 'off' | 'clean' | 'reader';
  hidden: Record<string, number>;
  rememberedForSite: boolean;
}

const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;
const PICKER_URL = 'https://www.picker-news.co.kr/news/view/1';
const POPUP_URL = 'https://www.popup-news.co.kr/news/view/1';
const CSP_URL = 'https://www.csp-news.co.kr/news/view/1';
const TICKER_TEXT = '실시간 암호화폐 시세';
// The tag list is "may hide": detection leaves it, so it is what a user would pick by hand.
const TAG_TEXT = '#공동R&D';

/** Centre of the smallest rendered element whose text is exactly `text`. */
async function centreOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const box = await page.evaluate((wanted) => {
    const element = Array.from(document.body.querySelectorAll('*')).find((e) => e.children.length === 0 && (e.textContent ?? '').trim() === wanted)!;
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, text);
  return box;
}

describe('clean view controls in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchServing({
      [PICKER_URL]: seed.html,
      [POPUP_URL]: seed.html,
      // A strict Content-Security-Policy: the page itself may not add inline styles or scripts.
      [CSP_URL]: seed.html.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="style-src 'self'; script-src 'self'">`),
    });
  });
  afterAll(async () => session?.close());

  it('the popup switch turns clean view on and off, and off restores the page', async () => {
    const page = await session.open(POPUP_URL);
    await waitForContentScript(session, page);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await session.openPopup(page);
    const toggle = popup.getByRole('switch');
    await expect.poll(() => toggle.isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    expect(await isTextVisible(page, TICKER_TEXT)).toBe(false);
    expect(await isTextVisible(page, seed.expect.title)).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('"hide this" picker: Esc cancels; a click hides the element, saves it for the site, and it stays hidden on reload', async () => {
    const page = await session.open(PICKER_URL);
    await waitForContentScript(session, page);
    expect(await isRendered(page, TAG_TEXT)).toBe(true);

    // Esc cancels without hiding anything.
    await sendToTab(session, page, 'startHidePicker');
    expect(await page.evaluate(() => document.querySelector('plainly-picker') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('plainly-picker') === null)).toBe(true);
    expect((await sendToTab<CleanViewState>(session, page, 'getCleanViewState')).mode).toBe('off');

    await sendToTab(session, page, 'startHidePicker');
    const point = await centreOf(page, TAG_TEXT);
    await page.mouse.move(point.x, point.y);
    await page.keyboard.press('ArrowUp'); // widen from the tag link to the tag list
    await page.screenshot({ path: join(SHOTS_DIR, 'picker.png'), caret: 'initial' });
    const urlBefore = page.url();
    await page.mouse.click(point.x, point.y);
    expect(page.url()).toBe(urlBefore); // the click did not follow the tag link
    await expect.poll(() => isRendered(page, TAG_TEXT)).toBe(false);
    expect(await isTextVisible(page, '#KIAT')).toBe(false); // the whole list, not just one tag
    expect(await isTextVisible(page, seed.expect.mustStayVisible[4]!)).toBe(true);
    const state = await sendToTab<CleanViewState>(session, page, 'getCleanViewState');
    expect(state.mode).toBe('clean');
    expect(state.rememberedForSite).toBe(true);

    const key = 'cleanView.site:picker-news.co.kr';
    await expect.poll(async () => ((await extensionStorage(session))[key] as { picked?: unknown[] } | undefined)?.picked?.length ?? 0).toBe(1);
    const memory = (await extensionStorage(session))[key] as { picked: { selector: string }[] };
    const selector = memory.picked[0]!.selector;
    expect(await page.evaluate((css) => document.querySelectorAll(css).length, selector)).toBe(1);

    // Reload: hidden again (early stylesheet, then the full clean view).
    await page.reload({ waitUntil: 'load' });
    expect(await isRendered(page, TAG_TEXT)).toBe(false);
    await waitForContentScript(session, page);
    await expect.poll(async () => (await sendToTab<CleanViewState>(session, page, 'getCleanViewState')).mode).toBe('clean');
    expect(await isRendered(page, TAG_TEXT)).toBe(false);

    // The settings page lists the rule and exports it as a uBlock Origin cosmetic filter.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.getByRole('textbox').inputValue()).toContain(`picker-news.co.kr##${selector}`);
    await options.screenshot({ path: join(SHOTS_DIR, 'options.png'), caret: 'initial' });

    // Turning clean view off shows it again.
    await sendToTab(session, page, 'setViewMode', { mode: 'off' });
    expect(await isRendered(page, TAG_TEXT)).toBe(true);
    await options.close();
    await page.close();
  });

  it('works on a page whose Content-Security-Policy forbids inline styles', async () => {
    const page = await session.open(CSP_URL);
    await waitForContentScript(session, page);
    expect(await isTextVisible(page, TICKER_TEXT)).toBe(true);
    await sendToTab(session, page, 'setViewMode', { mode: 'clean' });
    expect(await isTextVisible(page, TICKER_TEXT)).toBe(false);
    await sendToTab(session, page, 'setViewMode', { mode: 'reader' });
    // The overlay's own stylesheet applies: its host covers the window.
    const box = await page.evaluate(() => document.querySelector('plainly-reader')?.getBoundingClientRect().width ?? 0);
    expect(box).toBe(await page.evaluate(() => window.innerWidth));
    await sendToTab(session, page, 'setViewMode', { mode: 'off' });
    await page.close();
  });

  it('makes no request off the machine', () => {
    expect(session.offsiteRequests()).toEqual([]);
  });
});
