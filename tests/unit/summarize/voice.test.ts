import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, rankSentences } from '../../../core/summarize';

const picks = (sentences: string[], voice = DEFAULT_PARAMS.en.voice): number[] =>
  rankSentences(sentences.join(' '), { lang: 'en', max: 3 }, { ...DEFAULT_PARAMS.en, voice }).map((k) => k.index);

describe('English sentences that speak to the reader or as "we"', () => {
  const article = [
    'The city council approved a new budget for the public parks of Leeds on Monday night.',
    'If you live near a park, your evening walk is about to get a lot better.',
    'The parks budget adds ten new playgrounds and repairs old paths across the city of Leeds.',
    'Council leader Jane Smith said the parks budget was the largest in a decade for Leeds.',
    'Work on the first playgrounds starts in June and the city expects to finish by next spring.',
  ];

  it('gives way to a news statement (commentary or a hook is not a key sentence)', () => {
    expect(picks(article)).not.toContain(1);
    expect(picks(article, 0)).toContain(1);
  });

  it('does not count "we" or "you" inside a quotation, nor "US" for the country', () => {
    const quoted = [...article];
    quoted[1] = "'We're going to make every park in Leeds better,' the council leader told reporters on Monday.";
    expect(picks(quoted)).toEqual(picks(quoted, 0));
    const country = [...article];
    country[1] = 'The US parks service praised the plan for the public parks of Leeds as a model for other cities.';
    expect(picks(country)).toEqual(picks(country, 0));
  });

  it('leaves Korean alone', () => {
    expect(DEFAULT_PARAMS.ko.voice).toBe(0);
  });
});
