/**
 * No flash on revisit: before the first paint, a remembered site gets a stylesheet built from its
 * cached selectors, so clutter is hidden from the first paint. The full detection at document_idle then
 * refines it (see controller.enableClean).
 *
 * Extension storage is the source of truth and is asked first, at document_start. It is asynchronous:
 * on a real news page it usually answers long before the first frame, but measured in Chromium under
 * load its answer can arrive after DOMContentLoaded and after the first paint. So a remembered site also
 * gets a small mirror in the page origin's localStorage (the list of selectors to hide, nothing else),
 * the only storage a content script can read synchronously. The mirror is read only when needed: on a
 * remembered site, on a site whose mirror must be cleaned up, or when extension storage has not answered
 * by the first frame or DOMContentLoaded (whichever comes first). Every other page is spared the
 * synchronous localStorage load (measured: ~1-3 ms median, up to tens of ms under load, on the first
 * access of an origin; reading it first thing at document_start instead, with no extension storage call
 * on sites without a mirror, measured worse in the built extension: ~5.5 ms for that first access on the
 * seed page vs ~3 ms for this script's storage call). The site's own scripts can see the mirror key (see
 * the README's privacy note).
 */
import { siteKey } from '../../core/url';
import { browser } from 'wxt/browser';
import { CLEAN_VIEW_PREFS_KEY, normalizePrefs, normalizeSiteMemory, siteMemoryKey, type SiteMemory } from '../settings';
import type { ClutterCategory } from '../../core/types';
import { EARLY_STYLE_ID, hideCss, removeStyle, upsertStyle } from './styles';

export const MIRROR_KEY = 'plainly.cleanView.early';
const MAX_MIRROR_SELECTORS = 200;

/**
 * Sites whose origin may hold a mirror. A site forgotten from the settings page keeps its mirror until
 * the next visit; this list tells that visit to look for it, without every other page reading localStorage.
 */
/** Storage key (browser.storage.local) of the list of sites whose origin may hold a mirror. */
export const MIRRORED_SITES_KEY = 'cleanView.mirroredSites';

let listWrites: Promise<unknown> = Promise.resolve();
function updateMirroredSites(site: string, present: boolean): void {
  listWrites = listWrites
    .then(async () => {
      const stored: unknown = (await browser.storage.local.get(MIRRORED_SITES_KEY))[MIRRORED_SITES_KEY];
      const sites = (Array.isArray(stored) ? stored : []).filter((entry): entry is string => typeof entry === 'string');
      if (sites.includes(site) === present) return;
      await browser.storage.local.set({ [MIRRORED_SITES_KEY]: present ? [...sites, site] : sites.filter((entry) => entry !== site) });
    })
    .catch(() => undefined);
}

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

/**
 * Writes (or with null/[] removes) the page-origin mirror of the early selectors; with `site`, also
 * keeps the list of mirrored sites in step.
 */
export function writeMirror(doc: Document, selectors: readonly string[] | null, site?: string | null): void {
  const present = !!selectors && selectors.length > 0;
  try {
    const store = localStorageOf(doc);
    if (store) {
      if (!present) store.removeItem(MIRROR_KEY);
      else store.setItem(MIRROR_KEY, JSON.stringify(selectors.slice(0, MAX_MIRROR_SELECTORS)));
    }
  } catch {
    // quota or disabled storage: the asynchronous path still works
  }
  if (site) updateMirroredSites(site, present);
}

function markApplied(start: number): void {
  try {
    performance.measure('plainly:early', { start, end: performance.now() });
    performance.mark('plainly:early-style');
  } catch {
    // timing is best effort
  }
}

/** What extension storage said at document_start, for the document_idle content script to reuse. */
export interface EarlyAnswer {
  site: string;
  memory: SiteMemory | null;
  keep: ClutterCategory[];
}

// Both content scripts of the extension share one global (the isolated world; page scripts cannot see
// it), so the idle script's clean view can start from this answer instead of reading storage again.
const EARLY_ANSWER = Symbol.for('plainly.early-answer');
type AnswerHolder = Record<symbol, Promise<EarlyAnswer> | undefined>;

