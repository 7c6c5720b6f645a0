/**
 * Highlights in the content script, at the cost of almost nothing on a page where the reader never
 * highlights: the UI (toolbar, painting, anchoring, the store; utils/highlights/session.ts) and article
 * detection are loaded on demand, when
 * - the reader selects text (a mouse or keyboard selection holding text, outside editable fields; the
 *   loading starts while the selection is being made),
 * - the page has saved highlights (or old-format ones still to be moved), or some are saved for it in
 *   another tab or the library while it is open, or its URL asks to reveal one,
 * - the context menu or the shortcut asks to highlight, the reader view opens, or the popup asks about
 *   the page's highlights when it has some.
 *
 * On every page load: one look at the storage keys (shared with clean view), and the page key (two
 * querySelector calls and a URL parse) only if some highlight is stored at all. Not a User Timing
 * measure: the page can read its own timeline, and an entry on every page would tell any site that
 * Plainly is installed.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { onMessage } from '../messages';
import { localStorageKeys } from '../storage-keys';
import { loadOnDemand } from '../on-demand';
import type { PageContext } from '../page-context';
import type { HighlightsSession } from './session';
import { pageKeyAfterNavigation, revealIdFromHash, SPA_SETTLE_MS } from './page-url';
import { mayHoldAnyHighlights, mayHoldPageHighlights } from './stored';

export interface HighlightsHandle {
  /** Starts the highlights UI now (e.g. the reader view is about to open and shows the page's highlights). */
  start(): Promise<HighlightsSession>;
}

/** `storageKeys`: the extension storage's keys, if the content script has read them already (utils/storage-keys.ts). */
export function registerHighlights(ctx: ContentScriptContext, page: PageContext, storageKeys?: Promise<readonly string[]>): HighlightsHandle {
  const doc = page.document;
  const view = doc.defaultView ?? window;
  /** The page key (page-url.ts), computed when first needed; undefined until then. */
  let computedKey: string | null | undefined;
  const pageKey = () => (computedKey === undefined ? (computedKey = pageKeyAfterNavigation(doc, view.location.href, null)) : computedKey);
  let session: Promise<HighlightsSession> | null = null;
  /** The session has started and listens to the page itself (it may still be loading while `session` is set). */
  let running = false;

  // Highlights saved for this page elsewhere (another tab, an import in the library) are shown here too.
  const onStorageChange = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || session || !mayHoldAnyHighlights(Object.keys(changes))) return;
    const key = pageKey();
    if (key && mayHoldPageHighlights(Object.keys(changes), key)) startQuietly();
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
        const started = startHighlights(ctx, page, pageKey());
        running = true;
        return started;
      },
      (error: unknown) => {
        session = null; // e.g. the extension was just updated: the next request tries again
        throw error;
      },
    ));
  const startQuietly = () => void start().catch((error: unknown) => console.warn('[Plainly] could not load highlights', error));

  /** Whether this page has saved highlights: one look at the storage keys, none at their values. */
  let saved: Promise<boolean> = Promise.resolve(false);
  /** Counts single-page navigations: an answer about an earlier page starts nothing. */
  let navigations = 0;
  const lookUp = (keys: Promise<readonly string[]>) => {
    const lookedUpAt = navigations;
    saved = keys.then(
      (stored) => {
        if (!mayHoldAnyHighlights(stored)) return false;
        const key = pageKey();
        return !!key && mayHoldPageHighlights(stored, key);
      },
      () => true, // unknown: load, as before
    );
    void saved.then((yes) => {
      if (yes && navigations === lookedUpAt) startQuietly();
    });
  };

  if (/^https?:$/.test(view.location.protocol)) {
    lookUp(storageKeys ?? localStorageKeys());
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
    if (!selectsText()) return;
    void start()
      .then((ready) => ready.showForSelection())
      .catch((error: unknown) => console.warn('[Plainly] could not load highlights', error));
  };
  // A selection is being made (mouse drag, Shift+arrows): load the UI, and detect the article in idle
  // time, while the reader is still selecting, so the toolbar is ready when the mouse is released.
  // Collapsed selections (clicks) cost one check.
  ctx.addEventListener(doc, 'selectionchange', () => {
    if (session || doc.getSelection()?.isCollapsed || !selectsText()) return;
    void start()
      .then((ready) => ready.prepare())
      .catch((error: unknown) => console.warn('[Plainly] could not load highlights', error));
  });
  // Once running, the session has its own listeners; these only catch the selections made before (also
  // while it loads, e.g. for the page's saved highlights).
  ctx.addEventListener(doc, 'mouseup', (event: MouseEvent) => {
    // After the browser has updated the selection for this click.
    if (!running && event.button === 0) ctx.setTimeout(onSelection, 0);
  });
  ctx.addEventListener(doc, 'keyup', (event: KeyboardEvent) => {
    // Keyboard selection (Shift+arrows, Ctrl+A).
    if (!running && (event.shiftKey || event.key === 'Shift' || ((event.ctrlKey || event.metaKey) && event.key === 'a'))) onSelection();
  });

  // Single-page sites change the URL without a new document: look again for the new page's highlights.
  const withoutHash = (href: string) => href.split('#')[0];
  let shownAt = withoutHash(view.location.href);
  ctx.addEventListener(view, 'wxt:locationchange', (event: Event) => {
    if (running) return; // the session follows the page itself
    const next = (event as Event & { newUrl?: URL }).newUrl ?? new URL(view.location.href);
    if (withoutHash(next.href) === shownAt) {
      // The session reveals the highlight the fragment names when it starts.
      if (revealIdFromHash(next.hash)) startQuietly();
      return;
    }
    shownAt = withoutHash(next.href);
    navigations++;
    ctx.setTimeout(() => {
      page.invalidate();
      // Not computed on the previous page: no highlight was stored then, so none can be mistaken for this page's.
      computedKey = pageKeyAfterNavigation(doc, view.location.href, computedKey ?? null);
      // A session that started since the navigation (without seeing it) moves to the new page; one still
      // loading starts with the new key.
      if (running) void session?.then((started) => started.restart(computedKey ?? null));
      else if (!session) lookUp(localStorageKeys());
    }, SPA_SETTLE_MS);
  });

  const removeListeners = [
    onMessage('highlightSelection', async ({ data }) => (await start()).highlightSelection(data?.color)),
    onMessage('revealHighlight', async ({ data }) => {
      if (!session && !(await saved)) return false;
      return (await start()).reveal(data.id);
    }),
    onMessage('getPageHighlights', async () => {
      if (!session && !(await saved)) return { url: pageKey(), states: {} };
      return (await start()).state();
    }),
  ];
  ctx.onInvalidated(() => {
    for (const remove of removeListeners) remove();
    stopWatching();
  });
  return { start };
}
