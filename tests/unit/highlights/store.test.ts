import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from '@wxt-dev/storage';
import { createHighlight, type Highlight, type HighlightV1 } from '../../../core/highlights/model';
import { toWebAnnotations } from '../../../core/highlights/export';
import { createHighlightsStore, HighlightStoreError, migrateLegacyListToV2 } from '../../../utils/highlights-store';
import type { Selector } from '../../../core/types';

const PAGE = 'https://news.example.com/2025/story?id=7&utm_source=x';
const CANONICAL = 'https://news.example.com/2025/story?id=7';

function selectors(exact: string, prefix = 'before ', suffix = ' after'): Selector[] {
  return [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
  ];
}

let clock = Date.parse('2025-03-01T10:00:00Z');
function make(exact: string, url = PAGE, extra: Partial<Highlight> = {}): Highlight {
  clock += 1000;
  const h = createHighlight({ url, pageTitle: 'Story', siteName: 'Example News', selectors: selectors(exact), now: new Date(clock) });
  if (!h) throw new Error('createHighlight returned null');
  return { ...h, ...extra };
}

/** Makes every storage call yield to the event loop a random number of times, so concurrent writers interleave. */
function interleaveStorage(seed: number) {
  let state = seed;
  const rand = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const local = fakeBrowser.storage.local;
  const delay = async () => {
    const ticks = Math.floor(rand() * 5);
    for (let i = 0; i < ticks; i++) await new Promise((r) => setTimeout(r, 0));
  };
  for (const name of ['get', 'set', 'remove'] as const) {
    const original = local[name].bind(local) as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(local, name).mockImplementation((async (...args: unknown[]) => {
      await delay();
      const result = await original(...args);
      await delay();
      return result;
    }) as never);
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('highlights store', () => {
  it('saves, lists by canonical URL, updates, removes and restores', async () => {
    const store = createHighlightsStore();
    const a = await store.save(make('first quote'));
    const b = await store.save(make('second quote'));
    await store.save(make('other page', 'https://other.example.org/a'));
    expect(a.url).toBe(CANONICAL);
    expect((await store.listForUrl(`${CANONICAL}#frag`)).map((h) => h.text)).toEqual(['first quote', 'second quote']);
    expect(await store.listAll()).toHaveLength(3);

    const updated = await store.update(a.id, { note: 'my note', color: 'green' });
    expect(updated).toMatchObject({ note: 'my note', color: 'green' });
    expect(updated.updatedAt >= a.updatedAt).toBe(true);
    expect((await store.get(a.id))?.note).toBe('my note');

    const removed = await store.remove(b.id);
    expect(removed?.id).toBe(b.id);
    expect((await store.listForUrl(PAGE)).map((h) => h.id)).toEqual([a.id]);
    await store.restore(removed!);
    expect((await store.listForUrl(PAGE)).map((h) => h.id)).toEqual([a.id, b.id]);
    expect(await store.remove('missing')).toBeNull();
    await expect(store.update('missing', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.update(a.id, { color: 'octarine' as never })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('rejects invalid records with a typed error', async () => {
    const store = createHighlightsStore();
    await expect(store.save({ ...make('x'), url: 'javascript:alert(1)' })).rejects.toBeInstanceOf(HighlightStoreError);
    await expect(store.save({ ...make('x'), selectors: [] })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('loses no write when two tabs save on the same page at the same time', async () => {
    interleaveStorage(42);
    const tabA = createHighlightsStore();
    const tabB = createHighlightsStore();
    const fromA = Array.from({ length: 15 }, (_, i) => make(`tab A quote ${i}`));
    const fromB = Array.from({ length: 15 }, (_, i) => make(`tab B quote ${i}`));
    // Interleave: A0, B0, A1, B1, … all in flight together, plus edits and removals racing with saves.
    await Promise.all(fromA.flatMap((h, i) => [tabA.save(h), tabB.save(fromB[i]!)]));
    await Promise.all([tabA.update(fromB[0]!.id, { note: 'edited in A' }), tabB.remove(fromA[1]!.id), tabA.save(make('late A')), tabB.save(make('late B'))]);
    const texts = (await createHighlightsStore().listForUrl(PAGE)).map((h) => h.text).sort();
    const expected = [...fromA, ...fromB].map((h) => h.text).filter((t) => t !== 'tab A quote 1');
    expect(texts).toEqual([...expected, 'late A', 'late B'].sort());
    expect((await tabB.get(fromB[0]!.id))?.note).toBe('edited in A');
  });

  it('the same interleaving does lose writes with a shared per-page list (the test can fail)', async () => {
    interleaveStorage(42);
    // A naive layout: read the page list, append, write it back.
    const naiveSave = async (h: Highlight) => {
      const list = (await storage.getItem<Highlight[]>('local:naive')) ?? [];
      await storage.setItem('local:naive', [...list, h]);
    };
    const all = Array.from({ length: 20 }, (_, i) => make(`naive ${i}`));
    await Promise.all(all.map(naiveSave));
    expect(((await storage.getItem<Highlight[]>('local:naive')) ?? []).length).toBeLessThan(all.length);
  });

  it('surfaces a quota error and keeps what was saved', async () => {
    const store = createHighlightsStore();
    const kept = await store.save(make('kept'));
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota);
    const error = await store.save(make('too much')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HighlightStoreError);
    expect((error as HighlightStoreError).code).toBe('quota');
    expect((error as HighlightStoreError).message).toMatch(/storage is full/i);
    await expect(store.importAnnotations(toWebAnnotations([make('imported')]))).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect((await store.listAll()).map((h) => h.id)).toEqual([kept.id]);
  });

  it('imports Web Annotations: merges without duplicates, newer edits win, problems reported', async () => {
    const store = createHighlightsStore();
    const a = await store.save(make('alpha'));
    const b = make('beta');
    const exported = toWebAnnotations([a, b]);
    const first = await store.importAnnotations(exported);
    expect(first).toEqual({ added: 1, updated: 0, unchanged: 1, problems: [] });
    const again = await store.importAnnotations(JSON.stringify(exported));
    expect(again).toMatchObject({ added: 0, unchanged: 2 });
    expect(await store.listAll()).toHaveLength(2);

    // Same quote under another id (e.g. exported from another browser profile): not a duplicate row.
    const twin = { ...toWebAnnotations([{ ...a, id: 'other-id' }]) };
    expect(await store.importAnnotations(twin)).toMatchObject({ added: 0 });

    const newer = { ...b, note: 'newer note', updatedAt: new Date(clock + 60_000).toISOString() };
    const withBad = toWebAnnotations([newer]);
    (withBad.first.items as unknown[]).push({ type: 'Annotation', id: 'x', target: { source: 'not a url' } });
    const merged = await store.importAnnotations(withBad);
    expect(merged.updated).toBe(1);
    expect(merged.problems).toHaveLength(1);
    expect((await store.get(b.id))?.note).toBe('newer note');
    await expect(store.importAnnotations('{not json')).rejects.toMatchObject({ code: 'invalid' });
  });

  it('watch reports changes from any store instance', async () => {
    const seen: string[] = [];
    const stop = createHighlightsStore().watch((changes) => seen.push(...changes.map((c) => `${c.highlight ? 'set' : 'del'}:${c.id}`)));
    const other = createHighlightsStore();
    const h = await other.save(make('watched'));
    await other.remove(h.id);
    stop();
    await other.save(make('unwatched'));
    expect(seen).toEqual([`set:${h.id}`, `del:${h.id}`]);
  });
});

describe('migration v1 → v2', () => {
  const v1: HighlightV1[] = [
    { id: 'h1', url: 'https://news.example.com/a?utm_campaign=z#top', title: 'A', site: 'Ex', quote: 'old quote', prefix: 'the ', suffix: ' end', start: 4, end: 13, color: '#A5D6A7', note: 'n', created: Date.parse('2024-05-01T00:00:00Z') },
    { id: 'h2', url: 'https://news.example.com/b', quote: 'another', created: Date.parse('2024-05-02T00:00:00Z'), updated: Date.parse('2024-06-02T00:00:00Z') },
  ];

  it('turns flat v1 records into v2 records with selectors', () => {
    const { migrated, unreadable } = migrateLegacyListToV2([...v1, { id: 'broken' }]);
    expect(unreadable).toEqual([{ id: 'broken' }]);
    expect(migrated[0]).toEqual({
      id: 'h1',
      url: 'https://news.example.com/a',
      pageTitle: 'A',
      siteName: 'Ex',
      published: null,
      color: 'green',
      note: 'n',
      text: 'old quote',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'old quote', prefix: 'the ', suffix: ' end' },
        { type: 'TextPositionSelector', start: 4, end: 13 },
      ],
      createdAt: '2024-05-01T00:00:00.000Z',
      updatedAt: '2024-05-01T00:00:00.000Z',
      schemaVersion: 2,
    });
    expect(migrated[1]?.updatedAt).toBe('2024-06-02T00:00:00.000Z');
  });

  it('migrates stored v1 data on first use and keeps unreadable records', async () => {
    await fakeBrowser.storage.local.set({ highlights: [...v1, { id: 'broken', quote: '' }] });
    const store = createHighlightsStore();
    const all = await store.listAll();
    expect(all.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(all[0]!.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'old quote' });
    expect(await store.listForUrl('https://news.example.com/a')).toHaveLength(1);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw.highlights).toBeUndefined();
    expect(raw['hl-unreadable']).toEqual([{ id: 'broken', quote: '' }]);
    // Idempotent: a second store (another tab) finds nothing left to migrate and no duplicates appear.
    expect(await createHighlightsStore().ensureMigrated()).toEqual({ moved: 0, unreadable: 0 });
    expect(await createHighlightsStore().listAll()).toHaveLength(2);
  });

  it('reads a v1-shaped record found under a record key', async () => {
    await fakeBrowser.storage.local.set({ 'hl:x:h9': { id: 'h9', url: 'https://news.example.com/a', quote: 'q', created: 0 } });
    const [h] = await createHighlightsStore().listAll();
    expect(h).toMatchObject({ id: 'h9', text: 'q', schemaVersion: 2 });
  });
});
