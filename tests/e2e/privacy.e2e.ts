import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServing, loadFixtures, type ExtensionSession } from './harness';

// Privacy: using every feature (popup, clean view, reader, reveal, copy, highlights) sends nothing
// anywhere. Chromium resolves every host but ours to nothing, and every request it makes is recorded:
// the only requests allowed are the pages we serve, extension files and inline data.
const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;

describe('privacy: Plainly makes no network requests', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchServing({ [seed.expect.url]: seed.html });
  });
  afterAll(async () => session?.close());

  it('uses every feature without a single request leaving the machine or reaching an unknown path', async () => {
    const page = await session.open(seed.expect.url);
    const popup = await session.openPopup(page);
    await popup.locator('h1').waitFor({ timeout: 20_000 });

    const toggle = popup.getByRole('switch', { name: 'Clean view' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await popup.getByRole('button', { name: /Reader/ }).click();
    await popup.waitForTimeout(300);
    await popup.getByRole('button', { name: /Reader/ }).click();
    await popup.waitForTimeout(300);
    if ((await toggle.getAttribute('aria-checked')) === 'true') await toggle.click();

    for (const fact of await popup.locator('button.reveal').all()) await fact.click();
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();

    // Highlight a passage the way the keyboard command does (background → tab message).
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('한국과 미국이'))!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const tabId = await session.tabIdOf(page);
    await session.worker.evaluate(async (id: number) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, message: unknown): Promise<unknown> } } }).chrome;
      await api.tabs.sendMessage(id, { id: 1, type: 'highlightSelection', data: {}, timestamp: Date.now() }).catch(() => null);
    }, tabId);
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(500);

    expect(session.offsiteRequests()).toEqual([]);
    const servedPaths = new Set([`${new URL(seed.expect.url).hostname}${new URL(seed.expect.url).pathname}`]);
    const unknown = session.server.served.filter((key) => !servedPaths.has(key) && !key.endsWith('/favicon.ico'));
    expect(unknown).toEqual([]);
  });
  it('does not announce itself to the page (no window message carries the extension id)', async () => {
    // Runs in the page's own world, as a site's script would: it records every window message it sees.
    await session.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __plainlySeen: string[] }).__plainlySeen = seen;
      window.addEventListener('message', (event) => {
        try {
          seen.push(JSON.stringify(event.data));
        } catch {
          seen.push(String(event.data));
        }
      });
    });
    const page = await session.open(seed.expect.url);
    const popup = await session.openPopup(page);
    await popup.locator('h1').waitFor({ timeout: 20_000 });
    const toggle = popup.getByRole('switch', { name: 'Clean view' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => (window as unknown as { __plainlySeen: string[] }).__plainlySeen);
    expect(seen.filter((data) => data.includes(session.extensionId))).toEqual([]);
  });
  it('fires no DOM event the page could listen for by the extension id (start and SPA navigation)', async () => {
    // WXT names its content-script start and location-change events after the extension id; a site that
    // knows Plainly's id could listen for them. The build renames them (wxt.config.ts).
    await session.context.addInitScript((id: string) => {
      const heard: string[] = [];
      (window as unknown as { __plainlyHeard: string[] }).__plainlyHeard = heard;
      for (const script of ['content', 'early', 'on-demand-highlights', 'on-demand-clean-view', 'on-demand-extract']) {
        for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
          const type = `${id}:${script}:${name}`;
          document.addEventListener(type, () => heard.push(type));
          window.addEventListener(type, () => heard.push(type));
        }
      }
    }, session.extensionId);
    const page = await session.open(seed.expect.url);
    // Plainly listens for SPA navigation once the page has an article; give it time to start.
    await page.waitForTimeout(1000);
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?next=1`));
    await page.waitForTimeout(1500);
    const heard = await page.evaluate(() => (window as unknown as { __plainlyHeard: string[] }).__plainlyHeard);
    expect(heard).toEqual([]);
  });
});
