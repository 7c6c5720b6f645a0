// Test helpers for core/extract.

/**
 * Element → position in document order. (linkedom's compareDocumentPosition answers "preceding" in
 * both directions for cells of different table rows, so tests do not rely on it.)
 */
export function documentOrder(doc: Document): Map<Element, number> {
  const order = new Map<Element, number>();
  doc.querySelectorAll('*').forEach((el, i) => order.set(el, i));
  return order;
}
