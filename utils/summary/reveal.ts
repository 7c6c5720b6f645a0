/**
 * "Show me where it says that": scrolls the page to a quoted passage and flashes it.
 * (Scrolling and flashing live in utils/reveal-range.ts.)
 */
import { rangeForQuote } from '../../core/anchoring';
import type { TextQuoteSelector } from '../../core/types';
import { revealRange } from '../reveal-range';

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
  revealRange(doc, range);
  return true;
}
