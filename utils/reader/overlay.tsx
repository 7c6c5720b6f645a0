/**
 * The reader overlay: one host element added to <html>, a closed shadow root (page scripts get
 * `host.shadowRoot === null` and page CSS does not apply inside), Preact rendering ReaderView into it.
 * Esc or the close button removes the host and puts the page back at the scroll position it had.
 *
 * Other features of the extension (highlights) reach the shown article through `onReaderOpen`: a
 * listener registry inside the content script's own world. The shadow root is handed to those
 * listeners only; page scripts can neither see the registry nor get the root from the host.
 */
import { render } from 'preact';
import { ReaderView, type ReaderContent } from '../../components/ReaderView';
import type { ReaderPrefs } from '../settings';
import { READER_CSS } from './reader-css';

export const READER_HOST_TAG = 'plainly-reader';

export interface ReaderOverlay {
  close(): void;
  readonly isOpen: boolean;
}

export interface OpenReaderOptions {
  content: ReaderContent;
  prefs: ReaderPrefs;
  onPrefsChange(prefs: ReaderPrefs): void;
  /** Called once after the overlay is gone (by Esc, the close button or `close()`). */
  onClosed(): void;
}

/** What extension code that works inside the reader gets while it is open. */
export interface ReaderHandle {
  /** The overlay's closed shadow root (for listeners, the selection and stylesheets). */
  readonly shadowRoot: ShadowRoot;
  /** The element holding the article as shown (headline, meta, body): the text to anchor in. */
  readonly contentRoot: Element;
  /** Reader chrome inside `contentRoot` that is not article text (the "back to page" footer). */
  isChrome(element: Element): boolean;
  readonly isOpen: boolean;
}

/** Called when a reader opens; may return a cleanup function run when it closes. */
export type ReaderOpenListener = (reader: ReaderHandle) => void | (() => void);

interface ReaderRegistry {
  openListeners: Set<ReaderOpenListener>;
  openReaders: Map<ReaderHandle, Map<ReaderOpenListener, () => void>>;
}

// The content script registers listeners; the overlay itself is opened by the reader script loaded on
// demand (utils/on-demand.ts), a separate bundle with its own copy of this module. Both share the
// extension's isolated-world global (page scripts cannot see it), so the registry lives there.
const REGISTRY = Symbol.for('plainly.reader-registry');
const registry = ((globalThis as unknown as Record<symbol, ReaderRegistry | undefined>)[REGISTRY] ??= { openListeners: new Set(), openReaders: new Map() });
const { openListeners, openReaders } = registry;

/**
 * Extension code that must work inside the reader (e.g. painting highlights) registers here. The
 * listener runs for every reader opened later and at once for one already open. Returns the
 * unregister function (which also runs the cleanups of open readers).
 */
export function onReaderOpen(listener: ReaderOpenListener): () => void {
  openListeners.add(listener);
  for (const [reader, cleanups] of openReaders) runOpenListener(reader, cleanups, listener);
  return () => {
    openListeners.delete(listener);
    for (const cleanups of openReaders.values()) {
      cleanups.get(listener)?.();
      cleanups.delete(listener);
    }
  };
}

function runOpenListener(reader: ReaderHandle, cleanups: Map<ReaderOpenListener, () => void>, listener: ReaderOpenListener): void {
  try {
    const cleanup = listener(reader);
    if (typeof cleanup === 'function') cleanups.set(listener, cleanup);
  } catch (error) {
    // One feature failing inside the reader must not break the reader itself.
    console.warn('[Plainly] reader listener failed', error);
  }
}

// Keys stay inside the overlay: page shortcuts (j/k, arrows, "/" for search) must not act behind it.
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'wheel', 'touchmove'] as const;

export function openReaderOverlay(doc: Document, options: OpenReaderOptions): ReaderOverlay {
  const view = doc.defaultView!;
  const scroll = { x: view.scrollX, y: view.scrollY };
  const previousFocus = doc.activeElement as HTMLElement | null;

  const host = doc.createElement(READER_HOST_TAG);
  // The host itself takes no room; the fixed overlay inside covers the window.
  host.setAttribute('style', 'all:initial;position:fixed;inset:0;z-index:2147483647;display:block;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);

  let open = true;
  let prefs = options.prefs;

  const onKey = (event: KeyboardEvent) => {
    // Esc typed in another Plainly panel shown over the reader (the highlight note editor) closes
    // that panel, not the reader.
    const target = event.target as Element | null;
    if (target && target !== host && target.localName?.startsWith('plainly-')) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const contain = (event: Event) => event.stopPropagation();
  // Tab cycles inside the dialog: focus never wanders to the page hidden behind it.
  const trapFocus = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const focusable = Array.from(shadow.querySelectorAll<HTMLElement>('button:not([disabled]):not([tabindex="-1"]), a[href]:not([tabindex="-1"])'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = shadow.activeElement as HTMLElement | null;
    // Outside the controls (nothing, or the dialog's own scrolling box, focused on open): Tab goes to the
    // first control, Shift+Tab to the last, never out to the page.
    const onControl = !!active && focusable.includes(active);
    if (event.shiftKey && (active === first || !onControl)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !onControl)) {
      event.preventDefault();
      first.focus();
    }
  };

  function draw() {
    render(
      <ReaderView
        content={options.content}
        prefs={prefs}
        onPrefsChange={(next) => {
          prefs = next;
          draw();
          options.onPrefsChange(next);
        }}
        onClose={close}
      />,
      mount,
    );
  }

  function close() {
    if (!open) return;
    open = false;
    const cleanups = openReaders.get(handle);
    openReaders.delete(handle);
    for (const cleanup of cleanups?.values() ?? []) {
      try {
        cleanup();
      } catch (error) {
        console.warn('[Plainly] reader cleanup failed', error);
      }
    }
    view.removeEventListener('keydown', onKey, true);
    render(null, mount);
    host.remove();
    view.scrollTo(scroll.x, scroll.y);
    previousFocus?.focus?.({ preventScroll: true });
    options.onClosed();
  }

  host.addEventListener('keydown', trapFocus);
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, contain);
  view.addEventListener('keydown', onKey, true);
  doc.documentElement.appendChild(host);
  draw();

  // ReaderView fills the article synchronously (layout effect) and keeps the same nodes across
  // re-renders (theme, size), so ranges taken now stay valid while the reader is open.
  const contentRoot = shadow.querySelector('article') ?? mount;
  const handle: ReaderHandle = {
    shadowRoot: shadow,
    contentRoot,
    isChrome: (element) => element.localName === 'footer' && element.parentElement === contentRoot,
    get isOpen() {
      return open;
    },
  };
  const cleanups = new Map<ReaderOpenListener, () => void>();
  openReaders.set(handle, cleanups);
  for (const listener of [...openListeners]) runOpenListener(handle, cleanups, listener);

  return {
    close,
    get isOpen() {
      return open;
    },
  };
}
