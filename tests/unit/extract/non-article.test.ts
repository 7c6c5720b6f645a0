// Pages that are not articles get a clear "not an article" verdict (the product leaves them alone).
// The pages are synthetic but shaped like real ones (tests/golden/extract/*.html): a news portal home
// page (sections of headline lists), an English section page and a Korean 기사 목록 page, whose story
// cards each carry a prose teaser — the hard case, since the teasers alone look like paragraphs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const golden = (name: string): string => readFileSync(new URL(`../../golden/extract/${name}`, import.meta.url), 'utf8');

describe('non-article pages', () => {
  it.each([
    ['home-page.html', 'https://daily.example.com/'],
    ['section-list.html', 'https://daily.example.com/climate'],
    ['ko-section-list.html', 'https://www.etoday.co.kr/news/section/3'],
  ])('%s is recognised as not an article', (name, url) => {
    const result = extractArticle(parseHtml(golden(name)), { url });
    expect(result.isArticle).toBe(false);
    expect(result.confidence).toBeGreaterThanOrEqual(0.7);
    expect(['link-list', 'story-list']).toContain(result.reason);
    expect(result.root).toBeNull();
    expect(result.blocks).toEqual([]);
  });

  it('a short non-article page (login form, error page) is "low-text" or "no-body"', () => {
    const html = '<html><body><h1>Page not found</h1><p>Sorry.</p><form><input name="q"><button>Search</button></form></body></html>';
    const result = extractArticle(parseHtml(html));
    expect(result.isArticle).toBe(false);
    expect(['low-text', 'no-body']).toContain(result.reason);
  });

  it('an article with several inline related-article boxes stays an article', () => {
    const box = (n: number): string =>
      `<div class="box"><strong>More</strong><ul>${[1, 2, 3].map((i) => `<li><a href="/r/${n}/${i}">Related story ${n}-${i} with a long enough headline</a></li>`).join('')}</ul></div>`;
    const para = (i: number): string =>
      `<p>Paragraph ${i}: officials said on Tuesday that the plan, which had been delayed for months, would now move ahead.</p>`;
    const body = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => para(i) + (i % 2 === 1 ? box(i) : '')).join('');
    const html = `<html lang="en"><head><title>Plan moves ahead - News</title><meta property="og:type" content="article"></head>
      <body><main><h1>Plan moves ahead</h1><div class="story">${body}</div></main></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.isArticle).toBe(true);
    expect(result.text.split('\n\n')).toHaveLength(9);
  });

  it('the same story card, opened as its article page, is an article (the verdict is not just "short pages")', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) =>
      `<p>Officials said on Tuesday that the plan for district ${i}, which had been delayed for months, would now move ahead, although critics warned that costs could rise again.</p>`).join('');
    const html = `<html lang="en"><head><title>Climate story - The Daily Example</title><meta property="og:title" content="Climate story"></head>
      <body><nav><a href="/">Home</a> <a href="/climate">Climate</a></nav><main><article><h1>Climate story</h1>
      <p class="byline">By Jane Doe | March 1, 2024</p><div class="article-body">${paragraphs}</div></article></main></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.isArticle).toBe(true);
    expect(result.title).toBe('Climate story');
    expect(result.byline).toEqual(['Jane Doe']);
    expect(result.published).toBe('2024-03-01');
    expect(result.text.split('\n\n')).toHaveLength(6);
  });
});

