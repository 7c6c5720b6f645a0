// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHighlight, type Highlight } from '../../../core/highlights/model';
import type { ArticleResult, Selector } from '../../../core/types';
import type { HighlightChange } from '../../../utils/highlights-store';
import type { PageContext } from '../../../utils/page-context';
import { PageHighlights } from '../../../utils/highlights/page-highlights';
import { ReaderHighlights, selectionIn } from '../../../utils/highlights/reader-highlights';
import { createPainter, MARK_ATTRIBUTE } from '../../../utils/highlights/render';
import { onReaderOpen, openReaderOverlay, type ReaderHandle, type ReaderOverlay } from '../../../utils/reader/overlay';
import { DEFAULT_READER_PREFS } from '../../../utils/settings';

const URL_KEY = 'https://news.example.com/story';
const PAGE = '<nav>Home News</nav><article id="story"><h1>Budget passes</h1><p>The council approved the budget on Tuesday after a long night.</p><div class="ad">Buy now</div><p>Critics said the plan was rushed and the vote too early.</p></article>';
const READER_BODY = '<p>The council approved the budget on Tuesday after a long night.</p><p>Critics said the plan was rushed and the vote too early.</p>';

// ReaderView's labels: any string will do here.
beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((name: string) => name) as never;
});

function fragment(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

function openReader(onClosed = () => undefined): ReaderOverlay {
  return openReaderOverlay(document, {
    content: { url: URL_KEY, title: 'Budget passes', subtitle: null, byline: [], published: null, siteName: null, lang: 'en', leadImage: null, body: fragment(READER_BODY) },
    prefs: DEFAULT_READER_PREFS,
    onPrefsChange: () => undefined,
    onClosed,
  });
}

function rangeIn(root: Node, snippet: string): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(snippet);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + snippet.length);
    return range;
  }
  throw new Error(`no ${snippet}`);
}

function highlight(id: string, selectors: Selector[], color: Highlight['color'] = 'yellow'): Highlight {
  return createHighlight({ id, url: URL_KEY, selectors, color })!;
}

const quote = (exact: string, prefix: string, suffix: string): Selector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

