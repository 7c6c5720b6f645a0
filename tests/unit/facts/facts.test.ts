import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/facts';
import { DEFAULT_LABELS, factsToMarkdown } from '../../../core/facts/markdown';
import type { Facts } from '../../../core/types';

interface Expect {
  body: string;
  caption: string;
  facts: { mustNotContain: string[] };
}
const SEED = JSON.parse(
  readFileSync(new URL('../../../../shared/fixtures/seed-etoday/expect.json', import.meta.url), 'utf8'),
) as Expect;
const PUBLISHED = '2022-12-09T12:35:00+09:00';

/** Every fact: in-bounds, non-empty evidence, one span of which contains the fact's name/text. */
function expectEvidence(text: string, facts: Facts): void {
  for (const list of Object.values(facts) as Array<Array<{ evidence: Array<{ start: number; end: number }>; name?: string; text?: string }>>) {
    for (const fact of list) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const e of fact.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThan(e.start);
      }
      const key = fact.name ?? fact.text ?? '';
      expect(key.length).toBeGreaterThan(0);
      expect(fact.evidence.some((e) => text.slice(e.start, e.end).includes(key))).toBe(true);
    }
  }
}

describe('extractFacts — seed article (Korean)', () => {
  const facts = extractFacts(SEED.body, { lang: 'ko', published: PUBLISHED });

  it('finds the person with title and organisation, and the quotes with their speaker', () => {
    expect(facts.people).toContainEqual(expect.objectContaining({ name: '민병주', title: '원장', org: 'KIAT' }));
    expect(facts.quotes).toHaveLength(2);
    for (const q of facts.quotes) expect(q).toMatchObject({ speaker: '민병주', speakerTitle: 'KIAT 원장' });
    expect(facts.quotes[0]!.text.startsWith('기술강국 미국과 공동R&D 채널을')).toBe(true);
    expect(facts.quotes[1]!.text.endsWith('논의되기를 바란다')).toBe(true);
  });

  it('pairs organisations with their abbreviation and finds listed agencies', () => {
    expect(facts.orgs).toContainEqual(expect.objectContaining({ name: '한국산업기술진흥원', abbr: 'KIAT' }));
    expect(facts.orgs).toContainEqual(expect.objectContaining({ name: '국립표준기술연구소', abbr: 'NIST' }));
    const names = facts.orgs.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['상무부', 'NSF', 'NIH']));
    expect(names).not.toContain('LOI');
    expect(names.some((n) => n.includes('협력의향서'))).toBe(false);
  });

  it('resolves day-only dates against the publish date and flags local time (a flag, not English words)', () => {
    const date = facts.dates.find((d) => d.text === '7일(이하 현지시간)');
    expect(date).toEqual(expect.objectContaining({ iso: '2022-12-07', localTime: true }));
    expect(date?.note).toBeUndefined();
    expect(facts.dates).toContainEqual(expect.objectContaining({ text: '8일', iso: '2022-12-08' }));
  });

  it('finds places as words (not inside 워싱턴대-like compounds) and numbers with unit and qualifier', () => {
    expect(facts.places.map((p) => p.text)).toEqual(expect.arrayContaining(['한국', '미국', '워싱턴DC']));
    expect(facts.numbers).toContainEqual(
      expect.objectContaining({ text: '150여 명', value: 150, unit: '명', approx: true, what: '산업기술인' }),
    );
    expect(facts.numbers).toContainEqual(expect.objectContaining({ text: '14곳', value: 14, unit: '곳' }));
    expect(facts.numbers).toContainEqual(expect.objectContaining({ value: 3, unit: '대', what: '연방기관' }));
  });

  it('takes the romanised alias from the caption', () => {
    const text = `${SEED.body}\n\n${SEED.caption}`;
    const withCaption = extractFacts(text, { lang: 'ko', published: PUBLISHED });
    expect(withCaption.people).toContainEqual(
      expect.objectContaining({ name: '로리 로카시오', alias: 'Laurie E. Locascio', title: '원장', org: 'NIST' }),
    );
    expectEvidence(text, withCaption);
  });

  it('every fact has evidence in the text, and nothing comes from clutter', () => {
    expectEvidence(SEED.body, facts);
    const all = JSON.stringify(facts);
    for (const s of SEED.facts.mustNotContain) expect(all).not.toContain(s);
  });

  it('without a publish date, relative dates are not guessed', () => {
    const noDate = extractFacts(SEED.body, { lang: 'ko' });
    expect(noDate.dates).toEqual([]);
  });
});

