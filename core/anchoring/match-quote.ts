/**
 * Finds a quote in a text: exact occurrences first (cheap `indexOf`), then approximate matches with
 * `approx-string-match` (Myers' bit-parallel algorithm) when the text was edited. Every candidate is
 * scored by the quote itself, its prefix/suffix context and its distance from the remembered position,
 * and a match is only accepted when its context agrees (see index.ts): a wrong anchor is worse than an
 * orphan, because the user would see their note on the wrong sentence.
 *
 * The library does the hard part (edit-distance search); this module adds what it lacks for
 * anchoring: the exact-match fast path, a first pass over the text near the remembered position,
 * boundary snapping of approximate matches, and context scoring anchored at the quote's edges
 * (a context that merely occurs *somewhere* near the candidate says nothing).
 */
import search from 'approx-string-match';

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Remembered start offset (TextPositionSelector), when known. */
  hint?: number;
  /** Whether a span lies inside the remembered structural block (CssSelector hint). */
  inHintBlock?: (start: number, end: number) => boolean;
  /** Same with the hint's top-level position dropped (tolerates blocks inserted at the top of the page). */
  inRelaxedHintBlock?: (start: number, end: number) => boolean;
  /** Whether the block holding the char at `start` is of the remembered block's kind (tag of the CssSelector hint). */
  sameBlockKind?: (start: number) => boolean;
  /** Whether the char at `i` is a block boundary (end of a paragraph, list item, …). */
  isBlockBreak?: (i: number) => boolean;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit errors between the quote and text.slice(start, end). 0 for an exact match. */
  errors: number;
  /** Overall score 0..1 (quote, context and position similarity) used to rank candidates. */
  score: number;
  /** Similarity 0..1 of the remembered prefix / suffix with the text right before / after the match. */
  prefix: number;
  suffix: number;
  /** Whether the prefix / suffix agree strongly (≥ 16 identical chars or ≥ 0.75 edit similarity). */
  prefixStrong: boolean;
  suffixStrong: boolean;
  /**
   * Whether the prefix / suffix agree exactly up to and including a block boundary: the text
   * between the quote and the paragraph's edge is what was remembered.
   */
  prefixToBlock: boolean;
  suffixToBlock: boolean;
  /** Identical chars right before / after the match (the remembered context's run that still holds). */
  prefixRun: number;
  suffixRun: number;
}

/** Exact occurrences examined: repeated boilerplate must not cost unbounded time. */
const MAX_EXACT_OCCURRENCES = 20_000;
/** Candidates given the full (edit-distance) context evaluation after the cheap pre-ranking. */
const FULL_EVALUATIONS = 12;
const MAX_FUZZY_CANDIDATES = 40;
/** A context side agrees strongly when this many chars next to the quote are identical… */
const STRONG_RUN = 16;
/** …or when its edit similarity reaches this (one word changed in 32 chars of context). */
const STRONG_SIMILARITY = 0.75;

export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Levenshtein distance (two-row DP); used on short strings only (context, ≤ ~64 chars). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

interface SideScore {
  similarity: number;
  strong: boolean;
  toBlock: boolean;
  run: number;
}

function hasBlockBreak(from: number, to: number, isBlockBreak: ((i: number) => boolean) | undefined): boolean {
  if (!isBlockBreak) return false;
  for (let i = from; i < to; i++) if (isBlockBreak(i)) return true;
  return false;
}

/** How well the remembered prefix matches the text ending at `start`. */
function prefixScore(text: string, start: number, prefix: string, full: boolean, isBlockBreak?: (i: number) => boolean): SideScore {
  if (prefix.length === 0) return start === 0 ? { similarity: 1, strong: true, toBlock: true, run: 0 } : { similarity: 0.5, strong: false, toBlock: false, run: 0 };
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const run = commonSuffixLength(before, prefix);
  if (run === prefix.length) return { similarity: 1, strong: true, toBlock: true, run };
  const runScore = run / prefix.length;
  const strongRun = run >= Math.min(STRONG_RUN, prefix.length);
  if (!full) return { similarity: runScore, strong: strongRun, toBlock: false, run };
  const toBlock = hasBlockBreak(start - run, start, isBlockBreak);
  const editScore = 1 - levenshtein(before, prefix) / prefix.length;
  const similarity = Math.max(runScore, editScore);
  return { similarity, strong: strongRun || editScore >= STRONG_SIMILARITY, toBlock, run };
}

