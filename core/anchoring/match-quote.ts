/**
 * Finds a quote in a text: exact occurrences first (cheap `indexOf`), then approximate matches with
 * `approx-string-match` (Myers' bit-parallel algorithm) when the text was edited. Every candidate is
 * scored by the quote itself, its prefix/suffix context and its distance from the remembered position,
 * and a match is only accepted above a threshold: a wrong anchor is worse than an orphan, because
 * the user sees their note on the wrong sentence.
 *
 * The library does the hard part (edit-distance search); this module adds the exact-match fast path
 * it lacks and the context-based acceptance rule.
 */
import search from 'approx-string-match';

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Remembered start offset (TextPositionSelector), when known. */
  hint?: number;
  /** Start offsets that lie inside the remembered structural block (CssSelector hint). */
  inHintBlock?: (start: number, end: number) => boolean;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit errors between the quote and text.slice(start, end). 0 for an exact match. */
  errors: number;
  /** Overall score 0..1 (quote, context and position similarity). */
  score: number;
  /** Context similarity 0..1 of the remembered prefix and suffix with the text around the match. */
  prefix: number;
  suffix: number;
}

/** Upper bound of exact occurrences examined: repeated boilerplate must not cost unbounded time. */
const MAX_EXACT_CANDIDATES = 200;
const MAX_FUZZY_CANDIDATES = 50;

/** Similarity 0..1 of `pattern` with `text`, tolerant of edits (1 = identical). Empty pattern → 1. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text === pattern) return 1;
  const maxErrors = Math.ceil(pattern.length / 2);
  const matches = search(text, pattern, maxErrors);
  if (matches.length === 0) return 0;
  let best = maxErrors;
  for (const m of matches) if (m.errors < best) best = m.errors;
  return 1 - best / pattern.length;
}

/**
 * Similarity of the remembered prefix with the text right before `start` (and suffix after `end`).
 * An empty remembered context (quote at the very start/end of the text) matches only when the text
 * also ends there.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): { prefix: number; suffix: number } {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return {
    prefix: prefix.length === 0 ? (start === 0 ? 1 : 0.5) : similarity(before, prefix),
    suffix: suffix.length === 0 ? (end === text.length ? 1 : 0.5) : similarity(after, suffix),
  };
}

function positionSimilarity(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined || textLength === 0) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint) / textLength);
}

function score(quoteSim: number, ctx: { prefix: number; suffix: number }, posSim: number, inBlock: boolean): number {
  // Weights after hypothesis/client's match-quote: the quote dominates, context disambiguates,
  // position and the structural hint only break ties.
  return (50 * quoteSim + 20 * ctx.prefix + 20 * ctx.suffix + 2 * posSim + (inBlock ? 3 : 0)) / 95;
}

function evaluate(text: string, quoteLength: number, start: number, end: number, errors: number, context: QuoteContext): QuoteMatch {
  const ctx = contextSimilarity(text, start, end, context.prefix, context.suffix);
  const quoteSim = 1 - errors / Math.max(1, quoteLength);
  const posSim = positionSimilarity(start, context.hint, text.length);
  const inBlock = context.inHintBlock ? context.inHintBlock(start, end) : false;
  return { start, end, errors, score: score(quoteSim, ctx, posSim, inBlock), prefix: ctx.prefix, suffix: ctx.suffix };
}

/** All exact occurrences of `quote`, scored, best first. */
export function exactMatches(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  if (!quote) return out;
  for (let at = text.indexOf(quote); at !== -1 && out.length < MAX_EXACT_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    out.push(evaluate(text, quote.length, at, at + quote.length, 0, context));
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Error budget for a quote of `length` chars: a quarter of it, at least 1, at most 256 (cost bound). */
export function maxErrorsFor(length: number): number {
  return Math.max(1, Math.min(256, Math.floor(length / 4)));
}

/** Approximate occurrences of `quote` within the error budget, scored, best first. */
export function fuzzyMatches(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  if (!quote || !text) return [];
  const maxErrors = maxErrorsFor(quote.length);
  let raw: Array<{ start: number; end: number; errors: number }>;
  try {
    raw = search(text, quote, maxErrors);
  } catch {
    return [];
  }
  // The library reports one match per end position; keep the fewest-error ones first.
  raw.sort((a, b) => a.errors - b.errors || a.start - b.start);
  const out: QuoteMatch[] = [];
  for (const m of raw.slice(0, MAX_FUZZY_CANDIDATES * 4)) {
    out.push(evaluate(text, quote.length, m.start, m.end, m.errors, context));
  }
  out.sort((a, b) => b.score - a.score);
  return out.slice(0, MAX_FUZZY_CANDIDATES);
}
