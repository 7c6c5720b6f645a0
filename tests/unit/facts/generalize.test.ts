// Patterns that generalise beyond the seed article: each test uses invented sentences, not fixture text.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/facts';

const KO_PUB = '2025-06-18T09:00:00+09:00';

describe('Korean numbers mixing digits and 만/억/조', () => {
  it('adds the plain remainder after a multiplier', () => {
    const f = extractFacts('금 시세는 온스당 3만2500달러, 사업비는 2억3000만원, 1억2000만3000원으로 집계됐다.', { lang: 'ko', published: KO_PUB });
    const values = Object.fromEntries(f.numbers.map((n) => [n.text, n.value]));
    expect(values['3만2500달러']).toBe(32500);
    expect(values['2억3000만원']).toBe(230000000);
    expect(values['1억2000만3000원']).toBe(120003000);
  });
  it('keeps the approximate marker after a mixed number', () => {
    const f = extractFacts('축제에는 관람객 6만1000여 명이 몰렸다.', { lang: 'ko', published: KO_PUB });
    expect(f.numbers).toContainEqual(expect.objectContaining({ value: 61000, unit: '명', approx: true }));
  });
  it('does not join a following year into the number', () => {
    const f = extractFacts('3만 2024년 통계와 비교했다.', { lang: 'ko', published: KO_PUB });
    expect(f.numbers.every((n) => n.value !== 32024)).toBe(true);
  });
});

describe('Korean name before organisation and department title', () => {
  const text =
    '이정훈 부산시 해양정책과장은 "항만 물동량이 다시 늘고 있다"고 말했다. 최유진 대한은행 글로벌금융팀장은 "금리 인하는 늦어질 것"이라면서도 "하반기에는 가능하다"고 밝혔다.';
  const f = extractFacts(text, { lang: 'ko', published: KO_PUB });
  it('finds the person with the city government or company as organisation', () => {
    expect(f.people).toContainEqual(expect.objectContaining({ name: '이정훈', title: '해양정책과장', org: '부산시' }));
    expect(f.people).toContainEqual(expect.objectContaining({ name: '최유진', title: '글로벌금융팀장', org: '대한은행' }));
  });
  it('attributes chained quotes (…면서도 “…”) to the person, not the organisation or title', () => {
    expect(f.quotes.map((q) => q.speaker)).toEqual(['이정훈', '최유진', '최유진']);
    expect(f.quotes[0]!.speakerTitle).toBe('부산시 해양정책과장');
  });
  it('treats 부산시/수원시 as city governments', () => {
    const g = extractFacts('수원시는 5일 새 계획을 내놨다. 미국시장은 다르다.', { lang: 'ko', published: KO_PUB });
    expect(g.orgs.map((o) => o.name)).toEqual(['수원시']);
  });
});

describe('relative dates', () => {
  it('resolves 다음 달 / 지난 달 with a space and weeks (ISO week)', () => {
    const f = extractFacts('구청은 다음 달부터 주차 요금을 올린다. 지난주에만 민원 30건이 들어왔다.', { lang: 'ko', published: '2025-01-21T10:00:00+09:00' });
    expect(f.dates).toContainEqual(expect.objectContaining({ text: '다음 달', iso: '2025-02' }));
    expect(f.dates).toContainEqual(expect.objectContaining({ text: '지난주', iso: '2025-W03' }));
  });
  it('resolves a month after "before"/"after" to the nearest such month and years after prepositions', () => {
    const f = extractFacts('A decision is not expected before October, and the plant should close by 2034.', { lang: 'en', published: '2025-08-10' });
    expect(f.dates).toContainEqual(expect.objectContaining({ text: 'October', iso: '2025-10' }));
    expect(f.dates).toContainEqual(expect.objectContaining({ text: '2034', iso: '2034' }));
  });
  it('reads German year phrases (bis/seit/ab)', () => {
    const f = extractFacts('Seit 2017 sinkt der Verbrauch, bis 2040 soll er halbiert sein.', { lang: 'de', published: '2025-02-01' });
    expect(f.dates.map((d) => d.iso)).toEqual(['2017', '2040']);
  });
});

