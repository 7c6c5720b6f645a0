/**
 * No flash on revisit: at document_start (before the page has parsed its body) a remembered site gets
 * a stylesheet built from its cached selectors, so clutter is hidden from the first paint. The full
 * detection at document_idle then refines it (see controller.enableClean).
 *
 * Extension storage is asynchronous, and measured in Chromium under load its answer can arrive after
 * DOMContentLoaded and after the first paint. The only storage a content script can read
 * synchronously at document_start is the page origin's localStorage, so a remembered site also gets a
 * small mirror there: the list of selectors to hide, nothing else. Extension storage stays the source of
 * truth: its answer (a few ms later) corrects or removes the mirror and the stylesheet. The cost is
 * that the site's own scripts can see that mirror key (see the README's privacy note).
 */
import { siteKey } from '../../core/url';
import { storage } from 'wxt/utils/storage';
import { cleanViewPrefs, normalizePrefs, normalizeSiteMemory, siteMemoryKey, type SiteMemory } from '../settings';
import type { ClutterCategory } from '../../core/types';
import { EARLY_STYLE_ID, hideCss, removeStyle, upsertStyle } from './styles';

export const MIRROR_KEY = 'plainly.cleanView.early';
const MAX_MIRROR_SELECTORS = 200;

/** The selectors a remembered site hides before detection runs: picker rules and cached detections. */
export function earlySelectors(memory: SiteMemory, keep: ReadonlySet<ClutterCategory>): string[] {
  return [...new Set([...memory.picked.map((rule) => rule.selector), ...memory.rules.filter((rule) => !keep.has(rule.category)).map((rule) => rule.selector)])];
}

function localStorageOf(doc: Document): Storage | null {
  try {
    return doc.defaultView?.localStorage ?? null;
  } catch {
    return null; // storage disabled for this origin (cookies blocked, sandboxed frame)
  }
}

export function readMirror(doc: Document): string[] | null {
  try {
    const raw = localStorageOf(doc)?.getItem(MIRROR_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string').slice(0, MAX_MIRROR_SELECTORS) : null;
  } catch {
    return null;
  }
}

/** Writes (or with null/[] removes) the page-origin mirror of the early selectors. */
export function writeMirror(doc: Document, selectors: readonly string[] | null): void {
  try {
    const store = localStorageOf(doc);
    if (!store) return;
    if (!selectors || selectors.length === 0) store.removeItem(MIRROR_KEY);
    else store.setItem(MIRROR_KEY, JSON.stringify(selectors.slice(0, MAX_MIRROR_SELECTORS)));
  } catch {
    // quota or disabled storage: the asynchronous path still works
  }
}

function markApplied(start: number): void {
  try {
    performance.measure('plainly:early', { start, end: performance.now() });
    performance.mark('plainly:early-style');
  } catch {
    // timing is best effort
  }
}

/** Resolves to whether the page ended up with an early stylesheet. */
export async function applyEarlyRules(doc: Document, url: string): Promise<boolean> {
  const site = siteKey(url);
  if (!site) return false;
  const start = performance.now();
  const mirrored = readMirror(doc);
  let applied = false;
  if (mirrored?.length) {
    upsertStyle(doc, EARLY_STYLE_ID, hideCss(doc, mirrored, false));
    markApplied(start);
    applied = true;
  }

  const [memoryItem, prefsItem] = await storage.getItems([siteMemoryKey(site), cleanViewPrefs]);
  const memory = normalizeSiteMemory(memoryItem?.value);
  const selectors = memory?.remember ? earlySelectors(memory, new Set(normalizePrefs(prefsItem?.value).keep)) : [];
  if (selectors.length === 0) {
    // Not (or no longer) remembered: the mirror was stale.
    if (applied) removeStyle(doc, EARLY_STYLE_ID);
    if (mirrored) writeMirror(doc, null);
    return false;
  }
  if (!mirrored || mirrored.join('\n') !== selectors.join('\n')) {
    upsertStyle(doc, EARLY_STYLE_ID, hideCss(doc, selectors, false));
    writeMirror(doc, selectors);
    if (!applied) markApplied(start);
  }
  return true;
}
