/** Small text helpers shared by the extractor (pure, no DOM). */

/**
 * Collapses every whitespace run (incl. NBSP, zero-width space and BOM) to one space and trims.
 * Zero-width (non-)joiners are letters' business (emoji sequences, Persian), so they stay.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

// Hangul, Han ideographs, kana: one such character carries roughly a short word's worth of content.
const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Number of CJK characters in `text`. */
export function cjkCount(text: string): number {
  let n = 0;
  CJK.lastIndex = 0;
  while (CJK.exec(text)) n++;
  return n;
}

/**
 * Text length where a CJK character counts double: Korean/Chinese/Japanese pack about twice as
 * much content per character as Latin script, so thresholds tuned on English stay meaningful.
 */
export function weightedLength(text: string): number {
  return text.length + cjkCount(text);
}

/**
 * Word count that is CJK-aware: space-separated tokens for alphabetic scripts; for Hangul (which
 * uses spaces) eojeol tokens; for Han/kana runs without spaces, one word per ~2 characters.
 */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    const cjk = (token.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g) ?? []).length;
    words += cjk > 4 ? Math.ceil(cjk / 2) : 1;
  }
  return words;
}

/** Reading time in minutes (at least 1 for non-empty text): ~230 words/min, ~500 Hangul chars/min. */
export function readingMinutes(text: string, wordCount: number): number {
  if (!text) return 0;
  const hangul = (text.match(/[\uac00-\ud7af]/g) ?? []).length;
  const minutes = hangul > text.length * 0.3 ? hangul / 500 : wordCount / 230;
  return Math.max(1, Math.round(minutes));
}

/** Number of comma-like separators (Latin, CJK, Arabic): a classic "this is prose" signal. */
export function commaCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3001 || c === 0xff0c || c === 0x060c || c === 0xfe50) n++;
  }
  return n;
}

/**
 * Case folding as a `/iu` pattern does it for Latin words: toLowerCase (which also maps the Kelvin
 * sign to k) plus the long s (ſ), the one other character that `/iu` folds onto a–z.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

const isAsciiLetter = (code: number): boolean => code >= 97 && code <= 122;

/**
 * Exact pre-check for the long `/(?<!\p{L})(?:word|…)(?!\p{L})/iu` alternations: true when one of
 * `words` (lower case) stands in `folded` (see foldCase) with no a–z letter right before or after
 * it. Every match of such a pattern passes it, so skipping the pattern when it is false changes
 * nothing; the point is that those patterns cost milliseconds to compile on first use (Unicode
 * case folding and property classes), and most pages never need them.
 */
export function hasWordAmong(folded: string, words: readonly string[]): boolean {
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      if (at > 0 && isAsciiLetter(folded.charCodeAt(at - 1))) continue;
      const end = at + word.length;
      if (end < folded.length && isAsciiLetter(folded.charCodeAt(end))) continue;
      return true;
    }
  }
  return false;
}
