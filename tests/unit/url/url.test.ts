import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, siteKey } from '../../../core/url';

describe('canonicalizeUrl', () => {
  it('strips tracking parameters and the fragment, keeps identifying ones', () => {
    expect(canonicalizeUrl('https://News.example.com/a?id=7&utm_source=x&fbclid=1#top')).toBe('https://news.example.com/a?id=7');
  });
  it('sorts the remaining parameters so order does not matter', () => {
    expect(canonicalizeUrl('https://e.com/a?b=2&a=1')).toBe(canonicalizeUrl('https://e.com/a?a=1&b=2'));
  });
  it('resolves relative URLs against a base and rejects non-http(s)', () => {
    expect(canonicalizeUrl('/news/1', 'https://e.com/x')).toBe('https://e.com/news/1');
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
    expect(canonicalizeUrl('')).toBeNull();
  });
});

describe('siteKey', () => {
  it('drops www and lower-cases the host', () => {
    expect(siteKey('https://WWW.etoday.co.kr/news/view/1')).toBe('etoday.co.kr');
    expect(siteKey('file:///x')).toBeNull();
  });
});
