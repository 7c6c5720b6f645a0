/**
 * Sentence segmentation for Korean and English news text.
 *
 * `Intl.Segmenter` (ICU) is available everywhere, but its sentence rules split inside Korean quotes
 * (`“…했다. …있다”며`) and after every abbreviation or initial (`Mr.`, `Laurie E. Locascio`), which are
 * exactly the cases news text is full of. So this is a small rule-based splitter:
 *  - line breaks are hard boundaries (article text is paragraphs separated by "\n\n");
 *  - a boundary is a run of terminal punctuation (. ! ? … 。) plus closing quotes/brackets, followed by
 *    white space or the end of the line;
 *  - no boundary after titles and initials (`Dr.`, `E.`), before a lower-case word, between two numbers
 *    (`2022. 12. 9`), nor inside a Korean quotation that is continued by a particle (`“…다. …다”라고`);
 *  - ambiguous abbreviations (`U.S.`, `Inc.`, `p.m.`) end a sentence only before a typical sentence opener;
 *  - photo credits such as `(사진제공=KIAT)` are segments of their own, so they never glue onto a sentence;
 *  - English photo captions run into the text without a period ("…banned from driving The brother of…"): a
 *    capitalised article (`The`/`A`/`An` before a lower-case word) right after a lower-case word is a
 *    boundary, since mid-sentence it is always lower case; "Scroll down for video" prompts are segments too.
 * Spans are trimmed and never empty.
 */
import type { TextSpan } from '../types';
import { hasHangul } from './tokens';

/** Abbreviations that are (almost) never sentence-final: titles before a name, "No. 4", "vs.". */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'pres', 'rev', 'fr', 'hon', 'supt', 'det', 'insp', 'st', 'mt', 'ft', 'vs', 'no', 'nos', 'art',
  'fig', 'vol', 'pp', 'ch', 'sec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'e.g', 'i.e', 'cf', 'approx', 'est', 'dept', 'univ', 'assn', 'bros',
]);

/** Abbreviations that may end a sentence: split only when the next word is a typical sentence opener. */
const MAYBE_FINAL = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'sr', 'a.m', 'p.m',
  'etc', 'al', 'n.y', 'l.a',
]);

const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'but',
  'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'this', 'that',
  'these', 'those', 'there', 'here', 'some', 'many', 'most', 'one', 'two', 'as', 'if', 'however', 'meanwhile',
  'officials', 'police', 'mr', 'mrs', 'ms', 'dr', 'now', 'then', 'last', 'earlier', 'later', 'according',
]);

const GERMAN_MONTHS = /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/;

const TERMINAL = /[.!?…。！？]+[”’"'」』)\]]*(?=\s|$)/gu;
const PHOTO_CREDIT = /\((?:사진|자료|그래픽|영상|출처)[^()\n]{0,40}\)/gu;
const LOWER_CASE = /\p{Ll}/u;
const isHangulSyllable = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

/** `\p{Ll}` for one character; ASCII and Hangul syllables (no case) by range. */
export function isLowerCaseLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && (code < 0x80 || isHangulSyllable(code))) return code >= 0x61 && code <= 0x7a;
  return LOWER_CASE.test(ch);
}
/** `driving The brother`, `winnings A man`; not `Patient A and`, `from A to B` (a letter used as a name). */
const CAPTION_GLUE = /(?<=[\p{Ll}\d)'’] )(?:The|An?) (?!(?:and|or|nor|to|of|in|on|at|is|was|were|are|has|had|for|from|with|by|but|as)\b)\p{Ll}{2,}/gu;
/** What every CAPTION_GLUE match contains; a plain regex, cheap to compile. */
const CAPTION_GLUE_WORD = / (?:The|An?) /;
const SCROLL_PROMPT = /\bScroll down for (?:the )?videos?\b/giu;

/** Split `text` into trimmed sentence spans (UTF-16 offsets into `text`). Never throws. */
export function splitSentences(text: string, lang?: string | null): TextSpan[] {
  void lang; // rules are script-driven, so mixed-language text works without a hint
  if (typeof text !== 'string' || !text) return [];
  // The popup splits the same article twice (key sentences, then quotes in facts): the last split is kept.
  if (text !== lastSplit.text) lastSplit = { text, spans: split(text) };
  return lastSplit.spans.map((span) => ({ start: span.start, end: span.end }));
}

let lastSplit: { text: string; spans: TextSpan[] } = { text: '', spans: [] };

function split(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const lineRe = /[^\n\r]+/g;
  let line: RegExpExecArray | null;
  while ((line = lineRe.exec(text)) !== null) {
    for (const span of splitLine(line[0])) {
      pushTrimmed(text, line.index + span.start, line.index + span.end, spans);
    }
  }
  return spans;
}

function splitLine(line: string): TextSpan[] {
  const cuts = new Set<number>();
  const quoteRanges = koreanQuoteRanges(line);
  TERMINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL.exec(line)) !== null) {
    const end = m.index + m[0].length;
    if (end >= line.length) continue;
    if (isInside(quoteRanges, m.index)) continue;
    if (!isBoundary(line, m.index, m[0], end)) continue;
    cuts.add(end);
  }
  PHOTO_CREDIT.lastIndex = 0;
  while ((m = PHOTO_CREDIT.exec(line)) !== null) {
    if (isInside(quoteRanges, m.index)) continue;
    // A credit is a caption tail: it closes whatever precedes it and is a segment of its own.
    if (m.index > 0) cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  // The prompt check is case-insensitive, which is slow in V8: run it only where the words are.
  // Both need ASCII words (a capitalised article after a space; the prompt): skip lines that lack them.
  const patterns = [...(CAPTION_GLUE_WORD.test(line) ? [CAPTION_GLUE] : []), ...(/croll down/i.test(line) ? [SCROLL_PROMPT] : [])];
  for (const re of patterns) {
    re.lastIndex = 0;
    while ((m = re.exec(line)) !== null) {
      if (isInside(quoteRanges, m.index)) continue;
      cuts.add(m.index);
      if (re === SCROLL_PROMPT) cuts.add(m.index + m[0].length);
    }
  }
  const sorted = [...cuts].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b);
  const out: TextSpan[] = [];
  let start = 0;
  for (const cut of sorted) {
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: line.length });
  return out;
}