describe('extractFacts — English', () => {
  const text =
    'Laurie E. Locascio, NIST director, signed the letter with the National Institute of Standards and Technology (NIST) team on Tuesday. ' +
    '"This partnership will speed up joint research for both countries," said Locascio. ' +
    'The deal is worth $4.2 billion, and shares rose 1.27% in Seoul. About 150 people attended in Washington, D.C.';
  const facts = extractFacts(text, { lang: 'en', published: '2022-12-09' });

  it('finds people, organisations with expansion, money, percent and counts', () => {
    expect(facts.people).toContainEqual(expect.objectContaining({ name: 'Laurie E. Locascio', title: 'director', org: 'NIST' }));
    expect(facts.orgs).toContainEqual(expect.objectContaining({ name: 'National Institute of Standards and Technology', abbr: 'NIST' }));
    expect(facts.numbers).toContainEqual(expect.objectContaining({ text: '$4.2 billion', value: 4.2e9, unit: 'USD', kind: 'money' }));
    expect(facts.numbers).toContainEqual(expect.objectContaining({ text: '1.27%', value: 1.27, kind: 'percent' }));
    expect(facts.numbers).toContainEqual(expect.objectContaining({ text: 'About 150 people', value: 150, approx: true, what: 'people' }));
    expect(facts.places.map((p) => p.text)).toEqual(expect.arrayContaining(['Seoul', 'Washington, D.C.']));
  });

  it('resolves a weekday to the last such day on or before the publish date', () => {
    // 2022-12-09 is a Friday: "Tuesday" is 2022-12-06.
    expect(facts.dates).toContainEqual(expect.objectContaining({ text: 'Tuesday', iso: '2022-12-06' }));
  });

  it('attributes a quotation to its speaker', () => {
    expect(facts.quotes).toContainEqual(
      expect.objectContaining({ text: 'This partnership will speed up joint research for both countries', speaker: 'Laurie E. Locascio' }),
    );
    expectEvidence(text, facts);
  });
});

describe('extractFacts — Korean dates', () => {
  it('a day after the publish day is in the previous month; 오는 looks forward', () => {
    const facts = extractFacts('위원회는 25일 회의를 열었다. 위원회는 오는 3일 다시 모인다.', { lang: 'ko', published: '2023-01-10' });
    expect(facts.dates.map((d) => [d.text, d.iso])).toEqual([
      ['25일', '2022-12-25'],
      ['오는 3일', '2023-02-03'],
    ]);
  });

  it('durations are not dates', () => {
    const facts = extractFacts('그는 3일간 머물렀고 7일 동안 일했다.', { lang: 'ko', published: '2023-01-10' });
    expect(facts.dates).toEqual([]);
  });
});

describe('extractFacts — totality', () => {
  const pieces = [
    '민병주 KIAT 원장은 ', '“큰 의미가 있다”며 ', '“바란다”고 말했다. ', '한국산업기술진흥원(KIAT)', '150여 명', '7일(이하 현지시간) ',
    '$4.2 billion ', 'said John Smith. ', '"We will win this match," ', 'Laurie E. Locascio, NIST director, ', '(', ')', '“', '”', "'", '‘',
    '’', '\n\n', '미국과 ', 'on Tuesday ', '3조5000억원 ', '1.27% ', 'x', ' ', '.', ',',
  ];
  it('never throws and keeps every evidence span in bounds, non-empty and containing the fact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }),
        fc.option(fc.constantFrom('2022-12-09', '2020-02-29T10:00:00Z', 'garbage'), { nil: undefined }),
        (parts, published) => {
          const text = parts.join('');
          const facts = extractFacts(text, { published: published ?? null });
          expectEvidence(text, facts);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns empty facts for bad input', () => {
    expect(extractFacts(undefined as unknown as string).people).toEqual([]);
    expect(extractFacts('').quotes).toEqual([]);
  });
});

describe('factsToMarkdown', () => {
  it('renders sections and escapes Markdown in article text', () => {
    const facts = extractFacts(SEED.body, { lang: 'ko', published: PUBLISHED });
    const md = factsToMarkdown({ title: 'A # title [x]', url: 'https://example.com/a', keySentences: [], facts });
    expect(md).toContain('# [A \\# title \\[x\\]](<https://example.com/a>)');
    expect(md).toContain('## People');
    expect(md).toContain('- 민병주 — KIAT 원장');
    expect(md).toContain('7일(이하 현지시간) → 2022-12-07 (local time)');
    const korean = factsToMarkdown({ keySentences: [], facts }, { ...DEFAULT_LABELS, dates: '언제', localTime: '현지 시간' });
    expect(korean).toContain('## 언제');
    expect(korean).toContain('7일(이하 현지시간) → 2022-12-07 (현지 시간)');
  });

  it('marks a shortened key sentence with an ellipsis, as the popup does', () => {
    const empty: Facts = { people: [], orgs: [], dates: [], places: [], numbers: [], quotes: [] };
    const md = factsToMarkdown({ keySentences: [{ start: 0, end: 28, text: 'The council approved the plan', index: 0, score: 1 }], facts: empty });
    expect(md).toContain('- The council approved the plan…');
  });
});

