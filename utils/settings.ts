/**
 * Clean view and reader settings in browser local storage (typed @wxt-dev/storage items):
 * - which clutter categories the user keeps visible (per-category switches),
 * - reader view typography,
 * - per-site memory: "open this site clean", the CSS selectors cached from the last detection (applied
 *   at document_start on the next visit, so the page opens clean without a flash), and the user's
 *   "hide this" picker rules.
 *
 * Each site has its own small storage key so the document_start script reads only a few hundred bytes.
 * Malformed stored values are repaired field by field, never thrown away as a whole.
 */
import { storage } from 'wxt/utils/storage';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../core/types';

// ---------------------------------------------------------------------------------------------
// Per-category switches
// ---------------------------------------------------------------------------------------------

export interface CleanViewPrefs {
  /** Categories left visible when clean view is on. */
  keep: ClutterCategory[];
}

/** Site navigation stays by default: hiding a site's menu surprises more than it helps. */
export const DEFAULT_CLEAN_VIEW_PREFS: CleanViewPrefs = { keep: ['nav'] };

/** The storage key of the per-category switches (read by the document_start script without the item). */
export const CLEAN_VIEW_PREFS_KEY = 'local:cleanView.prefs';

// Defining a WXT storage item reads its value at once (and runs migrations): one storage round trip.
// Marked pure so a bundle that does not use the item (the document_start script) neither contains nor
// runs it.
export const cleanViewPrefs = /* @__PURE__ */ storage.defineItem<CleanViewPrefs>(CLEAN_VIEW_PREFS_KEY, {
  fallback: DEFAULT_CLEAN_VIEW_PREFS,
  version: 1,
});

export function isClutterCategory(value: unknown): value is ClutterCategory {
  return typeof value === 'string' && (CLUTTER_CATEGORIES as readonly string[]).includes(value);
}

export function normalizePrefs(raw: unknown): CleanViewPrefs {
  const keep = (raw as Partial<CleanViewPrefs> | null)?.keep;
  return { keep: Array.isArray(keep) ? [...new Set(keep.filter(isClutterCategory))] : [...DEFAULT_CLEAN_VIEW_PREFS.keep] };
}

export async function getKeptCategories(): Promise<Set<ClutterCategory>> {
  return new Set(normalizePrefs(await cleanViewPrefs.getValue()).keep);
}

// ---------------------------------------------------------------------------------------------
// Reader view typography
// ---------------------------------------------------------------------------------------------

export type ReaderTheme = 'light' | 'sepia' | 'dark';
export type ReaderWidth = 'narrow' | 'medium' | 'wide';
export type ReaderFont = 'sans' | 'serif';

export interface ReaderPrefs {
  /** Body font size in CSS px. */
  fontSize: number;
  lineWidth: ReaderWidth;
  theme: ReaderTheme;
  font: ReaderFont;
}

export const READER_FONT_SIZES = { min: 14, max: 30, step: 2 } as const;
export const DEFAULT_READER_PREFS: ReaderPrefs = { fontSize: 19, lineWidth: 'medium', theme: 'light', font: 'sans' };

export const readerPrefs = /* @__PURE__ */ storage.defineItem<ReaderPrefs>('local:reader.prefs', {
  fallback: DEFAULT_READER_PREFS,
  version: 1,
});

export function normalizeReaderPrefs(raw: unknown): ReaderPrefs {
  const value = (raw ?? {}) as Partial<ReaderPrefs>;
  const size = Number(value.fontSize);
  return {
    fontSize: Number.isFinite(size) ? Math.min(READER_FONT_SIZES.max, Math.max(READER_FONT_SIZES.min, Math.round(size))) : DEFAULT_READER_PREFS.fontSize,
    lineWidth: value.lineWidth === 'narrow' || value.lineWidth === 'wide' || value.lineWidth === 'medium' ? value.lineWidth : DEFAULT_READER_PREFS.lineWidth,
    theme: value.theme === 'sepia' || value.theme === 'dark' || value.theme === 'light' ? value.theme : DEFAULT_READER_PREFS.theme,
    font: value.font === 'serif' || value.font === 'sans' ? value.font : DEFAULT_READER_PREFS.font,
  };
}

// ---------------------------------------------------------------------------------------------
// Per-site memory
// ---------------------------------------------------------------------------------------------

