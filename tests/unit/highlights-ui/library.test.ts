import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../core/highlights/model';
import {
  exportFileName,
  filterEntries,
  groupByPage,
  matchesQuery,
  normalizeForSearch,
  siteOf,
  sitesOf,
  sortNewestFirst,
} from '../../../utils/highlights/library';

function entry(partial: Partial<Highlight> & { id: string }): Highlight {
  return {
    url: 'https://www.etoday.co.kr/news/view/1',
    pageTitle: '한·미 산업기술 협력 강화',
    siteName: '이투데이',
    published: null,
    color: 'yellow',
    note: '',
    text: '한국과 미국이 산업기술 협력을 강화한다.',
    selectors: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    schemaVersion: 2,
    ...partial,
  };
}

const korean = entry({ id: 'k', note: '중요: KIAT와 NIST의 협력' });
const english = entry({
  id: 'e',
  url: 'https://news.example.com/a',
  pageTitle: 'Chip Makers Expand',
  siteName: 'Example News',
  text: 'The Semiconductor industry grew 12% last year.',
  color: 'green',
  createdAt: '2026-02-01T00:00:00.000Z',
});
const noSite = entry({ id: 'n', url: 'https://www.blog.example.org/post', siteName: '', createdAt: '2025-12-01T00:00:00.000Z' });

describe('library search', () => {
  it('normalises with NFKC, lower case and collapsed spaces', () => {
    expect(normalizeForSearch('  ＫＩＡＴ\u3000 Ｒ＆Ｄ ')).toBe('kiat r&d');
    // Decomposed Hangul (NFD, e.g. text pasted on macOS) is composed to the same syllables.
    expect(normalizeForSearch('산업기술'.normalize('NFD'))).toBe('산업기술');
  });

  it('finds Korean text in the quote and the note, and English case-insensitively', () => {
    expect(matchesQuery(korean, '산업기술')).toBe(true);
    expect(matchesQuery(korean, '중요')).toBe(true);
    expect(matchesQuery(korean, 'ｎｉｓｔ')).toBe(true); // full-width query
    expect(matchesQuery(korean, '협력을 강화'.normalize('NFD'))).toBe(true);
    expect(matchesQuery(english, 'semiconductor')).toBe(true);
    expect(matchesQuery(english, 'SEMICONDUCTOR 12%')).toBe(true);
    expect(matchesQuery(english, 'semiconductor 산업')).toBe(false); // every term must match
    expect(matchesQuery(korean, '반도체')).toBe(false);
    expect(matchesQuery(korean, '   ')).toBe(true);
  });

  it('searches titles and sites too', () => {
    expect(filterEntries([korean, english], { query: 'chip makers', site: null, color: null })).toEqual([english]);
    expect(filterEntries([korean, english], { query: '이투데이', site: null, color: null })).toEqual([korean]);
  });

  it('filters by site and colour', () => {
    const all = [korean, english, noSite];
    expect(filterEntries(all, { query: '', site: 'Example News', color: null })).toEqual([english]);
    expect(filterEntries(all, { query: '', site: null, color: 'green' })).toEqual([english]);
    expect(filterEntries(all, { query: '', site: 'blog.example.org', color: 'yellow' })).toEqual([noSite]);
    expect(filterEntries(all, { query: '', site: null, color: 'purple' })).toEqual([]);
  });
});

describe('library grouping', () => {
  it('uses the site name, else the host without www', () => {
    expect(siteOf(korean)).toBe('이투데이');
    expect(siteOf(noSite)).toBe('blog.example.org');
    expect(sitesOf([korean, english, noSite, korean])).toEqual(['blog.example.org', 'Example News', '이투데이']);
  });

  it('orders newest first and groups by page', () => {
    const second = entry({ id: 'k2', createdAt: '2026-03-01T00:00:00.000Z' });
    expect(sortNewestFirst([korean, english, second]).map((h) => h.id)).toEqual(['k2', 'e', 'k']);
    const groups = groupByPage([korean, english, second, noSite]);
    expect(groups.map((g) => g.url)).toEqual([korean.url, english.url, noSite.url]);
    expect(groups[0]!.entries.map((h) => h.id)).toEqual(['k2', 'k']);
    expect(groups[0]!.title).toBe('한·미 산업기술 협력 강화');
  });

  it('names export files by date', () => {
    expect(exportFileName('md', new Date('2026-11-25T10:00:00Z'))).toBe('plainly-highlights-2026-11-25.md');
  });
});