describe('extractFacts — evidence on real articles', () => {
  it('holds the evidence invariant on every dev-corpus article', () => {
    for (const name of ['cnndm-frank-dev', 'kr-news-sum-dev']) {
      const corpus = JSON.parse(
        readFileSync(new URL(`../../../../shared/corpora/${name}/corpus.json`, import.meta.url), 'utf8'),
      ) as Record<string, { text: string }>;
      for (const doc of Object.values(corpus)) expectEvidence(doc.text, extractFacts(doc.text, { published: '2015-04-10' }));
    }
  });
});

describe('extractFacts — common news patterns', () => {
  it('compound titles, 겸, parties and short reported Korean quotes', () => {
    const a = extractFacts('추경호 경제부총리 겸 기획재정부 장관은 10일 “물가 안정이 최우선”이라고 강조했다.', { published: '2023-03-15' });
    expect(a.people).toEqual([expect.objectContaining({ name: '추경호', title: '경제부총리', org: '기획재정부' })]);
    expect(a.quotes).toEqual([expect.objectContaining({ text: '물가 안정이 최우선', speaker: '추경호' })]);
    const b = extractFacts('이재명 더불어민주당 대표는 “민생이 먼저”라며 “정부가 답해야 한다”고 밝혔다.');
    expect(b.orgs.map((o) => o.name)).toContain('더불어민주당');
    expect(b.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['민생이 먼저', '이재명'],
      ['정부가 답해야 한다', '이재명'],
    ]);
  });

  it('does not take market/department words for titles or names', () => {
    const f = extractFacts('반도체 시장은 회복세다. 서울대 화학부 교수는 “시장이 좋다”고 말했다. 높아 태양전지 시장이 커졌다.');
    expect(f.people).toEqual([]);
  });

  it('English organisation + title before a name, and "X said" attribution', () => {
    const text = 'Apple CEO Tim Cook said the company would invest $430 billion. "We are proud of this," Cook said.';
    const f = extractFacts(text);
    expect(f.people).toEqual([expect.objectContaining({ name: 'Tim Cook', title: 'CEO', org: 'Apple' })]);
    expect(f.quotes).toEqual([expect.objectContaining({ text: 'We are proud of this', speaker: 'Tim Cook', speakerTitle: 'Apple CEO' })]);
    expectEvidence(text, f);
  });
});

describe('extractFacts — English wire story', () => {
  const text = `WASHINGTON — The U.S. Department of Commerce's National Institute of Standards and Technology (NIST) and the Korea Institute for Advancement of Technology (KIAT) signed a letter of intent on Wednesday to expand joint research.

"This partnership will help both countries lead in semiconductors and advanced manufacturing," said Laurie E. Locascio, NIST director and under secretary of commerce for standards and technology.

More than 150 researchers from 14 companies attended the forum in Washington, D.C., on Dec. 8, 2022.

"We expect results within 18 months," Min told reporters after Min Byung-joo, president of KIAT, spoke. He added: "The first projects start in January."`;
  const facts = extractFacts(text, { lang: 'en', published: '2022-12-09T09:00:00-05:00' });

  it('reads whole organisation names, not their fragments', () => {
    expect(facts.orgs.map((o) => o.name)).toEqual([
      'U.S. Department of Commerce',
      'National Institute of Standards and Technology',
      'Korea Institute for Advancement of Technology',
    ]);
  });

  it('attributes quotations to full names given elsewhere', () => {
    expect(facts.quotes.map((q) => q.speaker)).toEqual(['Laurie E. Locascio', 'Min Byung-joo', 'Min Byung-joo']);
  });

  it('resolves weekday and month-only dates around the publish date', () => {
    expect(facts.dates.map((d) => [d.text, d.iso])).toEqual([
      ['Wednesday', '2022-12-07'],
      ['Dec. 8, 2022', '2022-12-08'],
      ['January', '2023-01'],
    ]);
    expectEvidence(text, facts);
  });
});

describe('extractFacts — German page', () => {
  it('reads German dates, decimal commas, „…“ quotes and titles', () => {
    const text =
      'Bundeskanzler Olaf Scholz hat am Dienstag in Berlin ein Paket von 4,2 Milliarden Euro vorgestellt. Rund 150 Menschen protestierten. ' +
      'Die Inflation stieg um 1,27 Prozent. „Wir werden die Menschen nicht allein lassen“, sagte Scholz. Das Treffen findet am 7. Dezember 2022 statt.';
    const f = extractFacts(text, { lang: 'de', published: '2022-12-09' });
    expect(f.people).toEqual([expect.objectContaining({ name: 'Olaf Scholz', title: 'Bundeskanzler' })]);
    expect(f.dates.map((d) => d.iso)).toEqual(['2022-12-06', '2022-12-07']);
    expect(f.numbers.map((n) => [n.text, n.value])).toEqual([
      ['4,2 Milliarden Euro', 4.2e9],
      ['150 Menschen', 150],
      ['1,27 Prozent', 1.27],
    ]);
    expect(f.quotes).toEqual([expect.objectContaining({ text: 'Wir werden die Menschen nicht allein lassen', speaker: 'Olaf Scholz' })]);
    expectEvidence(text, f);
  });
});

