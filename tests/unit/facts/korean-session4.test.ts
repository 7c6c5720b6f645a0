// Korean recall rules from a scratch set of invented news passages (economy, politics, society, sports, IT,
// international, local government). Each test uses an invented sentence and fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/facts';

const ko = (text: string) => extractFacts(text, { lang: 'ko', published: '2025-05-16' });

describe('Korean anonymised people (김 모 씨)', () => {
  it('reads a surname with 모 and 씨, with or without an age, as a person, and gives the quote its speaker', () => {
    const f = ko('공장에서 불이 나 근로자 김 모(45) 씨가 숨졌다. 주민 박모씨는 "올해처럼 비가 안 온 적은 처음"이라며 한숨을 쉬었다. 경찰은 30대 이 모 씨를 구속했다.');
    expect(f.people.map((p) => p.name)).toEqual(['김 모', '박모', '이 모']);
    expect(f.quotes.map((q) => q.speaker)).toEqual(['박모']);
  });
  it('does not read 모 without 씨, or 모씨 inside a longer word, as a person', () => {
    const f = ko('모든 주민이 모였다. 김 모델은 웃었다. 이 모씨앗은 잘 자란다.');
    expect(f.people).toEqual([]);
  });
});

describe('Korean quarters and halves of a year', () => {
  it('reads 올해 1분기, 지난해 하반기 and 2024년 4분기 whole, as the months they cover', () => {
    const f = ko('올해 1분기에 매출이 늘었다. 지난해 하반기부터 줄던 이익은 2024년 4분기 바닥을 쳤다.');
    expect(f.dates.map((d) => [d.text, d.iso])).toEqual([
      ['올해 1분기', '2025-01/2025-03'],
      ['지난해 하반기', '2024-07/2024-12'],
      ['2024년 4분기', '2024-10/2024-12'],
    ]);
  });
});

describe('Korean 이날 and 전날 count from the news day', () => {
  it('resolves 이날 to the day named before it and 전날 to the day before that', () => {
    const f = ko('금통위는 15일 회의를 열었다. 이 총재는 이날 "동결한다"고 말했다. 환율은 전날보다 4원 올랐다.');
    expect(f.dates.map((d) => [d.text, d.iso])).toEqual([
      ['15일', '2025-05-15'],
      ['이날', '2025-05-15'],
      ['전날', '2025-05-14'],
    ]);
  });
  it('falls back to the publish date when the only day named before is background, and skips 이날 inside a word', () => {
    const f = ko('그는 2019년 3월 5일 입사했다. 이날 회사는 신제품을 공개했다. 이날씨는 맑다.');
    expect(f.dates.map((d) => [d.text, d.iso])).toEqual([
      ['2019년 3월 5일', '2019-03-05'],
      ['이날', '2025-05-16'],
    ]);
  });
});

describe('Korean organisations without an organisation suffix, and police and fire stations', () => {
  it('reads 국회, 대통령실 and 국민의힘 as organisations, and a party before a name as the person\'s organisation', () => {
    const f = ko('대통령실은 국회에 협조를 요청했다. 국민의힘 김영수 원내대변인은 논평을 냈다.');
    expect(f.orgs.map((o) => o.name)).toEqual(['대통령실', '국회', '국민의힘']);
    expect(f.people.map((p) => [p.name, p.title, p.org])).toEqual([['김영수', '원내대변인', '국민의힘']]);
  });
  it('reads 강남경찰서 and 화성소방서, but not 국회의원 or a word that only starts with 국회', () => {
    const f = ko('서울 강남경찰서는 그를 구속했다. 화성소방서 관계자는 설명했다. 국회의원 10명과 국회도서관 직원이 왔다.');
    expect(f.orgs.map((o) => o.name)).toEqual(['강남경찰서', '화성소방서']);
  });
});

