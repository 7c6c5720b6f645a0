import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKorean } from '../../../core/text/tokens';

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
