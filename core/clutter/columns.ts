/**
 * Side columns keep their box. In a flex or grid row, hiding the sidebar beside the article column
 * whole lets the article column grow into its place: lines get longer and the page reflows under the
 * reader. So a clutter item that is a side column of the article's row (beside the column holding the
 * article, in the page's own layout) is hidden by its contents instead, and the empty column keeps its
 * width. Needs the page's layout (`ClutterOptions.layoutOf`); without it items are left as they are.
 */
import type { ClutterItem, ElementLayout } from '../types';

/** How far a column may descend through single wrappers to find what to hide. */
const MAX_WRAPPER_DEPTH = 3;
/** Positioned boxes are not columns of the row: a fixed side rail would keep its background. */
const IN_FLOW = new Set(['static', 'relative', 'sticky', '']);

export function keepSideColumnBoxes(
  items: ClutterItem[],
  containers: ReadonlySet<Element> | undefined,
  layoutOf: ((element: Element) => ElementLayout | null) | undefined,
): ClutterItem[] {
  if (!layoutOf || !containers || items.length === 0) return items;
  const out: ClutterItem[] = [];
  for (const item of items) {
    const parts = isSideColumn(item.element, containers, layoutOf) ? contentsOf(item.element) : null;
    if (!parts) {
      out.push(item);
      continue;
    }
    for (const element of parts) out.push({ ...item, element, reason: `${item.reason}:column-contents` });
  }
  return out;
}

function safeLayout(layoutOf: (element: Element) => ElementLayout | null, element: Element): ElementLayout | null {
  try {
    const box = layoutOf(element);
    return box && Number.isFinite(box.left) && Number.isFinite(box.right) && Number.isFinite(box.top) && Number.isFinite(box.bottom) ? box : null;
  } catch {
    return null;
  }
}

/** A box in the same row as the article's column: beside it (no horizontal overlap), level with it. */
function isSideColumn(element: Element, containers: ReadonlySet<Element>, layoutOf: (element: Element) => ElementLayout | null): boolean {
  const parent = element.parentElement;
  if (!parent || !containers.has(parent)) return false;
  let articleColumn: Element | null = null;
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling !== element && containers.has(sibling)) {
      articleColumn = sibling;
      break;
    }
  }
  if (!articleColumn) return false;
  const box = safeLayout(layoutOf, element);
  const column = safeLayout(layoutOf, articleColumn);
  if (!box || !column || box.right - box.left <= 0 || column.right - column.left <= 0) return false;
  if (!IN_FLOW.has(box.position) || !IN_FLOW.has(column.position)) return false;
  const beside = box.left >= column.right - 1 || box.right <= column.left + 1;
  const level = box.top < column.bottom && box.bottom >= column.top;
  return beside && level;
}

/** The element children to hide in place of the column (through single wrappers); null when the column
 * holds text of its own or nothing to hide (then it is hidden whole, as before). */
function contentsOf(column: Element): Element[] | null {
  let box = column;
  for (let depth = 0; depth <= MAX_WRAPPER_DEPTH; depth++) {
    if (hasOwnText(box)) return depth === 0 ? null : [box];
    const children = Array.from(box.children);
    if (children.length === 0) return depth === 0 ? null : [box];
    if (children.length > 1 || depth === MAX_WRAPPER_DEPTH) return children;
    box = children[0]!;
  }
  return null;
}

function hasOwnText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim()) return true;
  }
  return false;
}
