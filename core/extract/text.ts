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