/** How well the remembered suffix matches the text starting at `end`. */
function suffixScore(text: string, end: number, suffix: string, full: boolean, isBlockBreak?: (i: number) => boolean): SideScore {
  if (suffix.length === 0) return end === text.length ? { similarity: 1, strong: true, toBlock: true, run: 0 } : { similarity: 0.5, strong: false, toBlock: false, run: 0 };
  const after = text.slice(end, end + suffix.length);
  const run = commonPrefixLength(after, suffix);
  if (run === suffix.length) return { similarity: 1, strong: true, toBlock: true, run };
  const runScore = run / suffix.length;
  const strongRun = run >= Math.min(STRONG_RUN, suffix.length);
  if (!full) return { similarity: runScore, strong: strongRun, toBlock: false, run };
  // The end of the root counts as a block boundary.
  const toBlock = hasBlockBreak(end, end + run, isBlockBreak) || (end + run === text.length && run > 0);
  const editScore = 1 - levenshtein(after, suffix) / suffix.length;
  const similarity = Math.max(runScore, editScore);
  return { similarity, strong: strongRun || editScore >= STRONG_SIMILARITY, toBlock, run };
}

function positionSimilarity(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined || textLength === 0) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint) / textLength);
}

function evaluate(text: string, quoteLength: number, start: number, end: number, errors: number, context: QuoteContext, full: boolean): QuoteMatch {
  const p = prefixScore(text, start, context.prefix, full, context.isBlockBreak);
  const s = suffixScore(text, end, context.suffix, full, context.isBlockBreak);
  const quoteSim = 1 - errors / Math.max(1, quoteLength);
  const posSim = positionSimilarity(start, context.hint, text.length);
  // Weights after hypothesis/client's match-quote: the quote dominates, context disambiguates,
  // position only breaks ties (and the structural hint, see preferHintBlock).
  const score = (50 * quoteSim + 20 * p.similarity + 20 * s.similarity + 2 * posSim) / 92;
  return {
    start,
    end,
    errors,
    score,
    prefix: p.similarity,
    suffix: s.similarity,
    prefixStrong: p.strong,
    suffixStrong: s.strong,
    prefixToBlock: p.toBlock,
    suffixToBlock: s.toBlock,
    prefixRun: p.run,
    suffixRun: s.run,
  };
}

/** Among near-equal best candidates, moves the one inside the remembered block first (resolved lazily: it costs a querySelector). */
function preferHintBlock(sorted: QuoteMatch[], context: QuoteContext): QuoteMatch[] {
  const best = sorted[0];
  if (!best || !context.inHintBlock || sorted.length < 2) return sorted;
  const ties = sorted.filter((m) => best.score - m.score < 0.02);
  if (ties.length < 2) return sorted;
  const inBlock = ties.find((m) => context.inHintBlock!(m.start, m.end));
  if (!inBlock || inBlock === best) return sorted;
  return [inBlock, ...sorted.filter((m) => m !== inBlock)];
}