/** The answer the document_start script got for `site`, if it ran in this document; each is taken once. */
export function takeEarlyAnswer(site: string): Promise<EarlyAnswer> | null {
  const holder = globalThis as unknown as AnswerHolder;
  const answer = holder[EARLY_ANSWER];
  holder[EARLY_ANSWER] = undefined;
  return answer ? answer.then((value) => (value.site === site ? value : Promise.reject(new Error('other site')))) : null;
}

/** The same answer without taking it: the content script decides from it whether clean view starts at all. */
export function peekEarlyAnswer(site: string): Promise<EarlyAnswer> | null {
  const answer = (globalThis as unknown as AnswerHolder)[EARLY_ANSWER];
  return answer ? answer.then((value) => (value.site === site ? value : Promise.reject(new Error('other site')))) : null;
}

/**
 * Whether `site` opens clean, from extension storage (when the document_start script left no answer):
 * its memory is read only when `keys` (the storage keys) hold one.
 */
export async function readRemembered(site: string, keys: Promise<readonly string[]>): Promise<boolean> {
  const key = siteMemoryKey(site).slice('local:'.length);
  if (!(await keys).includes(key)) return false;
  return normalizeSiteMemory((await browser.storage.local.get(key))[key])?.remember === true;
}

/** Resolves to whether the page ended up with an early stylesheet. */
export async function applyEarlyRules(doc: Document, url: string): Promise<boolean> {
  const site = siteKey(url);
  if (!site) return false;
  const start = performance.now();
  // Asked first, so the answer is on its way while the page parses.
  // Plain browser.storage (not @wxt-dev/storage): this script runs on every page, and the library's
  // code would be loaded and run on every page for this one read.
  const [memoryKey, prefsKey] = [siteMemoryKey(site), CLEAN_VIEW_PREFS_KEY].map((key) => key.slice('local:'.length)) as [string, string];
  const answer = browser.storage.local.get([memoryKey, prefsKey, MIRRORED_SITES_KEY]);
  const shared = answer.then((values) => ({ site, memory: normalizeSiteMemory(values[memoryKey]), keep: normalizePrefs(values[prefsKey]).keep }));
  shared.catch(() => undefined);
  (globalThis as unknown as AnswerHolder)[EARLY_ANSWER] = shared;
  let settled = false;
  let mirrored: string[] | null | undefined; // undefined: not read
  let applied = false;
  const readAndApplyMirror = () => {
    if (settled || mirrored !== undefined) return;
    mirrored = readMirror(doc);
    if (mirrored?.length) {
      upsertStyle(doc, EARLY_STYLE_ID, hideCss(doc, mirrored, false));
      markApplied(start);
      applied = true;
    }
  };
  // The page must not paint or reach DOMContentLoaded without the stylesheet: if extension storage has
  // not answered by then, the mirror stands in. (rAF callbacks run before the frame is painted; a
  // capturing listener on the window runs before every DOMContentLoaded listener of the document.)
  const view = doc.defaultView;
  view?.requestAnimationFrame(readAndApplyMirror);
  view?.addEventListener('DOMContentLoaded', readAndApplyMirror, { once: true, capture: true });

  const mirroredList: unknown = (await answer)[MIRRORED_SITES_KEY];
  const { memory, keep } = await shared;
  settled = true;
  view?.removeEventListener('DOMContentLoaded', readAndApplyMirror, { capture: true });
  const selectors = memory?.remember ? earlySelectors(memory, new Set(keep)) : [];
  const listed = Array.isArray(mirroredList) && (mirroredList as unknown[]).includes(site);
  if (selectors.length === 0) {
    // Not (or no longer) remembered: a mirror left from before is stale.
    if (applied) removeStyle(doc, EARLY_STYLE_ID);
    if (mirrored === undefined && (listed || memory)) mirrored = readMirror(doc);
    if (mirrored) writeMirror(doc, null);
    if (listed) updateMirroredSites(site, false);
    return false;
  }
  // A remembered site (the user asked for it there): keep its mirror in step for the next visit.
  if (mirrored === undefined) mirrored = readMirror(doc);
  if (!applied || !mirrored || mirrored.join('\n') !== selectors.join('\n')) {
    upsertStyle(doc, EARLY_STYLE_ID, hideCss(doc, selectors, false));
    if (!applied) markApplied(start);
  }
  if (!mirrored || mirrored.join('\n') !== selectors.join('\n') || !listed) writeMirror(doc, selectors, site);
  return true;
}
