// Facts missed on the synthetic fixture pages, each reproduced with an invented sentence and fixed by a
// generic rule (no fixture text). Each test fails on the code before its fix.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/facts';

const ko = (text: string, published?: string) => extractFacts(text, { lang: 'ko', published: published ?? null });
const en = (text: string, published?: string) => extractFacts(text, { lang: 'en', published: published ?? null });
const names = (text: string) => en(text).people.map((p) => p.name);

describe('English people named after a comma', () => {
  it('reads "The <title>, Name, said" and "Its <title>, Name, said" as a person with that title', () => {
    const f = en('The transport secretary, Maria Pellworth, said the plan was fair. Its chief executive, Idris Kovac, said costs would rise.');
    expect(f.people.map((p) => [p.name, p.title])).toEqual([
      ['Maria Pellworth', 'transport secretary'],
      ['Idris Kovac', 'chief executive'],
    ]);
  });
  it('reads "said Name, who …" as a person even when the surname is not used again', () => {
    expect(names('"It rained for a week," said Harriet Quillon, who runs a bakery on the square.')).toEqual(['Harriet Quillon']);
  });
  it('does not read a capitalised phrase after "said" without "who" as a person', () => {
    expect(names('The rules changed, said Morgan Stanley, which advised the bank.')).toEqual([]);
  });
});