/** Is the punctuation run `punct` at `index` (ending at `end`) a real sentence end? */
function isBoundary(line: string, index: number, punct: string, end: number): boolean {
  // Bounded look-ahead/behind windows keep the splitter linear on long one-line texts.
  const ahead = line.slice(end, end + 64);
  const next = /\S/u.exec(ahead);
  if (!next) return false;
  const nextChar = next[0];
  // The next word is needed only for a few abbreviation and date checks: found when first asked for.
  let nextWordFound: string | undefined;
  const nextWord = (): string =>
    (nextWordFound ??= (/^[\p{L}\p{N}'’]+/u.exec(ahead.slice(next.index))?.[0] ?? '').toLowerCase());
  const prevChar = line[index - 1] ?? '';
  // Lower-case continuation: "e.g. something", "3 p.m. on", "said... and".
  if (isLowerCaseLetter(nextChar)) return false;
  if (!punct.startsWith('.')) return true;
  // "2022. 12. 9." and "No. 4": a number on both sides.
  if (/\d/.test(prevChar) && /\d/.test(nextChar)) return false;
  const behind = line.slice(Math.max(0, index - 64), index);
  // German dates: "am 7. Dezember".
  if (/^\d{1,2}$/.test(behind.split(/\s/).pop() ?? '') && GERMAN_MONTHS.test(nextWord())) return false;
  // Korean dotted dates: "2022. 12. 9. 발표했다".
  if (/\d{4}\.\s?\d{1,2}\.\s?\d{1,2}$/.test(behind)) return false;
  if (punct.startsWith('..')) return true; // ellipsis before a capital or Hangul
  if (!/^\.[”’"'」』)\]]*$/u.test(punct)) return true;
  if (punct.length > 1) return true; // period inside a closing quote/bracket: `…fine."`
  // After a Hangul syllable the word before is Korean, which ends a sentence (what the checks below find, without
  // compiling their Unicode-property patterns).
  const before = line.charCodeAt(index - 1);
  if (isHangulSyllable(before)) return true;
  // After a digit, bracket or other ASCII mark there is no word to look at (`…2%.`, `…(KIAT).`): a sentence end.
  if (before < 0x80 && before !== 0x2e && !((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a)) return true;
  const wordMatch = /[\p{L}.]+$/u.exec(behind);
  const word = (wordMatch?.[0] ?? '').replace(/^\.+/, '').toLowerCase();
  if (!word) return true;
  if (hasHangul(word)) return true;
  // "No. 4" is an abbreviation; "you shouldn't say no. 'If …" ends a sentence.
  if (word === 'no' || word === 'nos') return !/\d/.test(nextChar);
  if (NEVER_FINAL.has(word)) return false;
  // Single initials ("Laurie E. Locascio", "J. P. Morgan") — but "I." / Korean are fine.
  if (/^\p{Lu}$/u.test(wordMatch?.[0] ?? '')) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || MAYBE_FINAL.has(word)) {
    return OPENERS.has(nextWord()) || hasHangul(nextChar);
  }
  return true;
}

/**
 * Ranges of Korean quotations that a particle continues (`“…”라고`, `“…”며`): punctuation inside them
 * does not end the sentence, because the quote is the object of the reporting verb that follows.
 */
function koreanQuoteRanges(line: string): TextSpan[] {
  const ranges: TextSpan[] = [];
  if (!line.includes('"') && !line.includes('“')) return ranges;
  // A closing mark follows a non-space character (a straight " after a space opens the next quotation), and
  // Hangul follows the mark. The Hangul check is done here rather than as a `(?=\p{Script=Hangul})` look-ahead
  // (slow to compile); the closing mark is the first one after the opening mark, so when the check fails the
  // search resumes one character on, as the regex engine does.
  const re = /[“"]([^”"\n]{0,599}[^\s”"])[”"]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const after = re.lastIndex;
    const next = line.codePointAt(after);
    if (next !== undefined && hasHangul(String.fromCodePoint(next))) ranges.push({ start: m.index, end: after - 1 });
    else re.lastIndex = m.index + 1;
  }
  // English: a quotation closed by a comma and continued by its attribution ("…look. We know how to look,"
  // she said.) is one sentence, like the Korean “…”라고 말했다. Only lines with such a closing are searched.
  if (!/[,?!][”"]/.test(line)) return ranges;
  const en = /[“"]([^”"\n]{1,400}?[,?!])[”"](?=\s+(?:\p{Ll}|[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}\s+(?:said|says|added|told|explained|asked|wrote)\b))/gu;
  while ((m = en.exec(line)) !== null) ranges.push({ start: m.index, end: m.index + m[0].length - 1 });
  return ranges;
}

function isInside(ranges: TextSpan[], index: number): boolean {
  return ranges.some((r) => index > r.start && index < r.end);
}

function pushTrimmed(text: string, start: number, end: number, out: TextSpan[]): void {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end });
}

/** Convenience: the sentence strings themselves. */
export function sentenceTexts(text: string, lang?: string | null): string[] {
  return splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
}
