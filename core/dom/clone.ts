/**
 * Copies of page subtrees without the parts a reader should not see (clutter inside the body,
 * invisible zoom layers). The page itself is never touched: the copy is built node by node.
 */

/**
 * A deep copy of `node` in which every element for which `skip` returns true is left out with its
 * subtree. Returns null when `node` itself is skipped. Comments and processing instructions are dropped.
 *
 * `into` is the document that owns the copy. Pass an inert one (`implementation.createHTMLDocument`)
 * when copying untrusted markup: a copy owned by the live page would start loading its images, and an
 * `onerror` attribute on such a copy would run in the page.
 */
export function cloneWithout(node: Node, skip: (element: Element) => boolean, into?: Document): Node | null {
  const owner = into ?? node.ownerDocument;
  if (!owner) return null;
  if (node.nodeType === 3 /* TEXT_NODE */) return owner.importNode(node, false);
  if (node.nodeType !== 1 /* ELEMENT_NODE */) return null;
  const element = node as Element;
  if (skip(element)) return null;
  const copy = owner.importNode(element, false);
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const childCopy = cloneWithout(child, skip, owner);
    if (childCopy) copy.appendChild(childCopy);
  }
  return copy;
}

/**
 * Of `elements`, those not inside another one of them, in the given order: a block list may name a
 * container and its children, and copying both would duplicate text.
 */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  const set = new Set<Element>(elements);
  return elements.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (set.has(parent)) return false;
    }
    return true;
  });
}

/**
 * Whether hiding `candidate` would hide part of the article: it is, or contains, the article root, a
 * body block or a header element. Elements *inside* the body (an ad between paragraphs) are fine.
 */
export function wouldHideArticle(candidate: Element, article: { root: Element | null; blocks: readonly Element[]; headerElements: readonly Element[] }): boolean {
  if (article.root && (candidate === article.root || candidate.contains(article.root))) return true;
  for (const block of article.blocks) if (candidate === block || candidate.contains(block)) return true;
  for (const header of article.headerElements) if (candidate === header || candidate.contains(header)) return true;
  return false;
}
