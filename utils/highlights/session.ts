/**
 * Highlights in the page, once they are needed (loaded on demand by utils/highlights/content.ts: on the
 * first text selection, when the page has saved highlights, or on a highlight command): the selection
 * toolbar's actions, the page's saved highlights (restored in idle time), and what the popup, the context
 * menu and the keyboard shortcut ask of them (the content script forwards its messages here).
 *
 * The toolbar itself is the content script's (its own small on-demand script, shown on the first selection
 * before this one has loaded): the session takes it over, and saves what was asked of it meanwhile
 * (`highlightRange`).
 *
 * Inside the reader overlay (utils/reader), the same toolbar works on the reader's copy of the
 * article and the page's highlights are shown there too (reader-highlights.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isHighlightColor, type Highlight, type HighlightColor } from '../../core/highlights/model';
import { highlightsStore } from '../highlights-store';
import type { PageHighlightsState } from '../messages';
import type { PageContext } from '../page-context';
import { DEFAULT_COLOR } from './colors';
import { isEditable } from './editable';
import { t } from './i18n';
import { PageHighlights } from './page-highlights';
import { pageKeyAfterNavigation, revealIdFromHash, SPA_SETTLE_MS } from './page-url';
import type { SelectionToolbar, ToolbarHandlers } from './toolbar';
import { onReaderOpen, type ReaderHandle } from '../reader/overlay';
import { quoteSelectorOf, ReaderHighlights } from './reader-highlights';

export interface HighlightsSession {
  /** Offers the toolbar for the current selection (the selection that made the content script load this). */
  showForSelection(): void;
  /** Saves `range` (e.g. the selection the toolbar showed for before this session had loaded). */
  highlightRange(range: Range, color: HighlightColor, withNote: boolean): Promise<boolean>;
  /** The context menu's or shortcut's "highlight": the selection in the given colour (else the last one used). */
  highlightSelection(color: unknown): Promise<boolean>;
  reveal(id: string): boolean;
  state(): Promise<PageHighlightsState>;
  /** The page moved (single-page navigation) before this session listened: show the highlights of `key`. */
  restart(key: string | null): void;
}

/**
 * `key`: the page's highlights key, as the content script computed it (page-url.ts). `sharedToolbar`: the
 * content script's selection toolbar (created on first call), which this session takes over.
 */
