/**
 * Highlights storage: browser local storage only (never synced, never sent anywhere).
 *
 * Layout (schema v2): one storage key per highlight, `hl:<pageKey>:<id>`, where pageKey is a hash
 * of the page's canonical URL. Why: two tabs (or a tab and the library page) that save at the same
 * time never write the same key, so no read-modify-write of a shared list can lose a highlight —
 * there is no shared list. A page's highlights are found by key prefix (`storage.local.getKeys()`
 * where the browser has it, else one `get(null)`), and every record also carries its URL.
 *
 * Migrations: the first release (v1) kept every highlight in one flat list under `highlights`,
 * with inline quote/prefix/suffix fields and no selectors array. The versioned WXT item below
 * migrates that value to v2 records (core/highlights/model.ts migrateHighlightV1), and
 * `ensureMigrated()` then moves them to per-highlight keys. Records the migration cannot read are
 * kept under `hl-unreadable` — nothing the user saved is dropped.
 *
 * Quota: a write that exceeds the storage quota rejects with HighlightStoreError('quota'); since
 * each write touches only its own keys, already-saved highlights are untouched.
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { canonicalizeUrl } from '../core/url';
import { LEGACY_LIST_KEY, pageKeyOf, RECORD_PREFIX } from './highlights/stored';
import { fromWebAnnotations } from '../core/highlights/export';
import {
  HIGHLIGHT_SCHEMA_VERSION,
  isHighlightColor,
  migrateHighlight,
  migrateHighlightV1,
  validateHighlight,
  type Highlight,
  type HighlightPatch,
} from '../core/highlights/model';

export type HighlightStoreErrorCode = 'quota' | 'invalid' | 'not-found' | 'storage';

export class HighlightStoreError extends Error {
  readonly code: HighlightStoreErrorCode;
  constructor(code: HighlightStoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HighlightStoreError';
    this.code = code;
  }
}

const LEGACY_KEY = `local:${LEGACY_LIST_KEY}` as const;
const UNREADABLE_KEY = 'local:hl-unreadable' as const;

export { pageKeyOf };

function recordKey(h: Pick<Highlight, 'url' | 'id'>): `local:${string}` {
  return `local:${RECORD_PREFIX}${pageKeyOf(h.url)}:${h.id}`;
}

function idOfKey(key: string): string | null {
  if (!key.startsWith(RECORD_PREFIX)) return null;
  const rest = key.slice(RECORD_PREFIX.length);
  const colon = rest.indexOf(':');
  return colon > 0 ? rest.slice(colon + 1) : null;
}

function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota|QUOTA_BYTES|NS_ERROR_DOM_QUOTA_REACHED/i.test(text);
}

async function guardedWrite<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof HighlightStoreError) throw error;
    if (isQuotaError(error)) {
      throw new HighlightStoreError('quota', `Browser storage is full: could not ${what}. Your saved highlights are unchanged; export and delete some to make room.`, { cause: error });
    }
    throw new HighlightStoreError('storage', `Could not ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The v1 layout's single list, versioned so WXT runs the v1 → v2 migration on it. */
interface LegacyListV2 {
  migrated: Highlight[];
  unreadable: unknown[];
}

export function migrateLegacyListToV2(v1: unknown): LegacyListV2 {
  const migrated: Highlight[] = [];
  const unreadable: unknown[] = [];
  for (const raw of Array.isArray(v1) ? v1 : []) {
    const result = migrateHighlightV1(raw);
    if (result.ok) migrated.push(result.value);
    else unreadable.push(raw);
  }
  return { migrated, unreadable };
}

function defineLegacyItem() {
  return storage.defineItem<LegacyListV2 | null>(LEGACY_KEY, {
    version: 2,
    migrations: { 2: migrateLegacyListToV2 },
  });
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  problems: string[];
}

export interface HighlightChange {
  id: string;
  url: string | null;
  /** The new record, or null when it was removed. */
  highlight: Highlight | null;
}

