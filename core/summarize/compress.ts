/**
 * Sentence compression for English key sentences: a leading adverbial ("After deliberating for 11½ hours, …")
 * or a trailing adjunct ("… and tried to flip over a table", "… after the pair got into a row") is left out of
 * the span when its words are not repeated anywhere else in the article, and so is an opening connective
 * ("And", "But", "However,"). What an article repeats is what it is
 * about (the same signal as centrality); a clause whose words occur in no other sentence is a side detail, and
 * highlights (and readers) do without it. The span stays a contiguous piece of the article: only its start or
 * end moves, so the popup still links to the exact place.
 *
 * Measured on cnndm-frank-dev (ROUGE-2 F1, see scripts/bench/facts.ts): helps both 2-fold halves.
 */
import type { TextSpan } from '../types';
import { contentTokens } from '../text/tokens';

/** A trailing adjunct starts at one of these words (optionally after a comma). */
const TAIL_BOUNDARY = /,?\s+(?=(?:after|before|while|when|following|because|since|amid|despite|including|where|with|but|and)\s)/g;
/** A kept part must not end on a word that needs what follows ("came up | with", "least of all | because"). */
const DANGLING = /\b(?:up|down|out|off|all|least|most|both|such|so|than|as|beginning|starting|ending|rather|even|just|only)$/iu;
const CONNECTIVE = /^(?:And|But|However,|Meanwhile,|Also,)\s+/u;
/** A leading adverbial: a subordinator, preposition or participle ("Speaking to …", not "Beijing,"), up to its comma. */
const HEAD_ADVERBIAL =
  /^(?:After|Before|While|When|With|Without|In|On|At|Under|Over|During|Despite|Following|Amid|Since|As|Although|Though|Because|If|Unlike|Like|According|Speaking|Standing|Having|Now|Meanwhile|However|But|And|Yet|Still|Instead|Indeed|Earlier|Later|Last|Once|For|From|By|To|Dated|Known|Born|Asked|Writing|[A-Z][a-z]{2,}ing(?=\s+\p{Ll}))\b[^,]{0,200}?,\s+/u;

export interface CompressOptions {
  /** A clause is dropped when fewer than this share of its content words occur in another sentence. */
  tailShare: number;
  headShare: number;
  /** What is kept must have at least this many words. */
  minKeptWords: number;
  /** Clauses with fewer content words are kept (too little to judge). */
  minTailTokens: number;
  maxHeadWords: number;
}

export const DEFAULT_COMPRESS: CompressOptions = { tailShare: 0.35, headShare: 0.4, minKeptWords: 8, minTailTokens: 3, maxHeadWords: 15 };

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * The span of `span` without a side clause at either end. `sentenceFrequency` maps a content token to the
 * number of sentences of the article that contain it (≥ 2: it is repeated elsewhere).
 */
export function compressSpan(text: string, span: TextSpan, sentenceFrequency: Map<string, number>, options: CompressOptions = DEFAULT_COMPRESS): TextSpan {
  const sentence = text.slice(span.start, span.end);
  const repeatedShare = (clause: string): { share: number; tokens: number } => {
    const tokens = contentTokens(clause, false);
    if (!tokens.length) return { share: 1, tokens: 0 };
    return { share: tokens.filter((t) => (sentenceFrequency.get(t) ?? 0) >= 2).length / tokens.length, tokens: tokens.length };
  };
  let end = sentence.length;
  // The latest qualifying boundary: the least that can go, goes.
  TAIL_BOUNDARY.lastIndex = 0;
  for (const m of sentence.matchAll(TAIL_BOUNDARY)) {
    const head = sentence.slice(0, m.index);
    if (words(head) < options.minKeptWords || DANGLING.test(head)) continue;
    const tail = repeatedShare(sentence.slice(m.index));
    if (tail.tokens >= options.minTailTokens && tail.share < options.tailShare) end = m.index;
  }
  let start = 0;
  const lead = HEAD_ADVERBIAL.exec(sentence.slice(0, end));
  // "With his lively eyebrows, wrinkled cheeks and eyes …, this robot …": the comma ends a list item, not the adverbial.
  const continuesList = (rest: string): boolean => /^[^,;:–—]{0,60}\band\b[^,;:–—]{0,80}(?:,|\s[–—-]\s)/u.test(rest);
  if (lead && words(lead[0]) <= options.maxHeadWords && words(sentence.slice(lead[0].length, end)) >= options.minKeptWords && !continuesList(sentence.slice(lead[0].length, end))) {
    const head = repeatedShare(lead[0]);
    if (head.tokens >= 2 && head.share < options.headShare) start = lead[0].length;
  }
  // A connective ties the sentence to one the popup may not show ("But he said …"): it goes too.
  const connective = start === 0 ? CONNECTIVE.exec(sentence) : null;
  if (connective && words(sentence.slice(connective[0].length, end)) >= options.minKeptWords) start = connective[0].length;
  return { start: span.start + start, end: span.start + end };
}
