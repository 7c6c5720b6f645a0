import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keySentences } from '../../../core/summarize';
import { compressParts, innerParts } from '../../../core/summarize/compress';
import { displaySentence } from '../../../core/summarize/display';
import { contentTokens } from '../../../core/text/tokens';

/** Sentence frequency of content tokens, as the summariser computes it. */
function frequency(sentences: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(contentTokens(s, false))) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}
/** The kept pieces of `sentence` (alone in an article with `others`), joined as the popup shows them. */
function kept(sentence: string, others: string[] = ['Nothing else in this article is related.']): string {
  const parts = innerParts(sentence, frequency([sentence, ...others]));
  return parts.map((p) => sentence.slice(p.start, p.end).trim()).join(' … ');
}

describe('innerParts: asides left out of the middle of a sentence', () => {
  it('leaves out a non-restrictive relative clause the article does not repeat', () => {
    expect(kept('Asylum seeker Jafar Adeli, who is of Afghani origin, was snared by a vigilante group.')).toBe(
      'Asylum seeker Jafar Adeli … was snared by a vigilante group.',
    );
    expect(kept('The German champions, who host Porto on Tuesday after a loss, were without six starters.')).toBe(
      'The German champions … were without six starters.',
    );
  });

  it('leaves out an appositive after a name and a participle or adverb phrase', () => {
    expect(kept('Jones, the former hospital porter from Swindon, has denied every charge.')).toBe('Jones … has denied every charge.');
    expect(kept('The barbaric footage, released earlier today, shows the men kneeling on a road.')).toBe(
      'The barbaric footage … shows the men kneeling on a road.',
    );
    expect(kept('Joshua Burns, formerly of Brighton, was sentenced to three years of probation.')).toBe(
      'Joshua Burns … was sentenced to three years of probation.',
    );
  });

  it('keeps bracketed asides and dash asides (measured: no gain)', () => {
    const bracket = "'Benzema is not available (for the first leg) but we will have him back,' said the coach.";
    expect(kept(bracket)).toBe(bracket);
    const dash = 'The document -- prepared by a research service -- states that the relationship is over.';
    expect(kept(dash)).toBe(dash);
  });

  it('keeps an aside whose words the article repeats', () => {
    const sentence = 'Wright, who had seven seasons at Arsenal, will hand over the trophy.';
    expect(kept(sentence)).toBe('Wright … will hand over the trophy.');
    expect(kept(sentence, ['Wright spent seven seasons at Arsenal.'])).toBe(sentence);
  });

  it('keeps an aside that is not followed by the main verb (a list, a restrictive use, an open clause)', () => {
    // A list: "which assess English, maths and science".
    const list = 'Guffick changed the tests for 11-year-olds, which assess English, maths and science at the school.';
    expect(kept(list)).toBe(list);
    // No closing comma: the clause runs to the end of the sentence.
    const open = 'The police arrested Smith, who had fled the scene in a stolen car.';
    expect(kept(open)).toBe(open);
    // Followed by a noun phrase, not a verb.
    const noVerb = 'They met Smith, who was born in Leeds, the next morning at the station.';
    expect(kept(noVerb)).toBe(noVerb);
  });

  it('keeps a number appositive (highlights keep ages) and a lower-case word before an appositive', () => {
    const age = 'Leon Yeaman, 55, was allegedly killed by a single punch in the head.';
    expect(kept(age)).toBe(age);
    const lower = 'The plan, the mayor said on Monday, will cost the city millions.';
    expect(kept(lower)).toBe(lower);
  });

  it('never leaves a piece without a word', () => {
    const sentence = 'Smith, who had fled on foot, was found in the river by walkers.';
    expect(kept(sentence)).toBe('Smith … was found in the river by walkers.');
    for (const p of innerParts(sentence, frequency([sentence]))) expect(/\p{L}/u.test(sentence.slice(p.start, p.end))).toBe(true);
  });
});

describe('compressParts', () => {
  it('combines a trailing cut with an inner one, the pieces indexing the article text', () => {
    const text = 'Intro. Wright, who had seven seasons at Arsenal, will hand over the trophy before travelling back to London for a radio show.';
    const span = { start: 7, end: text.length };
    const df = frequency(['Intro.', text.slice(7), 'The trophy is his twentieth.']);
    const parts = compressParts(text, span, df);
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual(['Wright', ' will hand over the trophy']);
    expect(compressParts(text, span, df, false)).toHaveLength(1);
  });

  it('returns ordered, non-overlapping slices inside the sentence span for any text', () => {
    const word = fc.constantFrom('Smith', 'who', 'which', 'the', 'was', 'said', 'found', 'has', 'maths', 'and', '(left)', ',', ', ', '--', 'Leeds', 'formerly', 'released', 'a', 'of', 'A');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.string({ maxLength: 10 }), (words, prefix) => {
        const sentence = words.join(' ').replace(/ ,/g, ',');
        const text = `${prefix}${sentence}`;
        const span = { start: prefix.length, end: text.length };
        const parts = compressParts(text, span, frequency([sentence]));
        expect(parts.length).toBeGreaterThan(0);
        let at = span.start;
        for (const p of parts) {
          expect(p.start).toBeGreaterThanOrEqual(at);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(span.end);
          at = p.end;
        }
      }),
    );
  });
});

describe('keySentences with inner deletions', () => {
  const article = [
    'Arsenal legend Ian Wright has been confirmed as the man who will present AP McCoy with his final champion jockeys trophy at Sandown on Saturday.',
    'Wright, who had seven seasons in north London and broke every scoring record in the book, will hand over the McCoy trophy at Sandown.',
    'McCoy has won the champion jockeys title twenty times and retires on Saturday at Sandown.',
    'The jockeys trophy will be presented after the final race.',
  ].join(' ');

  it('returns the kept pieces as slices of the text inside the sentence span, shown with an ellipsis', () => {
    const picks = keySentences(article, { lang: 'en', max: 3 });
    const cut = picks.find((k) => k.parts);
    expect(cut).toBeDefined();
    expect(cut!.text).toBe(article.slice(cut!.start, cut!.end));
    expect(cut!.parts![0]!.start).toBe(cut!.start);
    expect(cut!.parts![cut!.parts!.length - 1]!.end).toBe(cut!.end);
    expect(displaySentence(cut!)).toBe('Wright … will hand over the McCoy trophy at Sandown.');
  });

  it('leaves Korean sentences without parts', () => {
    const ko = '한국과 미국이 산업기술 협력을 강화한다. 민병주 원장은, 그리고 누구는, 협력을 논의했다. 양국은 협력을 계속한다.';
    for (const k of keySentences(ko, { lang: 'ko', max: 3 })) expect(k.parts).toBeUndefined();
  });
});
