/**
 * Sends a message to the page's content script the way the popup does (@webext-core/messaging format),
 * from the extension's service worker; shared by the in-extension benchmarks.
 */
import type { Page, Worker } from 'playwright-core';

export async function sendToTab(worker: Worker, page: Page, type: string, data?: unknown): Promise<unknown> {
  await page.bringToFront();
  return worker.evaluate(
    async ({ type, data }) => {
      type Tab = { id?: number };
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown): Promise<{ res?: unknown; err?: unknown } | undefined> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      const response = await api.tabs.sendMessage(tab!.id!, { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
      if (!response || response.err) throw new Error(`${type}: ${JSON.stringify(response?.err ?? 'no answer')}`);
      return response.res;
    },
    { type, data },
  );
}

/** Until the page's content script answers (it starts at document_idle), for at most `timeoutMs`. */
export async function waitForContentScript(worker: Worker, page: Page, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await sendToTab(worker, page, 'getCleanViewState');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(100);
    }
  }
}