export function startHighlights(ctx: ContentScriptContext, page: PageContext, key: string | null, sharedToolbar: () => SelectionToolbar): HighlightsSession {
  const doc = page.document;
  const view = doc.defaultView ?? window;
  let lastColor: HighlightColor = DEFAULT_COLOR;
  let controller: PageHighlights | null = null;
  let toolbarInstance: SelectionToolbar | null = null;
  /** Records deleted from the in-page toolbar, kept for its Undo button. */
  const deleted = new Map<string, Highlight>();
  /** The open reader overlay, if any, and the page's highlights shown in it. */
  let reader: ReaderHandle | null = null;
  let inReader: ReaderHighlights | null = null;

  const followReader = () => {
    inReader?.destroy();
    inReader = reader?.isOpen && controller ? new ReaderHighlights(reader, controller) : null;
  };

  const start = (url: string | null, hideToolbar = true) => {
    controller?.destroy();
    if (hideToolbar) toolbarInstance?.hide();
    controller = url
      ? new PageHighlights({
          page,
          store: highlightsStore,
          url,
          idle: (work) => ctx.requestIdleCallback(() => work(), { timeout: 2000 }),
        })
      : null;
    const revealId = revealIdFromHash(view.location.hash);
    void controller
      ?.load()
      .then(() => {
        if (revealId) controller?.reveal(revealId);
      })
      .catch((error: unknown) => console.warn('[Plainly] could not load highlights', error));
    if (reader) followReader();
  };

  const handlers: ToolbarHandlers = {
    onHighlight: (color, withNote) => void highlightSelection(color, withNote),
    onSaveNote: (id, note) => {
      toolbarInstance?.hide();
      void controller?.setNote(id, note).catch(showError);
    },
    onRecolor: (id, color) => {
      lastColor = color;
      const current = controller?.get(id);
      if (current) toolbar().show({ kind: 'existing', id, color, note: current.note }, rectOfHighlight(id));
      void controller?.setColor(id, color).catch(showError);
    },
    onEditNote: (id, note) => toolbar().show({ kind: 'note', id, note }, rectOfHighlight(id)),
    onDelete: (id) => {
      const near = rectOfHighlight(id);
      toolbarInstance?.hide();
      void controller
        ?.remove(id)
        .then((removed) => {
          if (!removed) return;
          deleted.set(removed.id, removed);
          toolbar().show({ kind: 'message', text: t('highlights.deleted'), undoId: removed.id }, near);
        })
        .catch(showError);
    },
    onUndoDelete: (id) => {
      toolbarInstance?.hide();
      const removed = deleted.get(id);
      deleted.delete(id);
      if (removed) void controller?.restore(removed).catch(showError);
    },
  };
  const toolbar = (): SelectionToolbar => {
    if (!toolbarInstance) {
      toolbarInstance = sharedToolbar();
      toolbarInstance.setHandlers(handlers);
    }
    return toolbarInstance;
  };

  const rectOfHighlight = (id: string): DOMRect =>
    (inReader ? inReader.rangeOf(id) : controller?.painter.rangeOf(id))?.getBoundingClientRect() ?? new DOMRect(view.innerWidth / 2, 80, 0, 0);

  const showError = (error: unknown) => {
    console.warn('[Plainly] highlight not saved', error);
    const message = error instanceof Error ? error.message : String(error);
    toolbar().show({ kind: 'message', text: message }, new DOMRect(view.innerWidth / 2, 80, 0, 0));
  };

  /** The current selection, when it holds text the user could mean to highlight. */
  const selectedRange = (): Range | null => {
    // While the reader is open, only its text can be selected.
    if (inReader) return inReader.selectedRange();
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!range.toString().trim() || isEditable(range.commonAncestorContainer)) return null;
    if (toolbarInstance?.host.contains(range.commonAncestorContainer)) return null;
    return range;
  };

  async function highlightSelection(color: HighlightColor, withNote = false, range = selectedRange()): Promise<boolean> {
    if (!range || !controller) return false;
    lastColor = color;
    const rect = range.getBoundingClientRect();
    const readerView = inReader;
    try {
      let saved: Highlight | null;
      if (readerView) {
        // Described by its quote and context in the reader, then re-described on the page.
        const quote = quoteSelectorOf(readerView.describe(range));
        saved = quote ? await controller.saveQuote(quote, color) : null;
        if (saved && readerView === inReader) readerView.paintRange(saved, range);
      } else {
        saved = await controller.saveRange(range.cloneRange(), color);
      }
      doc.getSelection()?.removeAllRanges();
      if (saved && withNote) toolbar().show({ kind: 'note', id: saved.id, note: '' }, rect);
      else toolbarInstance?.hide();
      return !!saved;
    } catch (error) {
      showError(error);
      return false;
    }
  }

  /**
   * The toolbar offers itself on article pages (and pages that already have highlights) only: pages
   * that are not articles are left alone. Detection runs once, on the first selection, and is cached;
   * the context menu and the shortcut work on any page.
   */
  const offersToolbar = (): boolean => {
    if (controller?.hasHighlights || inReader) return true;
    try {
      return page.article().isArticle;
    } catch {
      return false;
    }
  };

  const showForSelection = () => {
    const range = selectedRange();
    if (range && offersToolbar()) toolbar().show({ kind: 'selection', color: lastColor }, range.getBoundingClientRect());
    else if (toolbarInstance?.state?.kind === 'selection') toolbarInstance.hide();
  };

  /** A click on a painted highlight opens its note / colour / delete toolbar. */
  const showForClickedHighlight = (event: MouseEvent): boolean => {
    if (!controller?.hasPainted || !doc.getSelection()?.isCollapsed) return false;
    const point = caretAt(doc, event.clientX, event.clientY);
    if (!point) return false;
    const id = controller.painter.idsAt(point.node, point.offset)[0];
    const highlight = id ? controller.get(id) : undefined;
    if (!id || !highlight) return false;
    toolbar().show({ kind: 'existing', id, color: highlight.color, note: highlight.note }, rectOfHighlight(id));
    return true;
  };

  /** Events already handled inside the reader (they bubble on to the document, retargeted). */
  const handledInReader = new WeakSet<Event>();

  /** A click on a highlight in the reader (its marks carry the id). */
  const showForReaderHighlight = (event: Event): boolean => {
    if (!inReader || !doc.getSelection()?.isCollapsed) return false;
    const id = inReader.idAt(event);
    const highlight = id ? controller?.get(id) : undefined;
    if (!id || !highlight) return false;
    toolbar().show({ kind: 'existing', id, color: highlight.color, note: highlight.note }, rectOfHighlight(id));
    return true;
  };

  ctx.onInvalidated(
    onReaderOpen((handle) => {
      reader = handle;
      followReader();
      const root = handle.shadowRoot;
      const onMouseUp = (event: Event) => {
        handledInReader.add(event);
        if ((event as MouseEvent).button !== 0) return;
        // The path is only readable now, while the event is inside the closed root.
        const clicked = showForReaderHighlight(event);
        if (!clicked) ctx.setTimeout(showForSelection, 0);
      };
      // Key events stop at the reader's host, so keyboard selection is watched inside it.
      const onKeyUp = (event: Event) => {
        const key = event as KeyboardEvent;
        if (key.shiftKey || key.key === 'Shift' || ((key.ctrlKey || key.metaKey) && key.key === 'a')) showForSelection();
      };
      // The reader scrolls inside its own fixed box, not the page: move the toolbar with its text.
      let frame = 0;
      const onScroll = () => {
        if (frame || !toolbarInstance?.state) return;
        frame = view.requestAnimationFrame(() => {
          frame = 0;
          const state = toolbarInstance?.state;
          if (!state || state.kind === 'message') return;
          if (state.kind === 'selection') {
            const range = selectedRange();
            if (range) toolbar().show(state, range.getBoundingClientRect());
            else toolbarInstance?.hide();
          } else if (inReader?.rangeOf(state.id)) {
            toolbar().show(state, rectOfHighlight(state.id));
          }
        });
      };
      root.addEventListener('mouseup', onMouseUp);
      root.addEventListener('keyup', onKeyUp);
      root.addEventListener('scroll', onScroll, { capture: true, passive: true });
      return () => {
        root.removeEventListener('mouseup', onMouseUp);
        root.removeEventListener('keyup', onKeyUp);
        root.removeEventListener('scroll', onScroll, { capture: true });
        if (frame) view.cancelAnimationFrame(frame);
        if (reader === handle) reader = null;
        inReader?.destroy();
        inReader = null;
        // A toolbar about the reader's text has nothing to point at any more.
        if (toolbarInstance?.state?.kind !== 'note') toolbarInstance?.hide();
      };
    }),
  );

  ctx.addEventListener(doc, 'mouseup', (event: MouseEvent) => {
    if (event.button !== 0 || toolbarInstance?.contains(event) || handledInReader.has(event)) return;
    // After the browser has updated the selection for this click.
    ctx.setTimeout(() => {
      if (!showForClickedHighlight(event)) showForSelection();
    }, 0);
  });
  ctx.addEventListener(doc, 'keyup', (event: KeyboardEvent) => {
    if (toolbarInstance?.contains(event)) return;
    if (event.key === 'Escape') return toolbarInstance?.hide();
    // Keyboard selection (Shift+arrows, Ctrl+A).
    if (event.shiftKey || event.key === 'Shift' || ((event.ctrlKey || event.metaKey) && event.key === 'a')) showForSelection();
  });
  ctx.addEventListener(doc, 'mousedown', (event: MouseEvent) => {
    if (!toolbarInstance?.state || toolbarInstance.contains(event)) return;
    // An open note editor is only closed by its own buttons, so a stray click loses no typing.
    if (toolbarInstance.state.kind !== 'note') toolbarInstance.hide();
  });

  // Single-page sites change the URL without a new document: the highlights follow the page.
  const withoutHash = (href: string) => href.split('#')[0];
  let startedAt = withoutHash(view.location.href);
  ctx.addEventListener(view, 'wxt:locationchange', (event: Event) => {
    // The event can come before the URL is committed (Navigation API): read the new URL from it.
    const next = (event as Event & { newUrl?: URL }).newUrl ?? new URL(view.location.href);
    if (withoutHash(next.href) === startedAt) {
      // Only the fragment changed (in-page links): same page, same highlights.
      const revealId = revealIdFromHash(next.hash);
      if (revealId) controller?.reveal(revealId);
      return;
    }
    startedAt = withoutHash(next.href);
    // Let the site render the new article (and update its head) before looking for highlights.
    ctx.setTimeout(() => {
      page.invalidate();
      start(pageKeyAfterNavigation(doc, view.location.href, controller?.url ?? null));
    }, SPA_SETTLE_MS);
  });
  ctx.onInvalidated(() => {
    inReader?.destroy();
    inReader = null;
    controller?.destroy();
    toolbarInstance?.hide();
  });

  // The toolbar may be showing already (the content script's, for the selection that loaded this).
  toolbar();
  start(key, false);
  return {
    highlightRange: (range, color, withNote) => highlightSelection(color, withNote, range),
    restart(next) {
      startedAt = withoutHash(view.location.href);
      start(next);
    },
    showForSelection,
    highlightSelection: (color) => highlightSelection(isHighlightColor(color) ? color : lastColor, false),
    reveal: (id) => inReader?.reveal(id) || (controller?.reveal(id) ?? false),
    async state() {
      if (!controller) return { url: null, states: {} };
      await controller.load().catch(() => undefined);
      return controller.state();
    },
  };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  const position = withPosition.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
