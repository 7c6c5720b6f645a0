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
  it('takes the role and organisation from "who chairs/heads … the Org"', () => {
    const f = en('"We wait," said Harriet Quillon, who chairs the Brookside Tenants Association.');
    expect(f.people.map((p) => [p.name, p.title, p.org])).toEqual([['Harriet Quillon', 'chair', 'Brookside Tenants Association']]);
  });
  it('does not read a capitalised phrase after "said" without "who" as a person', () => {
    expect(names('The rules changed, said Morgan Stanley, which advised the bank.')).toEqual([]);
  });
});

describe('Korean places by administrative suffix and lists', () => {
  const places = (text: string) => ko(text).places.map((p) => p.text);
  it('reads a gazetteer city with 시/군 as that city, also when an organisation is named after it', () => {
    expect(places('수원시 도시공사가 운영하는 주차장은 늘었다.')).toEqual(['수원']);
  });
  it('reads 읍/면 townships listed together or with an area word, not 면-ending nouns or verbs', () => {
    expect(places('반면 가람읍과 초록면, 바위면 등 읍면 지역 노선은 적자다.')).toEqual(['가람읍', '초록면', '바위면']);
    expect(places('구름면 주민들은 반대했다.')).toEqual(['구름면']);
    expect(places('비가 오면 측면에서 보면 된다. 냉면과 라면은 싸다.')).toEqual([]);
  });
  it('reads the items of a ·-list closed by 등 N개 산업단지 as places', () => {
    expect(places('시는 하늘·바다솔 등 2개 산업단지에 버스를 보낸다.')).toEqual(['하늘', '바다솔']);
  });
});

describe('English places named by their context', () => {
  const places = (text: string) => en(text).places.map((p) => p.text);
  it('reads the places after a noun of living and "near"', () => {
    expect(places('The pipes connect homes in Ashwick, Pell and Corran to the mains.')).toEqual(['Ashwick', 'Pell', 'Corran']);
    expect(places('She farms olives near Úbeda. Aid will go to farmers in Murcia and Valle-Alto.')).toEqual(['Úbeda', 'Murcia', 'Valle-Alto']);
  });
  it('reads names before an area noun, "X County" and -shire counties', () => {
    expect(places('The trial runs in Dobong, Gangseo and Nowon districts. Losses were worst in Teruel province.')).toEqual([
      'Dobong', 'Gangseo', 'Nowon', 'Teruel',
    ]);
    expect(places('Harlan County officials met in a Wiltshire village hall.')).toEqual(['Harlan County', 'Wiltshire']);
  });
  it('does not read months, institutions, possessives or county football clubs as places', () => {
    expect(places('Homes in May were cheaper. He lives near Lakeside University. Stockport County beat them 2-1.')).toEqual([]);
    expect(places("The capital of Freedonia's Upland region.")).toEqual(['Upland']);
  });
});

describe('English towns named after a local body', () => {
  it('reads "in X" as a place when the article names a local body after X', () => {
    const text = 'New walls in Harrowby were delayed, the Harrowby Residents Association said. Shares in Acme rose, Acme Holdings said.';
    expect(en(text).places.map((p) => p.text)).toEqual(['Harrowby']);
  });
});

describe('Organisations introduced by what they are, and Korean councils', () => {
  it('reads "<kind of body> Name said" as an organisation', () => {
    expect(en("Dairy farmers' association Lactea said prices fell. The charity Helpwell warned of cuts.").orgs.map((o) => o.name)).toEqual([
      'Lactea', 'Helpwell',
    ]);
    expect(en('The group He said nothing.').orgs).toEqual([]);
  });
  it('reads 시의회 / 도의회 / 구의회 as organisations', () => {
    expect(ko('시의회는 다음 달 조례를 심의한다. 충남도의회도 논의한다.').orgs.map((o) => o.name)).toEqual(['시의회', '충남도의회']);
  });
});

describe('English month names without a year', () => {
  const dates = (text: string) => en(text, '2025-03-05T10:00:00Z').dates.map((d) => [d.text, d.iso]);
  it('reads "in May" as the month, and resolves forward-looking months to the next one', () => {
    expect(dates('Owners will get a refund in May.')).toEqual([['May', '2025-05']]);
    expect(dates('The trial runs until December.')).toEqual([['December', '2025-12']]);
    expect(dates('The new law will apply in January.')).toEqual([['January', '2026-01']]);
  });
  it('keeps past months in the past and does not read Theresa May as a month', () => {
    expect(dates('Sales fell in December.')).toEqual([['December', '2024-12']]);
    expect(dates('Prices peaked last March.')).toEqual([['last March', '2024-03']]);
    expect(dates("Trust in May's team fell. A letter from May arrived.")).toEqual([]);
  });
});

describe('Numbers: parts of a whole, two adjectives, Korean minutes', () => {
  const nums = (f: ReturnType<typeof en>) => f.numbers.map((n) => [n.text, n.value, n.what ?? null]);
  it('reads "N of M things" as N things', () => {
    expect(nums(en('Mould was found in 7 of 40 flats inspected.'))).toEqual([['7 of 40 flats', 7, 'flats']]);
  });
  it('reads a count after two adjectives when the second is hyphenated', () => {
    expect(nums(en('About 900 new late-night bars opened.'))).toEqual([['About 900', 900, 'new late-night bars']]);
  });
  it('reads 분 written after digits as minutes, not 분기, 분의, or a time of day', () => {
    expect(ko('버스는 12분 간격으로 다닌다.').numbers.map((n) => [n.text, n.value, n.unit])).toEqual([['12분', 12, '분']]);
    expect(ko('1분기 실적의 3분의 1이 오후 4시 30분에 나왔다.').numbers.filter((n) => n.unit === '분')).toEqual([]);
  });
});

describe('Quotes after an apposition', () => {
  it('gives the quote to the name that closes "The <title>, Name, said:"', () => {
    const f = en('The schools minister, Petra Ellingham, said: “Every child deserves a hot lunch.”');
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([['Every child deserves a hot lunch.', 'Petra Ellingham']]);
  });
  it('does not take an organisation closing "<person>, an oncologist at X Hospital, said" as the speaker', () => {
    const f = en('Jane Roe, an oncologist at Riverside General Hospital, said: “The drug helps.”');
    expect(f.quotes.map((q) => q.speaker)).not.toContain('Riverside General Hospital');
  });
});
