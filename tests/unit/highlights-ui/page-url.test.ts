// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageKeyUrl, revealIdFromHash, urlWithReveal } from '../../../utils/highlights/page-url';

function doc(head: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.head.innerHTML = head;
  return d;
}

describe('pageKeyUrl', () => {
  const here = 'http://www.etoday.co.kr:4321/news/view/2170962?utm_source=x#top';

  it('prefers <link rel=canonical>, then og:url, then the location, canonicalized', () => {
    expect(pageKeyUrl(doc('<link rel="canonical" href="https://www.etoday.co.kr/news/view/2170962">'), here)).toBe(
      'https://www.etoday.co.kr/news/view/2170962',
    );
    expect(pageKeyUrl(doc('<meta property="og:url" content="https://www.etoday.co.kr/news/view/2170962?fbclid=1">'), here)).toBe(
      'https://www.etoday.co.kr/news/view/2170962',
    );
    expect(pageKeyUrl(doc(''), here)).toBe('http://www.etoday.co.kr:4321/news/view/2170962');
  });

  it('resolves a relative canonical against the location', () => {
    expect(pageKeyUrl(doc('<link rel="canonical" href="/news/view/2170962">'), 'https://www.etoday.co.kr/news/view/2170962?ref=a')).toBe(
      'https://www.etoday.co.kr/news/view/2170962',
    );
  });

  it('ignores a canonical on another site or one that points every page to the home page', () => {
    expect(pageKeyUrl(doc('<link rel="canonical" href="https://partner.example.com/story">'), 'https://news.example.org/a/1')).toBe(
      'https://news.example.org/a/1',
    );
    expect(pageKeyUrl(doc('<link rel="canonical" href="https://news.example.org/">'), 'https://news.example.org/a/1')).toBe(
      'https://news.example.org/a/1',
    );
    // www. and bare host are the same site.
    expect(pageKeyUrl(doc('<link rel="canonical" href="https://example.org/a/1">'), 'https://www.example.org/a/1?x=1')).toBe(
      'https://example.org/a/1',
    );
  });

  it('is null for pages that are not http(s)', () => {
    expect(pageKeyUrl(doc(''), 'about:blank')).toBeNull();
  });
});

describe('reveal fragment', () => {
  it('round-trips an id through the URL fragment', () => {
    const url = urlWithReveal('https://www.etoday.co.kr/news/view/2170962', 'a b/c');
    expect(url).toBe('https://www.etoday.co.kr/news/view/2170962#plainly-highlight=a%20b%2Fc');
    expect(revealIdFromHash(new URL(url).hash)).toBe('a b/c');
    expect(revealIdFromHash('#top')).toBeNull();
    expect(revealIdFromHash('')).toBeNull();
  });
});
