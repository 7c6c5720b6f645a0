// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Highlight, HighlightPatch } from '../../../core/highlights/model';
import type { ArticleResult } from '../../../core/types';
import type { HighlightChange } from '../../../utils/highlights-store';
import type { PageContext } from '../../../utils/page-context';
import { PageHighlights } from '../../../utils/highlights/page-highlights';
import { createPainter } from '../../../utils/highlights/render';

const URL_KEY = 'https://news.example.com/story';

/** An in-memory store with the real store's change notifications. */
function memoryStore(initial: Highlight[] = []) {
  const records = new Map(initial.map((h) => [h.id, h]));
  const watchers = new Set<(changes: HighlightChange[]) => void>();
  const notify = (id: string, url: string, highlight: Highlight | null) => watchers.forEach((w) => w([{ id, url, highlight }]));
  return {
    records,
    failNextSave: false,
    async listForUrl(url: string) {
      return [...records.values()].filter((h) => h.url === url);
    },
    async save(h: Highlight) {
      if (this.failNextSave) throw new Error('Browser storage is full');
      records.set(h.id, h);
      notify(h.id, h.url, h);
      return h;
    },
    async update(id: string, patch: HighlightPatch) {
      const next = { ...records.get(id)!, ...patch };
      records.set(id, next);
      notify(id, next.url, next);
      return next;
    },
    async remove(id: string) {
      const h = records.get(id) ?? null;
      records.delete(id);
      if (h) notify(id, h.url, null);
      return h;
    },
    async restore(h: Highlight) {
      records.set(h.id, h);
      notify(h.id, h.url, h);
      return h;
    },
    /** A change made elsewhere (another tab, the library). */
    external(h: Highlight | null, id: string) {
      if (h) records.set(id, h);
      else records.delete(id);
      notify(id, URL_KEY, h);
    },
    watch(callback: (changes: HighlightChange[]) => void) {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
}

function pageContext(): PageContext {
  const root = document.getElementById('story');
  return {
    document,
    url: URL_KEY,
    article: () => ({ root, title: 'A story', siteName: 'Example News', published: '2026-01-02' }) as unknown as ArticleResult,
    invalidate: () => undefined,
    isHidden: () => false,
  };
}

function selectText(snippet: string): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(snippet);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + snippet.length);
      return range;
    }
  }
  throw new Error(`no ${snippet}`);
}

const now = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PageHighlights (in the page)', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<nav>Home News</nav><article id="story"><p>The council approved the budget on Tuesday.</p><p>Critics said the plan was rushed.</p></article>';
  });

  it('saves a selection with selectors and page metadata, paints it, and restores it on the next load', async () => {
    const store = memoryStore();
    const first = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter: createPainter(document, { forceMarks: true }) });
    await first.load();
    const saved = await first.saveRange(selectText('approved the budget'), 'green', 'check the vote');
    expect(saved).toMatchObject({ url: URL_KEY, text: 'approved the budget', color: 'green', note: 'check the vote', pageTitle: 'A story', siteName: 'Example News' });
    expect(saved!.selectors.map((s) => s.type)).toContain('TextPositionSelector');
    expect(first.state().states[saved!.id]).toBe('anchored');
    first.destroy(); // unpaints (fallback marks removed)
    expect(document.querySelector('mark')).toBeNull();

    const second = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter: createPainter(document, { forceMarks: true }) });
    await second.load();
    expect(second.state().states[saved!.id]).toBe('anchored');
    expect(second.painter.rangeOf(saved!.id)!.toString()).toBe('approved the budget');
    expect(performance.getEntriesByName('plainly:highlights').length).toBeGreaterThan(0);
    second.destroy();
  });

  it('keeps highlights it cannot find as orphans, and anchors them when late content arrives', async () => {
    const store = memoryStore();
    const writer = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter: createPainter(document, { forceMarks: true }) });
    const late = await writer.saveRange(selectText('the plan was rushed'), 'yellow');
    writer.destroy();

    // Next visit: the second paragraph loads late.
    document.querySelector('#story p:last-child')!.remove();
    const page = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter: createPainter(document, { forceMarks: true }) });
    await page.load();
    expect(page.state().states[late!.id]).toBe('orphan');
    expect(store.records.has(late!.id)).toBe(true); // never dropped

    const p = document.createElement('p');
    p.textContent = 'Critics said the plan was rushed.';
    document.getElementById('story')!.append(p);
    await vi.waitFor(() => expect(page.state().states[late!.id]).toBe('anchored'), { timeout: 3000 });
    expect(page.painter.rangeOf(late!.id)!.toString()).toBe('the plan was rushed');
    page.destroy();
  });

  it('re-anchors when the page re-renders its article, and ignores unrelated changes (tickers)', async () => {
    document.body.insertAdjacentHTML('afterbegin', '<div id="ticker">BTC 100</div>');
    const store = memoryStore();
    const writer = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter: createPainter(document, { forceMarks: true }) });
    const h = (await writer.saveRange(selectText('approved the budget'), 'yellow'))!;
    writer.destroy();

    const page = new PageHighlights({ page: pageContext(), store, url: URL_KEY });
    await page.load();
    expect(page.state().states[h.id]).toBe('anchored');
    const anchorings = () => performance.getEntriesByName('plainly:highlights').length;
    const before = anchorings();

    // A ticker ticking: no re-anchoring.
    for (let i = 0; i < 3; i++) document.getElementById('ticker')!.firstChild!.textContent = `BTC ${101 + i}`;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(anchorings()).toBe(before);

    // Hydration: the article's paragraph is replaced by an identical new node.
    const old = document.querySelector('#story p')!;
    old.replaceWith(old.cloneNode(true));
    await vi.waitFor(() => expect(page.painter.rangeOf(h.id)?.startContainer.isConnected).toBe(true), { timeout: 3000 });
    expect(page.painter.rangeOf(h.id)!.toString()).toBe('approved the budget');
    expect(page.state().states[h.id]).toBe('anchored');
    page.destroy();
  });

  it('follows changes made elsewhere: removal unpaints, a new record is anchored, a colour change repaints', async () => {
    const store = memoryStore();
    const painter = createPainter(document, { forceMarks: true });
    const page = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter });
    await page.load();
    const h = (await page.saveRange(selectText('on Tuesday'), 'yellow'))!;

    store.external({ ...h, color: 'blue' }, h.id);
    expect(document.querySelector(`mark[data-plainly-highlight="${h.id}"]`)!.getAttribute('data-color')).toBe('blue');

    store.external(null, h.id); // deleted in the library
    expect(page.state().states[h.id]).toBeUndefined();
    expect(document.querySelector('mark')).toBeNull();

    store.external(h, h.id); // undo in the library
    await vi.waitFor(() => expect(page.state().states[h.id]).toBe('anchored'));

    const removed = await page.remove(h.id); // delete + undo in the page
    expect(document.querySelector('mark')).toBeNull();
    await page.restore(removed!);
    await vi.waitFor(() => expect(page.state().states[h.id]).toBe('anchored'));
    expect(store.records.get(h.id)).toEqual(removed);
    page.destroy();
  });

  it('does not keep a highlight painted when saving fails', async () => {
    const store = memoryStore();
    store.failNextSave = true;
    const page = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter: createPainter(document, { forceMarks: true }) });
    await page.load();
    await expect(page.saveRange(selectText('approved'), 'yellow')).rejects.toThrow(/storage is full/);
    expect(page.state().states).toEqual({});
    expect(document.querySelector('mark')).toBeNull();
    await now();
  });
});
