// The splitter's fast paths (code-range checks instead of Unicode-property regexes, look-ups done only when
// needed, the last split kept) must not move a single boundary: it is compared with the reference splitter on
// every dev-corpus article and on generated text full of quotes, abbreviations, dates and mixed scripts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../core/text/sentences';
import { splitSentences as referenceSplit } from './sentences.reference';

const shared = (path: string) => new URL(`../../../../shared/${path}`, import.meta.url);
const readJson = <T>(url: URL): T => JSON.parse(readFileSync(url, 'utf8')) as T;

function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const doc of Object.values(readJson<Record<string, { text: string }>>(shared('corpora/cnndm-frank-dev/corpus.json')))) texts.push(doc.text);
  for (const doc of Object.values(readJson<Record<string, { text: string; sentences: string[] }>>(shared('corpora/kr-news-sum-dev/corpus.json')))) {
    texts.push(doc.text, doc.sentences.map((s) => `${s}.`).join('\n\n'));
  }
  for (const doc of Object.values(readJson<Record<string, { articleBody: string }>>(shared('corpora/zyte-dev/ground-truth.json')))) texts.push(doc.articleBody);
  return texts;
}

const PIECES = [
  '정부는', '발표했다.', '“지원을', '늘리겠다.', '확대한다”며', '강조했다.', '”라고', '"라며', '2022.', '12.', '9.', '(사진제공=KIAT)',
  '김 대표는', '말했다…', '?', '!', '“', '”', '"', "'", '’', ',', '.', '..', '...', '。', 'ㆍ', '·', '①', 'ＡＢ',
  'Mr.', 'Dr.', 'U.S.', 'Inc.', 'p.m.', 'No.', '4', 'E.', 'Locascio', 'the', 'The', 'A', 'An', 'man', 'driving',
  'said.', 'look,"', '"x"y.', 'y"', '"z', 'a"b.', '그렇다"며', '말했다"고', 'she', 'said', 'Scroll down for video', 'am 7.', 'Dezember', 'Économie', 'été.', 'Ünal', '𝐀𝐁', '😀',
];
const generated = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '')), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('sentence splitter fast paths', () => {
  it('split every dev-corpus article exactly as the reference splitter', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(250);
    for (const text of texts) expect(splitSentences(text)).toEqual(referenceSplit(text));
  });

  it('split generated news-like text exactly as the reference splitter', () => {
    fc.assert(
      fc.property(generated, (text) => {
        expect(splitSentences(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('resume the Korean-quotation search one character after a closing mark that Hangul does not follow', () => {
    // `"x"` is not a Korean quotation, but its closing mark opens `"y. 그렇다"며`, inside which "y." ends nothing.
    const text = 'A "x"y. 그렇다"며 말했다. 끝.';
    expect(splitSentences(text)).toEqual(referenceSplit(text));
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['A "x"y. 그렇다"며 말했다.', '끝.']);
  });

  it('give a fresh copy of the kept split: changing one result does not change the next', () => {
    const text = '첫 문장이다. 둘째 문장이다.\n\nThe third one. And a fourth.';
    const first = splitSentences(text, 'ko');
    first[0]!.start = 99;
    first.pop();
    expect(splitSentences(text)).toEqual(referenceSplit(text));
    expect(splitSentences('다른 글이다. 끝.')).toEqual(referenceSplit('다른 글이다. 끝.'));
    expect(splitSentences(text)).toEqual(referenceSplit(text));
  });
});