/** A selector cached from detection, with its category so the per-category switches still apply. */
export interface CachedRule {
  selector: string;
  category: ClutterCategory;
}

/** A "hide this" rule the user made with the picker. */
export interface PickedRule {
  selector: string;
  addedAt: number;
}

export interface SiteMemory {
  /** Open this site in clean view on later visits (set when the user turns clean view on). */
  remember: boolean;
  /** Selectors of clutter detected on this site's pages, newest first (capped). */
  rules: CachedRule[];
  /** The user's picker rules for this site. */
  picked: PickedRule[];
  updatedAt: number;
}

/** Enough for a site's recurring widgets, small enough to read at document_start on every visit. */
export const MAX_CACHED_RULES = 120;
const SITE_PREFIX = 'cleanView.site:';

export function siteMemoryKey(site: string): `local:${string}` {
  return `local:${SITE_PREFIX}${site}`;
}

export function emptySiteMemory(): SiteMemory {
  return { remember: false, rules: [], picked: [], updatedAt: 0 };
}

/** Repairs a stored value field by field; null only when there is nothing usable at all. */
export function normalizeSiteMemory(raw: unknown): SiteMemory | null {
  if (!raw || typeof raw !== 'object') return null;
  const value = raw as Partial<SiteMemory>;
  const rules = Array.isArray(value.rules)
    ? value.rules.filter((rule): rule is CachedRule => !!rule && typeof rule.selector === 'string' && rule.selector.length > 0 && isClutterCategory(rule.category))
    : [];
  const picked = Array.isArray(value.picked)
    ? value.picked
        .filter((rule): rule is PickedRule => !!rule && typeof rule.selector === 'string' && rule.selector.length > 0)
        .map((rule) => ({ selector: rule.selector, addedAt: Number(rule.addedAt) || 0 }))
    : [];
  return { remember: value.remember === true, rules, picked, updatedAt: Number(value.updatedAt) || 0 };
}

export async function getSiteMemory(site: string): Promise<SiteMemory | null> {
  return normalizeSiteMemory(await storage.getItem<unknown>(siteMemoryKey(site)));
}

/** Read-modify-write of one site's memory. Removes the key when nothing is left to remember. */
export async function updateSiteMemory(site: string, update: (memory: SiteMemory) => SiteMemory): Promise<SiteMemory> {
  const next = update((await getSiteMemory(site)) ?? emptySiteMemory());
  next.updatedAt = Date.now();
  if (!next.remember && next.rules.length === 0 && next.picked.length === 0) await storage.removeItem(siteMemoryKey(site));
  else await storage.setItem(siteMemoryKey(site), next);
  return next;
}

export async function listSiteMemories(): Promise<{ site: string; memory: SiteMemory }[]> {
  const all = await storage.snapshot('local');
  const sites: { site: string; memory: SiteMemory }[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SITE_PREFIX)) continue;
    const memory = normalizeSiteMemory(value);
    if (memory) sites.push({ site: key.slice(SITE_PREFIX.length), memory });
  }
  return sites.sort((a, b) => a.site.localeCompare(b.site));
}

export async function forgetSite(site: string): Promise<void> {
  await storage.removeItem(siteMemoryKey(site));
}

export async function removePickedRule(site: string, selector: string): Promise<SiteMemory> {
  return updateSiteMemory(site, (memory) => ({ ...memory, picked: memory.picked.filter((rule) => rule.selector !== selector) }));
}

export async function addPickedRule(site: string, selector: string): Promise<SiteMemory> {
  return updateSiteMemory(site, (memory) =>
    memory.picked.some((rule) => rule.selector === selector) ? memory : { ...memory, picked: [...memory.picked, { selector, addedAt: Date.now() }] },
  );
}

/** Fresh rules first, then older ones not repeated, capped: recurring widgets stay cached. */
export function mergeCachedRules(fresh: readonly CachedRule[], old: readonly CachedRule[], cap = MAX_CACHED_RULES): CachedRule[] {
  const seen = new Set<string>();
  const merged: CachedRule[] = [];
  for (const rule of [...fresh, ...old]) {
    if (seen.has(rule.selector)) continue;
    seen.add(rule.selector);
    merged.push(rule);
    if (merged.length >= cap) break;
  }
  return merged;
}
