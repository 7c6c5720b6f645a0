import { describe, expect, it } from 'vitest';
import { normalizeIsoDate, parseDateLine, parseDateLines } from '../../../core/extract/dates';

const KST = { defaultOffset: '+09:00' };

describe('Korean date lines', () => {
  it('reads "입력 2022-12-09 12:35" as a KST publish time', () => {
    expect(parseDateLine('입력 2022-12-09 12:35', KST)).toEqual({ iso: '2022-12-09T12:35:00+09:00', role: 'published', hasTime: true });
  });

  it('reads "기사입력 2022.12.09. 오후 12:35" with the afternoon marker', () => {
    expect(parseDateLine('기사입력 2022.12.09. 오후 12:35', KST)?.iso).toBe('2022-12-09T12:35:00+09:00');
    expect(parseDateLine('기사입력 2022.12.09. 오후 1:05', KST)?.iso).toBe('2022-12-09T13:05:00+09:00');
    expect(parseDateLine('입력 2022.12.09. 오전 12:10', KST)?.iso).toBe('2022-12-09T00:10:00+09:00');
  });

  it('tells the update line from the publish line', () => {
    const dates = parseDateLines('입력 2022.12.09 12:35 | 수정 2022.12.09 13:01', KST);
    expect(dates.map((d) => [d.role, d.iso])).toEqual([
      ['published', '2022-12-09T12:35:00+09:00'],
      ['modified', '2022-12-09T13:01:00+09:00'],
    ]);
    expect(parseDateLine('최종수정 2022-12-10 09:00:12', KST)).toMatchObject({ role: 'modified', iso: '2022-12-10T09:00:12+09:00' });
  });

  it('reads year/month/day words and 시/분', () => {
    expect(parseDateLine('등록 2022년 12월 9일 12시 35분', KST)?.iso).toBe('2022-12-09T12:35:00+09:00');
    expect(parseDateLine('2022년 12월 09일 (금) 오후 3:20', KST)?.iso).toBe('2022-12-09T15:20:00+09:00');
  });

  it('keeps a date without time as a plain date', () => {
    expect(parseDateLine('승인 2022.12.09', KST)).toEqual({ iso: '2022-12-09', role: 'published', hasTime: false });
  });

  it('leaves the offset out when the caller gives no default', () => {
    expect(parseDateLine('입력 2022-12-09 12:35')?.iso).toBe('2022-12-09T12:35:00');
  });
});

describe('English date lines', () => {
  it('reads "Published 9 December 2022"', () => {
    expect(parseDateLine('Published 9 December 2022')).toEqual({ iso: '2022-12-09', role: 'published', hasTime: false });
  });

  it('reads "Updated: Dec. 9, 2022 12:35 p.m. ET" with US daylight rules', () => {
    expect(parseDateLine('Updated: Dec. 9, 2022 12:35 p.m. ET')).toEqual({
      iso: '2022-12-09T12:35:00-05:00', role: 'modified', hasTime: true,
    });
    expect(parseDateLine('Updated: July 4, 2022 9:05 a.m. ET')?.iso).toBe('2022-07-04T09:05:00-04:00');
  });

  it('reads month-first dates with "at", AM/PM and named zones', () => {
    expect(parseDateLine('Posted November 19, 2019 at 7:30 PM GMT')?.iso).toBe('2019-11-19T19:30:00+00:00');
    expect(parseDateLine('Nov 18, 2019, 11:02 AM EST')?.iso).toBe('2019-11-18T11:02:00-05:00');
    expect(parseDateLine('Last updated 18th November 2019')).toMatchObject({ iso: '2019-11-18', role: 'modified' });
  });

  it('rejects impossible dates and non-dates', () => {
    expect(parseDateLine('2022-02-30 12:00')).toBeNull();
    expect(parseDateLine('Call 555-1234 now')).toBeNull();
    expect(parseDateLine('')).toBeNull();
  });
});

describe('machine dates', () => {
  it('keeps the page offset and normalises Z and compact offsets', () => {
    expect(normalizeIsoDate('2022-12-09T12:35:00+09:00')).toBe('2022-12-09T12:35:00+09:00');
    expect(normalizeIsoDate('2019-11-19T10:00:00.000Z')).toBe('2019-11-19T10:00:00+00:00');
    expect(normalizeIsoDate('2019-11-19T10:00:00-0500')).toBe('2019-11-19T10:00:00-05:00');
  });

  it('adds the default offset to a zone-less date-time only', () => {
    expect(normalizeIsoDate('2022-12-09 12:35', KST)).toBe('2022-12-09T12:35:00+09:00');
    expect(normalizeIsoDate('2022-12-09', KST)).toBe('2022-12-09');
    expect(normalizeIsoDate('20221209', KST)).toBe('2022-12-09');
  });

  it('reads RFC 2822 dates and refuses garbage', () => {
    expect(normalizeIsoDate('Fri, 09 Dec 2022 03:35:00 GMT')).toBe('2022-12-09T03:35:00+00:00');
    expect(normalizeIsoDate('yesterday')).toBeNull();
    expect(normalizeIsoDate(null)).toBeNull();
  });
});

describe('date lines in other languages', () => {
  it.each([
    ['sexta-feira, 22 de outubro de 2010 às 20:13', '2010-10-22T20:13:00'],
    ['4. März 2025, 16:20 Uhr', '2025-03-04T16:20:00'],
    ['le 5 juin 2019 à 10:05', '2019-06-05T10:05:00'],
    ['12 de marzo de 2021', '2021-03-12'],
    ['Posted on Maret 30, 2015 by Admin', '2015-03-30'],
    ['5 mei 2019', '2019-05-05'],
  ])('reads "%s"', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it('does not read a month name without a day and year as a date', () => {
    expect(parseDateLines('Im Mai 2020 wurde das Werk eröffnet')).toEqual([]);
  });
});
