/**
 * Highlights in the content script, at the cost of almost nothing on a page where the reader never
 * highlights: the UI (toolbar, painting, anchoring, the store; utils/highlights/session.ts) and article
 * detection are loaded on demand, when
 * - the reader selects text (a mouse or keyboard selection holding text, outside editable fields),
 * - the page has saved highlights (or old-format ones still to be moved), or some are saved for it in
 *   another tab or the library while it is open, or its URL asks to reveal one,
 * - the context menu or the shortcut asks to highlight, the reader view opens, or the popup asks about
 *   the page's highlights when it has some.
 *
 * On every page load: the page key (two querySelector calls and a URL parse) and one look at the
 * storage keys. Not a User Timing measure: the page can read its own timeline, and an entry on every
 * page would tell any site that Plainly is installed.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { onMessage } from '../messages';
import { loadOnDemand } from '../on-demand';
import type { PageContext } from '../page-context';
import type { HighlightsSession } from './session';
import { pageKeyAfterNavigation, revealIdFromHash, SPA_SETTLE_MS } from './page-url';
import { mayHoldPageHighlights } from './stored';

export interface HighlightsHandle {
  /** Starts the highlights UI now (e.g. the reader view is about to open and shows the page's highlights). */
  start(): Promise<HighlightsSession>;
}

export function registerHighlights(ctx: ContentScriptContext, page: PageContext): HighlightsHandle {
  const doc = page.document;
  const view = doc.defaultView ?? window;
  let key = pageKeyAfterNavigation(doc, view.location.href, null);
  let session: Promise<HighlightsSession> | null = null;

  // Highlights saved for this page elsewhere (another tab, an import in the library) are shown here too.
  const onStorageChange = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && !session && key && mayHoldPageHighlights(Object.keys(changes), key)) startQuietly();
  };
  let watching = false;
  const stopWatching = () => {
    if (watching) browser.storage.onChanged.removeListener(onStorageChange);
    watching = false;
  };

  const start = (): Promise<HighlightsSession> =>
    (session ??= loadOnDemand('highlights').then(
      ({ startHighlights }) => {
        stopWatching();
        return startHighlights(ctx, page, key);
      },
      (error: unknown) => {
        session = null; // e.g. the extension was just updated: the next request tries again
        throw error;
      },
    ));
  const startQuietly = () => void start().catch((error: unknown) => console.warn('[Plainly] could not load highlights', error));

  /** Whether this page has saved highlights: one look at the storage keys, none at their values. */
  const hasSaved = async (pageKey: string): Promise<boolean> => {
    const area = browser.storage.local as unknown as { getKeys?: () => Promise<string[]>; get(keys: null): Promise<Record<string, unknown>> };
    const keys = typeof area.getKeys === 'function' ? await area.getKeys() : Object.keys(await area.get(null));
    return mayHoldPageHighlights(keys, pageKey);
  };
  let saved: Promise<boolean> = Promise.resolve(false);
  const lookUp = () => {
    const pageKey = key;
    saved = pageKey ? hasSaved(pageKey).catch(() => true) : Promise.resolve(false); // unknown: load, as before
    void saved.then((yes) => {
      if (yes && pageKey === key) startQuietly();
    });
  };

  if (key) {
    lookUp();
    if (revealIdFromHash(view.location.hash)) startQuietly();
    // After the first answer, so the listener costs nothing during the page load itself.
    void saved.then(() => {
      if (!session && !watching) {
        browser.storage.onChanged.addListener(onStorageChange);
        watching = true;
      }
    });
  }

  /** Text the reader could mean to highlight is selected (the session decides the rest). */
  const selectsText = (): boolean => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    const range = selection.getRangeAt(0);
    const node = range.commonAncestorContainer;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!range.toString().trim() && !element?.closest('input, textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
  };
  const onSelection = () => {
    if (session || !selectsText()) return;
    void start()
      .then((ready) => ready.showForSelection())
      .catch((error: unknown) => console.warn('[Plainly] could not load highlights', error));
  };
  // Once started, the session has its own listeners; these only wait for the first selection.
  ctx.addEventListener(doc, 'mouseup', (event: MouseEvent) => {
    // After the browser has updated the selection for this click.
    if (!session && event.button === 0) ctx.setTimeout(onSelection, 0);
  });
  ctx.addEventListener(doc, 'keyup', (event: KeyboardEvent) => {
    // Keyboard selection (Shift+arrows, Ctrl+A).
    if (!session && (event.shiftKey || event.key === 'Shift' || ((event.ctrlKey || event.metaKey) && event.key === 'a'))) onSelection();
  });

  // Single-page sites change the URL without a new document: look again for the new page's highlights.
  const withoutHash = (href: string) => href.split('#')[0];
  let shownAt = withoutHash(view.location.href);
  ctx.addEventListener(view, 'wxt:locationchange', (event: Event) => {
    if (session) return; // the session follows the page itself
    const next = (event as Event & { newUrl?: URL }).newUrl ?? new URL(view.location.href);
    if (withoutHash(next.href) === shownAt) {
      if (revealIdFromHash(next.hash)) startQuietly();
      return;
    }
    shownAt = withoutHash(next.href);
    ctx.setTimeout(() => {
      if (session) return;
      page.invalidate();
      key = pageKeyAfterNavigation(doc, view.location.href, key);
      lookUp();
    }, SPA_SETTLE_MS);
  });

  const removeListeners = [
    onMessage('highlightSelection', async ({ data }) => (await start()).highlightSelection(data?.color)),
    onMessage('revealHighlight', async ({ data }) => {
      if (!session && !(await saved)) return false;
      return (await start()).reveal(data.id);
    }),
    onMessage('getPageHighlights', async () => {
      if (!session && !(await saved)) return { url: key, states: {} };
      return (await start()).state();
    }),
  ];
  ctx.onInvalidated(() => {
    for (const remove of removeListeners) remove();
    stopWatching();
  });
  return { start };
}
