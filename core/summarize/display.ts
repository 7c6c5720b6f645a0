/**
 * How a key sentence reads when shown. English key sentences may be a shortened span of their sentence
 * (./compress.ts drops a leading adverbial or a trailing clause); an ellipsis tells the reader that words
 * were left out, while the span itself still indexes the article text exactly.
 */

/** A start in lower case (a Latin letter, not a name like iPhone or eBay): the span begins after words
 * that were left out. */
const STARTS_MID_SENTENCE = /^[a-z](?![a-z]*[A-Z])/;
/** Ends on a Latin word or a comma: the span stops before words that were left out (a Korean sentence, or
 * one ending in punctuation, is shown as it is). */
const ENDS_MID_SENTENCE = /[A-Za-z0-9,;:]$/;

export function displaySentence(text: string): string {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (!trimmed) return '';
  const head = STARTS_MID_SENTENCE.test(trimmed) ? '…' : '';
  const tail = ENDS_MID_SENTENCE.test(trimmed) ? '…' : '';
  return `${head}${trimmed}${tail}`;
}
