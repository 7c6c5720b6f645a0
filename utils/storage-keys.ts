/**
 * The keys of the extension's local storage, without their values: one cheap read that tells each
 * content-script feature whether it has anything stored that concerns the page (highlights of this
 * URL, this site's clean-view memory), so nothing else is read on the other pages.
 */
import { browser } from 'wxt/browser';

type KeyedArea = { getKeys?: () => Promise<string[]>; get(keys: null): Promise<Record<string, unknown>> };

export async function localStorageKeys(): Promise<string[]> {
  const area = browser.storage.local as unknown as KeyedArea;
  // getKeys: Chrome 130+, Firefox 143+; older browsers read the values too.
  return typeof area.getKeys === 'function' ? area.getKeys() : Object.keys(await area.get(null));
}
