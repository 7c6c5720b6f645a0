/**
 * No flash on revisit: at document_start (before the page has parsed its body) a remembered site gets
 * a stylesheet built from its cached selectors, so clutter is hidden from the first paint. The full
 * detection at document_idle then refines it (see controller.enableClean). One storage read of two
 * small keys; nothing happens on sites the user never turned clean.
 */
import { siteKey } from '../../core/url';
import { storage } from 'wxt/utils/storage';
import { cleanViewPrefs, normalizePrefs, normalizeSiteMemory, siteMemoryKey } from '../settings';
import { EARLY_STYLE_ID, hideCss, upsertStyle } from './styles';

export async function applyEarlyRules(doc: Document, url: string): Promise<boolean> {
  const site = siteKey(url);
  if (!site) return false;
  const [memoryItem, prefsItem] = await storage.getItems([siteMemoryKey(site), cleanViewPrefs]);
  const memory = normalizeSiteMemory(memoryItem?.value);
  if (!memory?.remember) return false;
  const start = performance.now();
  const keep = new Set(normalizePrefs(prefsItem?.value).keep);
  const selectors = [...memory.picked.map((rule) => rule.selector), ...memory.rules.filter((rule) => !keep.has(rule.category)).map((rule) => rule.selector)];
  if (selectors.length === 0) return false;
  upsertStyle(doc, EARLY_STYLE_ID, hideCss(doc, selectors, false));
  try {
    performance.measure('plainly:early', { start, end: performance.now() });
    performance.mark('plainly:early-style');
  } catch {
    // timing is best effort
  }
  return true;
}