describe('byline names', async () => {
  const { cleanAuthorNames, bylineFrom } = await import('../../../core/extract/index');
  it('keeps people and drops outlets, roles and credentials', () => {
    expect(cleanAuthorNames(['TOM KRISHER, AP Auto Writer'])).toEqual(['TOM KRISHER']);
    expect(cleanAuthorNames(['Amy Kuperinsky | NJ Advance Media for NJ.com'])).toEqual(['Amy Kuperinsky']);
    expect(cleanAuthorNames(['Rachael Link', 'MS', 'RD'])).toEqual(['Rachael Link']);
    expect(cleanAuthorNames(['Sandee LaMotte', 'CNN'])).toEqual(['Sandee LaMotte']);
    expect(cleanAuthorNames(['By Jane Doe', 'jane@example.com', 'admin'])).toEqual(['Jane Doe']);
    expect(cleanAuthorNames(['홍길동 기자'])).toEqual(['홍길동']);
    expect(cleanAuthorNames(['이투데이'], '이투데이')).toEqual([]);
  });
  it('reads bylines from text', () => {
    expect(bylineFrom('By Jane Doe and John Roe | Updated Dec. 9, 2022')).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineFrom('김철수 기자 kim@example.co.kr')).toEqual(['김철수']);
    expect(bylineFrom('By Justine Coleman - 11/18/19 11:04 PM EST')).toEqual(['Justine Coleman']);
    expect(bylineFrom('Breaking news from the city')).toBeNull();
  });

  it('a short breaking-news story on a link-heavy page is an article when og:type says "Article" (any case)', () => {
    // Shape of a real wire brief: two paragraphs under the headline, menus and link lists all around.
    const links = (n: number, prefix: string): string =>
      `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/${prefix}/${i}">${prefix} story number ${i} with a headline</a></li>`).join('')}</ul>`;
    const html = `<html lang="en"><head><title>Doctor stabbed to death in Berlin - The Post</title>
      <meta property="og:type" content="Article"><meta property="og:title" content="Doctor stabbed to death in Berlin">
      <meta property="article:published_time" content="2019-11-20T10:43:00+00:00"></head>
      <body><header>${links(25, 'menu')}</header><div class="main"><h1>Doctor stabbed to death in Berlin</h1>
      <div class="story"><p>A chief physician was stabbed to death while another man was critically injured trying to stop the assailant, police said.</p>
      <p>The stabbing occurred during a lecture at a clinic in Berlin. Police arrested a 57-year-old man suspected of the attack on Tuesday evening.</p></div></div>
      <div class="more">${links(30, 'latest')}</div><footer>${links(20, 'footer')}</footer></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.isArticle).toBe(true);
    expect(result.reason).toBe('og-article');
    expect(result.text.split('\n\n')).toHaveLength(2);
  });

  it('a short story in a portal full of menus, without any article metadata, is an article when its <title> names the headline above it', () => {
    const links = (n: number, prefix: string): string =>
      `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/${prefix}/${i}">${prefix} 기사 제목 ${i}번 뉴스</a></li>`).join('')}</ul>`;
    const html = `<html><head><title>서울시, 심야 자율주행버스 5개 노선으로 확대 - 한빛일보</title></head>
      <body><header>${links(20, 'menu')}</header><div class="wrap"><h1>서울시, 심야 자율주행버스 5개 노선으로 확대</h1><div class="info">입력 2025-03-04 10:12</div>
      <div class="txt"><p>서울시가 다음 달부터 심야 자율주행버스 노선을 3개 더 늘려 모두 5개 노선으로 운행한다고 4일 밝혔다. 새로 추가되는 노선은 강서구 마곡지구와 여의도 구간이다.</p>
      <p>시는 2023년 12월 처음 도입한 이후 누적 승객 4만2000여 명을 태웠으며 같은 기간 인명 사고는 한 건도 없었다고 설명했다.</p></div></div>
      <div class="more">${links(30, 'latest')}</div><footer>${links(15, 'footer')}</footer></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.isArticle).toBe(true);
    expect(result.text.split('\n\n')).toHaveLength(2);
    // The same page titled by its section (an index page's habit) is not lifted by this signal.
    const sectionTitled = html.replace('<title>서울시, 심야 자율주행버스 5개 노선으로 확대 - 한빛일보</title>', '<title>사회 - 한빛일보</title>');
    expect(extractArticle(parseHtml(sectionTitled)).isArticle).toBe(false);
  });
});

