/**
 * The normalised text of a DOM subtree and the map back from text offsets to DOM positions.
 *
 * Describing a selection and anchoring it later both work on this text, so that whitespace and
 * markup differences between two visits (re-indented HTML, a word wrapped in a new <span>, text nodes
 * split differently) do not change offsets or quotes:
 *  - every run of whitespace becomes one space;
 *  - block boundaries (<p>, <div>, <li>, <br>, …) count as whitespace, so "a</p><p>b" reads "a b";
 *  - script/style/noscript/template/svg content and hidden elements (optional probe) are skipped.
 *
 * The index is built once per root (one tree walk) and reused for many anchors. It never mutates the DOM.
 */

export interface TextIndexOptions {
  /** Layout-aware visibility probe (computed style in the page). Hidden subtrees are left out. */
  isHidden?: (element: Element) => boolean;
}

export interface TextIndex {
  root: Element;
  /** Normalised text: whitespace runs collapsed to one space, block boundaries as spaces. */
  text: string;
  /** Indexed text nodes in document order. */
  nodes: Text[];
  /**
   * For each char of `text`: index into `nodes`, or -1 for a virtual space (a block boundary with
   * no whitespace character behind it in the DOM).
   */
  charNode: Int32Array;
  /** For each char of `text`: offset in its text node (first char of a collapsed whitespace run). */
  charOffset: Int32Array;
  /** For each node: first index in `text` at or after the node's start. */
  nodeStart: Int32Array;
  /** 1 for a space that stands for a block boundary (end of a paragraph, list item, …). */
  blockBreak: Uint8Array;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'TITLE']);

/** Elements whose boundaries separate words even when the HTML has no whitespace between them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'OPTION', 'LEGEND', 'IMG', 'VIDEO', 'AUDIO', 'PICTURE',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Same set as the regex class \s (tabs, newlines, NBSP, ideographic space, …), without a regex call per char. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function isBlockElement(element: Element): boolean {
  return BLOCKS.has(element.tagName.toUpperCase());
}

/** Collapses whitespace the way the index does (for selectors coming from elsewhere, e.g. article text). */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Builds the index of `root`. Never throws: a broken DOM gives an empty (or partial) index. */
export function buildTextIndex(root: Element, options: TextIndexOptions = {}): TextIndex {
  const chars: string[] = [];
  const charNode: number[] = [];
  const charOffset: number[] = [];
  const nodes: Text[] = [];
  const nodeStart: number[] = [];
  // Collapse state: true right after whitespace (or at the very start, so leading space is dropped).
  let lastWasSpace = true;

  const blockBreak: number[] = [];
  const pushVirtualSpace = () => {
    if (lastWasSpace) {
      // The space already there (collapsed whitespace) now also marks the block boundary.
      if (blockBreak.length) blockBreak[blockBreak.length - 1] = 1;
      return;
    }
    chars.push(' ');
    charNode.push(-1);
    charOffset.push(0);
    blockBreak.push(1);
    lastWasSpace = true;
  };

  const visitText = (node: Text) => {
    const data = node.data ?? '';
    const nodeIndex = nodes.length;
    nodes.push(node);
    nodeStart.push(chars.length);
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        if (lastWasSpace) continue;
        chars.push(' ');
        lastWasSpace = true;
      } else {
        chars.push(data[i]!);
        lastWasSpace = false;
      }
      charNode.push(nodeIndex);
      charOffset.push(i);
      blockBreak.push(0);
    }
  };

  const isHidden = options.isHidden;
  const walk = (element: Element) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_NODE) {
        visitText(child as Text);
      } else if (type === ELEMENT_NODE) {
        const el = child as Element;
        const tag = (el.tagName ?? '').toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (isHidden) {
          let hidden = false;
          try {
            hidden = isHidden(el);
          } catch {
            hidden = false;
          }
          if (hidden) continue;
        }
        const block = BLOCKS.has(tag);
        if (block) pushVirtualSpace();
        walk(el);
        if (block) pushVirtualSpace();
      }
    }
  };

  try {
    walk(root);
  } catch {
    // A DOM that throws on traversal (detached, exotic) gives what was indexed so far.
  }

  return {
    root,
    text: chars.join(''),
    nodes,
    charNode: Int32Array.from(charNode),
    charOffset: Int32Array.from(charOffset),
    nodeStart: Int32Array.from(nodeStart),
    blockBreak: Uint8Array.from(blockBreak),
  };
}

