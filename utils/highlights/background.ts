/**
 * Background side of highlights: the "Highlight" context-menu item on selected text, relayed to the
 * tab's content script as `highlightSelection` (the keyboard shortcut is relayed by
 * utils/background/commands.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '../messages';
import { t } from './i18n';

export const HIGHLIGHT_MENU_ID = 'plainly-highlight-selection';

export function createHighlightMenu(): void {
  // Menus survive service-worker restarts but not reinstalls; removing first keeps ids unique.
  browser.contextMenus.remove(HIGHLIGHT_MENU_ID).catch(() => undefined).finally(() => {
    browser.contextMenus.create(
      {
        id: HIGHLIGHT_MENU_ID,
        title: t('highlights.contextMenu'),
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      },
      () => void browser.runtime.lastError, // "duplicate id" after a race is harmless
    );
  });
}

export async function onHighlightMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<boolean> {
  if (info.menuItemId !== HIGHLIGHT_MENU_ID || tab?.id === undefined || tab.id < 0) return false;
  try {
    return await sendMessage('highlightSelection', {}, { tabId: tab.id, frameId: info.frameId ?? 0 });
  } catch {
    // No content script in that tab/frame (browser page, page opened before install).
    return false;
  }
}

export function registerHighlightBackground(): void {
  browser.runtime.onInstalled.addListener(() => createHighlightMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void onHighlightMenuClicked(info, tab));
}
