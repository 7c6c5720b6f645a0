/**
 * Hosts the highlight toolbar (components/HighlightToolbar.tsx) in an open shadow root. The host
 * element is attached to <html> only while the toolbar is shown and removed when it hides, so pages
 * that are never highlighted never see it.
 *
 * Its own on-demand script (entrypoints/on-demand-toolbar.ts): on the first selection the content script
 * shows it as soon as this small script and article detection are in, and the highlights session
 * (anchoring, saving, painting) takes it over with `setHandlers` when it has loaded.
 */
import { h, render } from 'preact';
import { HighlightToolbar, TOOLBAR_CSS, type HighlightToolbarProps, type ToolbarState } from '../../components/HighlightToolbar';

export const TOOLBAR_TAG = 'plainly-highlight-toolbar';

export type ToolbarHandlers = Omit<HighlightToolbarProps, 'state' | 'onClose'> & { onClose?(): void };

export interface SelectionToolbar {
  show(state: ToolbarState, near: DOMRect): void;
  hide(): void;
  readonly state: ToolbarState | null;
  /** True when the event happened inside the toolbar (so page listeners can ignore it). */
  contains(event: Event): boolean;
  readonly host: HTMLElement;
  /** New handlers for the buttons (the highlights session takes over the content script's toolbar). */
  setHandlers(handlers: ToolbarHandlers): void;
}

export function createToolbar(doc: Document, initialHandlers: ToolbarHandlers): SelectionToolbar {
  let handlers = initialHandlers;
  const host = doc.createElement(TOOLBAR_TAG);
  host.setAttribute('data-plainly', 'highlight-toolbar');
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = doc.createElement('div');
  shadow.append(mount);
  // A constructed stylesheet is not an inline <style>, so a strict page CSP cannot block it.
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(TOOLBAR_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = TOOLBAR_CSS;
    shadow.prepend(style);
  }
  Object.assign(host.style, {
    position: 'absolute',
    zIndex: '2147483647',
    top: '0px',
    left: '0px',
    margin: '0',
    padding: '0',
    border: '0',
    display: 'block',
  });
  // Keep the page's selection while the user clicks toolbar buttons (but let the note field focus).
  shadow.addEventListener('mousedown', (event) => {
    const target = event.target as Element | null;
    if (target?.tagName !== 'TEXTAREA') event.preventDefault();
    event.stopPropagation();
  });
  for (const type of ['mouseup', 'click', 'keydown', 'keyup']) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }

  let state: ToolbarState | null = null;
  /** What had focus before Tab moved it into the toolbar, to give it back when the toolbar goes. */
  let focusBefore: HTMLElement | null = null;

  // Keyboard users reach the selection toolbar with Tab right after selecting: the host sits last in
  // <html>, far from the selection in the tab order. Moving focus keeps the page's selection (the
  // toolbar's buttons are not editable), so "Highlight" then saves it. Form fields keep their Tab.
  const onTab = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (state?.kind !== 'selection' || shadow.activeElement) return;
    const active = doc.activeElement as HTMLElement | null;
    if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
    const first = shadow.querySelector<HTMLElement>('button');
    if (!first) return;
    event.preventDefault();
    focusBefore = active && active !== doc.body ? active : null;
    first.focus({ preventScroll: true });
  };

  const hide = () => {
    const hadFocus = shadow.activeElement !== null;
    state = null;
    doc.removeEventListener('keydown', onTab, true);
    render(null, mount);
    host.remove();
    if (hadFocus && focusBefore?.isConnected) focusBefore.focus({ preventScroll: true });
    focusBefore = null;
  };

  const props = (current: ToolbarState): HighlightToolbarProps => ({
    ...handlers,
    state: current,
    onClose: () => {
      hide();
      handlers.onClose?.();
    },
  });
  const renderState = (current: ToolbarState) =>
    // A new key remounts the component, so a note editor starts from the given note.
    render(h(HighlightToolbar, { ...props(current), key: `${current.kind}:${'id' in current ? current.id : ''}` }), mount);

  return {
    get state() {
      return state;
    },
    host,
    contains: (event) => event.composedPath().includes(host),
    hide,
    setHandlers(next) {
      handlers = next;
      if (state) renderState(state);
    },
    show(next, near) {
      state = next;
      doc.addEventListener('keydown', onTab, true);
      // Last on <html>: at the same z-index, it then paints above an overlay added before it (the reader).
      if (doc.documentElement.lastElementChild !== host) doc.documentElement.appendChild(host);
      renderState(next);
      place(doc, host, near);
    },
  };
}

/** Above the rectangle when there is room, else below; kept inside the viewport horizontally. */
function place(doc: Document, host: HTMLElement, near: DOMRect): void {
  const view = doc.defaultView!;
  const width = host.offsetWidth || 260;
  const height = host.offsetHeight || 40;
  const gap = 8;
  const above = near.top - height - gap;
  const top = above >= 0 ? above : near.bottom + gap;
  const left = Math.min(Math.max(near.left + near.width / 2 - width / 2, 4), Math.max(4, view.innerWidth - width - 4));
  host.style.top = `${Math.round(top + view.scrollY)}px`;
  host.style.left = `${Math.round(left + view.scrollX)}px`;
}
