/**
 * Highlights anchoring: describe a DOM Range as W3C Web Annotation selectors, and find it again later
 * on a page that may have changed (ads inserted, whitespace/markup changes, a word edited, paragraphs
 * moved or removed).
 *
 * Both directions work on the normalised text of `root` (see text-index.ts), so offsets and quotes
 * do not depend on whitespace or on how text is split into nodes.
 *
 * Anchoring order: exact quote occurrences (ranked by prefix/suffix context, then remembered
 * position), then approximate matches (approx-string-match). Decision rules, in order:
 *  1. Remembered block kind: a place inside a block of another kind than the highlighted one (the
 *     CssSelector hint's last tag: a pull quote <aside>, a "Read more" <div>, a <figcaption>) is
 *     another place repeating the words, not a candidate, unless its context is identical on both
 *     sides (the site changed its markup, not its text).
 *  2. Equal evidence: if another place's context agrees at least as well (same level per side: all
 *     chars identical / identical up to the paragraph edge / strong), only the CssSelector hint may
 *     choose (true copies with identical context excepted).
 *  3. A candidate whose context agrees on both sides is accepted.
 *  4. Contradicting side: if a side of its context contradicts — other words from the quote's edge
 *     on (≤ 1 identical char), < 50% similar, and no paragraph edge to explain it — the same words
 *     stand in another sentence: orphan.
 *  5. Intact side: one side agrees *intact* (all chars, or up to the paragraph edge; all chars for
 *     quotes < 24 chars) and no other place half-fits (else the CssSelector hint must single it out).
 *  6. Its context is identical up to both paragraph edges (a moved paragraph) in a block of the
 *     remembered kind, or it is the only occurrence and long (≥ 64 chars, one edge at a paragraph
 *     edge) or a whole block (≥ 12 chars).
 *  7. Known look-alike: a place accepted above whose context fits no better than the best other place
 *     holding the same (or ≥ 75% the same) words fitted when the highlight was made (the quote's
 *     stored `lookalikeFit`) needs the CssSelector hint to confirm it (identical context excepted):
 *     it may be that look-alike, its own paragraph gone. Highlights saved without it, and quote-only
 *     anchoring (reader view: other layout, no hint), skip this rule.
 * Approximate matches also need ≥ 85% quote similarity (75% when both sides agree), and pass rules
 * 1, 2, 3, 5 (for them: one intact side, no close rival) and 7.
 * Otherwise the highlight is an orphan ("not found on this page"), never moved to some other
 * sentence: `npm run bench:anchoring` measures both rates. Nothing here throws on bad input or
 * mutates the document.
 */
