/**
 * Helpers for the clean-view and reader e2e tests: talk to a tab's content script the way the popup
 * does (the @webext-core/messaging wire format, sent from the extension's service worker), read the
 * extension's storage, and probe visibility from the page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { REPO_ROOT, type ExtensionSession } from './harness';

export const SHOTS_DIR = join(REPO_ROOT, 'test-results', 'clean-view');
mkdirSync(SHOTS_DIR, { recursive: true });

export async function sendToTab<T>(session: ExtensionSession, page: Page, type: string, data?: unknown): Promise<T> {
  const tabId = await session.tabIdOf(page);
  return session.worker.evaluate(
    async ({ tabId, type, data }) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, message: unknown): Promise<{ res?: unknown; err?: unknown } | undefined> } } }).chrome;
      const response = await api.tabs.sendMessage(tabId, { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
      if (!response) throw new Error(`no response to ${type}`);
      if (response.err) throw new Error(`${type} failed: ${JSON.stringify(response.err)}`);
      return response.res;
    },
    { tabId, type, data },
  ) as Promise<T>;
}

export async function extensionStorage(session: ExtensionSession): Promise<Record<string, unknown>> {
  return session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome;
    return api.storage.local.get(null);
  });
}

/** Waits until the content script answers (it registers at document_idle). */
export async function waitForContentScript(session: ExtensionSession, page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await sendToTab(session, page, 'getCleanViewState');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(100);
    }
  }
}

/** Whether the deepest element holding `snippet` is rendered (no display:none/visibility:hidden up its chain). */
export async function isRendered(page: Page, snippet: string): Promise<boolean | null> {
  return page.evaluate((text) => {
    const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
    const target = normalize(text);
    let found: Element | null = null;
    // Script and template text (e.g. markup a page script will insert later) is never rendered.
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if (element.closest('script, style, template, noscript')) continue;
      if (normalize(element.textContent ?? '').includes(target)) found = element;
    }
    if (!found) return null;
    for (let node: Element | null = found; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    return true;
  }, snippet);
}

/** A copy of `html` edited as a DOM (linkedom, Node side). */
export function editHtml(html: string, edit: (doc: Document) => void): string {
  const { document } = parseHTML(html);
  edit(document as unknown as Document);
  return '<!DOCTYPE html>\n' + (document as unknown as Document).documentElement.outerHTML;
}
