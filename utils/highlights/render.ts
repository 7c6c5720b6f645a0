/**
 * Paints saved highlights without touching the page's DOM.
 *
 * Main path: the CSS Custom Highlight API. One `Highlight` object per colour is registered in
 * `CSS.highlights` as `plainly-<color>`, and one stylesheet with the matching `::highlight()` rules is
 * adopted by the document (no element is added to the page). Overlapping highlights and ranges that
 * cross paragraphs need nothing special: the browser paints every range of every set.
 *
 * Fallback (browsers without `CSS.highlights`, e.g. Firefox < 140): the text of each range is wrapped
 * in `<mark data-plainly-highlight="<id>">` elements. This is the ONLY place Plainly changes the
 * page's DOM for highlights, and it is undone exactly (marks unwrapped, text nodes re-joined) on
 * `unpaint`/`clear`.
 */
import { COLOR_VALUES, HIGHLIGHT_COLORS, normalizeColor, type HighlightColorName } from './colors';

export type PaintMode = 'css-highlights' | 'marks';

export interface HighlightPainter {
  readonly mode: PaintMode;
  /** Paints (or repaints, e.g. after a colour change) the highlight `id` over `range`. */
  paint(id: string, range: Range, color: string): void;
  /** Changes the colour of a painted highlight in place (no re-wrapping in the fallback). */
  recolor(id: string, color: string): void;
  unpaint(id: string): void;
  has(id: string): boolean;
  /** The live range of a painted highlight (for scrolling to it). */
  rangeOf(id: string): Range | undefined;
  /** Ids of painted highlights that contain the given point (latest first). */
  idsAt(node: Node, offset: number): string[];
  /** Also style highlights inside this shadow root (e.g. a reader overlay). */
  addStyleRoot(root: ShadowRoot): void;
  clear(): void;
}

export const MARK_ATTRIBUTE = 'data-plainly-highlight';

interface Painted {
  range: Range;
  color: HighlightColorName;
  /** Fallback only: the marks wrapping the text. */
  marks: HTMLElement[];
}

type HighlightRegistry = Map<string, Highlight>;

