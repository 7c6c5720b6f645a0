// The article header on pages of kinds Plainly was not written against: kickers inside the headline,
// decks/standfirsts in front of the body. Small synthetic pages, one shape each.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const paragraphs = (n: number, word = 'council'): string =>
  Array.from({ length: n }, (_, i) =>
    `<p>Paragraph ${i}: the ${word} said on Tuesday that the plan, which had been delayed for months, would now go ahead, although critics warned that the costs could rise again.</p>`).join('');

const page = (head: string, header: string, body: string): string =>
  `<html lang="en"><head><title>Page</title>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <main><article>${header}<div class="article-body">${body}</div></article></main></body></html>`;

describe('kicker inside the headline element', () => {
  it('a kicker glued to the headline (two spans, no space) is split off, without class or claims', () => {
    const html = page('', '<h1><span class="a1">Energie</span><span class="a2">Stadtwerke senken die Fernwärmepreise</span></h1>', paragraphs(5));
    const result = extractArticle(parseHtml(html));
    expect(result.title).toBe('Stadtwerke senken die Fernwärmepreise');
    expect(result.kicker).toBe('Energie');
  });

  it('a spaced kicker is split off when og:title names only the rest', () => {
    const html = page('<meta property="og:title" content="Stadtwerke senken die Fernwärmepreise">',
      '<h1><span>Energie</span> <span>Stadtwerke senken die Fernwärmepreise</span></h1>', paragraphs(5));
    const result = extractArticle(parseHtml(html));
    expect(result.title).toBe('Stadtwerke senken die Fernwärmepreise');
    expect(result.kicker).toBe('Energie');
  });

  it('an emphasised first word that is part of the claimed title stays in the headline', () => {
    const html = page('<meta property="og:title" content="Breaking: Council approves the new budget">',
      '<h1><em>Breaking:</em> Council approves the new budget</h1>', paragraphs(5));
    const result = extractArticle(parseHtml(html));
    expect(result.title).toBe('Breaking: Council approves the new budget');
    expect(result.kicker ?? null).toBeNull();
  });
});

describe('deck / standfirst', () => {
  it('a sub-heading right after the headline is the subtitle, not the first body paragraph', () => {
    const html = page('', '', '<h1>The quiet return of the repair café</h1><h2>Volunteers, soldering irons and a stubborn belief that nothing should be thrown away</h2>' + paragraphs(5));
    const result = extractArticle(parseHtml(html));
    expect(result.subtitle).toBe('Volunteers, soldering irons and a stubborn belief that nothing should be thrown away');
    expect(result.text.startsWith('Paragraph 0:')).toBe(true);
    expect(result.headerElements.some((e) => e.localName === 'h2')).toBe(true);
  });

  it('a bold line without a closing period opening a <br> body is the subtitle', () => {
    const line = (i: number): string => `문단 ${i}: 서울시는 4일 이런 내용을 담은 확대 운행 계획을 발표했으며, 새로 추가되는 노선은 세 구간이라고 밝혔다.`;
    const html = `<html lang="ko"><head><title>심야버스 확대</title></head><body><h2>서울 심야 자율주행버스, 다음 달부터 5개 노선으로</h2>
      <article id="a1"><strong class="x1">시민 이용률 높은 심야 시간대 우선 투입…요금은 당분간 무료 유지</strong><br><br>${[1, 2, 3, 4].map(line).join('<br><br>')}</article></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.subtitle).toBe('시민 이용률 높은 심야 시간대 우선 투입…요금은 당분간 무료 유지');
    expect(result.text.split('\n\n')[0]).toBe(line(1));
    expect(result.headerElements.some((e) => e.localName === 'strong')).toBe(true);
  });

  it('a bold lede that is a full sentence stays in the body', () => {
    const html = page('', '<h1>Council approves the plan</h1>',
      '<p><strong>The council approved the long-delayed plan on Tuesday evening, after a four-hour debate.</strong></p>' + paragraphs(4));
    const result = extractArticle(parseHtml(html));
    expect(result.subtitle).toBeNull();
    expect(result.text.startsWith('The council approved')).toBe(true);
  });

  it('the og:description set in its own element right after the headline is the subtitle (no class)', () => {
    const dek = 'Rund 90.000 Haushalte sollen ab April entlastet werden, sagen die Stadtwerke';
    const html = page(`<meta property="og:description" content="${dek}.">`,
      `<h1>Stadtwerke senken die Fernwärmepreise</h1><p>${dek}</p>`, paragraphs(5));
    const result = extractArticle(parseHtml(html));
    expect(result.subtitle).toBe(dek);
    expect(result.text).not.toContain('Haushalte');
  });

  it('a lede that the description copies, in the same container as the next paragraphs, stays in the body', () => {
    const lede = 'The council approved the long-delayed plan on Tuesday evening, after a four-hour debate';
    const html = `<html lang="en"><head><title>Plan</title><meta property="og:description" content="${lede}."></head><body><main>
      <div class="story"><h1>Council approves the plan</h1><p>${lede}.</p>${paragraphs(5)}</div></main></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.subtitle).toBeNull();
    expect(result.text.startsWith('The council approved')).toBe(true);
  });

  it('a lead marked itemprop="description" in its own container before the body is the subtitle', () => {
    const lead = 'What was this royal and his aides thinking of when he granted a high-profile interview to clear his name?';
    const html = page('', '<h1>Royal arrogance</h1>', `<div itemprop="description" class="c1"><p>${lead}</p></div><div class="c2">${paragraphs(5)}</div>`);
    const result = extractArticle(parseHtml(html));
    expect(result.subtitle).toBe(lead);
    expect(result.text.startsWith('Paragraph 0:')).toBe(true);
  });

  it('a <br> body whose container carries a deck-like class keeps its first line (the container is not a deck)', () => {
    const line = (i: number): string => `Line ${i}: the council said on Tuesday that the plan, which had been delayed for months, would now go ahead at last`;
    const html = page('', '<h1>Council approves the plan</h1>', `<div class="article-teaser-body">${[1, 2, 3, 4].map(line).join('<br><br>')}</div>`);
    const result = extractArticle(parseHtml(html));
    expect(result.subtitle).toBeNull();
    expect(result.text.split('\n\n')[0]).toBe(line(1));
  });
});

