/**
 * Keyboard commands (declared in wxt.config.ts) forwarded to the content script of the tab they were
 * pressed in. A tab without Plainly's content script (browser pages) simply ignores them.
 */
import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '../messages';

export const COMMANDS = {
  'toggle-clean-view': (tabId: number) => sendMessage('toggleCleanView', undefined, tabId),
  'highlight-selection': (tabId: number) => sendMessage('highlightSelection', {}, tabId),
} as const;

export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const handler = COMMANDS[command as keyof typeof COMMANDS];
  if (!handler) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  try {
    await handler(tabId);
  } catch {
    // No content script in that tab (a browser page or a page opened before install): nothing to do.
  }
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
}
