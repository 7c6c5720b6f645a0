/**
 * Highlights in the content script, at the cost of almost nothing on a page where the reader never
 * highlights: the UI (painting, anchoring, the store; utils/highlights/session.ts), the selection toolbar
 * and article detection are loaded on demand, when
 * - the reader selects text (a mouse or keyboard selection holding text, outside editable fields): the
 *   toolbar's small script and detection first, so the toolbar shows as soon as the page is known to be an
 *   article (on a page whose og:type says article, as soon as the toolbar's script is in: detection
 *   confirms it after that frame, or takes it away), and the rest of the UI after it (a colour clicked
 *   before the rest is in is saved when it is). The toolbar's scripts start loading when a selection
 *   starts (mouse down on text, Shift pressed), the rest while the selection is being made,
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
import { onDemandRegistry } from '../on-demand-registry';
import type { HighlightsSession } from './session';
import type { SelectionToolbar, ToolbarHandlers } from './toolbar';
import { DEFAULT_COLOR } from './colors';
import { isEditable } from './editable';
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
        const started = startHighlights(ctx, page, pageKey(), sharedToolbar);
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
      if (navigations !== lookedUpAt) return;
      hasSaved = yes;
      if (yes) startQuietly();
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

  /** The selection, when it holds text the reader could mean to highlight (not in a field, not the toolbar's). */
  const textSelection = (): Range | null => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const node = range.commonAncestorContainer;
    if (!range.toString().trim() || isEditable(node) || (toolbar && toolbar.host.contains(node))) return null;
    return range;
  };

  // The selection toolbar (its own small script) is shown from here on the first selection, before the
  // session has loaded; the session then takes it over (startHighlights gets `sharedToolbar`).
  let toolbar: SelectionToolbar | null = null;
  /** The selection the toolbar was last shown for from here, and a save asked of it before the session ran. */
  let shownFor: Range | null = null;
  let queued: Promise<void> | null = null;
  const untilSession: ToolbarHandlers = {
    onHighlight(color, withNote) {
      const range = textSelection() ?? shownFor;
      // A second click while the first waits for the session would save the same text twice.
      if (!range || queued) return;
      const near = range.getBoundingClientRect();
      const saving = range.cloneRange();
      queued = start()
        .then((ready) => ready.highlightRange(saving, color, withNote))
        .then(
          () => undefined,
          (error: unknown) => {
            // The selection is left as it was, so the reader can try again.
            console.warn('[Plainly] highlight not saved', error);
            toolbar?.show({ kind: 'message', text: error instanceof Error ? error.message : String(error) }, near);
          },
        )
        .finally(() => (queued = null));
    },
    // Only the session shows a note editor or a saved highlight's toolbar.
    onSaveNote: () => undefined,
    onRecolor: () => undefined,
    onEditNote: () => undefined,
    onDelete: () => undefined,
  };
  function sharedToolbar(): SelectionToolbar {
    const module = onDemandRegistry().toolbar;
    if (!module) throw new Error('Plainly: the toolbar is not loaded');
    return (toolbar ??= module.createToolbar(doc, untilSession));
  }
  const hideSelectionToolbar = () => {
    if (toolbar?.state?.kind === 'selection') toolbar.hide();
  };

  /** Whether the page has saved highlights (known once the storage keys were read). */
  let hasSaved = false;
  /** Detection's answer for this page: null until it ran (and again after a single-page navigation). */
  let isArticle: boolean | null = null;
  /** The toolbar is offered on articles, and on pages with highlights; detection runs once and is cached. */
  const offersToolbar = (): boolean => {
    if (hasSaved) return true;
    try {
      return (isArticle ??= page.article().isArticle);
    } catch {
      return false;
    }
  };
  /** What showing the toolbar needs: its own script and article detection's (the session waits for neither). */
  const loadToolbar = () => Promise.all([loadOnDemand('toolbar'), loadOnDemand('extract')]);
  const warn = (error: unknown) => console.warn('[Plainly] could not load highlights', error);

  const showFor = (range: Range) => {
    shownFor = range.cloneRange();
    sharedToolbar().show({ kind: 'selection', color: DEFAULT_COLOR }, range.getBoundingClientRect());
  };
  /** After the next frame (so a toolbar just shown is painted before detection takes the main thread). */
  const afterFrame = () =>
    new Promise<void>((resolve) => {
      view.requestAnimationFrame(() => ctx.setTimeout(resolve, 0));
      ctx.setTimeout(resolve, 100); // no frames in a hidden tab
    });

  const onSelection = () => {
    if (!textSelection()) return hideSelectionToolbar();
    const toolbarReady = loadOnDemand('toolbar');
    // A page that calls itself an article gets the toolbar as soon as the toolbar's script is in, before
    // detection has run; detection confirms it after that frame, or takes it away.
    void toolbarReady
      .then(({ declaresArticle }) => {
        const range = textSelection();
        if (!running && isArticle === null && !hasSaved && range && declaresArticle(doc)) showFor(range);
      })
      .catch(() => undefined);
    void Promise.all([toolbarReady, loadOnDemand('extract')])
      .then(() => (toolbar?.state ? afterFrame() : undefined))
      .then(async () => {
        // The session started meanwhile: it listens from now on, so it missed this selection.
        if (running) return (await session)?.showForSelection();
        const range = textSelection();
        if (!range || !offersToolbar()) return hideSelectionToolbar();
        if (toolbar?.state?.kind !== 'selection') showFor(range);
        // The rest of the UI (saving, painting) once the toolbar is up.
        ctx.setTimeout(startQuietly, 0);
      })
      .catch(warn);
  };

  // A selection starts (mouse down on text, Shift pressed outside a field): fetch the toolbar's scripts.
  // Clicks and keys on a page where a selection cannot start cost one check.
  let preloading = false;
  const preload = (event: Event) => {
    if (session || preloading || (event.target instanceof Node && isEditable(event.target))) return;
    preloading = true;
    loadToolbar().catch(() => (preloading = false));
  };
  ctx.addEventListener(doc, 'selectstart', preload);
  ctx.addEventListener(doc, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Shift') preload(event);
  });
  // A selection is being made (mouse drag, Shift+arrows): detect the article in idle time, and load the
  // rest of the UI, while the reader is still selecting. Collapsed selections (clicks) cost one check.
  let preparing = false;
  ctx.addEventListener(doc, 'selectionchange', () => {
    if (session || preparing || doc.getSelection()?.isCollapsed || !textSelection()) return;
    preparing = true;
    loadToolbar().then(
      () =>
        ctx.requestIdleCallback(
          () => {
            preparing = false;
            if (!session && offersToolbar()) startQuietly();
          },
          { timeout: 50 },
        ),
      (error: unknown) => {
        preparing = false;
        warn(error);
      },
    );
  });
  // Once running, the session has its own listeners; these only catch the selections made before (also
  // while it loads, e.g. for the page's saved highlights).
  ctx.addEventListener(doc, 'mouseup', (event: MouseEvent) => {
    // After the browser has updated the selection for this click.
    if (!running && event.button === 0) ctx.setTimeout(onSelection, 0);
  });
  ctx.addEventListener(doc, 'mousedown', (event: MouseEvent) => {
    if (!running && toolbar?.state && !toolbar.contains(event)) hideSelectionToolbar();
  });
  ctx.addEventListener(doc, 'keyup', (event: KeyboardEvent) => {
    if (running) return;
    if (event.key === 'Escape') return hideSelectionToolbar();
    // Keyboard selection (Shift+arrows, Ctrl+A).
    if (event.shiftKey || event.key === 'Shift' || ((event.ctrlKey || event.metaKey) && event.key === 'a')) onSelection();
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
      isArticle = null;
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
