// Relative dates and months without a year, resolved against the publish date — across month and year
// boundaries, in English and Korean. Found by a fresh audit of unseen dev articles; each case is invented.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/facts';

const dates = (text: string, published: string, lang: 'en' | 'ko' = 'en') =>
  extractFacts(text, { lang, published }).dates.map((d) => [d.text, d.iso, ...(d.localTime ? ['local'] : [])]);

describe('English weekdays', () => {
  it('takes the last such day on or before the publish date, across a year boundary', () => {
    // 2015-01-01 is a Thursday.
    expect(dates('The minister resigned on Tuesday.', '2015-01-01')).toEqual([['Tuesday', '2014-12-30']]);
    expect(dates('The deal was signed on Thursday.', '2015-01-01')).toEqual([['Thursday', '2015-01-01']]);
  });
  it('looks forward after a future tense in the same sentence', () => {
    // 2015-04-17 is a Friday.
    expect(dates('Benzema will miss the home game against Malaga on Saturday.', '2015-04-17')).toEqual([['Saturday', '2015-04-18']]);
    expect(dates('The family will be telling their story on Monday.', '2014-12-31')).toEqual([['Monday', '2015-01-05']]);
  });
  it('does not look forward when the future tense is in another sentence', () => {
    expect(dates('He will appeal. The court ruled on Monday.', '2015-04-17')).toEqual([['Monday', '2015-04-13']]);
  });
});

describe('English months and relative words', () => {
  it('reads "October 14 last year" and "in December last year" in the year the words name', () => {
    expect(dates('He said the offence on October 14 last year was not intentional.', '2015-07-24')[0]).toEqual(['October 14', '2014-10-14']);
    expect(dates('She went out with six friends in December last year.', '2015-07-24')[0]).toEqual(['December', '2014-12']);
    expect(dates('The summit is in March next year.', '2015-07-24')[0]).toEqual(['March', '2016-03']);
  });
  it('looks back for a month after a verb in the past tense, forward after a future tense', () => {
    expect(dates('Malaga pulled off a stunning win over Barcelona in June.', '2015-04-25')).toEqual([['June', '2014-06']]);
    expect(dates('Spain host Slovakia in September.', '2015-04-01')).toEqual([['September', '2015-09']]);
    expect(dates('The new car will not be on the grid in June.', '2015-04-15')).toEqual([['June', '2015-06']]);
    expect(dates('He was arrested in February.', '2015-07-24')).toEqual([['February', '2015-02']]);
  });
  it('resolves last/this/next month across a year boundary and weeks to ISO weeks', () => {
    expect(dates('Prices rose last month.', '2015-01-10')).toEqual([['last month', '2014-12']]);
    expect(dates('Talks resume next month.', '2014-12-10')).toEqual([['next month', '2015-01']]);
    expect(dates('Earlier this month the plant closed.', '2015-03-10')).toEqual([['this month', '2015-03']]);
    expect(dates('The vote was held last week.', '2015-01-02')).toEqual([['last week', '2014-W52']]);
  });
});

describe('Korean relative dates', () => {
  it('reads a day with (이하 현지시간) in this month, or the previous one when the day is later', () => {
    expect(dates('미국 정부는 7일(이하 현지시간) 발표했다.', '2022-12-09', 'ko')).toEqual([['7일(이하 현지시간)', '2022-12-07', 'local']]);
    expect(dates('회의는 28일 열렸다.', '2023-01-03', 'ko')).toEqual([['28일', '2022-12-28']]);
    expect(dates('행사는 오는 5일 열린다.', '2022-12-28', 'ko')).toEqual([['오는 5일', '2023-01-05']]);
  });
  it('reads 지난달 and 다음달 across a year boundary', () => {
    expect(dates('지난달 28일 합의했다.', '2023-01-05', 'ko')).toEqual([['지난달 28일', '2022-12-28']]);
    expect(dates('수출이 지난달 줄었다.', '2023-01-05', 'ko')).toEqual([['지난달', '2022-12']]);
    expect(dates('다음달 3일 출시된다.', '2022-12-20', 'ko')).toEqual([['다음달 3일', '2023-01-03']]);
  });
  it('reads 오는/지난 months across a year boundary', () => {
    expect(dates('신제품은 오는 3월 나온다.', '2022-12-09', 'ko')).toEqual([['오는 3월', '2023-03']]);
    expect(dates('지난 11월 계약했다.', '2023-01-09', 'ko')).toEqual([['지난 11월', '2022-11']]);
    expect(dates('12월 발표한 자료다.', '2023-01-09', 'ko')).toEqual([['12월', '2022-12']]);
  });
  it('reads a month and day after 지난해/작년/내년 in that year', () => {
    expect(dates('지난해 3월 5일 문을 열었다.', '2023-07-01', 'ko')).toEqual([['지난해', '2022'], ['3월 5일', '2022-03-05']]);
    expect(dates('내년 1월 10일 시행된다.', '2023-02-01', 'ko')).toEqual([['내년', '2024'], ['1월 10일', '2024-01-10']]);
  });
});
