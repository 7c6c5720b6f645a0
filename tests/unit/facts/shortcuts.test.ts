// The shortcuts in core/facts (gates.ts: skip patterns that cannot match the text) must not change what is found.
// Every dev-corpus article and fixture page is run with the shortcuts on and off, and the facts must be identical;
// the gates' claims about the word lists are checked too, so a new lexicon entry cannot slip past a gate.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFactsWith } from '../../../core/facts';
import { EN_PLACES, KO_PLACES } from '../../../core/facts/gazetteer';
import { ALL_PATTERNS, entriesMatching, gatePattern, gatesFor, longestFirst, type Gate } from '../../../core/facts/gates';
import { EN_ORG_WORDS, EN_TITLES, KO_TITLES } from '../../../core/facts/lexicon';
import { mayHoldEnglishTitle } from '../../../core/facts/people';
import { gazetteerMatches, gazetteerMatchesByPattern } from '../../../core/facts/places';
import type { FactsOptions } from '../../../core/types';

const shared = (path: string) => new URL(`../../../../shared/${path}`, import.meta.url);
const readJson = <T>(url: URL): T => JSON.parse(readFileSync(url, 'utf8')) as T;

interface Article {
  id: string;
  text: string;
  lang: string | null;
}

function corpusArticles(): Article[] {
  const articles: Article[] = [];
  for (const [id, doc] of Object.entries(readJson<Record<string, { text: string }>>(shared('corpora/cnndm-frank-dev/corpus.json')))) {
    articles.push({ id: `cnndm-frank-dev/${id}`, text: doc.text, lang: 'en' });
  }
  for (const [id, doc] of Object.entries(readJson<Record<string, { text: string }>>(shared('corpora/kr-news-sum-dev/corpus.json')))) {
    articles.push({ id: `kr-news-sum-dev/${id}`, text: doc.text, lang: 'ko' });
  }
  // zyte-dev: the reference article bodies (English mostly, some Russian, Indonesian, Japanese).
  for (const [id, doc] of Object.entries(readJson<Record<string, { articleBody: string }>>(shared('corpora/zyte-dev/ground-truth.json')))) {
    articles.push({ id: `zyte-dev/${id}`, text: doc.articleBody, lang: null });
  }
  // Fixture pages: the seed and the repo's pages of other site types (German included).
  const fixtures = [shared('fixtures/seed-etoday/expect.json')];
  const local = new URL('../../fixtures/', import.meta.url);
  for (const name of readdirSync(local)) if (!name.endsWith('.md')) fixtures.push(new URL(`${name}/expect.json`, local));
  for (const url of fixtures) {
    const expected = readJson<{ body: string; lang: string; caption?: string }>(url);
    articles.push({ id: url.pathname, text: [expected.body, expected.caption ?? ''].join('\n\n'), lang: expected.lang });
  }
  return articles;
}

const ARTICLES = corpusArticles();

describe('fact-extraction shortcuts', () => {
  it('read every dev corpus and fixture', () => {
    expect(ARTICLES.filter((a) => a.id.startsWith('cnndm')).length).toBe(125);
    expect(ARTICLES.filter((a) => a.id.startsWith('kr-news')).length).toBe(25);
    expect(ARTICLES.filter((a) => a.id.startsWith('zyte')).length).toBe(91);
    expect(ARTICLES.some((a) => a.lang === 'de')).toBe(true);
  });

  it('give identical facts on every article, with the language given or detected and with and without a publish date', () => {
    let compared = 0;
    let gatesClosed = 0;
    for (const article of ARTICLES) {
      const variants: FactsOptions[] = [
        { lang: article.lang, published: '2024-03-04T09:00:00+09:00' },
        { published: '2022-12-09' },
        { lang: 'de' },
      ];
      for (const options of variants) {
        const fast = extractFactsWith(article.text, options, true);
        const full = extractFactsWith(article.text, options, false);
        expect(fast, `${article.id} ${JSON.stringify(options)}`).toEqual(full);
        compared++;
      }
      const may = gatesFor(article.text);
      if (!may('nameLike') || !may('hangul')) gatesClosed++;
    }
    expect(compared).toBe(ARTICLES.length * 3);
    // The English title patterns are skipped on articles that name someone in Latin letters but hold no title.
    expect(ARTICLES.some((article) => gatesFor(article.text)('nameLike') && !mayHoldEnglishTitle(article.text))).toBe(true);
    // The comparison is only worth something if the shortcuts are taken: most articles close some gate.
    expect(gatesClosed).toBeGreaterThan(ARTICLES.length / 2);
  });

  it('give identical facts on mixed Korean, English and German text', () => {
    const sentences = ARTICLES.flatMap((a) => a.text.split(/(?<=[.!?다])\s+/u)).filter((s) => s.length > 10 && s.length < 400);
    // Snippets that open gates on their own: names, titles, months, weekdays, German organisations, legal forms.
    const snippets = [
      'Laurie E. Locascio, NIST director, said', '로리 로카시오(Laurie E. Locascio) NIST 원장은', 'Mr. Smith', 'a boy named Tom',
      'on Tuesday', 'March 13, 2014', '7. Dezember 2022', 'am Montag', 'seit 2019', 'in 1997', 'voted 15-12', 'yesterday',
      'the Joseph Rowntree Foundation', 'Department of Commerce', 'National Institute of Standards and Technology (NIST)',
      'Müller Logistik GmbH', 'Bundeskartellamt', 'Stadtwerke Dresden', 'St. Anne\'s church', 'House of Commons', 'UAE', 'LA',
      'Lowell, Massachusetts', 'the Ohio River', '한강', '지난달 28일', '7일(이하 현지시간)', '150여 명', '$4.2 billion', '3 per cent',
      'Pressesprecherin Jana Vogt', '“큰 의미가 있다”고 말했다', '"It matters," she said.',
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...sentences), fc.constantFrom(...snippets)), { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '\n\n', '. ', ''), fc.constantFrom<string | null>('ko', 'en', 'de', null), (parts, glue, lang) => {
        const text = parts.join(glue);
        const options = { lang, published: '2022-12-09T12:35:00+09:00' };
        expect(extractFactsWith(text, options, true)).toEqual(extractFactsWith(text, options, false));
      }),
      { numRuns: 300 },
    );
  });

  it('find the same gazetteer places as the gazetteer patterns, whatever stands around the names', () => {
    // Names next to letters, digits, periods, particles, astral letters and each other (lookarounds and the
    // longest-name-first rule are where a hand-written matcher could drift from the pattern).
    const names = [...KO_PLACES, ...EN_PLACES];
    const around = ['', ' ', '.', '. ', 'a', 'Z', '9', '과', '에서', '(', ')', ',', '𝐀', '\u{20000}', '-', 'n', '.S', 'DC', 'City'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...around)), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const english of [false, true]) expect(gazetteerMatches(text, english)).toEqual(gazetteerMatchesByPattern(text, english));
      }),
      { numRuns: 2000 },
    );
    for (const article of ARTICLES) {
      for (const english of [false, true]) expect(gazetteerMatches(article.text, english)).toEqual(gazetteerMatchesByPattern(article.text, english));
    }
  });

  it('off means every pattern runs', () => {
    expect(gatesFor('아무 텍스트', false)).toBe(ALL_PATTERNS);
    expect(ALL_PATTERNS('nameLike')).toBe(true);
    expect(gatesFor('아무 텍스트')('nameLike')).toBe(false);
    expect(gatesFor('said Jamal Reed')('nameLike')).toBe(true);
  });
});

