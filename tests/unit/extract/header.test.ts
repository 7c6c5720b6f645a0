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
