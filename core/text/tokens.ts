/**
 * Word tokens for similarity between sentences (key sentences, title overlap).
 *
 * English: lower case, letters/digits runs, a light suffix stripper (plural, -ed, -ing) and a stop list.
 * Korean: space-separated words (어절) with the trailing particle or ending removed (`연구진은` → `연구진`,
 * `발표했다` → `발표`), so the same noun matches across case forms; one-syllable leftovers are dropped.
 * No dictionary is shipped: the particle list is short and covers the common news forms.
 */

const EN_STOP = new Set(
  ('a an the and or but if of to in on at by for from with as is are was were be been being it its this that ' +
    'these those he she they we i you his her their our my your him them us me who whom which what when where ' +
    'why how not no so than then there here has have had do does did will would can could should may might ' +
    'must shall also just about into over after before up out more most said says say told one two new ' +
    'very all any some such only own same other s t')
    .split(' '),
);

/** Korean particles and verb endings, longest first, stripped from the end of a word. */
const KO_SUFFIXES = [
  '이라고', '라고', '으로부터', '에서부터', '에게서', '으로서', '으로써', '에서는', '에서도', '에서의', '에게는',
  '까지는', '부터는', '이었다', '였다', '했다', '한다', '된다', '됐다', '되었다', '하였다', '있다', '없다', '이다',
  '하고', '하며', '하는', '하면', '해서', '하여', '했고', '했으며', '됐고', '되며', '되는', '에서', '에게', '으로',
  '까지', '부터', '처럼', '보다', '마다', '이나', '이며', '라며', '이라며', '과의', '와의', '에는', '에도', '으로는',
  '로는', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '고', '며', '서', '한', '할',
  '된', '될', '인',
];

const KO_STOP = new Set(['이번', '지난', '또한', '그러나', '하지만', '이에', '따라', '통해', '대해', '위해', '관련', '가운데', '것', '등', '및', '수', '더', '그', '이', '저']);

const HANGUL = /\p{Script=Hangul}/u;
const LETTER = /\p{L}/u;

/** Does the text look Korean (enough Hangul among its letters)? */
export function isKorean(text: string, lang?: string | null): boolean {
  if (lang) return /^ko\b/i.test(lang);
  const head = text.slice(0, 2000);
  let hangul = 0;
  let letters = 0;
  // ASCII and Hangul syllables are decided by code range; only other characters need the (slow) Unicode
  // regex test, which per character was the summariser's largest single cost.
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) letters++;
      continue;
    }
    if (code >= 0xac00 && code <= 0xd7a3) {
      letters++;
      hangul++;
      continue;
    }
    const point = head.codePointAt(i) ?? code;
    if (point > 0xffff) i++;
    const ch = String.fromCodePoint(point);
    if (LETTER.test(ch)) {
      letters++;
      if (HANGUL.test(ch)) hangul++;
    }
  }
  return letters > 0 && hangul / letters > 0.3;
}

function stemEn(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * The suffixes grouped by their last character, in list order: a word can only end with a suffix that ends with
 * its own last character, so only those are tried (the first match in list order is the same as before).
 */
const KO_SUFFIXES_BY_LAST = new Map<string, string[]>();
for (const suffix of KO_SUFFIXES) {
  const last = suffix[suffix.length - 1]!;
  const group = KO_SUFFIXES_BY_LAST.get(last);
  if (group) group.push(suffix);
  else KO_SUFFIXES_BY_LAST.set(last, [suffix]);
}

function stemKo(word: string): string {
  const candidates = KO_SUFFIXES_BY_LAST.get(word[word.length - 1] ?? '');
  if (!candidates) return word;
  for (const suffix of candidates) {
    if (word.length > suffix.length + 0 && word.endsWith(suffix) && word.length - suffix.length >= 2) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/**
 * News text is mostly ASCII, Hangul (syllables, compatibility jamo such as ㆍ), General Punctuation (quotes,
 * dashes, ellipsis), the middle dot, CJK brackets, arrows and shapes. In that alphabet the letters and numbers are
 * exactly [0-9A-Za-z] and the Hangul, so plain character-class patterns (quick to
 * compile) give what the Unicode-property patterns give; those are slow to compile on first use, which a fresh
 * page pays for, and are kept for text outside the alphabet. tests/unit/text/tokens.test.ts checks the claim on
 * every code point.
 */
// eslint-disable-next-line no-control-regex -- the alphabet starts at U+0000 on purpose (all of ASCII)
export const PLAIN_ALPHABET = /^[\x00-\x7f\xb7\u2000-\u206f\u2190-\u21ff\u25a0-\u25ff\u3000-\u3004\u3008-\u3011\u3131-\u318e\uac00-\ud7a3]*$/;
const PLAIN_SEPARATORS = /[^0-9A-Za-z\u3131-\u318e\uac00-\ud7a3]+/;
export const PLAIN_LETTER_OR_NUMBER = /[0-9A-Za-z\u3131-\u318e\uac00-\ud7a3]/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Does the word contain a Hangul character (`\p{Script=Hangul}`)? ASCII and Hangul syllables by range. */
export function hasHangul(word: string): boolean {
  let other = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) return true;
    if (code >= 0x80) other = true;
  }
  return other && HANGUL.test(word);
}

/** Content-word tokens of `text` (stop words removed), for bag-of-words similarity. */
export function contentTokens(text: string, korean: boolean): string[] {
  const out: string[] = [];
  const normalized = text.normalize('NFKC').toLowerCase();
  for (const w of normalized.split(PLAIN_ALPHABET.test(normalized) ? PLAIN_SEPARATORS : SEPARATORS)) {
    if (!w) continue;
    if (korean && hasHangul(w)) {
      const stem = stemKo(w);
      if (stem.length >= 2 && !KO_STOP.has(stem)) out.push(stem);
    } else {
      if (EN_STOP.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
      out.push(stemEn(w));
    }
  }
  return out;
}

/** Number of words (space-separated runs containing a letter or digit). */
export function wordCount(text: string): number {
  let n = 0;
  const letterOrNumber = PLAIN_ALPHABET.test(text) ? PLAIN_LETTER_OR_NUMBER : LETTER_OR_NUMBER;
  for (const w of text.split(/\s+/)) if (letterOrNumber.test(w)) n++;
  return n;
}
