import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keySentences } from '../../../core/summarize';

const FIXTURE = JSON.parse(
  readFileSync(new URL('../../../../shared/fixtures/seed-etoday/expect.json', import.meta.url), 'utf8'),
) as { body: string; title: string };

describe('keySentences', () => {
  it('returns 3 sentences in article order whose spans slice to their text', () => {
    const result = keySentences(FIXTURE.body, { title: FIXTURE.title, lang: 'ko' });
    expect(result).toHaveLength(3);
    for (const k of result) expect(FIXTURE.body.slice(k.start, k.end)).toBe(k.text);
    const indexes = result.map((k) => k.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('honours max and never picks a photo credit', () => {
    const text = `${FIXTURE.body}\n\n(사진제공=KIAT)`;
    const result = keySentences(text, { max: 5 });
    expect(result).toHaveLength(5);
    expect(result.some((k) => k.text.includes('사진제공'))).toBe(false);
  });

  it('prefers the sentence that the article and title are about over an aside', () => {
    const text =
      'The city council approved a new budget for public parks on Monday. ' +
      'Weather was mild. ' +
      'The parks budget adds ten new playgrounds and repairs to old parks across the city. ' +
      'Council members said the parks budget was the largest in a decade.';
    const result = keySentences(text, { max: 2, title: 'Council approves parks budget' });
    expect(result.map((k) => k.index)).not.toContain(1);
  });

  it('is total: in-bounds spans for random text, empty for bad input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 5 }), (text, max) => {
        const result = keySentences(text, { max });
        expect(result.length).toBeLessThanOrEqual(max);
        for (const k of result) {
          expect(k.end).toBeGreaterThan(k.start);
          expect(text.slice(k.start, k.end)).toBe(k.text);
        }
      }),
    );
    expect(keySentences(null as unknown as string)).toEqual([]);
    // Bad options are ignored, not fatal.
    const odd = { title: 42, max: Number.NaN, lang: {} } as unknown as Parameters<typeof keySentences>[1];
    expect(keySentences('One sentence here. Another one follows. A third one ends it. And a fourth.', odd)).toHaveLength(3);
    expect(keySentences('One sentence here. Another one.', null as unknown as undefined)).toHaveLength(2);
  });
});