export interface HighlightsStore {
  listForUrl(url: string): Promise<Highlight[]>;
  listAll(): Promise<Highlight[]>;
  get(id: string): Promise<Highlight | null>;
  save(highlight: Highlight): Promise<Highlight>;
  update(id: string, patch: HighlightPatch): Promise<Highlight>;
  /** Removes and returns the record (pass it to restore() to undo); null when it did not exist. */
  remove(id: string): Promise<Highlight | null>;
  restore(highlight: Highlight): Promise<Highlight>;
  importAnnotations(json: unknown): Promise<ImportSummary>;
  /** Calls back on every highlight change, from any tab or page. Returns the unsubscribe function. */
  watch(callback: (changes: HighlightChange[]) => void): () => void;
  /** Runs the v1 → v2 migration if old data is present (idempotent; called by every read/write). */
  ensureMigrated(): Promise<{ moved: number; unreadable: number }>;
}

function sameContent(a: Highlight, b: Highlight): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

/** Same page, same quote in the same context: the same highlight saved twice (e.g. re-import of an older export). */
function sameAnchor(a: Highlight, b: Highlight): boolean {
  if (a.url !== b.url) return false;
  const qa = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  const qb = b.selectors.find((s) => s.type === 'TextQuoteSelector');
  return !!qa && !!qb && qa.exact === qb.exact && qa.prefix === qb.prefix && qa.suffix === qb.suffix;
}

/**
 * Creates a store. Every instance is independent (no shared memory), like two tabs: correctness
 * across instances comes from the storage layout alone.
 */