import type { CssHintSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../types';
import { exactMatches, fuzzyMatches, type QuoteContext, type QuoteMatch } from './match-quote';
import {
  buildTextIndex,
  endPoint,
  isBlockElement,
  normalizeWhitespace,
  startPoint,
  textOffsetOf,
  type TextIndex,
  type TextIndexOptions,
} from './text-index';

export { buildTextIndex, normalizeWhitespace, type TextIndex, type TextIndexOptions } from './text-index';

/** Chars of context stored on each side of the quote. */
export const CONTEXT_LENGTH = 32;

export type AnchorMethod = 'exact' | 'position' | 'fuzzy';

export interface AnchorResult {
  range: Range;
  method: AnchorMethod;
  /** Offsets in the normalised text of the root (index.text). */
  start: number;
  end: number;
  /** 0..1 confidence of the match. */
  score: number;
}

// ---------------------------------------------------------------------------------------------
// Describe
// ---------------------------------------------------------------------------------------------

/** The [start, end) span of `range` in the normalised text, trimmed of edge spaces; null if empty/outside. */
export function spanOfRange(index: TextIndex, range: Range): { start: number; end: number } | null {
  try {
    let start = textOffsetOf(index, range.startContainer, range.startOffset);
    let end = textOffsetOf(index, range.endContainer, range.endOffset);
    if (start === null || end === null) {
      // A boundary outside the root: clamp to the root when the range overlaps it.
      const rootRange = index.root.ownerDocument?.createRange?.();
      if (!rootRange) return null;
      rootRange.selectNodeContents(index.root);
      // START_TO_END (1): range.end vs root.start; END_TO_START (3): range.start vs root.end.
      if (range.compareBoundaryPoints(1, rootRange) <= 0 || range.compareBoundaryPoints(3, rootRange) >= 0) return null;
      if (start === null) start = range.compareBoundaryPoints(0, rootRange) < 0 ? 0 : null;
      if (end === null) end = range.compareBoundaryPoints(2, rootRange) > 0 ? index.text.length : null;
      if (start === null || end === null) return null;
    }
    const text = index.text;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    return start < end ? { start, end } : null;
  } catch {
    return null;
  }
}

/** Selectors for the text span [start, end) of the index. */
export function describeSpan(index: TextIndex, start: number, end: number): Selector[] {
  const text = index.text;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
  const fit = lookalikeFit(index, start, end, quote);
  if (fit !== null) quote.lookalikeFit = fit;
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  const selectors: Selector[] = [quote, position];
  const hint = structuralHint(index, start);
  if (hint) selectors.push(hint);
  return selectors;
}

/**
 * How well the best *other* place holding the same words (or nearly: ≥ 75% similar, for quotes of
 * ≥ 24 chars) fits the quote's context on this page, 0–6 (see evidence()); null when there is none.
 * Stored with the quote: at anchoring time a place that fits no better than this look-alike did is
 * no more the highlight than it was (a caption repeating the lead once the lead paragraph is gone).
 */
function lookalikeFit(index: TextIndex, start: number, end: number, quote: TextQuoteSelector): number | null {
  try {
    const context: QuoteContext = { prefix: quote.prefix, suffix: quote.suffix, isBlockBreak: (i) => index.blockBreak[i] === 1 };
    const others = (list: QuoteMatch[]) => list.filter((c) => c.end <= start || c.start >= end);
    let best = -1;
    for (const c of others(exactMatches(index.text, quote.exact, context))) best = Math.max(best, evidence(c));
    if (quote.exact.length >= SHORT_QUOTE && best < FULL_EVIDENCE) {
      // approx-string-match returns only the closest matches: hide the highlight's own text so the
      // nearly-same places are what it reports.
      const masked = index.text.slice(0, start) + '\u0000'.repeat(end - start) + index.text.slice(end);
      for (const c of others(fuzzyMatches(masked, quote.exact, context))) {
        if (1 - c.errors / quote.exact.length >= FUZZY_QUOTE_MIN_BOTH_SIDES) best = Math.max(best, evidence(c));
      }
    }
    return best >= 0 ? best : null;
  } catch {
    return null;
  }
}

/**
 * Describes `range` (inside `root`) as a TextQuoteSelector (with ~32 chars of prefix/suffix), a
 * TextPositionSelector and a CssSelector hint of the closest block. Empty array when the range holds
 * no text of `root`.
 */
export function describeRange(root: Element, range: Range, index?: TextIndex, options?: TextIndexOptions): Selector[] {
  try {
    const idx = index ?? buildTextIndex(root, options);
    const span = spanOfRange(idx, range);
    return span ? describeSpan(idx, span.start, span.end) : [];
  } catch {
    return [];
  }
}

/** A stable-looking id: starts with a letter, no long digit runs (generated ids change per visit). */
const STABLE_ID = /^[A-Za-z][\w-]*$/;
const GENERATED_ID = /\d{4,}|[0-9a-f]{8,}/i;

function cssEscapeIdent(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(value) : value.replace(/[^\w-]/g, (c) => `\\${c}`);
}

/** CssSelector of the closest block ancestor of the char at `start`, relative to the root. */
function structuralHint(index: TextIndex, start: number): CssHintSelector | null {
  try {
    const point = startPoint(index, start);
    if (!point) return null;
    let block: Element | null = point.node.parentElement;
    while (block && block !== index.root && !isBlockElement(block)) block = block.parentElement;
    if (!block) return null;
    const parts: string[] = [];
    let el: Element | null = block;
    while (el && el !== index.root) {
      const id = el.getAttribute('id');
      if (id && STABLE_ID.test(id) && !GENERATED_ID.test(id)) {
        parts.unshift(`#${cssEscapeIdent(id)}`);
        return { type: 'CssSelector', value: parts.join(' > ') };
      }
      const tag = el.tagName.toLowerCase();
      let nth = 1;
      for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName === el.tagName) nth++;
      parts.unshift(`${tag}:nth-of-type(${nth})`);
      el = el.parentElement;
    }
    if (parts.length === 0) return null;
    return { type: 'CssSelector', value: `:scope > ${parts.join(' > ')}` };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Anchor
// ---------------------------------------------------------------------------------------------

interface ParsedSelectors {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  css: CssHintSelector | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Picks the first well-formed selector of each type; malformed ones are ignored. */
function parseSelectors(selectors: unknown): ParsedSelectors {
  const out: ParsedSelectors = { quote: null, position: null, css: null };
  if (!Array.isArray(selectors)) return out;
  for (const s of selectors) {
    if (!isRecord(s)) continue;
    if (s.type === 'TextQuoteSelector' && !out.quote && typeof s.exact === 'string') {
      out.quote = {
        type: 'TextQuoteSelector',
        exact: normalizeWhitespace(s.exact).trim(),
        prefix: typeof s.prefix === 'string' ? normalizeWhitespace(s.prefix) : '',
        suffix: typeof s.suffix === 'string' ? normalizeWhitespace(s.suffix) : '',
      };
      if (Number.isInteger(s.lookalikeFit) && (s.lookalikeFit as number) >= 0 && (s.lookalikeFit as number) <= FULL_EVIDENCE) {
        out.quote.lookalikeFit = s.lookalikeFit as number;
      }
      if (!out.quote.exact) out.quote = null;
    } else if (s.type === 'TextPositionSelector' && !out.position) {
      const { start, end } = s;
      if (Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number)) {
        out.position = { type: 'TextPositionSelector', start: start as number, end: end as number };
      }
    } else if (s.type === 'CssSelector' && !out.css && typeof s.value === 'string' && s.value.length < 2000) {
      out.css = { type: 'CssSelector', value: s.value };
    }
  }
  return out;
}

/** Builds a live Range for [start, end) of the index; null when it cannot. */
export function rangeFromSpan(index: TextIndex, start: number, end: number): Range | null {
  try {
    const from = startPoint(index, start);
    const to = endPoint(index, end);
    if (!from || !to) return null;
    const doc = index.root.ownerDocument;
    if (!doc || typeof doc.createRange !== 'function') return null;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  } catch {
    return null;
  }
}

function spanOfElement(index: TextIndex, el: Element): { start: number; end: number } | null {
  const start = textOffsetOf(index, el, 0);
  const end = textOffsetOf(index, el, el.childNodes.length);
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/** The text span of the element a CssSelector hint points to, or null. */
function hintSpan(index: TextIndex, css: CssHintSelector | null): { start: number; end: number } | null {
  if (!css) return null;
  try {
    const el = index.root.querySelector(css.value);
    return el ? spanOfElement(index, el) : null;
  } catch {
    return null;
  }
}

/** Tag name (lower case) of the closest block ancestor of the char at `start`, or null. */
function blockTagAt(index: TextIndex, start: number): string | null {
  const point = startPoint(index, start);
  let block: Element | null = point?.node.parentElement ?? null;
  while (block && block !== index.root && !isBlockElement(block)) block = block.parentElement;
  return block && block !== index.root ? block.tagName.toLowerCase() : null;
}

/** The tag the CssSelector hint ends with (`… > p:nth-of-type(2)` → 'p'); null for an id step. */
function hintTag(css: CssHintSelector | null): string | null {
  const last = css?.value.split('>').pop()?.trim() ?? '';
  const m = /^([a-z][a-z0-9-]*)(?::nth-of-type\(\d+\))?$/i.exec(last);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The hint without the position of its top-level step (`:scope > div:nth-of-type(3) > p…` →
 * `:scope > div > p…`): late content such as a consent banner inserted at the top of the page
 * shifts that count while the article keeps its inner structure. May match several elements.
 */
function relaxedHintSpans(index: TextIndex, css: CssHintSelector | null): Array<{ start: number; end: number }> {
  if (!css || !css.value.startsWith(':scope > ')) return [];
  const relaxed = css.value.replace(/^(:scope > [a-z0-9-]+):nth-of-type\(\d+\)/, '$1');
  if (relaxed === css.value) return [];
  try {
    return [...index.root.querySelectorAll(relaxed)].slice(0, 50).flatMap((el) => spanOfElement(index, el) ?? []);
  } catch {
    return [];
  }
}

// Acceptance rules. A side of context "agrees strongly" when ≥ 16 chars next to the quote are
// identical or its edit similarity is ≥ 0.75 (match-quote.ts). Tuned on the anchoring benchmark so
// that wrong anchors stay far rarer than orphans.
/** A unique exact quote at least this long identifies itself even when both contexts changed
 * (a whole paragraph highlighted, then moved). */
const SELF_IDENTIFYING_LENGTH = 64;
/** Approximate matches: minimum similarity of the quote itself with one / both contexts agreeing. */
const FUZZY_QUOTE_MIN_ONE_SIDE = 0.85;
const FUZZY_QUOTE_MIN_BOTH_SIDES = 0.75;
/** Quotes shorter than this need both contexts to agree (a few words can match anywhere). */
const SHORT_QUOTE = 24;

/** Shortest quote accepted as a whole moved block (paragraph, list item) without context. */
const WHOLE_BLOCK_MIN_LENGTH = 12;

function isWholeBlock(index: TextIndex, start: number, end: number): boolean {
  const startsBlock = start === 0 || index.blockBreak[start - 1] === 1;
  const endsBlock = end === index.text.length || index.blockBreak[end] === 1;
  return startsBlock && endsBlock;
}

/** One side of the context agrees, or the text fills a whole block as the original did. */
function halfFits(c: QuoteMatch): boolean {
  return c.prefixStrong || c.suffixStrong || (c.prefixToBlock && c.suffixToBlock);
}

/**
 * How much one side of the context vouches for a candidate: 3 = all remembered chars identical,
 * 2 = identical up to the paragraph's edge, 1 = strong (long identical run or edit-similar), 0 = no.
 */
function sideLevel(similarity: number, toBlock: boolean, strong: boolean): number {
  return similarity === 1 ? 3 : toBlock ? 2 : strong ? 1 : 0;
}

/** Context evidence of a candidate, 0..6 (both sides). Scores mix in edit similarity of text beyond
 * a paragraph edge, which says nothing; these levels compare what the two places really share. */
function evidence(c: QuoteMatch): number {
  return sideLevel(c.prefix, c.prefixToBlock, c.prefixStrong) + sideLevel(c.suffix, c.suffixToBlock, c.suffixStrong);
}

/** The side that agrees is intact (all chars, or up to the paragraph edge), not merely similar. */
function agreeingSideIntact(c: QuoteMatch): boolean {
  return (c.prefixStrong && sideLevel(c.prefix, c.prefixToBlock, true) >= 2) || (c.suffixStrong && sideLevel(c.suffix, c.suffixToBlock, true) >= 2);
}

/** Chars of the remembered context that may still agree on a side that contradicts (the space between words). */
const CONTRADICTING_RUN = 1;
/** Edit similarity below which a side's text is another sentence, not an edited one: one changed word keeps ≥ 0.6, unrelated text scores 0.15–0.35. */
const CONTRADICTING_SIMILARITY = 0.5;

/**
 * The side that does not agree contradicts: the text right next to the quote differs from its first
 * word on (≤ 1 identical char), is mostly other text (< 50% similar), and no paragraph edge explains
 * it (an ad or a changed neighbour paragraph only replaces text *beyond* the edge). The same words
 * then stand in another sentence ("… came to [watch]" for "… have yet to [watch]", a recipe line
 * repeated on another day that goes on differently).
 */
function otherSideContradicts(c: QuoteMatch): boolean {
  const contradicts = (strong: boolean, similarity: number, run: number, toBlock: boolean) =>
    !strong && !toBlock && run <= CONTRADICTING_RUN && similarity < CONTRADICTING_SIMILARITY;
  return contradicts(c.prefixStrong, c.prefix, c.prefixRun, c.prefixToBlock) || contradicts(c.suffixStrong, c.suffix, c.suffixRun, c.suffixToBlock);
}

const disjoint = (a: QuoteMatch, b: QuoteMatch) => a.end <= b.start || a.start >= b.end;

/** Other places whose context vouches for them at least as much as for `best`: the page holds the
 * same words in places it cannot tell apart (a pull quote, a teaser, a repeated paragraph). */
function equallyFitting(candidates: QuoteMatch[], best: QuoteMatch): QuoteMatch[] {
  const level = evidence(best);
  return candidates.filter((c) => c !== best && disjoint(c, best) && halfFits(c) && evidence(c) >= level);
}

/** Identical on all remembered chars of both sides: a true copy, indistinguishable by text. */
const FULL_EVIDENCE = 6;

/**
 * Several places fit equally by text (e.g. the sentence and a pull quote repeating it): the one
 * inside the remembered block (CssSelector hint) wins if it is the only one there; else none.
 */
function pickByStructure(candidates: QuoteMatch[], context: QuoteContext): QuoteMatch | null {
  if (!context.inHintBlock) return null;
  const inside = candidates.filter((c) => context.inHintBlock!(c.start, c.end));
  if (inside.length === 1) return inside[0]!;
  if (inside.length > 1 || !context.inRelaxedHintBlock) return null;
  const relaxed = candidates.filter((c) => context.inRelaxedHintBlock!(c.start, c.end));
  return relaxed.length === 1 ? relaxed[0]! : null;
}

/**
 * Remembered block kind: a place inside a block of another kind than the highlighted one (a pull
 * quote <aside>, a "Read more" <div>, a <figcaption> repeating the lead) is another place repeating
 * the words, not the highlight, unless its context is identical on both sides (the site changed
 * its markup, not its text). Without a CssSelector hint (older highlights) every place counts.
 */
function ofRememberedKind(candidates: QuoteMatch[], context: QuoteContext): QuoteMatch[] {
  const sameKind = context.sameBlockKind;
  if (!sameKind) return candidates;
  return candidates.filter((c) => evidence(c) === FULL_EVIDENCE || sameKind(c.start));
}

/**
 * Known look-alike: when the page held the same (or nearly the same) words elsewhere at save time,
 * a place whose context fits no better than that other place did then cannot be told from it (the
 * highlighted paragraph may be gone and this be the look-alike): only the CssSelector hint may
 * confirm it. Identical context on both sides stays accepted (rule 2's true-copy exception).
 */
function beatsLookalike(chosen: QuoteMatch | null, quote: TextQuoteSelector, context: QuoteContext): QuoteMatch | null {
  // Quote-only anchoring (the reader view's own layout of the article) has no hint to confirm with
  // and a text laid out differently: the rule is for the page the highlight was made on.
  if (!chosen || quote.lookalikeFit === undefined || !context.inHintBlock) return chosen;
  const fit = evidence(chosen);
  if (fit === FULL_EVIDENCE || fit > quote.lookalikeFit) return chosen;
  return pickByStructure([chosen], context);
}

function acceptExact(index: TextIndex, candidates: QuoteMatch[], quote: TextQuoteSelector, context: QuoteContext): QuoteMatch | null {
  const best = candidates[0];
  if (!best) return null;
  // Ambiguity first: when another occurrence's context agrees as well as the best one's, the score
  // gap comes from noise (similar-looking text beyond a paragraph edge); only the structural hint
  // may decide. An exact copy with identical context on both sides is still the same words in the
  // same sentence, so it stays anchored when the hint does not decide.
  const equals = equallyFitting(candidates, best);
  if (equals.length) return pickByStructure([best, ...equals], context) ?? (evidence(best) === FULL_EVIDENCE ? best : null);
  if (best.prefixStrong && best.suffixStrong) return best;
  if (otherSideContradicts(best)) return null;
  // A word or two matches in many places, and an edit-similar context is then weak evidence:
  // with one side only, that side must be fully intact.
  // Otherwise the agreeing side must be intact: a run of identical chars that stops short of the
  // paragraph edge is what a truncated teaser ("Read more: …") or a rewritten copy shares.
  const oneSideOk = quote.exact.length < SHORT_QUOTE ? best.prefix === 1 || best.suffix === 1 : agreeingSideIntact(best);
  if (oneSideOk) {
    // Only one side agrees: if another occurrence also half-fits (a pull quote, a teaser repeating
    // the sentence), the page no longer says which one was meant — refuse to guess.
    const rivals = candidates.filter((c) => c !== best && halfFits(c));
    return rivals.length === 0 ? best : pickByStructure([best, ...rivals], context);
  }
  // Context identical up to the paragraph's edges on both sides: the same paragraph, moved
  // (the first candidates are ranked by context, so a better one would come first).
  // A pull quote or teaser repeating the sentence is a whole block of another kind (aside, div,
  // blockquote) than the remembered paragraph: not the same paragraph moved.
  if (context.sameBlockKind && !context.sameBlockKind(best.start)) return null;
  if (best.prefixToBlock && best.suffixToBlock) return best;
  if (candidates.length !== 1) return null;
  // Long and unique, but only where one edge still sits at a paragraph edge as remembered: with no
  // context agreeing at all (its paragraph removed), a copy elsewhere is not the highlight.
  if (quote.exact.length >= SELF_IDENTIFYING_LENGTH && (best.prefixToBlock || best.suffixToBlock)) return best;
  // A highlighted paragraph (or list item) that moved: both contexts changed, but the only
  // occurrence of its text is again a whole block.
  if (quote.exact.length >= WHOLE_BLOCK_MIN_LENGTH && isWholeBlock(index, best.start, best.end)) return best;
  return null;
}

function acceptFuzzy(candidates: QuoteMatch[], quote: TextQuoteSelector, context: QuoteContext): QuoteMatch | null {
  const best = candidates[0];
  if (!best) return null;
  const quoteSim = 1 - best.errors / quote.exact.length;
  const both = best.prefixStrong && best.suffixStrong;
  const one = best.prefixStrong || best.suffixStrong;
  if (quote.exact.length < SHORT_QUOTE ? !both : !one) return null;
  if (!both && !agreeingSideIntact(best)) return null;
  if (quoteSim < (both ? FUZZY_QUOTE_MIN_BOTH_SIDES : FUZZY_QUOTE_MIN_ONE_SIDE)) return null;
  const equals = equallyFitting(candidates, best);
  if (equals.length) return pickByStructure([best, ...equals], context);
  // Another place that fits about as well, or (when only one side of ours agrees) another place
  // where one side agrees too: refuse to guess, as for exact matches.
  const others = candidates.filter((c) => c !== best && (c.end <= best.start || c.start >= best.end));
  const rivals = others.filter((c) => best.score - c.score < 0.02 || (!both && halfFits(c)));
  return rivals.length === 0 ? best : pickByStructure([best, ...rivals], context);
}

export interface AnchorOptions extends TextIndexOptions {
  /** Skip the approximate pass (exact + position only). */
  exactOnly?: boolean;
}

/** Finds the text span for `selectors` in the index, or null (orphan). Never throws. */
export function anchorSpan(
  index: TextIndex,
  selectors: unknown,
  options: AnchorOptions = {},
): { start: number; end: number; method: AnchorMethod; score: number } | null {
  try {
    const { quote, position, css } = parseSelectors(selectors);
    const text = index.text;
    if (!quote) {
      // Without a quote there is nothing to verify: trust the position only if it fits the text.
      if (position && position.end <= text.length) return { start: position.start, end: position.end, method: 'position', score: 0.5 };
      return null;
    }
    let block: { start: number; end: number } | null | undefined;
    let relaxed: Array<{ start: number; end: number }> | undefined;
    const context: QuoteContext = {
      prefix: quote.prefix,
      suffix: quote.suffix,
      hint: position?.start,
      isBlockBreak: (i) => index.blockBreak[i] === 1,
      sameBlockKind: (() => {
        const tag = hintTag(css);
        return tag ? (s: number) => blockTagAt(index, s) === tag : undefined;
      })(),
      inHintBlock: css
        ? (s, e) => {
            if (block === undefined) block = hintSpan(index, css);
            return !!block && s >= block.start && e <= block.end;
          }
        : undefined,
      inRelaxedHintBlock: css
        ? (s, e) => {
            relaxed ??= relaxedHintSpans(index, css);
            return relaxed.some((b) => s >= b.start && e <= b.end);
          }
        : undefined,
    };
    const exactCandidates = ofRememberedKind(exactMatches(text, quote.exact, context), context);
    const exact = beatsLookalike(acceptExact(index, exactCandidates, quote, context), quote, context);
    if (exact) return { start: exact.start, end: exact.end, method: 'exact', score: exact.score };
    // The text is there, in more than one place that fits: ambiguous, not edited. Orphan.
    if (exactCandidates.some(halfFits)) return null;
    if (options.exactOnly) return null;
    const fuzzy = beatsLookalike(acceptFuzzy(
      ofRememberedKind(
        fuzzyMatches(text, quote.exact, context, (local) => acceptFuzzy(ofRememberedKind(local, context), quote, context) !== null),
        context,
      ),
      quote,
      context,
    ), quote, context);
    if (fuzzy) {
      // Trim edge spaces the approximate match may have swallowed.
      let { start, end } = fuzzy;
      while (start < end && text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      return { start, end, method: 'fuzzy', score: fuzzy.score };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Anchors one highlight in `root`. Pass a prebuilt `index` when anchoring many (or use anchorMany).
 * Returns null when the text cannot be found with enough confidence (show it as "not found").
 */
export function anchor(root: Element, selectors: unknown, index?: TextIndex, options: AnchorOptions = {}): AnchorResult | null {
  try {
    const idx = index ?? buildTextIndex(root, options);
    const span = anchorSpan(idx, selectors, options);
    if (!span) return null;
    const range = rangeFromSpan(idx, span.start, span.end);
    return range ? { range, ...span } : null;
  } catch {
    return null;
  }
}

/** Anchors many highlights with one index build. Results are aligned with `list` (null = orphan). */
export function anchorMany(root: Element, list: ReadonlyArray<unknown>, options: AnchorOptions = {}): Array<AnchorResult | null> {
  let index: TextIndex;
  try {
    index = buildTextIndex(root, options);
  } catch {
    return list.map(() => null);
  }
  return list.map((selectors) => anchor(root, selectors, index, options));
}

/**
 * Range for a quote taken from another text of the same page (e.g. a key sentence or fact from the
 * extracted article text, whose whitespace is collapsed and paragraphs joined by blank lines).
 */
export function rangeForQuote(root: Element, quote: TextQuoteSelector, index?: TextIndex, options: AnchorOptions = {}): Range | null {
  return anchor(root, [quote], index, options)?.range ?? null;
}