describe('extractFacts — Korean wire story', () => {
  const text = `(서울=연합뉴스) 김철수 기자 = 삼성전자가 올해 3분기 영업이익 2조4000억원을 기록했다고 31일 밝혔다.

삼성전자는 이날 실적 발표 후 열린 콘퍼런스콜에서 "반도체 업황이 4분기부터 회복될 것"이라고 전망했다.

김재준 삼성전자 메모리사업부 부사장은 "HBM 공급을 늘릴 계획"이라며 "고객 수요에 적극 대응하겠다"고 말했다.

이번 실적은 지난달 28일 발표된 잠정치와 같았다. 회사는 오는 15일 오후 2시 경기도 수원 본사에서 주주총회를 연다.

한편 SK하이닉스는 같은 날 매출 9조662억원을 기록했다고 공시했다.`;
  const facts = extractFacts(text, { lang: 'ko', published: '2023-10-31T09:00:00+09:00' });

  it('quotes: the sentence topic or the named person, never the reporter of the byline', () => {
    expect(facts.quotes.map((q) => q.speaker)).toEqual(['삼성전자', '김재준', '김재준']);
  });

  it('money with Korean multipliers, company names glued to acronyms, month-relative dates with times', () => {
    expect(facts.numbers).toContainEqual(expect.objectContaining({ text: '2조4000억원', value: 2.4e12, kind: 'money', what: '영업이익' }));
    expect(facts.numbers).toContainEqual(expect.objectContaining({ text: '9조662억원', value: 9.0662e12 }));
    expect(facts.orgs.map((o) => o.name)).toEqual(['삼성전자', 'SK하이닉스']);
    expect(facts.dates).toContainEqual(expect.objectContaining({ text: '지난달 28일', iso: '2023-09-28' }));
    expect(facts.dates).toContainEqual(expect.objectContaining({ text: '오는 15일 오후 2시', iso: '2023-11-15T14:00' }));
    expectEvidence(text, facts);
  });
});

describe('extractFacts — AP style', () => {
  it('reads the dateline place, Mc names and organisation + title before names', () => {
    const text =
      'WASHINGTON (AP) — President Joe Biden on Tuesday signed a $1.2 trillion bill. Senate Minority Leader Mitch McConnell voted for it. ' +
      'Federal Reserve Chair Jerome Powell told reporters the economy was "making progress."';
    const f = extractFacts(text, { lang: 'en', published: '2021-11-16T18:00:00Z' });
    expect(f.places.map((p) => p.text)).toContain('WASHINGTON');
    expect(f.people.map((p) => p.name)).toEqual(['Joe Biden', 'Mitch McConnell', 'Jerome Powell']);
    expect(f.people[2]).toMatchObject({ title: 'chair', org: 'Federal Reserve' });
    expect(f.dates).toEqual([expect.objectContaining({ text: 'Tuesday', iso: '2021-11-16' })]);
    expect(f.quotes).toEqual([]); // a two-word phrase in quotes is not a quotation
    expectEvidence(text, f);
  });
});

describe('extractFacts — bad options', () => {
  it('ignores options of the wrong type instead of failing', () => {
    const odd = { lang: 7, published: 20221209 } as unknown as Parameters<typeof extractFacts>[1];
    const f = extractFacts(SEED.body, odd);
    expect(f.people.map((p) => p.name)).toContain('민병주');
    expect(f.dates).toEqual([]);
  });
});

describe('extractFacts — press-release attribution', () => {
  it('finds the speaker named after a long title, and keeps them for the next quotation', () => {
    const text =
      'The National Institute of Standards and Technology (NIST) signed the letter.\n\n' +
      '"Our partnership with KIAT will strengthen both nations\' technology base," said Under Secretary of Commerce for ' +
      'Standards and Technology and NIST Director Laurie E. Locascio. "We look forward to working together."';
    const f = extractFacts(text, { lang: 'en' });
    expect(f.quotes.map((q) => q.speaker)).toEqual(['Laurie E. Locascio', 'Laurie E. Locascio']);
    expect(f.people).toEqual([expect.objectContaining({ name: 'Laurie E. Locascio', title: 'director', org: 'NIST' })]);
    expectEvidence(text, f);
  });
});