describe('spelled-out numbers and more units', () => {
  const f = extractFacts(
    'The grant runs for four years and nine senators opposed it. Roughly 600 rural hospitals need links of 250 megabits per second. Two of them left, and those three things mattered.',
    { lang: 'en', published: '2025-03-04' },
  );
  it('reads number words before a time unit or a plural noun', () => {
    expect(f.numbers).toContainEqual(expect.objectContaining({ text: 'four years', value: 4, unit: 'years' }));
    expect(f.numbers).toContainEqual(expect.objectContaining({ text: 'nine senators', value: 9, what: 'senators' }));
  });
  it('keeps an approximate count with an adjective before the noun, and Mbps', () => {
    expect(f.numbers).toContainEqual(expect.objectContaining({ text: 'Roughly 600', value: 600, approx: true, what: 'rural hospitals' }));
    expect(f.numbers).toContainEqual(expect.objectContaining({ text: '250 megabits per second', value: 250, unit: 'Mbps' }));
  });
  it('does not count pronoun-like uses ("Two of them", "three things")', () => {
    expect(f.numbers.some((n) => /Two of|three things/.test(n.text))).toBe(false);
  });
  it('reads German number words with Prozent', () => {
    const g = extractFacts('Die Mieten stiegen um acht Prozent.', { lang: 'de', published: '2025-02-01' });
    expect(g.numbers).toContainEqual(expect.objectContaining({ text: 'acht Prozent', value: 8, unit: '%' }));
  });
});

describe('English and German people without honorifics', () => {
  const text =
    'Oliver Brandt, a 34-year-old bike mechanic at the co-op, said most bikes only need care. “They just need oil and some time,” he said.\n\n' +
    '“It keeps families in town for good,” said Helen Marsh, 58, a retired school teacher who runs the stall.\n\n' +
    'Denver, a city in Colorado, grew fast.';
  const f = extractFacts(text, { lang: 'en', published: '2025-03-04' });
  it('reads "Name, (age,) a/an … person noun" appositions with the description as title', () => {
    expect(f.people).toContainEqual(expect.objectContaining({ name: 'Oliver Brandt', title: 'bike mechanic' }));
    expect(f.people).toContainEqual(expect.objectContaining({ name: 'Helen Marsh', title: 'retired school teacher' }));
    expect(f.people.map((p) => p.name)).not.toContain('Denver');
  });
  it('resolves "he said" to the person introduced by the apposition', () => {
    expect(f.quotes).toContainEqual(expect.objectContaining({ text: 'They just need oil and some time', speaker: 'Oliver Brandt' }));
    expect(f.quotes).toContainEqual(expect.objectContaining({ text: 'It keeps families in town for good', speaker: 'Helen Marsh' }));
  });
  it('reads German titles before the name, umlauts included, and not the previous sentence as organisation', () => {
    const g = extractFacts('Die Kosten seien gestiegen, sagte Pressesprecherin Jana Vogt. Laut Geschäftsführer Jürgen Müller sinken die Preise.', { lang: 'de', published: '2025-03-04' });
    expect(g.people).toContainEqual(expect.objectContaining({ name: 'Jana Vogt', title: 'Pressesprecherin' }));
    const mueller = g.people.find((p) => p.name === 'Jürgen Müller');
    expect(mueller).toMatchObject({ title: 'Geschäftsführer' });
    expect(mueller?.org).toBeUndefined();
  });
});

describe('quote speakers', () => {
  it('gives a quote opening the sentence after "…, sagte <Titel> <Name>." to that person, not a cut-off title', () => {
    const f = extractFacts('Die Mieten seien stark gestiegen, sagte Mietrechtsexpertin Laura Hofmann. „Viele Familien finden keine Wohnung mehr.“ „Wir bauen zu langsam und zu teuer“, sagte Bauleiter Karl Schmid.', { lang: 'de', published: '2025-03-04' });
    expect(f.quotes).toContainEqual(expect.objectContaining({ text: 'Viele Familien finden keine Wohnung mehr.', speaker: 'Laura Hofmann' }));
    expect(f.quotes).toContainEqual(expect.objectContaining({ text: 'Wir bauen zu langsam und zu teuer', speaker: 'Karl Schmid' }));
  });
  it('does not take a group word from the next paragraph as the speaker', () => {
    const f = extractFacts('“Rural towns have waited far too long,” said Senator Paul Green, a Republican from Iowa. “This plan fixes it.”\n\nCritics argued the plan is costly.', { lang: 'en', published: '2025-03-04' });
    expect(f.quotes.map((q) => q.speaker)).toEqual(['Paul Green', 'Paul Green']);
  });
  it('strips a sentence-final period from an organisation after a title', () => {
    const f = extractFacts('“We cannot afford this at all,” said Jane Roe, president of the Taxpayers Union.', { lang: 'en', published: '2025-03-04' });
    expect(f.people).toContainEqual(expect.objectContaining({ name: 'Jane Roe', org: 'Taxpayers Union' }));
  });
});

