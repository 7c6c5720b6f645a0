import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentTokens, hasHangul, isKorean, PLAIN_ALPHABET, PLAIN_LETTER_OR_NUMBER, wordCount } from '../../../core/text/tokens';

/** The plain per-character definition that the fast scan must keep. */
function isKoreanReference(text: string): boolean {
  let hangul = 0;
  let letters = 0;
  for (const ch of text.slice(0, 2000)) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Hangul}/u.test(ch)) hangul++;
    }
  }
  return letters > 0 && hangul / letters > 0.3;
}

describe('isKorean', () => {
  it('follows the language hint when there is one', () => {
    expect(isKorean('plain English', 'ko-KR')).toBe(true);
    expect(isKorean('한국어 문장입니다', 'en')).toBe(false);
  });

  it('counts Hangul among letters (not among digits, spaces or Hangul symbols)', () => {
    expect(isKorean('한국과 미국이 산업기술 협력을 강화한다.')).toBe(true);
    expect(isKorean('Samsung 삼성 reported record profits for the quarter on Friday')).toBe(false);
    expect(isKorean('12345 ... ㈜ ㉠')).toBe(false);
    expect(isKorean('')).toBe(false);
  });

  it('matches the per-character definition on any text, surrogate halves included', () => {
    const pieces = fc.constantFrom('한', '국', 'ㄱ', '㈜', 'a', 'Z', 'é', '1', ' ', '.', '\ud83d', '😀', '漢', 'ж');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 0, max: 2100 }), (parts, pad) => {
        const text = 'x'.repeat(pad) + parts.join('');
        expect(isKorean(text)).toBe(isKoreanReference(text));
      }),
    );
  });
});

describe('character classes decided by code range', () => {
  it('in the plain alphabet, the plain letter class is [\\p{L}\\p{N}] (checked on every code point)', () => {
    const mismatches: number[] = [];
    let plain = 0;
    for (let code = 0; code <= 0x10ffff; code++) {
      const ch = String.fromCodePoint(code);
      if (!PLAIN_ALPHABET.test(ch)) continue;
      plain++;
      if (PLAIN_LETTER_OR_NUMBER.test(ch) !== /[\p{L}\p{N}]/u.test(ch)) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
    expect(plain).toBeGreaterThan(11000);
    expect(PLAIN_ALPHABET.test('정부는 “AI 투자”를 3.5% 늘린다 — ㆍ·')).toBe(true);
    expect(PLAIN_ALPHABET.test('Économie')).toBe(false);
  });

  it('hasHangul agrees with \\p{Script=Hangul} on every BMP character, alone and in a word', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (hasHangul(ch) !== /\p{Script=Hangul}/u.test(ch) || hasHangul(`ab${ch}`) !== /\p{Script=Hangul}/u.test(`ab${ch}`)) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });
});

/** The definitions the scanners replaced (a Unicode-regex split and a suffix loop over the whole list). */
const KO_SUFFIXES_REFERENCE = [
  '이라고', '라고', '으로부터', '에서부터', '에게서', '으로서', '으로써', '에서는', '에서도', '에서의', '에게는',
  '까지는', '부터는', '이었다', '였다', '했다', '한다', '된다', '됐다', '되었다', '하였다', '있다', '없다', '이다',
  '하고', '하며', '하는', '하면', '해서', '하여', '했고', '했으며', '됐고', '되며', '되는', '에서', '에게', '으로',
  '까지', '부터', '처럼', '보다', '마다', '이나', '이며', '라며', '이라며', '과의', '와의', '에는', '에도', '으로는',
  '로는', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '고', '며', '서', '한', '할',
  '된', '될', '인',
];
const KO_STOP_REFERENCE = new Set(['이번', '지난', '또한', '그러나', '하지만', '이에', '따라', '통해', '대해', '위해', '관련', '가운데', '것', '등', '및', '수', '더', '그', '이', '저']);
function contentTokensReference(text: string, korean: boolean): string[] {
  const out: string[] = [];
  for (const w of text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    if (korean && /\p{Script=Hangul}/u.test(w)) {
      let stem = w;
      for (const suffix of KO_SUFFIXES_REFERENCE) {
        if (w.endsWith(suffix) && w.length - suffix.length >= 2) {
          stem = w.slice(0, -suffix.length);
          break;
        }
      }
      if (stem.length >= 2 && !KO_STOP_REFERENCE.has(stem)) out.push(stem);
    } else {
      out.push(w);
    }
  }
  return out;
}

describe('contentTokens and wordCount keep their regex definitions', () => {
  const korean = fc.constantFrom(...'연구진은 발표했다 정부가 한국 미국과의 협력 강화한다 ㆍ “ ” · 1,200억원 AI 3.5% ① ②'.split(' '), ' ', '\n', '.', ',');
  const words = fc.array(fc.oneof(korean, fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 });

  it('Korean tokens are the reference stems (English words are compared through the stemmer)', () => {
    fc.assert(
      fc.property(words, (parts) => {
        const text = parts.join(' ');
        const reference = contentTokensReference(text, true).filter((w) => /\p{Script=Hangul}/u.test(w));
        expect(contentTokens(text, true).filter((w) => /\p{Script=Hangul}/u.test(w))).toEqual(reference);
        expect(contentTokens(text, true).length).toBeLessThanOrEqual(contentTokensReference(text, true).length);
      }),
      { numRuns: 3000 },
    );
  });

  it('wordCount counts the space-separated runs with a letter or digit', () => {
    fc.assert(
      fc.property(words, (parts) => {
        const text = parts.join(' ');
        expect(wordCount(text)).toBe(text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
      }),
      { numRuns: 3000 },
    );
  });
});
