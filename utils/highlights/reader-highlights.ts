/**
 * Highlights inside the reader overlay (utils/reader/overlay.tsx), which shows a sanitized copy of
 * the article in a closed shadow root.
 *
 * - Every highlight of the page is anchored in the reader's text by its quote and context only:
 *   positions and CSS hints were taken on the page, whose text and structure differ.
 * - They are painted with `<mark>` elements in the reader's own copy of the article, never with the
 *   CSS Custom Highlight API: `CSS.highlights` is one registry per document, shared with page
 *   scripts, so a range registered there would hand the page a node inside the closed shadow root
 *   (and through it the root itself). The marks' stylesheet goes into the shadow root
 *   (the painter's style-root mechanism); the page's DOM is never touched.
 * - The reader follows the page's set of highlights (`PageHighlights.onChange`, which itself follows
 *   the store): saved, recoloured or deleted anywhere, the reader shows the same.
 */
import { anchor, describeRange } from '../../core/anchoring';
import type { Highlight } from '../../core/highlights/model';
import type { Selector, TextQuoteSelector } from '../../core/types';
import type { ReaderHandle } from '../reader/overlay';
import { measure } from '../page-context';
import { normalizeColor } from './colors';
import { createPainter, MARK_ATTRIBUTE, type HighlightPainter } from './render';

/** What the reader needs from the page's highlights (PageHighlights implements it). */
export interface ReaderHighlightsSource {
  all(): Highlight[];
  onChange(listener: () => void): () => void;
}

export function quoteSelectorOf(selectors: readonly Selector[]): TextQuoteSelector | null {
  return (selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined) ?? null;
}

export class ReaderHighlights {
  readonly painter: HighlightPainter;
  private readonly reader: ReaderHandle;
  private readonly source: ReaderHighlightsSource;
  /** The record each id was last anchored (or tried) for: a change of record means look again. */
  private readonly seen = new Map<string, Highlight>();
  private readonly unsubscribe: () => void;
  private destroyed = false;

  constructor(reader: ReaderHandle, source: ReaderHighlightsSource, painter?: HighlightPainter) {
    this.reader = reader;
    this.source = source;
    this.painter = painter ?? createPainter(reader.contentRoot.ownerDocument, { forceMarks: true });
    this.painter.addStyleRoot(reader.shadowRoot);
    this.unsubscribe = source.onChange(() => this.sync());
    this.sync();
  }

  private get textOptions() {
    return { isHidden: (element: Element) => this.reader.isChrome(element) };
  }

  /** Brings the reader in line with the page's highlights: new ones anchored, gone ones removed. */
  sync(): void {
    if (this.destroyed) return;
    const current = new Map(this.source.all().map((h) => [h.id, h]));
    for (const id of [...this.seen.keys()]) {
      if (current.has(id)) continue;
      this.painter.unpaint(id);
      this.seen.delete(id);
    }
    const toAnchor: Highlight[] = [];
    for (const h of current.values()) {
      const before = this.seen.get(h.id);
      if (before === h) continue;
      this.seen.set(h.id, h);
      if (before && this.painter.has(h.id) && sameQuote(before, h)) {
        this.painter.recolor(h.id, normalizeColor(h.color));
        continue;
      }
      toAnchor.push(h);
    }
    if (toAnchor.length === 0) return;
    measure('plainly:highlights-reader', () => {
      for (const h of toAnchor) {
        const quote = quoteSelectorOf(h.selectors);
        // One anchoring per highlight on a fresh text index: painting a mark splits text nodes,
        // which would shift ranges computed before it.
        const found = quote ? anchor(this.reader.contentRoot, [quote], undefined, this.textOptions) : null;
        if (found) this.painter.paint(h.id, found.range, normalizeColor(h.color));
        else this.painter.unpaint(h.id);
      }
    });
  }

  /** Paints a highlight saved from the reader over the very range the user selected. */
  paintRange(h: Highlight, range: Range): void {
    if (this.destroyed || this.painter.has(h.id)) return;
    this.seen.set(h.id, h);
    this.painter.paint(h.id, range, normalizeColor(h.color));
  }

  /** Selectors (quote + context, positions in the reader's text) for a range in the reader. */
  describe(range: Range): Selector[] {
    return describeRange(this.reader.contentRoot, range, undefined, this.textOptions);
  }

  /** The user's selection in the reader's article text, or null. */
  selectedRange(): Range | null {
    if (this.destroyed) return null;
    const range = selectionIn(this.reader.shadowRoot);
    if (!range || range.collapsed || !range.toString().trim()) return null;
    const root = this.reader.contentRoot;
    if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return null;
    return range;
  }

  /** The highlight whose mark was clicked (innermost first), from an event seen inside the reader. */
  idAt(event: Event): string | null {
    for (const target of event.composedPath()) {
      if (target === this.reader.shadowRoot) break;
      const element = target as Element;
      if (element.nodeType === 1 && element.hasAttribute(MARK_ATTRIBUTE)) {
        const id = element.getAttribute(MARK_ATTRIBUTE);
        if (id && this.painter.has(id)) return id;
      }
    }
    return null;
  }

  rangeOf(id: string): Range | undefined {
    return this.painter.rangeOf(id);
  }

  /** Scrolls the reader to a painted highlight. False when the reader does not show it. */
  reveal(id: string): boolean {
    const range = this.painter.rangeOf(id);
    const node = range?.startContainer;
    const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    if (!element) return false;
    element.scrollIntoView({ block: 'center' });
    return true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.unsubscribe();
    this.painter.clear();
    this.seen.clear();
  }
}

function sameQuote(a: Highlight, b: Highlight): boolean {
  const qa = quoteSelectorOf(a.selectors);
  const qb = quoteSelectorOf(b.selectors);
  return !!qa && !!qb && qa.exact === qb.exact && qa.prefix === qb.prefix && qa.suffix === qb.suffix;
}

type ComposedSelection = Selection & {
  getComposedRanges?(...args: unknown[]): StaticRange[];
};

/**
 * The selection inside a (closed) shadow root. `document.getSelection()` does not show it in
 * Chromium (its range is moved out to the host), so, in order: the standard `getComposedRanges`
 * (dictionary form, then the older rest-argument form), Chromium's `ShadowRoot.getSelection()`,
 * and the document selection (Firefox reports ranges inside shadow trees there).
 */
export function selectionIn(shadow: ShadowRoot): Range | null {
  const doc = shadow.ownerDocument;
  const selection = doc.getSelection() as ComposedSelection | null;
  const inside = (node: Node) => node.getRootNode() === shadow;
  const toRange = (r: AbstractRange): Range | null => {
    if (!inside(r.startContainer) || !inside(r.endContainer)) return null;
    try {
      const range = doc.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    } catch {
      return null;
    }
  };
  if (selection && typeof selection.getComposedRanges === 'function') {
    let ranges: StaticRange[] | null = null;
    try {
      ranges = selection.getComposedRanges({ shadowRoots: [shadow] });
    } catch {
      try {
        ranges = selection.getComposedRanges(shadow);
      } catch {
        ranges = null;
      }
    }
    const first = ranges?.[0];
    const range = first ? toRange(first) : null;
    if (range && !range.collapsed) return range;
  }
  const own = (shadow as ShadowRoot & { getSelection?(): Selection | null }).getSelection?.();
  if (own && own.rangeCount > 0) {
    const range = toRange(own.getRangeAt(0));
    if (range && !range.collapsed) return range;
  }
  if (selection && selection.rangeCount > 0) {
    const range = toRange(selection.getRangeAt(0));
    if (range && !range.collapsed) return range;
  }
  return null;
}
