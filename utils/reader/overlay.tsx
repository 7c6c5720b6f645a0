/**
 * The reader overlay: one host element added to <html>, a closed shadow root (page scripts get
 * `host.shadowRoot === null` and page CSS does not apply inside), Preact rendering ReaderView into it.
 * Esc or the close button removes the host and puts the page back at the scroll position it had.
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
    const focusable = Array.from(shadow.querySelectorAll<HTMLElement>('button:not([disabled]), a[href]'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = shadow.activeElement;
    if (event.shiftKey && (active === first || !active)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !active)) {
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

  return {
    close,
    get isOpen() {
      return open;
    },
  };
}