describe('pronoun speakers and spelled numbers: precision guards', () => {
  it('leaves "she said" unresolved when another, unintroduced person was just named as an object', () => {
    const text = '“He was lucky to be alive,” said Mark Ellis, a surgeon who treated Ortega after the crash. “I could hear voices all night long,” she said.';
    const f = extractFacts(text, { lang: 'en', published: '2025-03-04' });
    const second = f.quotes.find((q) => q.text.startsWith('I could hear'));
    expect(second?.speaker).toBeUndefined();
    expect(f.quotes[0]!.speaker).toBe('Mark Ellis');
  });
  it('skips adjective uses and names ("a three hour drive", "the Six Nations")', () => {
    const f = extractFacts('It is a three hour drive to the Six Nations match.', { lang: 'en', published: '2025-03-04' });
    expect(f.numbers).toEqual([]);
  });
});

describe('organisations by structure', () => {
  it('finds German organisations by legal form, institutional compound, and "<Stadtwerke> <Ort>"', () => {
    const f = extractFacts(
      'Die Stadtwerke Dresden erhöhen die Preise. Das Bundeskartellamt prüft, das Umweltministerium schweigt. Die Nordstrom AG klagt. Sein Ehrenamt endet, Kunstwerke hängen im Saal, die Zentrale schweigt.',
      { lang: 'de', published: '2025-03-04' },
    );
    const names = f.orgs.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Stadtwerke Dresden', 'Bundeskartellamt', 'Umweltministerium', 'Nordstrom AG']));
    expect(names.some((n) => /Ehrenamt|Kunstwerke|^Zentrale/.test(n))).toBe(false);
    // The place an organisation is named after is still a place.
    expect(f.places.map((p) => p.text)).toContain('Dresden');
  });
  it('finds coalitions, legislative chambers and lower-case churches/schools', () => {
    const f = extractFacts("The House of Commons debated it, St. Agnes's church hosted a vigil and the Clean Air Coalition protested.", { lang: 'en' });
    expect(f.orgs.map((o) => o.name)).toEqual(["House of Commons", "St. Agnes's church", 'Clean Air Coalition']);
  });
  it('does not turn a surname into an organisation ("Julia Church")', () => {
    const f = extractFacts('She met her friend Julia Church, 67, in Lisbon.', { lang: 'en' });
    expect(f.orgs).toEqual([]);
  });
  it('finds Korean company names introduced by a category noun and a source particle', () => {
    const f = extractFacts(
      '국내 가상자산 거래소 코빗에 따르면 가격이 올랐다. 시황 사이트 코인게코에서도 같은 흐름이었다. 배달 플랫폼 푸드온은 수수료를 내렸다고 밝혔다. 업체 관계자는 말을 아꼈다. 거래소 운영이 중단됐다. 플랫폼 기업들이 늘었다. 증권사 리포트는 늘었다.',
      { lang: 'ko', published: KO_PUB },
    );
    expect(f.orgs.map((o) => o.name)).toEqual(['코빗', '코인게코', '푸드온']);
  });
});

