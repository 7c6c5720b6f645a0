// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHighlight } from '../../../core/highlights/model';
import { createHighlightsStore } from '../../../utils/highlights-store';
import { mayHoldPageHighlights } from '../../../utils/highlights/stored';
import { pageKeyAfterNavigation, pageKeyUrl } from '../../../utils/highlights/page-url';

// The content script decides from the storage keys alone whether a page has highlights (and only then
// loads the highlights UI): that decision must agree with what the store lists for the page.
const PAGE = 'https://news.example.com/2025/story?id=7';
const OTHER = 'https://news.example.com/2025/story?id=8';

const keys = async () => Object.keys(await fakeBrowser.storage.local.get(null));

function make(url: string) {
  const h = createHighlight({ url, pageTitle: 'Story', siteName: 'Example', selectors: [{ type: 'TextQuoteSelector', exact: 'quoted words', prefix: 'a ', suffix: ' b' }] });
  if (!h) throw new Error('createHighlight returned null');
  return h;
}

describe('mayHoldPageHighlights', () => {
  beforeEach(() => fakeBrowser.reset());

  it('agrees with the store: yes for a page with a saved highlight, no for other pages and after deletion', async () => {
    const store = createHighlightsStore();
    expect(mayHoldPageHighlights(await keys(), PAGE)).toBe(false);
    const saved = await store.save(make(PAGE));
    expect(mayHoldPageHighlights(await keys(), PAGE)).toBe(true);
    expect(await store.listForUrl(PAGE)).toHaveLength(1);
    expect(mayHoldPageHighlights(await keys(), OTHER)).toBe(false);
    expect(await store.listForUrl(OTHER)).toHaveLength(0);
    await store.remove(saved.id);
    expect(mayHoldPageHighlights(await keys(), PAGE)).toBe(false);
  });

  it('says yes on every page while the old (v1) list still has to be moved to per-highlight keys', async () => {
    await fakeBrowser.storage.local.set({ highlights: [] });
    expect(mayHoldPageHighlights(await keys(), OTHER)).toBe(true);
  });

  it('ignores keys of other features that merely contain the prefix', () => {
    expect(mayHoldPageHighlights(['cleanView.site:news.example.com', 'hl-unreadable', 'x:hl:'], PAGE)).toBe(false);
  });
});

describe('pageKeyAfterNavigation', () => {
  it('is the page key, except that a canonical still naming the previous article gives way to the location', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.head.innerHTML = '<link rel="canonical" href="https://news.example.com/2025/story?id=7">';
    expect(pageKeyAfterNavigation(doc, OTHER, null)).toBe(pageKeyUrl(doc, OTHER));
    expect(pageKeyAfterNavigation(doc, OTHER, PAGE)).toBe(OTHER);
  });
});
