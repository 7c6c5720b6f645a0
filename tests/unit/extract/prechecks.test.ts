// The exact pre-checks that keep the long /iu date-word patterns off the hot path must never say
// "no" where the pattern would match (that would change the output).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldCase, hasWordAmong } from '../../../core/extract/text';
import { parseDateLines } from '../../../core/extract/dates';

const WORDS = ['märz', 'outubro', 'a las', 'segunda-feira', 'mai', 'oktober', 'setembro'];
// The pattern the pre-check stands for, built the way core/extract builds its patterns.
const PATTERN = new RegExp(`(?<!\\p{L})(?:${WORDS.join('|')})(?!\\p{L})`, 'iu');

describe('hasWordAmong (pre-check for /(?<!\\p{L})(?:…)(?!\\p{L})/iu)', () => {
  it('finds words standing alone in any case, with the characters /iu folds onto a–z', () => {
    expect(hasWordAmong(foldCase('4. MÄRZ 2025'), WORDS)).toBe(true);
    expect(hasWordAmong(foldCase('22 de Outubro'), WORDS)).toBe(true);
    expect(hasWordAmong(foldCase('ſetembro 5'), WORDS)).toBe(true); // long s
    expect(hasWordAmong(foldCase('5 o\u212Atober'), WORDS)).toBe(true); // Kelvin sign
    expect(hasWordAmong(foldCase('email domain main'), WORDS)).toBe(false);
  });

  it('never misses a match of the pattern it guards', () => {
    const pieces = ['mai', 'MAI', 'Märζ', 'märz', 'MÄRZ', 'a las', 'A LAS', 'ſetembro', 'o\u212Atober', 'outubro', 'segunda-feira',
      'x', 'é', '가', ' ', '-', '1', '.', 'n', 'ſ', 'İ', '𝐀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (PATTERN.test(text)) expect(hasWordAmong(foldCase(text), WORDS)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('other-language dates are still read behind the gate', () => {
    expect(parseDateLines('4. MÄRZ 2025, 16:20 Uhr')[0]?.iso).toBe('2025-03-04T16:20:00');
    expect(parseDateLines('Posted on SETEMBRO 30, 2015')[0]?.iso).toBe('2015-09-30');
    expect(parseDateLines('5 o\u212Atober 2019')[0]?.iso).toBe('2019-10-05');
    expect(parseDateLines('the main 5 2019 email')).toEqual([]);
  });
});