describe('places by structure', () => {
  it('finds Seoul districts, stations, neighbourhoods after a district and route endpoints', () => {
    const f = extractFacts('새 노선은 마포구 망원동~신촌, 관악구 신림역~사당역 구간이다. 지역 경제와 무역이 살아나고 주민 활동도 늘었다. 오후 11시~오전 5시 운행.', { lang: 'ko', published: KO_PUB });
    const names = f.places.map((p) => p.text);
    expect(names).toEqual(expect.arrayContaining(['마포구', '망원동', '신촌', '관악구', '신림역', '사당역']));
    expect(names.some((n) => /^(?:지역|무역|활동|오전|오후)/.test(n))).toBe(false);
  });
  it('finds "<Town>, <State>" and rivers, but not the tail of a longer name', () => {
    const f = extractFacts('The mill in Lowell, Massachusetts, closed near the Merrimack River. A cafe in Ho Chi Minh City, Vietnam, opened.', { lang: 'en' });
    const names = f.places.map((p) => p.text);
    expect(names).toEqual(expect.arrayContaining(['Lowell', 'Merrimack River', 'Vietnam']));
    expect(names).not.toContain('Minh City');
  });
});

describe('first names and vote tallies', () => {
  it('reads "a seven-year-old named Mia" but not "a dog named Max"', () => {
    const f = extractFacts('A seven-year-old named Mia watched, while a dog named Max barked.', { lang: 'en' });
    expect(f.people.map((p) => p.name)).toEqual(['Mia']);
  });
  it('reads vote tallies after "voted" or before "vote/ruling", not scores', () => {
    const f = extractFacts('The board voted 9-4 to approve it after a 6-3 ruling. The match ended 2-1.', { lang: 'en' });
    expect(f.numbers.map((n) => [n.text, n.value])).toEqual([['9-4', 9], ['6-3', 6]]);
  });
});

