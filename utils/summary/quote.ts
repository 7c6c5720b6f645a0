/**
 * Builds the W3C TextQuoteSelector that points back at a span of the article text, so the page can find
 * the passage again (core/anchoring) even when the text around it is laid out differently in the DOM.
 */
import type { TextQuoteSelector, TextSpan } from '../../core/types';

/** Context length on each side: enough to tell apart repeated phrases ("8일", "NIST"), small to send. */
export const QUOTE_CONTEXT = 32;

/** The quote for `text.slice(span.start, span.end)`, or null when the span is empty or out of range. */
export function quoteForSpan(text: string, span: TextSpan | undefined, context = QUOTE_CONTEXT): TextQuoteSelector | null {
  if (!span) return null;
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const exact = text.slice(start, end);
  if (!exact.trim()) return null;
  return {
    type: 'TextQuoteSelector',
    exact,
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