/** A DOM boundary point (container + offset) as used by Range. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * DOM position for the start of text index `start`: the first real (non-virtual) char at or after it.
 * Returns null when there is none.
 */
export function startPoint(index: TextIndex, start: number): DomPoint | null {
  for (let i = Math.max(0, start); i < index.text.length; i++) {
    const n = index.charNode[i]!;
    if (n >= 0) return { node: index.nodes[n]!, offset: index.charOffset[i]! };
  }
  return null;
}

/** DOM position just after text index `end - 1` (the last real char before `end`). */
export function endPoint(index: TextIndex, end: number): DomPoint | null {
  for (let i = Math.min(end, index.text.length) - 1; i >= 0; i--) {
    const n = index.charNode[i]!;
    if (n >= 0) {
      const node = index.nodes[n]!;
      const offset = index.charOffset[i]!;
      // A collapsed whitespace run maps to its first char; end after the whole run is not needed:
      // ranges are trimmed of edge spaces, so this branch only ends after visible chars.
      return { node, offset: Math.min(offset + 1, node.data.length) };
    }
  }
  return null;
}

/**
 * Text offset of a DOM boundary point (`container`, `offset`) as found in a Range.
 * Points inside skipped subtrees snap forward to the next indexed text. Returns null when the point
 * is outside the root or after all indexed text.
 */
export function textOffsetOf(index: TextIndex, container: Node, offset: number): number | null {
  const root = index.root;
  try {
    if (container !== root && !root.contains(container)) return null;
  } catch {
    return null;
  }
  if (container.nodeType === TEXT_NODE || container.nodeType === CDATA_NODE) {
    const nodeIndex = nodeIndexOf(index, container as Text);
    if (nodeIndex >= 0) return offsetInNode(index, nodeIndex, offset);
    // A text node not indexed (inside a skipped element): snap to the next indexed text.
    return textOffsetBefore(index, nextNodeAfter(container, root));
  }
  const children = container.childNodes;
  const next = offset < children.length ? children[offset]! : nextNodeAfter(container, root);
  return textOffsetBefore(index, next);
}

/** Text offset of the start of `node` (or of the first indexed text after it); text length if none. */
function textOffsetBefore(index: TextIndex, node: Node | null): number {
  if (!node) return index.text.length;
  // Binary search the first indexed text node that is `node` or follows it in document order.
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const candidate = index.nodes[mid]!;
    const rel = node.compareDocumentPosition(candidate);
    // FOLLOWING = 4, CONTAINED_BY = 16
    if (candidate === node || rel & 4 || rel & 16) hi = mid;
    else lo = mid + 1;
  }
  return lo < index.nodes.length ? index.nodeStart[lo]! : index.text.length;
}

function nextNodeAfter(node: Node, root: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

let nodeIndexCache = new WeakMap<TextIndex, Map<Text, number>>();

function nodeIndexOf(index: TextIndex, node: Text): number {
  let map = nodeIndexCache.get(index);
  if (!map) {
    map = new Map(index.nodes.map((n, i) => [n, i]));
    nodeIndexCache.set(index, map);
  }
  return map.get(node) ?? -1;
}

/** Test hook: forget cached node maps. */
export function resetTextIndexCaches(): void {
  nodeIndexCache = new WeakMap();
}

/** Text offset for (`nodes[nodeIndex]`, `offset`): first char of the node at or after `offset`. */
function offsetInNode(index: TextIndex, nodeIndex: number, offset: number): number {
  const start = index.nodeStart[nodeIndex]!;
  const end = nodeIndex + 1 < index.nodes.length ? index.nodeStart[nodeIndex + 1]! : index.text.length;
  // Chars of this node occupy [start, end) minus virtual spaces; their offsets increase.
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.charNode[mid] === nodeIndex && index.charOffset[mid]! >= offset) hi = mid;
    else if (index.charNode[mid] === nodeIndex) lo = mid + 1;
    else {
      // A virtual space inside [start, end) can only trail the node's chars; treat as "after".
      hi = mid;
    }
  }
  return lo;
}
