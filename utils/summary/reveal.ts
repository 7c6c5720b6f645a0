/**
 * "Show me where it says that": scrolls the page to a quoted passage and flashes it.
 *
 * The flash uses the CSS Custom Highlight API, which paints a Range without touching the DOM, so the page's
 * own scripts, layout and the user's selection are left alone. Where the API is missing (older Firefox), the
 * passage is selected instead.
 */
import { rangeForQuote } from '../../core/anchoring';
import type { TextQuoteSelector } from '../../core/types';

export const FLASH_HIGHLIGHT = 'plainly-flash';
/** Long enough to find with the eye after the scroll, short enough not to linger on the page. */
export const FLASH_MS = 1800;

const FLASH_CSS = `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 200, 40, 0.75); color: inherit; }`;
let flashSheetAdded = false;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Finds the quote under `root` (then anywhere in the body) and reveals it. False when it is not there. */
export function revealQuote(doc: Document, root: Element | null, quote: TextQuoteSelector): boolean {
  if (!quote.exact.trim()) return false;
  let range: Range | null = null;
  for (const scope of [root, doc.body]) {
    if (!scope) continue;
    try {
      range = rangeForQuote(scope, quote);
    } catch {
      range = null;
    }
    if (range) break;
  }
  if (!range) return false;
  scrollToRange(doc, range);
  flash(doc, range);
  return true;
}

function scrollToRange(doc: Document, range: Range): void {
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

function flash(doc: Document, range: Range): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  if (registry && typeof view.Highlight === 'function') {
    if (!flashSheetAdded) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(FLASH_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      flashSheetAdded = true;
    }
    registry.set(FLASH_HIGHLIGHT, new view.Highlight(range));
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => registry.delete(FLASH_HIGHLIGHT), FLASH_MS);
    return;
  }
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