/** All exact occurrences of `quote`, scored, best first (only the best few get the full evaluation). */
export function exactMatches(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  if (!quote) return [];
  const quick: QuoteMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1 && quick.length < MAX_EXACT_OCCURRENCES; at = text.indexOf(quote, at + 1)) {
    quick.push(evaluate(text, quote.length, at, at + quote.length, 0, context, false));
  }
  quick.sort((a, b) => b.score - a.score);
  const full = quick.slice(0, FULL_EVALUATIONS).map((m) => evaluate(text, quote.length, m.start, m.end, 0, context, true));
  full.sort((a, b) => b.score - a.score);
  const ranked = preferHintBlock(full, context);
  // Keep the count of all occurrences visible to callers (uniqueness matters for acceptance).
  return quick.length > ranked.length ? [...ranked, ...quick.slice(FULL_EVALUATIONS)] : ranked;
}

/** Error budget for a quote of `length` chars: a quarter of it, at least 1, at most 256 (cost bound). */
export function maxErrorsFor(length: number): number {
  return Math.max(1, Math.min(256, Math.floor(length / 4)));
}

/**
 * Moves a boundary by up to `slack` chars to where the remembered context fits best: approximate
 * matches often start or end a char or two off (a space swallowed or left out).
 */
function snap(text: string, start: number, end: number, context: QuoteContext, slack: number): { start: number; end: number } {
  let bestStart = start;
  let bestRun = -1;
  for (let d = 0; d <= slack; d++) {
    for (const s of d === 0 ? [start] : [start - d, start + d]) {
      if (s < 0 || s >= end) continue;
      const run = commonSuffixLength(text.slice(Math.max(0, s - context.prefix.length), s), context.prefix);
      if (run > bestRun) {
        bestRun = run;
        bestStart = s;
      }
    }
  }
  let bestEnd = end;
  bestRun = -1;
  for (let d = 0; d <= slack; d++) {
    for (const e of d === 0 ? [end] : [end - d, end + d]) {
      if (e <= bestStart || e > text.length) continue;
      const run = commonPrefixLength(text.slice(e, e + context.suffix.length), context.suffix);
      if (run > bestRun) {
        bestRun = run;
        bestEnd = e;
      }
    }
  }
  return { start: bestStart, end: bestEnd };
}

/** Approximate matches of `quote` whose start lies in text[from, to) (context scored on the whole text). */
function approximate(text: string, from: number, to: number, quote: string, maxErrors: number, context: QuoteContext): QuoteMatch[] {
  let raw: Array<{ start: number; end: number; errors: number }>;
  try {
    raw = search(from === 0 && to === text.length ? text : text.slice(from, to), quote, maxErrors);
  } catch {
    return [];
  }
  raw.sort((a, b) => a.errors - b.errors || a.start - b.start);
  const out: QuoteMatch[] = [];
  const seen = new Set<number>();
  const bucketSize = Math.max(8, quote.length >> 1);
  for (const m of raw) {
    if (out.length >= MAX_FUZZY_CANDIDATES) break;
    // The library reports many overlapping matches (one per end position): keep one per region.
    const bucket = Math.floor((from + m.start) / bucketSize);
    if (seen.has(bucket)) continue;
    seen.add(bucket);
    const { start, end } = snap(text, from + m.start, from + m.end, context, 3);
    out.push(evaluate(text, quote.length, start, end, m.errors, context, true));
  }
  return preferHintBlock(out.sort((a, b) => b.score - a.score), context);
}

/**
 * Approximate occurrences of `quote` within the error budget, scored, best first. Searches the text
 * around the remembered position first and the whole text only when nothing convincing is there.
 */
export function fuzzyMatches(text: string, quote: string, context: QuoteContext, accept?: (m: QuoteMatch[]) => boolean): QuoteMatch[] {
  if (!quote || !text) return [];
  const maxErrors = maxErrorsFor(quote.length);
  if (context.hint !== undefined) {
    const radius = 4 * quote.length + 2000;
    const from = Math.max(0, context.hint - radius);
    const to = Math.min(text.length, context.hint + quote.length + radius);
    if (to - from < text.length) {
      const local = approximate(text, from, to, quote, maxErrors, context);
      if (local.length && accept?.(local)) return local;
    }
  }
  return approximate(text, 0, text.length, quote, maxErrors, context);
}
