/**
 * How a key sentence reads when shown. English key sentences may be a shortened span of their sentence
 * (./compress.ts drops a leading adverbial or a trailing clause, and may leave out an aside in the middle);
 * an ellipsis tells the reader where words were left out, while the spans still index the article text exactly.
 * The popup, "Copy as Markdown", the CLI and the benchmark all show this same text.
 */
import type { KeySentence } from '../types';

/** A start in lower case (a Latin letter, not a name like iPhone or eBay): the span begins after words
 * that were left out. */
const STARTS_MID_SENTENCE = /^[a-z](?![a-z]*[A-Z])/;
/** Ends on a Latin word or a comma: the span stops before words that were left out (a Korean sentence, or
 * one ending in punctuation, is shown as it is). */
const ENDS_MID_SENTENCE = /[A-Za-z0-9,;:]$/;

export type DisplayableSentence = string | Pick<KeySentence, 'text' | 'start' | 'parts'>;

/** The kept pieces of a key sentence joined by " … " (its text when nothing was left out in the middle). */
function keptText(sentence: DisplayableSentence): string {
  if (typeof sentence === 'string') return sentence;
  const text = String(sentence.text ?? '');
  const parts = sentence.parts ?? [];
  return parts.length > 1 ? parts.map((p) => text.slice(p.start - sentence.start, p.end - sentence.start).trim()).join(' … ') : text;
}

export function displaySentence(sentence: DisplayableSentence): string {
  const kept = sentence ? keptText(sentence) : '';
  const trimmed = typeof kept === 'string' ? kept.trim() : '';
  if (!trimmed) return '';
  const head = STARTS_MID_SENTENCE.test(trimmed) ? '…' : '';
  const tail = ENDS_MID_SENTENCE.test(trimmed) ? '…' : '';
  return `${head}${trimmed}${tail}`;
}
