import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServing, loadFixtures, type ExtensionSession } from './harness';

// The harness itself: the extension loads, a fixture is served under its own host name from
// 127.0.0.1, the content script runs there, and nothing leaves the machine.
describe('harness smoke', () => {
  let session: ExtensionSession;
  const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;

  beforeAll(async () => {
    session = await launchServing({ [seed.expect.url]: seed.html });
  });
  afterAll(async () => session?.close());

  it('loads the extension and serves the seed page under its own host', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.open(seed.expect.url);
    expect(new URL(page.url()).hostname).toBe(new URL(seed.expect.url).hostname);
    expect(await page.locator('h1, h2, h3').first().innerText()).toBeTruthy();
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.locator('body').innerText()).toContain('Plainly');
    expect(session.offsiteRequests()).toEqual([]);
  });
});