function highlightRegistry(doc: Document): HighlightRegistry | null {
  const css = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS;
  const registry = (css as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightCtor = (doc.defaultView as unknown as { Highlight?: unknown } | null)?.Highlight;
  return registry && typeof HighlightCtor === 'function' ? registry : null;
}

export function highlightName(color: HighlightColorName): string {
  return `plainly-${color}`;
}

function styleRules(): string {
  return HIGHLIGHT_COLORS.map(
    (color) => `::highlight(${highlightName(color)}) { background-color: ${COLOR_VALUES[color]}; }`,
  ).join('\n');
}

function markRules(): string {
  return HIGHLIGHT_COLORS.map(
    (color) =>
      `mark[${MARK_ATTRIBUTE}][data-color="${color}"] { background-color: ${COLOR_VALUES[color]}; color: inherit; padding: 0; }`,
  ).join('\n');
}

/**
 * Adds `css` to a document or shadow root: an adopted stylesheet when the engine allows it from
 * this world (no node in the page), else one `<style>` element.
 */
function addStyles(target: Document | ShadowRoot, css: string): void {
  const doc = isDocument(target) ? target : target.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (view && 'adoptedStyleSheets' in target && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Cross-world adoption is refused by some engines (Firefox content scripts): use an element.
  }
  const style = doc.createElement('style');
  style.setAttribute('data-plainly', 'highlights');
  style.textContent = css;
  (isDocument(target) ? (target.head ?? target.documentElement) : target).appendChild(style);
}

export function createPainter(doc: Document, options: { forceMarks?: boolean } = {}): HighlightPainter {
  const registry = options.forceMarks ? null : highlightRegistry(doc);
  const mode: PaintMode = registry ? 'css-highlights' : 'marks';
  const painted = new Map<string, Painted>();
  const styledRoots = new Set<Document | ShadowRoot>();
  const css = mode === 'css-highlights' ? styleRules() : markRules();

  const ensureStyles = (target: Document | ShadowRoot) => {
    if (styledRoots.has(target)) return;
    styledRoots.add(target);
    addStyles(target, css);
  };

  const highlightFor = (color: HighlightColorName): Highlight => {
    const name = highlightName(color);
    let set = registry!.get(name);
    if (!set) {
      const Ctor = (doc.defaultView as unknown as { Highlight: typeof Highlight }).Highlight;
      set = new Ctor();
      registry!.set(name, set);
    }
    return set;
  };

  const unpaint = (id: string) => {
    const entry = painted.get(id);
    if (!entry) return;
    painted.delete(id);
    if (registry) {
      registry.get(highlightName(entry.color))?.delete(entry.range);
    } else {
      unwrapMarks(entry.marks);
    }
  };

  return {
    mode,
    paint(id, range, color) {
      unpaint(id);
      // Styles where the text is: the page, or a shadow root (a painter used only inside the reader
      // overlay adds nothing to the page).
      const root = range.startContainer.getRootNode();
      ensureStyles(isShadowRoot(root) ? root : doc);
      const name = normalizeColor(color);
      if (registry) {
        const live = range.cloneRange();
        highlightFor(name).add(live);
        painted.set(id, { range: live, color: name, marks: [] });
      } else {
        const marks = wrapRange(doc, range, id, name);
        const live = doc.createRange();
        if (marks.length) {
          live.setStartBefore(marks[0]!);
          live.setEndAfter(marks[marks.length - 1]!);
        }
        painted.set(id, { range: live, color: name, marks });
      }
    },
    recolor(id, color) {
      const entry = painted.get(id);
      const name = normalizeColor(color);
      if (!entry || entry.color === name) return;
      if (registry) {
        registry.get(highlightName(entry.color))?.delete(entry.range);
        highlightFor(name).add(entry.range);
      } else {
        for (const mark of entry.marks) mark.setAttribute('data-color', name);
      }
      entry.color = name;
    },
    unpaint,
    has: (id) => painted.has(id),
    rangeOf: (id) => painted.get(id)?.range,
    idsAt(node, offset) {
      const hits: string[] = [];
      for (const [id, entry] of painted) {
        try {
          if (entry.range.isPointInRange(node, offset)) hits.push(id);
        } catch {
          // Point in another document or a detached node.
        }
      }
      return hits.reverse();
    },
    addStyleRoot: (root) => ensureStyles(root),
    clear() {
      for (const id of [...painted.keys()]) unpaint(id);
    },
  };
}

// nodeType checks rather than instanceof: page objects seen from a content script's world (or a
// test DOM) do not always share its constructors.
function isDocument(node: Document | ShadowRoot): node is Document {
  return node.nodeType === 9;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/** Text nodes (or parts of them) covered by `range`, in document order. */
function textPieces(doc: Document, range: Range): { node: Text; start: number; end: number }[] {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const container = range.commonAncestorContainer;
  const pushIfCovered = (node: Text) => {
    if (!range.intersectsNode(node)) return;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) pieces.push({ node, start, end });
  };
  if (container.nodeType === 3) {
    pushIfCovered(container as Text);
    return pieces;
  }
  const walker = doc.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pushIfCovered(node as Text);
  return pieces;
}

const NO_MARK_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'OPTION', 'SELECT']);

function wrapRange(doc: Document, range: Range, id: string, color: HighlightColorName): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of textPieces(doc, range)) {
    const parent = node.parentElement;
    if (!parent || NO_MARK_PARENTS.has(parent.tagName) || !node.data.slice(start, end).trim()) continue;
    let target = node;
    if (end < target.data.length) target.splitText(end);
    if (start > 0) target = target.splitText(start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, id);
    mark.setAttribute('data-color', color);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}

function unwrapMarks(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    // Re-join the text nodes split for the mark, so the page's text is as it was.
    parent.normalize();
  }
}
