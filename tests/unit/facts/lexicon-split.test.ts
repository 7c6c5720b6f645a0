// The Korean word lists are a script of their own in the extension (on-demand-facts-ko.js): the facts code runs
// without them until they are installed. English facts must not depend on them, and Korean facts must use them
// as soon as they are installed (values built from the lists are rebuilt).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/facts/extract';
import { useKoreanLexicon } from '../../../core/facts/lexicon';
import { KOREAN_LEXICON } from '../../../core/facts/lexicon-ko';

const ENGLISH =
  'Senator Maria Delgado of the Commerce Committee flew from LA to the UAE on Tuesday. "We will get this done," Delgado said. ' +
  'The bill costs $1.2 billion, the Congressional Budget Office (CBO) estimated.';
const KOREAN = '민병주 한국산업기술진흥원(KIAT) 원장은 8일 워싱턴DC에서 서울시와 협약을 맺었다.';
const pub = { lang: 'en', published: '2025-03-06' };

describe('facts without and with the Korean word lists', () => {
  it('gives the same English facts before and after the Korean lists are installed', () => {
    const before = extractFacts(ENGLISH, pub);
    expect(before.places.map((p) => p.text)).toEqual(expect.arrayContaining(['LA', 'UAE']));
    // Without the lists the Korean title (원장) is unknown: the values built from them are built empty here…
    expect(extractFacts(KOREAN, { lang: 'ko' }).people.some((p) => p.title === '원장')).toBe(false);
    useKoreanLexicon(KOREAN_LEXICON);
    expect(extractFacts(ENGLISH, pub)).toEqual(before);
  });
  it('reads Korean titles, organisations and places once the lists are installed (…and rebuilt then)', () => {
    useKoreanLexicon(KOREAN_LEXICON);
    const f = extractFacts(KOREAN, { lang: 'ko', published: '2022-12-09' });
    expect(f.people).toEqual([expect.objectContaining({ name: '민병주', title: '원장' })]);
    expect(f.orgs.map((o) => o.name)).toContain('한국산업기술진흥원');
    expect(f.places.map((p) => p.text)).toContain('워싱턴DC');
  });
});