describe('precision details', () => {
  it('ends an organisation after a title at its sentence and line', () => {
    const f = extractFacts('“We will appeal the ruling quickly,” said Lena Marsh, director of the Open Roads Alliance.\n\nStaff members left early.', { lang: 'en' });
    expect(f.people).toContainEqual(expect.objectContaining({ name: 'Lena Marsh', org: 'Open Roads Alliance' }));
  });
  it('gives a quote to the known person when the attribution puts a title before the name', () => {
    const f = extractFacts('Governor Ana Ruiz, the state\'s top official, disagreed. Governor Ana Ruiz said the plan "raises taxes on working families".', { lang: 'en' });
    expect(f.quotes[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });
  it('reads German unit nouns as measures', () => {
    const f = extractFacts('Die Anlage liefert 8.000 Kilowattstunden über 40 Kilometer.', { lang: 'de' });
    expect(f.numbers.map((n) => [n.value, n.unit, n.kind])).toEqual([[8000, 'kWh', 'measure'], [40, 'km', 'measure']]);
  });
});

describe('Korean source organisations', () => {
  it('reads "X 관계자는"/"X에 따르면" when X recurs, but not common nouns or one-off words', () => {
    const f = extractFacts(
      '마켓나라 관계자는 "배송 지역을 늘린다"고 말했다. 마켓나라는 지난해 흑자를 냈다. 업계 관계자는 우려했다. 자료에 따르면 매출이 늘었다. 셀링온에 따르면 판매가 늘었다.',
      { lang: 'ko', published: KO_PUB },
    );
    expect(f.orgs.map((o) => o.name)).toEqual(['마켓나라']);
  });
});

describe('datelines', () => {
  it('takes an unknown town from a dateline when its state follows', () => {
    const f = extractFacts('MARIETTA, Ohio (AP) — Flooding closed the Ohio River locks on Monday.', { lang: 'en' });
    expect(f.places.map((p) => p.text)).toEqual(expect.arrayContaining(['MARIETTA', 'Ohio', 'Ohio River']));
  });
  it('does not take an all-caps opener without a region as a place', () => {
    const f = extractFacts('BREAKING (AP) — Flooding closed the locks on Monday.', { lang: 'en' });
    expect(f.places).toEqual([]);
  });
});

describe('Korean months without a day, and officials named by their body', () => {
  it('resolves 오는/지난/작년/내년 + month and skips ranges', () => {
    const f = extractFacts('시는 오는 9월 착공한다. 작년 7월부터 준비했고 내년 3월 완공한다. 1∼5월 사고가 늘었다.', { lang: 'ko', published: '2025-06-18T09:00:00+09:00' });
    expect(f.dates.map((d) => [d.text, d.iso])).toEqual([['오는 9월', '2025-09'], ['작년 7월', '2024-07'], ['내년 3월', '2026-03']]);
  });
  it('names an unnamed official by the body before 관계자', () => {
    const f = extractFacts('렌탈온 관계자는 "대여 기간을 늘릴 계획"이라고 말했다.', { lang: 'ko', published: KO_PUB });
    expect(f.quotes[0]).toMatchObject({ speaker: '렌탈온 관계자' });
  });
});

describe('AP-style state abbreviations', () => {
  it('reads towns before "S.C." / "Ore." in datelines and in text', () => {
    const f = extractFacts('GREENVILLE, S.C. — The council met. She grew up in Bend, Ore., and moved away.', { lang: 'en' });
    expect(f.places.map((p) => p.text)).toEqual(['GREENVILLE', 'Bend']);
  });
});

describe('German names and titles with umlauts in quotes', () => {
  it('gives the quote to the person after "sagte Oberbürgermeisterin", not a cut-off "Oberb"', () => {
    const f = extractFacts('„Wir holen jetzt nach, was lange versäumt wurde“, sagte Oberbürgermeisterin Katrin Weidner. Das Land Baden-Württemberg zahlt mit.', { lang: 'de', published: '2025-05-16' });
    expect(f.quotes[0]).toMatchObject({ speaker: 'Katrin Weidner', speakerTitle: 'Oberbürgermeisterin' });
    expect(f.places.map((p) => p.text)).toContain('Baden-Württemberg');
  });
});

describe('rivers', () => {
  it('finds named rivers and keeps a state inside a river name out of the places', () => {
    const f = extractFacts('The Ohio River rose again. Eine Pumpe soll an der Elbe entstehen.', { lang: 'de' });
    expect(f.places.map((p) => p.text)).toEqual(['Ohio River', 'Elbe']);
  });
});

describe('more Korean name/organisation orders', () => {
  const f = extractFacts(
    '대한증권의 최서진 연구원은 "상승 여력이 있다"고 했다. 이정민 ○○거래소 가상자산팀장은 "조정이 온다"고 말했다. 이영호 인천시 행정부시장도 참석했다. ○ 김하늘 교수는 발표했다.',
    { lang: 'ko', published: KO_PUB },
  );
  it('reads an organisation with 의 before the name, anonymised ○○ organisations and 부시장 compounds', () => {
    expect(f.people).toContainEqual(expect.objectContaining({ name: '최서진', title: '연구원', org: '대한증권' }));
    expect(f.people).toContainEqual(expect.objectContaining({ name: '이정민', title: '가상자산팀장', org: '○○거래소' }));
    expect(f.people).toContainEqual(expect.objectContaining({ name: '이영호', title: '행정부시장', org: '인천시' }));
    expect(f.people).toContainEqual(expect.objectContaining({ name: '김하늘', title: '교수' }));
  });
});

describe('Korean place suffixes: precision', () => {
  it('takes 동 only after a real district, with particles, and not common nouns ending in 구/동/역', () => {
    const f = extractFacts('연구 활동이 늘었다. 인구 이동이 많다. 도봉구 쌍문동에서 만났다. 강남구 대치동과 송파구 운동장. 지역 방역과 징역, 수도권 전역. 주말~휴일 동안 3~5년.', { lang: 'ko', published: KO_PUB });
    expect(f.places.map((p) => p.text)).toEqual(['도봉구', '쌍문동', '강남구', '대치동', '송파구']);
  });
});

describe('German "Name, Titel der Organisation"', () => {
  it('reads the organisation after der/des and does not swallow the next sentence or its first word', () => {
    const f = extractFacts(
      '„Wir senken die Preise bald deutlich“, sagte Jonas Keller, Geschäftsführer der Stadtwerke Halle. Auch Petra Lange, Sprecherin des Umweltministeriums, äußerte sich.',
      { lang: 'de', published: '2025-03-04' },
    );
    expect(f.people).toContainEqual(expect.objectContaining({ name: 'Jonas Keller', title: 'Geschäftsführer', org: 'Stadtwerke Halle' }));
    expect(f.people).toContainEqual(expect.objectContaining({ name: 'Petra Lange', title: 'Sprecherin' }));
    expect(f.quotes[0]).toMatchObject({ speaker: 'Jonas Keller' });
  });
});

describe('possessors are not organisations', () => {
  it('reads "Jane Roe\'s attorney Mark Fitch" without an organisation', () => {
    const f = extractFacts("Jane Roe's attorney Mark Fitch said the case was weak.", { lang: 'en' });
    const fitch = f.people.find((p) => p.name === 'Mark Fitch');
    expect(fitch).toMatchObject({ title: 'attorney' });
    expect(fitch?.org).toBeUndefined();
  });
});

describe('people from attributions whose surname recurs', () => {
  const f = extractFacts(
    '“We fixed it in a day,” said Jamal Reed. Reed has run the shop since 2015. “Rates will rise,” said Morgan Stanley. Analysts at Morgan Stanley agree. According to Priya Shah, costs fell. Shah, who chairs the board, agreed. Farmers said Big Ben was huge. Ben was sold.',
    { lang: 'en' },
  );
  it('accepts "said Jamal Reed" … "Reed has" and "According to Priya Shah" … "Shah, who"', () => {
    expect(f.people.map((p) => p.name)).toEqual(['Jamal Reed', 'Priya Shah']);
  });
});

describe('Korean 천/백 inside a 만/억 group', () => {
  it('reads 4천800만년 as 48,000,000 and 3천억원 as 300,000,000,000', () => {
    const f = extractFacts('약 4천800만년 전 갈라졌고, 사업비는 3천억원, 참가자는 4천만 명이다.', { lang: 'ko', published: KO_PUB });
    expect(f.numbers.map((n) => n.value)).toEqual([48000000, 300000000000, 40000000]);
  });
});

describe('places inside club and street names (fresh audit, unseen articles)', () => {
  const places = (text: string) => extractFacts(text, { lang: 'en' }).places.map((p) => p.text);
  it('drops a city that is part of a club or team name', () => {
    expect(places('Benzema will miss Real Madrid\'s game. Force India struggled. Manchester United beat Leicester City and Atletico Madrid.')).toEqual([]);
  });
  it('drops a place that names a street elsewhere (the street itself is a place)', () => {
    expect(places('He was seen at his studio on Wisconsin Avenue in Chevy Chase.')).toEqual(['Wisconsin Avenue']);
  });
  it('keeps the city itself, a city named "X City" and places before geographic words', () => {
    expect(places('Fans travelled from Manchester to Mexico City and Sydney Harbour.')).toEqual(['Manchester', 'Mexico City', 'Sydney']);
  });
});

describe('organisation names and quotation speakers (fresh audit, unseen articles)', () => {
  const en = (text: string) => extractFacts(text, { lang: 'en' });
  it('drops "The" after a sentence end and a compound adjective before the name', () => {
    const f = en('She ate at Neighbourhood in Manchester. The High Court has since lifted the order. Ten-year Cottonwood Police veteran Sgt Jeremy Daniels was shot.');
    expect(f.orgs.map((o) => o.name)).toEqual(['High Court', 'Cottonwood Police']);
  });
  it('does not take a work named in quotation marks for a quotation', () => {
    expect(en("Yesterday a 29-minute video, titled 'Until It Came To Them - Clear Evidence', was released.").quotes).toEqual([]);
  });
  it('does not pair narration between a closing mark and the next quotation', () => {
    const f = en('"You definitely want to wash them really good. "This is a pesticide that has been around for a long time," Enck added. Field workers at a nursery were poisoned by the chemical in 1990, according to the journal. "It is not something that you would have any warning of," Gupta said.');
    expect(f.quotes.map((q) => q.text.slice(0, 20))).not.toContain('Enck added. Field wo');
    expect(f.quotes.some((q) => q.text.startsWith('It is not something'))).toBe(true);
  });
  it('leaves out an opening conjunction, a place after a preposition and words before a known name', () => {
    const speakers = (text: string) => en(text).quotes.map((q) => q.speaker ?? null);
    expect(speakers("But Eddie Coyle, prosecuting, said: 'On October 14 he was driving a Mercedes along the road.'")).toEqual(['Eddie Coyle']);
    expect(speakers("His mother Lucy, 32, of Upminster, east London, said: 'He loves football and watches it every single day.'")).toEqual([null]);
    expect(speakers("Barcelona boss Luis Enrique has urged calm. He has been ruled out against Valencia Enrique said: 'We are not thinking about the other match at all.'")).toEqual(['Luis Enrique']);
  });
});

describe('English counts that are shares or names (fresh audit, unseen articles)', () => {
  const numbers = (text: string) => extractFacts(text, { lang: 'en' }).numbers.map((n) => [n.text, n.what ?? null]);
  it('does not count a share ("one in five divorcees") or the first word of a name ("two Champions League medals")', () => {
    expect(numbers('One in five divorcees will retire with debts, and one in 10 people rent. He won two Champions League medals.')).toEqual([]);
  });
  it('does not take half of a hyphenated word for what a measure is of', () => {
    expect(numbers('The farmers delivered the 20lb new-born after a long birth.')).toEqual([['20lb', null]]);
  });
  it('still counts plain counts and named groups', () => {
    expect(numbers('Five divorcees spoke and three Republicans voted against; 10 people came.')).toEqual([['Five divorcees', 'divorcees'], ['three Republicans', 'Republicans'], ['10 people', 'people']]);
  });
});

describe('English titles (fresh audit, unseen articles)', () => {
  const people = (text: string) => extractFacts(text, { lang: 'en' }).people.map((p) => [p.name, p.title ?? null, p.org ?? null]);
  it('reads "Assistant Fire Chief Name" as one title and "Mr Justice Name" as a judge', () => {
    expect(people('Assistant Fire Chief Rick Hughes said he was lucky. Last month Mr Justice Warby made a ruling.')).toEqual([
      ['Rick Hughes', 'assistant fire chief', null],
      ['Warby', 'justice', null],
    ]);
  });
  it("gives the organisation without its possessive (\"CNN's chief\")", () => {
    expect(people("Dr. Sanjay Gupta, CNN's chief medical correspondent, said many countries banned it.")[0]).toEqual(['Sanjay Gupta', 'chief', 'CNN']);
  });
});

describe('second round of the fresh audit (sample B, unseen articles)', () => {
  const en = (text: string, published?: string) => extractFacts(text, { lang: 'en', published: published ?? null });
  it('reads two-digit years, "August, 1999" and a month-day after a past or future tense', () => {
    const dates = en("First test: Kingston, Feb 24, '90. He debuted in August, 1999. The pregnancy was announced on September 8. The case is due to return to court on May 18.", '2015-07-24').dates.map((d) => [d.text, d.iso]);
    expect(dates).toEqual([['Feb 24', '1990-02-24'], ['August, 1999', '1999-08'], ['September 8', '2014-09-08'], ['May 18', '2016-05-18']]);
  });
  it('lets the tense nearest the date decide', () => {
    const dates = en('Detectives are expected to speak to him after he was photographed with cakes on April 2. It has not decided yet whether he rides on April 11.', '2015-07-24').dates.map((d) => [d.text, d.iso]);
    expect(dates).toEqual([['April 2', '2015-04-02'], ['April 11', '2015-04-11']]);
  });
  it('reads a reporting verb right before a month as the time of that report', () => {
    expect(en('Uncle Poodle claimed in December that she had lied.', '2015-07-24').dates.map((d) => d.iso)).toEqual(['2014-12']);
  });
  it('does not take a rank, a dimension or half a hyphenated word for a count or what it counts', () => {
    const f = en('He is pushing for the No 1 jersey. The 9km long track rises to 3454m respectively. He won $500 on a scratch-off ticket.');
    expect(f.numbers.map((n) => [n.text, n.what ?? null])).toEqual([['9km', null], ['3454m', null], ['$500', null]]);
  });
  it('takes no possessor and no song title for a speaker or a quotation', () => {
    const f = en("\"I never listened to Graeme when I was academy director here,\" said United's head coach. It replaced Bob Dylan's \"The Times They Are A Changin'\" as an anthem.");
    expect(f.quotes.map((q) => [q.text.slice(0, 12), q.speaker ?? null])).toEqual([['I never list', null]]);
  });
  it('leaves "he" unresolved when a surname nobody named in full opens a sentence in between', () => {
    const f = en("Former Newcastle manager Ruud Gullit quit in 1999. Carver knows how much a win could help him. 'In the eyes of the fans, if you win a derby game, it's massive,' he said.");
    expect(f.quotes.map((q) => q.speaker ?? null)).toEqual([null]);
  });
  it('keeps the prefix of a title, drops a role before an organisation and "New" places', () => {
    const f = en('Arsenal vice-captain Per Mertesacker says Klopp is good. He is a Celebrity Ambassador for The Bone Cancer Research Trust. He sang in halls in New England.');
    expect(f.people.map((p) => [p.name, p.title])).toEqual([['Per Mertesacker', 'vice-captain']]);
    expect(f.orgs.map((o) => o.name)).toEqual(['Bone Cancer Research Trust']);
    expect(f.places).toEqual([]);
  });
});

describe('after the untouched check (sample C): roles, ages, shares and weekday names', () => {
  const en = (text: string, published?: string) => extractFacts(text, { lang: 'en', published: published ?? null });
  it('reads a role word before a full name as its title', () => {
    const f = en('Triathlete Charlotte Roach, 26, nearly died. Chief Magistrate Ray Rinaudo agreed. Resident Louisa Irving, 94, smiled.');
    expect(f.people.map((p) => [p.name, p.title ?? null])).toEqual([
      ['Charlotte Roach', 'triathlete'],
      ['Ray Rinaudo', 'chief magistrate'],
      ['Louisa Irving', 'resident'],
    ]);
  });
  it('does not take a war for a person', () => {
    expect(en('The plate was a direct reference to the Falklands War, a judge has ruled.').people).toEqual([]);
  });
  it('does not count ages, the whole of a share or "half a dozen"', () => {
    const f = en('She was an 83 year-old woman; one of them, a 12 year old, is pregnant. Four out of five users live on benefits. They were without half a dozen starters.');
    expect(f.numbers).toEqual([]);
  });
  it('reads no date from "a Monday morning" or "the Sunday Times"', () => {
    expect(en('It beats piling into the Tube on a Monday morning, the Sunday Times reports.', '2015-07-24').dates).toEqual([]);
  });
});

describe('titles and organisations around a name (after the untouched check)', () => {
  const people = (text: string) => extractFacts(text, { lang: 'en' }).people.map((p) => [p.name, p.title ?? null, p.org ?? null]);
  it('keeps "Managing Director" and "general secretary" whole, and a day before the organisation out of it', () => {
    expect(people("'We wish them well,' explained Ken McCall, Managing Director, Europcar UK Group.")).toEqual([['Ken McCall', 'managing director', null]]);
    expect(people("Frances O'Grady, Trade Union Congress general secretary, described the figure as shameful.")).toEqual([["Frances O'Grady", 'general secretary', 'Trade Union Congress']]);
    expect(people('He returns to action on Saturday Belgium captain Vincent Kompany was sent off.')).toEqual([['Vincent Kompany', 'captain', 'Belgium']]);
  });
});

describe('Korean 시/군/구/읍/면 addresses', () => {
  const ko = (text: string) => {
    const f = extractFacts(text, { lang: 'ko' });
    return { places: f.places.map((p) => p.text), orgs: f.orgs.map((o) => o.name) };
  };
  it('reads a city before a district, town or township as a place, not as its government', () => {
    expect(ko('세종시 조치원읍 일대에 비가 내렸다.')).toEqual({ places: ['세종', '조치원읍'], orgs: [] });
    expect(ko('고양시 일산동구에 산다.')).toEqual({ places: ['고양'], orgs: [] });
  });
  it('reads a township right after a city, county or district', () => {
    expect(ko('천안시 동남구 병천면에서 행사가 열린다.')).toEqual({ places: ['천안', '병천면'], orgs: [] });
  });
  it('keeps the city government that acts, and no 면-ending word or verb form', () => {
    expect(ko('서울시는 5일 대책을 발표했다.')).toEqual({ places: [], orgs: ['서울시'] });
    expect(ko('그렇다면 이면 계약은 무효다. 회의가 끝나면 정면으로 반박한다.')).toEqual({ places: [], orgs: [] });
  });
});
