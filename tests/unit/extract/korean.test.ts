// A second Korean page, laid out like another common Korean CMS (tests/golden/extract/ko-article-brs.html,
// synthetic, hand-written expectation): <br><br> paragraphs in one container, ▲ photo caption in a
// table, inline 관련기사 box, [사진=…] credit, reporter and copyright lines, 승인/수정 date lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const dir = new URL('../../golden/extract/', import.meta.url);
const html = readFileSync(new URL('ko-article-brs.html', dir), 'utf8');
const want = JSON.parse(readFileSync(new URL('ko-article-brs.expect.json', dir), 'utf8')) as {
  url: string; title: string; published: string; modified: string; byline: string[]; siteName: string; lang: string; body: string;
};

describe('Korean article with <br><br> paragraphs', () => {
  const doc = parseHtml(html, want.url);
  const result = extractArticle(doc, { url: want.url });

  it('extracts the body exactly', () => {
    expect(result.isArticle).toBe(true);
    expect(result.text).toBe(want.body);
  });

  it('reads the metadata from the visible header (h3 headline, 승인/수정 lines in KST)', () => {
    expect(result.title).toBe(want.title);
    expect(result.published).toBe(want.published);
    expect(result.modified).toBe(want.modified);
    expect(result.byline).toEqual(want.byline);
    expect(result.siteName).toBe(want.siteName);
    expect(result.lang).toBe(want.lang);
    expect(result.subtitle).toBeNull();
  });

  it('roots the article at the body container, and keeps the headline and date lines as header elements', () => {
    expect(result.root?.getAttribute('id')).toBe('article-view-content-div');
    const header = result.headerElements.map((e) => (e.textContent ?? '').trim());
    expect(header).toContain(want.title);
    expect(header.some((t) => t.includes('승인 2023.03.05 21:40'))).toBe(true);
  });
});

describe('language of a Korean page with a template lang="en"', () => {
  it('trusts the Hangul text over the declaration', () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>${i + 1}일 서울 정부청사에서 관계부처 합동 회의를 열고 첨단산업 공급망 협력 강화를 위한 세부 방안을 발표했다고 밝혔다.</p>`).join('');
    const doc = parseHtml(`<html lang="en"><head><title>기사</title></head><body><article><h1>기사 제목</h1>${paragraphs}</article></body></html>`);
    expect(extractArticle(doc).lang).toBe('ko');
    const uk = parseHtml(`<html lang="uk"><body><article>${'<p>Україна та партнери обговорили нові кроки співпраці, зокрема в енергетиці та торгівлі.</p>'.repeat(4)}</article></body></html>`);
    expect(extractArticle(uk).lang).toBe('uk');
  });
});

describe('KST default for Korean pages on non-.kr hosts', () => {
  it('reads a zone-less date line as KST when the title is Korean', () => {
    const paragraphs = Array.from({ length: 4 }, () => '<p>관계부처 합동 회의를 열고 첨단산업 공급망 협력 강화를 위한 세부 방안을 발표했다고 밝혔다.</p>').join('');
    const html = `<html><head><title>정부, 공급망 협력 방안 발표</title></head><body><article><h1>정부, 공급망 협력 방안 발표</h1>
      <div class="info">기사입력 2022.12.09. 오후 12:35</div>${paragraphs}</article></body></html>`;
    const result = extractArticle(parseHtml(html), { url: 'https://n.news.example.com/article/1' });
    expect(result.published).toBe('2022-12-09T12:35:00+09:00');
  });
});
