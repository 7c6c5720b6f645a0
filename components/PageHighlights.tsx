/**
 * The popup's list of the current page's highlights: text, note, colour, and whether it was found
 * on the page ("Not found on this page" orphans are listed, never dropped). "Show" scrolls the page
 * to a highlight. Talks to the tab and the store only through `PageHighlightsClient`, so it is
 * tested without a browser.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Highlight } from '../core/highlights/model';
import { SWATCH_VALUES, normalizeColor } from '../utils/highlights/colors';
import { t } from '../utils/highlights/i18n';
import { highlightsStore, type HighlightChange } from '../utils/highlights-store';
import { sendMessage, type PageHighlightsState } from '../utils/messages';
import '../utils/highlights/page-highlights.css';
import { scriptLang } from './ui-language';

export interface PageHighlightsClient {
  /** The page's highlight key and anchoring states; rejects when the tab has no content script. */
  getState(): Promise<PageHighlightsState>;
  list(url: string): Promise<Highlight[]>;
  watch(callback: (changes: HighlightChange[]) => void): () => void;
  reveal(id: string): Promise<boolean>;
  openLibrary(): void;
}

export function createPageHighlightsClient(tabId: number): PageHighlightsClient {
  return {
    getState: () => sendMessage('getPageHighlights', undefined, tabId),
    list: (url) => highlightsStore.listForUrl(url),
    watch: (callback) => highlightsStore.watch(callback),
    reveal: (id) => sendMessage('revealHighlight', { id }, tabId),
    openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/highlights.html') }),
  };
}

/** Reading order: by the remembered position in the page text, then by saving time. */
export function inPageOrder(list: Highlight[]): Highlight[] {
  const start = (h: Highlight) => h.selectors.find((s) => s.type === 'TextPositionSelector')?.start ?? Number.MAX_SAFE_INTEGER;
  return [...list].sort((a, b) => start(a) - start(b) || a.createdAt.localeCompare(b.createdAt));
}

export interface PageHighlightsProps {
  tabId: number | null;
  /** Injected in tests; built from `tabId` otherwise. */
  client?: PageHighlightsClient;
}

interface Loaded {
  state: PageHighlightsState;
  highlights: Highlight[];
}

export function PageHighlights({ tabId, client: injected }: PageHighlightsProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    const client = injected ?? (tabId === null ? null : createPageHighlightsClient(tabId));
    if (!client) return;
    let alive = true;
    let url: string | null = null;
    const refresh = async () => {
      try {
        const state = await client.getState();
        url = state.url;
        const highlights = state.url ? inPageOrder(await client.list(state.url)) : [];
        if (alive) setLoaded({ state, highlights });
      } catch {
        // No content script in the tab: nothing to list.
        if (alive) setLoaded(null);
      }
    };
    void refresh();
    const unwatch = client.watch((changes) => {
      if (changes.some((change) => change.url === null || change.url === url)) void refresh();
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [tabId, injected]);

  if (!loaded?.state.url) return null;
  const client = injected ?? (tabId === null ? null : createPageHighlightsClient(tabId));
  const { highlights, state } = loaded;

  return (
    <div class="page-highlights" data-testid="page-highlights">
      <div class="page-highlights-head">
        <h2>
          {t('highlights.pageTitle')} {highlights.length > 0 && <span class="count">{highlights.length}</span>}
        </h2>
        <button type="button" class="link-button" onClick={() => client?.openLibrary()}>
          {t('highlights.openLibrary')}
        </button>
      </div>
      {highlights.length === 0 ? (
        <p class="hint">{t('highlights.pageEmpty')}</p>
      ) : (
        <ul>
          {highlights.map((h) => {
            const orphan = state.states[h.id] === 'orphan';
            return (
              <li key={h.id} class={orphan ? 'orphan' : undefined}>
                <span class="dot" style={{ background: SWATCH_VALUES[normalizeColor(h.color)] }} aria-hidden="true" />
                <div class="body">
                  <q id={`page-highlight-${h.id}`} lang={scriptLang(h.text)}>
                    {h.text}
                  </q>
                  {h.note && (
                    <p class="note" lang={scriptLang(h.note)}>
                      {h.note}
                    </p>
                  )}
                  {orphan && <p class="orphan-label">{t('highlights.orphan')}</p>}
                </div>
                {!orphan && (
                  <button type="button" class="show" aria-describedby={`page-highlight-${h.id}`} onClick={() => void client?.reveal(h.id)}>
                    {t('highlights.show')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
