// Recall rules added for misses on the synthetic fixture pages of unseen site types (session 4), each with an
// invented sentence (no fixture text). Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/facts';

const ko = (text: string) => extractFacts(text, { lang: 'ko', published: '2025-03-05' });
const en = (text: string) => extractFacts(text, { lang: 'en', published: '2025-03-05' });

describe('English places named by a street or valley word', () => {
  it('reads "on <Name> Street/Avenue" and "across the <Name> Valley" as places', () => {
    const f = en('The shop on Tanner Street closed. A bus runs along Birch Avenue. Rain fell across the Elmore Valley.');
    expect(f.places.map((p) => p.text)).toEqual(['Tanner Street', 'Birch Avenue', 'Elmore Valley']);
  });
  it('does not read a street word inside a longer name or after a weekday as a place', () => {
    const f = en('She banks at the Main Street Bank. He said on Sunday Road closures began. It was a trip down Memory Lane.');
    expect(f.places.map((p) => p.text)).toEqual([]);
  });
});

describe('English organisations', () => {
  it('reads Library and Electric as organisation heads', () => {
    const f = en('The Dunmore Public Library opened late. Pellham Electric said lines were down.');
    expect(f.orgs.map((o) => o.name)).toEqual(['Dunmore Public Library', 'Pellham Electric']);
  });
  it('reads "Friends of the <Name> Library" whole, and a name does not run over a line break', () => {
    const f = en('Money came from the Friends of the Dunmore Library\n\nBoard members voted no.');
    expect(f.orgs.map((o) => o.name)).toEqual(['Friends of the Dunmore Library']);
  });
  it('keeps a role before "of the" out of the organisation name', () => {
    const f = en('He was Vice Chairman of the Revolutionary Command Council until 2003.');
    expect(f.orgs.map((o) => o.name)).toEqual(['Revolutionary Command Council']);
  });
});

describe('Numbers with frequency and area units', () => {
  it('reads "N times a day" as a count in times, not "three times as many"', () => {
    const f = en('The bus runs 40 times a day. Prices are 3 times as high.');
    expect(f.numbers.map((n) => [n.text, n.unit])).toEqual([['40 times', 'times']]);
  });
  it('reads 헥타르 as a Korean area unit', () => {
    const f = ko('이번 불로 임야 12헥타르가 탔다.');
    expect(f.numbers.map((n) => [n.text, n.value, n.kind])).toEqual([['12헥타르', 12, 'measure']]);
  });
});

describe('English people without a title word before the name', () => {
  const people = (text: string) => en(text).people.map((p) => [p.name, p.title ?? null]);
  it('reads a surname that is also a place word after a title ("Gov. Dana Park")', () => {
    expect(people('Gov. Dana Park declared an emergency.')).toEqual([['Dana Park', 'governor']]);
  });
  it('does not read "Hyde Park" without a title as a person', () => {
    expect(people('Crowds gathered in Hyde Park on Sunday.')).toEqual([]);
  });
  it('reads "Board member Name" with the body as the title', () => {
    expect(people('Board member Lena Horvath, who voted no, said the fund was too small.')).toEqual([['Lena Horvath', 'board member']]);
  });
  it('reads a pull-quote attribution "Name, <Place> resident" at the end of a line', () => {
    expect(people('"We need the hours."\n\nTomas Reyes, Northside resident\n\nThe board voted.')).toEqual([['Tomas Reyes', 'Northside resident']]);
  });
  it('does not read a list of places or a bare noun that is not a role as a person', () => {
    expect(people('They toured Lake Placid, upstate. Tomas Reyes, downtown.')).toEqual([]);
  });
  it('reads "Name was 24 when …" as a person', () => {
    expect(people('Irena Sokol was 24 when she took over the shop.')).toEqual([['Irena Sokol', null]]);
  });
});

describe('Korean broadcast transcripts and dailies', () => {
  it('reads a "[인터뷰] 이름/소속 직함 :" line as a person and the speaker of its quotation', () => {
    const f = ko('불이 번졌습니다.\n\n[인터뷰] 최민호/강원도 산림재난대응단 현장팀장 : "불길이 빨리 번졌습니다."\n\n[인터뷰] 한지우/마을 주민 : "집이 탈까 봐 무서웠어요."');
    expect(f.people.map((p) => [p.name, p.title, p.org ?? null])).toEqual([
      ['최민호', '현장팀장', '강원도 산림재난대응단'],
      ['한지우', '주민', null],
    ]);
    expect(f.quotes.map((q) => q.speaker)).toEqual(['최민호', '한지우']);
  });
  it('does not read a date or a ratio with a slash as a speaker line', () => {
    const f = ko('경기 결과 : 3/4 승리. 김민수 감독은 만족했다.');
    expect(f.people.map((p) => p.name)).toEqual(['김민수']);
  });
  it('reads a compound 정책관 title after a name, and the person (not the title) speaks', () => {
    const f = ko('윤재희 산업부 에너지정책관은 "요금을 올린다"고 말했다.');
    expect(f.people.map((p) => [p.name, p.title])).toEqual([['윤재희', '에너지정책관']]);
    expect(f.quotes.map((q) => q.speaker)).toEqual(['윤재희']);
  });
  it('reads 중앙회 and 당국 as organisation suffixes', () => {
    const f = ko('농업협동조합중앙회는 반겼다. 방역당국은 조사하고 있다.');
    expect(f.orgs.map((o) => o.name)).toEqual(['농업협동조합중앙회', '방역당국']);
  });
  it('reads a city named after its province ("경북 영주시") as a place, and a government complex', () => {
    const f = ko('경북 영주시 한 공장에서 불이 났다. 장관은 정부서울청사에서 발표했다.');
    expect(f.places.map((p) => p.text)).toEqual(['경북', '영주', '정부서울청사']);
  });
  it('reads the time of day after 오늘/어제 as part of the date', () => {
    const f = ko('어제 오후 3시쯤 불이 났다.');
    expect(f.dates.map((d) => [d.text, d.iso])).toEqual([['어제 오후 3시', '2025-03-04T15:00']]);
  });
});

describe('Korean province + city guard', () => {
  it('does not read "경기 악화시" (the economy worsening) as a city', () => {
    expect(ko('경기 악화시 대책을 마련한다.').places.map((p) => p.text)).not.toContain('악화');
  });
});
