/**
 * Sentence compression for English key sentences: a leading adverbial ("After deliberating for 11½ hours, …")
 * or a trailing adjunct ("… and tried to flip over a table", "… after the pair got into a row", "… a second
 * store in NSW | at Westfield Miranda") is left out of the span when its words are not repeated anywhere else in
 * the article, and so is an opening connective ("And", "But", "However,"). Grammar guards keep the rest
 * readable: a prepositional phrase goes only after a noun (not after "was seen", "is right", "it"), the kept part
 * never ends on a word that needs what follows, and nothing is cut before the main verb of an opened apposition
 * ("Sterling, the England international who …, was exposed"). What an article repeats is what it is
 * about (the same signal as centrality); a clause whose words occur in no other sentence is a side detail, and
 * highlights (and readers) do without it. `compressSpan` only moves the start or end of the span; `innerParts`
 * (below) may also leave out an aside in the middle, and the key sentence then lists the kept pieces, each a
 * slice of the article, while its start/end still span them all, so the popup still links to the exact place.
 *
 * Measured on cnndm-frank-dev (ROUGE-2 F1, see scripts/bench/facts.ts): helps both 2-fold halves.
 */
import type { TextSpan } from '../types';
import { contentTokens } from '../text/tokens';

/** A trailing adjunct starts at one of these words (optionally after a comma). */
const TAIL_BOUNDARY = /,?\s+(?=(?:after|before|while|when|following|because|since|amid|despite|including|where|with|but|and|in|on|at)\s)/g;
/** A prepositional phrase: cut only after a noun ("… a second store in NSW | at Westfield Miranda"). */
const PREPOSITION = /^,?\s+(?:in|on|at)\s/;
/** Words a prepositional phrase completes: verbs, auxiliaries, pronouns, function words. */
const NEEDS_COMPLEMENT = new Set(
  ('is are was were be been being am get gets got right able look looks go goes went come came take ' +
    'took put set use stay stays live lives work works play plays remain remains appear appears say says ' +
    'said want wants need needs help helps try tries keep keeps it him her them us me this that there ' +
    'here which who also still now then only just even not the a an of to in on at by for from with and ' +
    'or but as his their its our my your because since when while if although where whether')
    .split(' '),
);
/** "Sterling, the England international who …" with no closing comma yet: the subject's verb is still to come. */
const OPEN_APPOSITION = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+(?:the|a|an|who|which|whose|\d)[^,]*$/u;
/** A kept part must not end on a word that needs what follows ("came up | with", "least of all | because"). */
const DANGLING =
  /\b(?:up|down|out|off|all|least|most|both|such|so|than|as|beginning|starting|ending|rather|even|just|only|that|which|who|whose|whom|whether|born|saying|adding|admitting)$/iu;