export function createHighlightsStore(): HighlightsStore {
  const local = browser.storage.local;
  let migration: Promise<{ moved: number; unreadable: number }> | null = null;

  /** Keys and (when the browser has no getKeys) values of every highlight record. */
  async function scan(prefix: string): Promise<{ keys: string[]; values: Record<string, unknown> | null }> {
    const area = local as unknown as { getKeys?: () => Promise<string[]> };
    if (typeof area.getKeys === 'function') {
      const keys = (await area.getKeys()).filter((k) => k.startsWith(prefix));
      return { keys, values: null };
    }
    const all = (await local.get(null)) as Record<string, unknown>;
    const keys = Object.keys(all).filter((k) => k.startsWith(prefix));
    return { keys, values: all };
  }

  async function readRecords(prefix: string): Promise<Array<{ key: string; value: Highlight }>> {
    const { keys, values } = await scan(prefix);
    const raw = values ?? ((await local.get(keys)) as Record<string, unknown>);
    const out: Array<{ key: string; value: Highlight }> = [];
    for (const key of keys) {
      const checked = migrateHighlight(raw[key]);
      // Unreadable records stay in storage untouched (a later version may read them).
      if (checked.ok) out.push({ key, value: checked.value });
    }
    return out.sort((a, b) => a.value.createdAt.localeCompare(b.value.createdAt) || a.value.id.localeCompare(b.value.id));
  }

  async function findById(id: string): Promise<{ key: string; value: Highlight } | null> {
    const { keys } = await scan(RECORD_PREFIX);
    const key = keys.find((k) => idOfKey(k) === id);
    if (!key) return null;
    const raw = ((await local.get(key)) as Record<string, unknown>)[key];
    const checked = migrateHighlight(raw);
    return checked.ok ? { key, value: checked.value } : null;
  }

  async function runMigration(): Promise<{ moved: number; unreadable: number }> {
    const legacy = defineLegacyItem();
    const value = await legacy.getValue(); // awaits WXT's v1 → v2 migration of the list
    if (!value || !Array.isArray(value.migrated)) return { moved: 0, unreadable: 0 };
    const existing = new Set((await scan(RECORD_PREFIX)).keys.map((k) => `local:${k}`));
    const items = value.migrated.filter((h) => !existing.has(recordKey(h))).map((h) => ({ key: recordKey(h), value: h }));
    await guardedWrite('move old highlights to the new layout', async () => {
      if (value.unreadable.length) {
        const kept = (await storage.getItem<unknown[]>(UNREADABLE_KEY)) ?? [];
        items.push({ key: UNREADABLE_KEY, value: [...kept, ...value.unreadable] } as never);
      }
      // Records first, then drop the old list: a crash in between leaves duplicates of the same ids
      // (merged by the `existing` check next time), never a loss.
      if (items.length) await storage.setItems(items);
      await storage.removeItem(LEGACY_KEY, { removeMeta: true });
    });
    return { moved: value.migrated.length, unreadable: value.unreadable.length };
  }

  function ensureMigrated() {
    migration ??= runMigration().catch((error) => {
      migration = null; // retry next time
      throw error;
    });
    return migration;
  }

  async function write(h: Highlight, what: string): Promise<Highlight> {
    const checked = validateHighlight(h);
    if (!checked.ok) throw new HighlightStoreError('invalid', `Cannot ${what}: ${checked.error}`);
    await guardedWrite(what, () => storage.setItem(recordKey(checked.value), checked.value));
    return checked.value;
  }

  return {
    ensureMigrated,

    async listForUrl(url) {
      await ensureMigrated();
      const canonical = canonicalizeUrl(url);
      if (!canonical) return [];
      const records = await readRecords(`${RECORD_PREFIX}${pageKeyOf(canonical)}:`);
      return records.map((r) => r.value).filter((h) => h.url === canonical);
    },

    async listAll() {
      await ensureMigrated();
      return (await readRecords(RECORD_PREFIX)).map((r) => r.value);
    },

    async get(id) {
      await ensureMigrated();
      return (await findById(id))?.value ?? null;
    },

    async save(highlight) {
      await ensureMigrated();
      return write({ ...highlight, schemaVersion: HIGHLIGHT_SCHEMA_VERSION }, 'save the highlight');
    },

    async update(id, patch) {
      await ensureMigrated();
      const found = await findById(id);
      if (!found) throw new HighlightStoreError('not-found', `Highlight ${id} no longer exists.`);
      const next: Highlight = { ...found.value, updatedAt: new Date().toISOString() };
      if (patch.color !== undefined) {
        if (!isHighlightColor(patch.color)) throw new HighlightStoreError('invalid', `Unknown highlight colour ${String(patch.color)}.`);
        next.color = patch.color;
      }
      if (patch.note !== undefined) next.note = String(patch.note);
      return write(next, 'update the highlight');
    },

    async remove(id) {
      await ensureMigrated();
      const found = await findById(id);
      if (!found) return null;
      await guardedWrite('delete the highlight', () => storage.removeItem(`local:${found.key}`));
      return found.value;
    },

    async restore(highlight) {
      await ensureMigrated();
      return write(highlight, 'restore the highlight');
    },

    async importAnnotations(json) {
      await ensureMigrated();
      const parsed = fromWebAnnotations(json);
      if (!parsed.ok) throw new HighlightStoreError('invalid', `Import failed: ${parsed.error}`);
      const current = await readRecords(RECORD_PREFIX);
      const byId = new Map(current.map((r) => [r.value.id, r.value]));
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, problems: [...parsed.problems] };
      const writes: Array<{ key: `local:${string}`; value: Highlight }> = [];
      for (const incoming of parsed.highlights) {
        const existing = byId.get(incoming.id) ?? current.find((r) => sameAnchor(r.value, incoming))?.value;
        if (!existing) {
          writes.push({ key: recordKey(incoming), value: incoming });
          byId.set(incoming.id, incoming);
          summary.added++;
        } else if (sameContent(existing, incoming) || existing.updatedAt >= incoming.updatedAt) {
          summary.unchanged++;
        } else {
          // Newer edit of a highlight we have: keep our id/key, take the imported content.
          writes.push({ key: recordKey(existing), value: { ...incoming, id: existing.id, url: existing.url } });
          summary.updated++;
        }
      }
      // One setItems call: the browser applies it all or nothing, so a quota error imports nothing
      // and leaves the library as it was.
      if (writes.length) await guardedWrite(`import ${writes.length} highlights`, () => storage.setItems(writes));
      return summary;
    },

    watch(callback) {
      const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
        if (area !== 'local') return;
        const out: HighlightChange[] = [];
        for (const [key, change] of Object.entries(changes)) {
          const id = idOfKey(key);
          if (!id) continue;
          const next = change.newValue == null ? null : migrateHighlight(change.newValue);
          const prev = change.oldValue == null ? null : migrateHighlight(change.oldValue);
          const highlight = next?.ok ? next.value : null;
          out.push({ id, url: highlight?.url ?? (prev?.ok ? prev.value.url : null), highlight });
        }
        if (out.length) callback(out);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** The store used by the extension's pages and content scripts. */
export const highlightsStore: HighlightsStore = createHighlightsStore();
