/**
 * The popup's way to talk to one tab. Components depend on the `PopupClient` interface only, so they are
 * tested with a plain object and the popup entrypoint wires in the real messaging.
 */
import { browser } from 'wxt/browser';
import type { TextQuoteSelector } from '../../core/types';
import { sendMessage, type CleanViewState, type PageSummary, type ViewMode } from '../messages';

export interface PopupClient {
  /**
   * The page summary; rejects with `PageUnavailableError` when no content script answers. `onWaiting` is
   * called while the tab is still loading.
   */
  getSummary(onWaiting?: () => void): Promise<PageSummary>;
  getCleanViewState(): Promise<CleanViewState>;
  setViewMode(mode: ViewMode): Promise<CleanViewState>;
  reveal(quote: TextQuoteSelector): Promise<boolean>;
  startHidePicker(): Promise<void>;
  copyText(text: string): Promise<void>;
  /** Opens Plainly's settings page. */
  openSettings(): Promise<void>;
  /** Reloads the tab (a page opened before Plainly was installed has no content script until then). */
  reloadPage(): Promise<void>;
}

/** No content script answers in the tab: a browser page, a store page, or a page opened before install. */
export class PageUnavailableError extends Error {
  constructor(message = 'Plainly is not running in this tab') {
    super(message);
    this.name = 'PageUnavailableError';
  }
}

/** The tab the popup acts on: `?tab=<id>` when given (tests, the demo), else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * While the tab is still loading the content script may not be there yet (it runs at document_idle), so
 * the summary request is retried until the tab finishes loading, then once more.
 */
async function summaryWhenReady(tabId: number, onWaiting: () => void): Promise<PageSummary> {
  const deadline = Date.now() + 20_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendMessage('getPageSummary', undefined, tabId);
    } catch (error) {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!tab) throw new PageUnavailableError('The tab is gone');
      const loading = tab.status === 'loading';
      if (!loading && attempt > 0) throw new PageUnavailableError(error instanceof Error ? error.message : String(error));
      if (Date.now() > deadline) throw new PageUnavailableError('The page did not finish loading');
      if (loading) onWaiting();
      await sleep(loading ? 250 : 400);
    }
  }
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // The async clipboard needs focus; the old copy command works from a click in an extension page.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

export function createPopupClient(tabId: number): PopupClient {
  return {
    getSummary: (onWaiting) => summaryWhenReady(tabId, onWaiting ?? (() => {})),
    getCleanViewState: () => sendMessage('getCleanViewState', undefined, tabId),
    setViewMode: (mode) => sendMessage('setViewMode', { mode }, tabId),
    reveal: (quote) => sendMessage('revealText', quote, tabId),
    startHidePicker: () => sendMessage('startHidePicker', undefined, tabId),
    copyText,
    openSettings: () => browser.runtime.openOptionsPage(),
    // tabs.reload needs no permission.
    reloadPage: () => browser.tabs.reload(tabId),
  };
}