/** A head that opens with a subordinate clause and has no comma yet: its main clause is still to come. */
const OPEN_SUBORDINATE = /^(?:While|Although|Though|As|When|If|Because|After|Before|Since|Unless|Until|Whereas|Once)\b[^,;:]*$/u;
/** A name joined by "and" ("Securities | and Exchange Commission", "Bosnia | and Herzegovina"). */
const NAME_AND = /\p{Lu}[\p{L}'’.-]*$/u;

/** Does `head` leave a bracket, a double quotation or a dash aside open? */
function leavesOpen(head: string): boolean {
  const count = (re: RegExp): number => (head.match(re) ?? []).length;
  if (count(/\(/g) > count(/\)/g) || count(/\[/g) > count(/\]/g)) return true;
  if (count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1) return true;
  return count(/\s(?:--|–|—)\s/g) % 2 === 1;
}
const CONNECTIVE = /^(?:And|But|However,|Meanwhile,|Also,)\s+/u;
/** A leading adverbial: a subordinator, preposition or participle ("Speaking to …", not "Beijing,"), up to its comma. */
const HEAD_ADVERBIAL =
  /^(?:After|Before|While|When|With|Without|In|On|At|Under|Over|During|Despite|Following|Amid|Since|As|Although|Though|Because|If|Unlike|Like|According|Speaking|Standing|Having|Now|Meanwhile|However|But|And|Yet|Still|Instead|Indeed|Earlier|Later|Last|Once|For|From|By|To|Dated|Known|Born|Asked|Writing|[A-Z][a-z]{2,}ing(?=\s+\p{Ll}))\b[^,]{0,200}?,\s+/u;

export interface CompressOptions {
  /** A clause is dropped when fewer than this share of its content words occur in another sentence. */
  tailShare: number;
  /** The same for a trailing prepositional phrase (stricter: its words are more often the point). */
  prepositionShare: number;
  headShare: number;
  /** What is kept must have at least this many words. */
  minKeptWords: number;
  /** Clauses with fewer content words are kept (too little to judge). */
  minTailTokens: number;
  maxHeadWords: number;
}

export const DEFAULT_COMPRESS: CompressOptions = { tailShare: 0.35, prepositionShare: 0.25, headShare: 0.4, minKeptWords: 8, minTailTokens: 3, maxHeadWords: 15 };

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
    // "Sterling, the England international who … on Sunday | in the absence …, was exposed": the main verb is
    // still to come after an opened apposition.
    if (OPEN_APPOSITION.test(head) || OPEN_SUBORDINATE.test(head) || leavesOpen(head)) continue;
    const next = sentence.slice(m.index, m.index + 40);
    if (/^\s+and\s+\p{Lu}/u.test(next) && NAME_AND.test(head)) continue;
    // "an autonomous | and sparsely populated region": two modifiers of one noun.
    if (/^,?\s+(?:and|but)\s+\p{L}+ly\s/u.test(next)) continue;
    let threshold = options.tailShare;
    if (PREPOSITION.test(sentence.slice(m.index, m.index + 8))) {
      const [beforeLast = '', last = ''] = head.toLowerCase().split(/\s+/).slice(-2).map((w) => w.replace(/[^a-z0-9'’-]/g, ''));
      if (/(?:ed|ing|ly|en)$/.test(last) || NEEDS_COMPLEMENT.has(last) || /^(?:and|or|but|to|that|which|who)$/.test(beforeLast)) continue;
      threshold = options.prepositionShare;
    }
    const tail = repeatedShare(sentence.slice(m.index));
    if (tail.tokens >= options.minTailTokens && tail.share < threshold) end = m.index;
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

/**
 * Inner deletions: a non-restrictive aside between commas leaves the middle of the sentence when its words
 * occur in no other sentence ("Wright, who had seven seasons at Arsenal and broke every scoring record in the
 * book, will hand over …" → "Wright … will hand over …"). Only asides closed by a comma and followed by the
 * main verb go, so what is left is the sentence's own subject and verb; a list ("…, which assess English,
 * maths and science") is not an aside.
 */
const INNER_ASIDE: Array<[RegExp, RegExp]> = [
  // ", who …," / ", which …,": a non-restrictive relative clause.
  [/,\s(?:who|which|whose)\s[^,;:()"“”]{3,120},(?=\s)/g, /./u],
  // "Smith, the former minister, was": an appositive after a name.
  [/,\s(?:the|a|an|his|her|their|its)\s[^,;:()"“”]{3,100},(?=\s)/g, /\p{Lu}[\p{L}'’.-]*$/u],
  // "The footage, released earlier today, shows", "Burns, formerly of Brighton, was": a participle or adverb phrase.
  [/,\s(?:[a-z]+(?:ing|ed)|now|also|formerly|currently|once)\s[^,;:()"“”]{3,100},(?=\s)/g, /\p{L}$/u],
];
/** The main verb after a closed aside ("Smith, who …, was"), not a list item ("…, maths and science"). */
const MAIN_VERB =
  /^\s(?:is|was|are|were|ha[sdv]e?|will|would|can|could|may|might|must|should|did|said|told|\p{Ll}+ed|\p{Ll}{2,}[^s\s]s)\b(?!,?\s(?:and|or)\s)/u;

export interface InnerOptions {
  /** An aside goes when fewer than this share of its content words occur in another sentence. */
  asideShare: number;
}
export const DEFAULT_INNER: InnerOptions = { asideShare: 0.5 };

/** The pieces of `sentence` without its inner asides, as [start, end) offsets into `sentence`, in order. */
export function innerParts(sentence: string, sentenceFrequency: Map<string, number>, options: InnerOptions = DEFAULT_INNER): TextSpan[] {
  const cuts: TextSpan[] = [];
  const add = (start: number, end: number): void => {
    if (!cuts.some((c) => c.start < end && start < c.end)) cuts.push({ start, end });
  };
  // Each aside opens with ", " (checked first: this runs on every chosen sentence of every page).
  for (const [re, before] of sentence.includes(', ') ? INNER_ASIDE : []) {
    for (const m of sentence.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!before.test(sentence.slice(Math.max(0, m.index - 40), m.index)) || !MAIN_VERB.test(sentence.slice(end, end + 40))) continue;
      const tokens = contentTokens(m[0], false);
      const repeated = tokens.filter((t) => (sentenceFrequency.get(t) ?? 0) >= 2).length;
      if (repeated < options.asideShare * tokens.length) add(m.index, end);
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  const parts: TextSpan[] = [];
  let at = 0;
  for (const c of cuts) {
    // Never leave a piece that is only a word or two of punctuation: keep the sentence whole instead.
    if (!/\p{L}/u.test(sentence.slice(at, c.start))) return [{ start: 0, end: sentence.length }];
    parts.push({ start: at, end: c.start });
    at = c.end;
  }
  parts.push({ start: at, end: sentence.length });
  return parts;
}

/**
 * The kept pieces of a chosen sentence: `compressSpan` for its ends, then `innerParts` inside. Offsets index
 * `text`; one piece means nothing was left out in the middle.
 */
export function compressParts(text: string, span: TextSpan, sentenceFrequency: Map<string, number>, inner = true): TextSpan[] {
  const outer = compressSpan(text, span, sentenceFrequency);
  if (!inner) return [outer];
  return innerParts(text.slice(outer.start, outer.end), sentenceFrequency).map((p) => ({ start: outer.start + p.start, end: outer.start + p.end }));
}
