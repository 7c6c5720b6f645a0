// Golden test on the seed fixture (../shared/fixtures/seed-etoday): the body must match expect.json
// exactly (it is the one page whose expected text follows Plainly's own format to the character).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { documentOrder } from './helpers';

const SEED = new URL('../../../../shared/fixtures/seed-etoday/', import.meta.url);
const html = readFileSync(new URL('page.html', SEED), 'utf8');
const expected = JSON.parse(readFileSync(new URL('expect.json', SEED), 'utf8')) as {
  url: string; lang: string; title: string; subtitle: string; body: string; caption: string;
  byline: { date: string; email: string };
};

describe('seed-etoday (Korean article)', () => {
  const doc = parseHtml(html, expected.url);
  const result = extractArticle(doc, { url: expected.url });

  it('is an article', () => {
    expect(result.isArticle).toBe(true);
    expect(result.confidence).toBeGreaterThan(0.8);
  });

  it('extracts the body exactly: <p>s and <br><br> paragraphs, without ad, 관련기사, caption, reporter line', () => {
    expect(result.text).toBe(expected.body);
    expect(result.text).not.toContain(expected.caption);
    expect(result.text).not.toContain(expected.byline.email);
    expect(result.text).not.toContain(expected.subtitle);
  });

  it('reads headline, subtitle, date (KST), site, language, canonical URL and lead image', () => {
    expect(result.title).toBe(expected.title);
    expect(result.subtitle).toBe(expected.subtitle);
    expect(result.published).toBe('2022-12-09T12:35:00+09:00');
    expect(result.siteName).toBe('이투데이');
    expect(result.lang).toBe(expected.lang);
    expect(result.canonicalUrl).toBe(expected.url);
    expect(result.leadImage).toMatch(/^https:\/\/img\.etoday\.co\.kr\//);
    expect(result.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(result.wordCount).toBeGreaterThan(100);
  });

  it('returns live blocks in reading order inside the smallest root, and the header elements', () => {
    expect(result.root?.id).toBe('arti_txt');
    expect(result.blocks.length).toBeGreaterThanOrEqual(6);
    for (const block of result.blocks) {
      expect(block.ownerDocument).toBe(doc);
      expect(result.root!.contains(block)).toBe(true);
    }
    const order = documentOrder(doc);
    for (let i = 1; i < result.blocks.length; i++) {
      expect(order.get(result.blocks[i - 1]!)!).toBeLessThan(order.get(result.blocks[i]!)!);
    }
    const blockText = result.blocks.map((b) => b.textContent ?? '').join(' ');
    expect(blockText).toContain('한국과 미국이 산업기술 협력을 강화한다.');
    expect(blockText).toContain('고 말했다.');
    const header = result.headerElements.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(header).toContain(expected.title);
    expect(header).toContain(expected.subtitle);
    expect(header.some((t) => t.includes('입력 2022-12-09 12:35'))).toBe(true);
    expect(result.headerElements.some((e) => e.localName === 'figure')).toBe(true);
  });

  it('does not change the document', () => {
    const fresh = parseHtml(html, expected.url);
    const before = fresh.documentElement.outerHTML;
    extractArticle(fresh, { url: expected.url });
    expect(fresh.documentElement.outerHTML).toBe(before);
  });

  it('uses the isHidden probe when given (hidden blocks leave the body)', () => {
    const fresh = parseHtml(html, expected.url);
    const hiddenBr = fresh.querySelector('.article_txt_br')!;
    const probed = extractArticle(fresh, { url: expected.url, isHidden: (el) => el === hiddenBr });
    expect(probed.text).not.toContain('온·오프라인으로 진행된 포럼에는');
    expect(probed.text).toContain('한국과 미국이 산업기술 협력을 강화한다.');
  });
});