/** A source whose list can be changed by the test (PageHighlights in the content script). */
function fakeSource(initial: Highlight[]) {
  let list = initial;
  const listeners = new Set<() => void>();
  return {
    all: () => list,
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: Highlight[]) {
      list = next;
      listeners.forEach((l) => l());
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}

const marksIn = (root: ParentNode) => {
  const out: Record<string, string> = {};
  for (const mark of Array.from(root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`))) {
    const id = mark.getAttribute(MARK_ATTRIBUTE)!;
    out[id] = (out[id] ?? '') + mark.textContent;
  }
  return out;
};

describe('reader overlay hook', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });
  afterEach(() => document.querySelector('plainly-reader')?.remove());

  it('hands the closed root and the article to registered extension code only, and cleans up on close', () => {
    const seen: ReaderHandle[] = [];
    const cleanup = vi.fn();
    const unregister = onReaderOpen((reader) => {
      seen.push(reader);
      return cleanup;
    });
    const reader = openReader();
    expect(seen).toHaveLength(1);
    const handle = seen[0]!;
    // The page sees a host without a shadow root; the listener got the root and the article text.
    expect(document.querySelector('plainly-reader')!.shadowRoot).toBeNull();
    expect(handle.shadowRoot.mode).toBe('closed');
    expect(handle.contentRoot.textContent).toContain('approved the budget');
    expect(handle.contentRoot.getRootNode()).toBe(handle.shadowRoot);
    expect(handle.isChrome(handle.contentRoot.querySelector('footer')!)).toBe(true);
    expect(handle.isChrome(handle.contentRoot.querySelector('p')!)).toBe(false);
    expect(handle.isOpen).toBe(true);

    reader.close();
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(handle.isOpen).toBe(false);
    unregister();
    openReader().close();
    expect(seen).toHaveLength(1);
  });

  it('runs a listener registered while a reader is open at once; a failing listener does not break the reader', () => {
    const failing = onReaderOpen(() => {
      throw new Error('boom');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reader = openReader();
    expect(reader.isOpen).toBe(true);
    expect(warn).toHaveBeenCalled();
    const late = vi.fn(() => undefined);
    const unregister = onReaderOpen(late);
    expect(late).toHaveBeenCalledTimes(1);
    reader.close();
    unregister();
    failing();
    warn.mockRestore();
  });
});

describe('ReaderHighlights', () => {
  let reader: ReaderOverlay;
  let handle: ReaderHandle;
  let unregister: () => void;

  beforeEach(() => {
    document.body.innerHTML = PAGE;
    unregister = onReaderOpen((h) => {
      handle = h;
    });
    reader = openReader();
  });
  afterEach(() => {
    reader.close();
    unregister();
  });

  it('anchors by quote and context only (page positions and hints are ignored), paints marks inside the reader, never on the page', () => {
    const pageBefore = document.body.innerHTML;
    const source = fakeSource([
      highlight('a', [quote('approved the budget', 'The council ', ' on Tuesday'), { type: 'TextPositionSelector', start: 500, end: 519 }, { type: 'CssSelector', value: ':scope > article:nth-of-type(1) > p:nth-of-type(1)' }]),
      highlight('b', [quote('the plan was rushed', 'Critics said ', ' and the vote')], 'green'),
      highlight('gone', [quote('text the article never had', 'x', 'y')]),
    ]);
    const inReader = new ReaderHighlights(handle, source);
    expect(marksIn(handle.shadowRoot)).toEqual({ a: 'approved the budget', b: 'the plan was rushed' });
    expect(handle.shadowRoot.querySelector(`mark[${MARK_ATTRIBUTE}="b"]`)!.getAttribute('data-color')).toBe('green');
    expect(document.body.innerHTML).toBe(pageBefore);
    expect(inReader.rangeOf('a')!.toString()).toBe('approved the budget');

    // Recolour, add, remove: the reader follows the source.
    const [a, b] = source.all();
    source.set([{ ...a!, color: 'pink' }, b!, highlight('c', [quote('a long night', 'Tuesday after ', '. Critics')])]);
    expect(handle.shadowRoot.querySelector(`mark[${MARK_ATTRIBUTE}="a"]`)!.getAttribute('data-color')).toBe('pink');
    expect(marksIn(handle.shadowRoot)).toEqual({ a: 'approved the budget', b: 'the plan was rushed', c: 'a long night' });
    source.set([b!]);
    expect(marksIn(handle.shadowRoot)).toEqual({ b: 'the plan was rushed' });
    // The reader's text is whole again where marks were removed.
    expect(handle.contentRoot.querySelector('.body p')!.childNodes).toHaveLength(1);

    inReader.destroy();
    expect(marksIn(handle.shadowRoot)).toEqual({});
    expect(source.listenerCount).toBe(0);
  });

  it('describes a reader selection by its reader text, finds the clicked highlight, and reads the selection in the shadow root', () => {
    const source = fakeSource([highlight('a', [quote('approved the budget', 'The council ', ' on Tuesday')])]);
    const inReader = new ReaderHighlights(handle, source);
    const range = rangeIn(handle.contentRoot, 'was rushed');
    const selectors = inReader.describe(range);
    expect(selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'was rushed', prefix: expect.stringContaining('Critics said the plan') });

    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(selectionIn(handle.shadowRoot)?.toString()).toBe('was rushed');
    expect(inReader.selectedRange()?.toString()).toBe('was rushed');
    document.getSelection()!.removeAllRanges();
    expect(inReader.selectedRange()).toBeNull();

    const mark = handle.shadowRoot.querySelector(`mark[${MARK_ATTRIBUTE}="a"]`)!;
    const click = new MouseEvent('mouseup', { bubbles: true, composed: true });
    let found: string | null = null;
    handle.shadowRoot.addEventListener('mouseup', (event) => (found = inReader.idAt(event)), { once: true });
    mark.dispatchEvent(click);
    expect(found).toBe('a');
    inReader.destroy();
  });
});

// ---------------------------------------------------------------------------------------------
// Saving a reader selection on the page
// ---------------------------------------------------------------------------------------------

function memoryStore() {
  const records = new Map<string, Highlight>();
  const watchers = new Set<(changes: HighlightChange[]) => void>();
  return {
    records,
    async listForUrl(url: string) {
      return [...records.values()].filter((h) => h.url === url);
    },
    async save(h: Highlight) {
      records.set(h.id, h);
      watchers.forEach((w) => w([{ id: h.id, url: h.url, highlight: h }]));
      return h;
    },
    async update(): Promise<Highlight> {
      throw new Error('unused');
    },
    async remove() {
      return null;
    },
    async restore(h: Highlight) {
      return h;
    },
    watch(callback: (changes: HighlightChange[]) => void) {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
}

function pageContext(): PageContext {
  return {
    document,
    url: URL_KEY,
    article: () => ({ root: document.getElementById('story'), title: 'Budget passes', siteName: 'Example News', published: null }) as unknown as ArticleResult,
    invalidate: () => undefined,
    isHidden: () => false,
  };
}

describe('PageHighlights.saveQuote (a highlight made in the reader)', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('re-describes a quote found on the page with page-based position and CSS hint, and paints it there', async () => {
    const store = memoryStore();
    const page = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter: createPainter(document, { forceMarks: true }) });
    await page.load();
    // Context as the reader has it (no ad box between the paragraphs).
    const saved = await page.saveQuote({ type: 'TextQuoteSelector', exact: 'Critics said', prefix: 'after a long night. ', suffix: ' the plan was' }, 'blue');
    expect(saved).toMatchObject({ text: 'Critics said', color: 'blue', pageTitle: 'Budget passes' });
    const position = saved!.selectors.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number };
    const hint = saved!.selectors.find((s) => s.type === 'CssSelector') as { value: string };
    const pageQuote = saved!.selectors.find((s) => s.type === 'TextQuoteSelector') as { prefix: string };
    // The page's context includes the ad box the reader left out: proof it was described on the page.
    expect(pageQuote.prefix).toContain('Buy now');
    expect(document.body.querySelector(hint.value)!.textContent).toContain('Critics said');
    expect(position.end - position.start).toBe('Critics said'.length);
    expect(page.state().states[saved!.id]).toBe('anchored');
    expect(page.painter.rangeOf(saved!.id)!.toString()).toBe('Critics said');
    expect(store.records.get(saved!.id)).toEqual(saved);
    page.destroy();
  });

  it('keeps only the quote when the page does not have the text, as a saved orphan', async () => {
    const store = memoryStore();
    const page = new PageHighlights({ page: pageContext(), store, url: URL_KEY, painter: createPainter(document, { forceMarks: true }) });
    await page.load();
    const only = { type: 'TextQuoteSelector' as const, exact: 'January 2, 2026 at 9:00 AM', prefix: 'Budget passes ', suffix: ' The council' };
    const saved = await page.saveQuote(only, 'yellow');
    expect(saved!.selectors).toEqual([only]);
    // The store's change event retries anchoring once, in idle time; it stays an orphan.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.state().states[saved!.id]).toBe('orphan');
    expect(page.all().map((h) => h.id)).toEqual([saved!.id]);
    expect(document.querySelector('mark')).toBeNull();
    page.destroy();
  });
});
