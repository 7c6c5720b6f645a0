// Property: on any page, detection never throws, never changes the document, and reports
// outermost items that never contain the article or its header.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { detectClutter, detectClutterIn, visibleTextAfterHiding } from '../../../core/clutter/index';
import { extractArticle } from '../../../core/extract/index';
import type { ArticleResult } from '../../../core/types';
import { articleOf, invariantProblems } from './helpers';

const TAGS = ['div', 'section', 'aside', 'nav', 'header', 'footer', 'article', 'main', 'p', 'ul', 'ol', 'li', 'span', 'a', 'h2', 'h3', 'strong', 'table', 'tr', 'td', 'form', 'figure', 'figcaption', 'iframe', 'ins', 'button', 'input', 'script', 'template'];
const CLASSES = ['', 'ad', 'ad-slot', 'related', 'share', 'comments', 'ticker', 'cookie-banner', 'newsletter', 'sidebar', 'story-body', 'menu', 'rank', 'font-size'];
const TEXTS = [
  '관련기사', '많이 본 뉴스', 'Related', 'Most read', 'Comments', 'Advertisement', '광고', '좋아요', '화나요', '가장작게', '가장크게',
  '비트코인 131,550,000 -1.27%', 'KOSPI 2,561.24 ▼0.43%', 'We use cookies', '뉴스레터', 'Share', 'Facebook',
  'A long paragraph of article text that goes on for a while so that it looks like prose to the detector.',
  '한국과 미국이 산업기술 협력을 강화한다. 두 기관은 공동R&D 협력과제를 발굴하기로 했다.', '', ' ', '<', '&amp;', '2024-03-04',
];
const ATTRS = ['', ' role="dialog"', ' role="navigation"', ' hidden', ' style="display:none"', ' data-ad-slot="x"', ' href="https://www.facebook.com/sharer/sharer.php?u=x"', ' type="email"', ' aria-hidden="true"'];

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.constantFrom(...TEXTS).map((t) => t.replace(/</g, '&lt;'))
    : fc
        .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...CLASSES), fc.constantFrom(...ATTRS), fc.array(node(depth - 1), { maxLength: 4 }))
        .map(([tag, cls, attr, children]) => `<${tag}${cls ? ` class="${cls}"` : ''}${attr}>${children.join('')}</${tag}>`),
);
const page = fc.array(node(5), { minLength: 1, maxLength: 5 }).map((parts) => `<!doctype html><html><head><title>t</title></head><body>${parts.join('')}</body></html>`);

function randomArticle(doc: Document, picks: number[]): ArticleResult {
  const all = [...doc.querySelectorAll('body *')];
  const pick = (i: number) => all[i % Math.max(1, all.length)];
  const blocks = picks.slice(1).map(pick).filter((e): e is Element => !!e);
  const root = pick(picks[0] ?? 0) ?? doc.body;
  return articleOf(root, blocks, blocks.slice(0, 1));
}

describe('clutter detection properties', () => {
  it('never throws, never mutates, keeps items outermost and off the article', () => {
    fc.assert(
      fc.property(page, fc.array(fc.nat(200), { minLength: 1, maxLength: 6 }), fc.boolean(), (html, picks, useExtractor) => {
        const doc = parseHtml(html);
        const before = doc.documentElement.outerHTML;
        const article = useExtractor ? extractArticle(doc, {}) : randomArticle(doc, picks);
        const items = detectClutter(doc, article);
        expect(invariantProblems(items, article.isArticle ? article : null)).toEqual([]);
        const subtree = doc.querySelectorAll('body *')[picks[0]! % Math.max(1, doc.querySelectorAll('body *').length)];
        if (subtree) {
          const inner = detectClutterIn(subtree, article);
          expect(invariantProblems(inner, article.isArticle ? article : null)).toEqual([]);
          for (const item of inner) expect(subtree.contains(item.element)).toBe(true);
        }
        visibleTextAfterHiding(doc, items.map((i) => i.element), (el) => el.hasAttribute('aria-hidden'));
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  }, 120_000); // the machine is shared: generous time, the property is what is tested

  it('survives malformed inputs', () => {
    const doc = parseHtml('<html><body><p>x</p></body></html>');
    const junk = [null, undefined, {}, { isArticle: true }, { isArticle: true, root: 'nope', blocks: [1, null, {}], headerElements: 'x' }];
    for (const article of junk) {
      expect(() => detectClutter(doc, article as unknown as ArticleResult)).not.toThrow();
      expect(() => detectClutterIn(doc.body, article as unknown as ArticleResult)).not.toThrow();
    }
    expect(detectClutter(null as unknown as Document, null)).toEqual([]);
    expect(detectClutterIn(null as unknown as Element, null)).toEqual([]);
    expect(visibleTextAfterHiding(null as unknown as Document, [])).toBe('');
    const other = parseHtml('<html><body><div class="ad">AD</div></body></html>');
    expect(() => detectClutter(doc, articleOf(other.body, [other.querySelector('div')!]))).not.toThrow();
  });
});