describe('list helpers used to build patterns on first use', () => {
  it('entriesMatching is the per-entry filter, longestFirst the stable sort by length', () => {
    for (const list of [KO_PLACES, EN_PLACES, EN_TITLES, KO_TITLES, EN_ORG_WORDS]) {
      for (const [source, flags] of [['[\\p{Script=Hangul}]{2,3}', 'u'], ['[A-ZÄÖÜ][\\p{L}]+', 'u'], ['[A-Z][a-z]+(?: [A-Z][a-z]+)?', '']] as const) {
        expect(entriesMatching(list, source, flags)).toEqual(list.filter((entry) => new RegExp(`^(?:${source})$`, flags).test(entry)));
      }
      expect(longestFirst(list)).toEqual([...list].sort((a, b) => b.length - a.length));
      expect(list.some((entry) => /[\n\r\u2028\u2029]/.test(entry))).toBe(false);
    }
  });
});

describe('the gates’ claims about the word lists', () => {
  const opens = (gate: Gate, text: string) => gatePattern(gate).test(text);
  it('every Korean gazetteer entry opens the Hangul gate or the Latin-place gate', () => {
    for (const place of KO_PLACES) expect(opens('hangul', place) || opens('koPlaceLatin', place), place).toBe(true);
  });
  it('every English/German gazetteer entry opens the place gate', () => {
    for (const place of EN_PLACES) expect(opens('enPlace', place), place).toBe(true);
  });
  it('every gazetteer name starts with a letter (the place matcher only tries starts of letter runs)', () => {
    for (const place of [...KO_PLACES, ...EN_PLACES]) expect(/^\p{L}/u.test(place), place).toBe(true);
  });
  it('every organisation head word is capitalised (or "plc") and ends in a letter or a period', () => {
    for (const word of EN_ORG_WORDS) {
      expect(/^[A-Z]|^plc$/.test(word), word).toBe(true);
      expect(/[A-Za-z.]$/.test(word), word).toBe(true);
      expect(opens('enOrgName', `Acme ${word}`), word).toBe(true);
      expect(opens('enOrgOf', `${word} of `), word).toBe(true);
    }
  });
  it('month, weekday and relative-date words open their gates', () => {
    const months = ['January', 'Jan.', 'February', 'Feb', 'March', 'April', 'May', 'June', 'Jun', 'July', 'August', 'September', 'Sept.', 'Sep', 'October', 'November', 'December'];
    for (const month of months) expect(opens('monthEn', month), month).toBe(true);
    for (const month of ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']) {
      expect(opens('monthDe', month), month).toBe(true);
    }
    for (const day of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) expect(opens('weekdayEn', day)).toBe(true);
    for (const day of ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag']) expect(opens('weekdayDe', day)).toBe(true);
    for (const word of ['yesterday', 'TODAY', 'tomorrow', 'last year', 'This Year', 'next year']) expect(opens('relativeEn', word), word).toBe(true);
  });
});

describe('the English title gate', () => {
  it('is closed only when no title can occur, whatever its case', () => {
    expect(mayHoldEnglishTitle('한미 협력 … 로리 로카시오(Laurie E. Locascio) NIST 원장이 서명했다.')).toBe(false);
    for (const title of EN_TITLES) {
      const titleCase = title.replace(/(^|[\s-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
      for (const written of [title, titleCase, title.toUpperCase()]) expect(mayHoldEnglishTitle(`그는 ${written} 자리에 올랐다`), written).toBe(true);
    }
  });
});