describe('Korean places in addresses', () => {
  it('reads a city after 경기 when a district, town or neighbourhood follows it (an address)', () => {
    const f = ko('경기 화성시 남양읍의 한 공장에서 불이 났다.');
    expect(f.places.map((p) => p.text)).toEqual(['경기', '화성', '남양읍']);
  });
  it('does not read 경기 as a place in "경기 악화시" (when the economy worsens)', () => {
    expect(ko('경기 악화시 수출이 준다. 경기 부진시 투자도 준다.').places).toEqual([]);
  });
  it('reads a township whose name ends like a verb form (송지면) after a county or before 일대, but not a verb', () => {
    const f = ko('해남군 송지면에서 불이 났다. 청지면 일대 농가가 피해를 봤다. 서울시 요청하면 주민이 돕는다. 공사를 재개하면 지역 상인이 반긴다.');
    expect(f.places.map((p) => p.text)).toEqual(['송지면', '청지면', '서울']);
  });
});

describe('Korean number units', () => {
  const numbers = (text: string) => ko(text).numbers.map((n) => [n.text, n.unit, n.kind]);
  it('reads %포인트 as percentage points, not percent', () => {
    expect(numbers('연준은 금리를 0.25%포인트 내렸다.')).toEqual([['0.25%포인트', '%포인트', 'percent']]);
  });
  it('does not read an age bracket (30대 남성, 20대 초반) as a count of 대, but keeps 장비 40대', () => {
    expect(numbers('경찰은 30대 남성 이 모 씨를 붙잡았다. 피해자는 20대 초반이다. 소방당국은 장비 40대를 투입했다.')).toEqual([['40대', '대', 'count']]);
  });
  it('reads sports and data units (이닝, 승, 패, 골, 기가비트), not the words they start (승리, 패배)', () => {
    expect(numbers('그는 6이닝 동안 막아 5승째를 올렸고 팀은 3패를 안았다. 2골을 넣었다. 초당 100기가비트를 보낸다. 4승리와 3패배.')).toEqual([
      ['6이닝', '이닝', 'measure'],
      ['5승', '승', 'count'],
      ['3패', '패', 'count'],
      ['2골', '골', 'count'],
      ['100기가비트', '기가비트', 'measure'],
    ]);
  });
});

describe('Korean local heads written with their place (해남군수, 서울시장)', () => {
  it('reads 군수, 도지사, 교육감 and a city\'s 시장 joined to the place as the title, and gives the quote its speaker', () => {
    const f = ko('명현관 해남군수는 "농가 피해를 최소화하도록 하겠다"고 말했다. 김동연 경기도지사와 이재준 수원시장, 조희연 서울시교육감도 왔다.');
    expect(f.people.map((p) => [p.name, p.title])).toEqual([
      ['명현관', '해남군수'],
      ['김동연', '경기도지사'],
      ['이재준', '수원시장'],
      ['조희연', '서울시교육감'],
    ]);
    expect(f.quotes.map((q) => q.speaker)).toEqual(['명현관']);
  });
  it('does not read a market (주식시장, 전통시장) after a name-like word as a mayor', () => {
    expect(ko('김 주식시장은 닫혔다. 한편 이번 전통시장은 붐볐다. 박 증권시장은 열렸다.').people).toEqual([]);
  });
});

describe('Foreign leaders with their country between name and title', () => {
  it('reads 도널드 트럼프 미국 대통령 and 블라디미르 푸틴 러시아 대통령 with the country as organisation', () => {
    const f = ko('도널드 트럼프 미국 대통령은 말했다. 에마뉘엘 마크롱 프랑스 대통령과 블라디미르 푸틴 러시아 대통령이 만났다.');
    expect(f.people.map((p) => [p.name, p.title, p.org])).toEqual([
      ['도널드 트럼프', '대통령', '미국'],
      ['에마뉘엘 마크롱', '대통령', '프랑스'],
      ['블라디미르 푸틴', '대통령', '러시아'],
    ]);
  });
  it('does not read nouns or participles before a country and title as a name', () => {
    const f = ko('유력 후보 미국 대통령은 말했다. 회담 직후 미국 대통령은 떠났다. 이번에 당선된 미국 대통령은 웃었다. 그는 전직 미국 대통령을 만났다. 공동 성명 미국 대통령.');
    expect(f.people).toEqual([]);
  });
});

describe('Seoul places named without 구', () => {
  it('reads 용산 and 광화문 as places', () => {
    expect(ko('대변인은 용산 대통령실에서 밝혔다. 광화문 광장에 시민이 모였다.').places.map((p) => p.text)).toEqual(['용산', '광화문']);
  });
});
