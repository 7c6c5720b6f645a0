/**
 * Bringing a passage of the page into view: scroll to a Range and flash it briefly. Shared by
 * "show me where it says that" (popup facts and key sentences) and "open at this highlight".
 *
 * The flash uses the CSS Custom Highlight API, which paints a Range without touching the DOM, so the
 * page's own scripts, layout and the user's selection are left alone. Where the API is missing (older
 * Firefox), the passage is selected instead.
 */

export const FLASH_HIGHLIGHT = 'plainly-flash';
/** Long enough to find with the eye after the scroll, short enough not to linger on the page. */
export const FLASH_MS = 1800;

const FLASH_CSS = `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 200, 40, 0.75); color: inherit; }`;
const styledDocuments = new WeakSet<Document>();
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Scrolls the range a third of the way down the window, or centres its element when it has no box. */
export function scrollToRange(doc: Document, range: Range): void {
  const view = doc.defaultView;
  const rect = range.getBoundingClientRect();
  // A smooth scroll in a tab the user cannot see would be throttled; jump there instead.
  const behavior: ScrollBehavior = doc.visibilityState === 'visible' ? 'smooth' : 'instant';
  if (view && (rect.width > 0 || rect.height > 0)) {
    // A third of the way down the window: the passage is in view with some context above it.
    view.scrollTo({ top: view.scrollY + rect.top - view.innerHeight / 3, behavior });
    return;
  }
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior });
}

/** Paints the range for FLASH_MS (or selects it where CSS highlights are unavailable). Never throws. */
export function flashRange(doc: Document, range: Range): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const registry = view?.CSS?.highlights;
    if (view && registry && typeof view.Highlight === 'function') {
      if (!styledDocuments.has(doc)) {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(FLASH_CSS);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        styledDocuments.add(doc);
      }
      registry.set(FLASH_HIGHLIGHT, new view.Highlight(range.cloneRange()));
      clearTimeout(clearTimer);
      clearTimer = setTimeout(() => registry.delete(FLASH_HIGHLIGHT), FLASH_MS);
      return;
    }
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  } catch {
    // Flashing is a courtesy; the scroll already happened.
  }
}

export function revealRange(doc: Document, range: Range): void {
  scrollToRange(doc, range);
  flashRange(doc, range);
}
