// Property-based tests: random DOMs (random tags, attributes with the class/id words the scorer
// reacts to, Korean/English/empty/huge text, nesting) never make extractArticle throw, never change
// the document, and always return blocks that are live elements of it, in document order, inside root.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { documentOrder } from './helpers';

const TAGS = ['div', 'p', 'span', 'a', 'br', 'h1', 'h2', 'ul', 'li', 'article', 'section', 'aside', 'nav', 'footer',
  'figure', 'figcaption', 'img', 'time', 'table', 'tr', 'td', 'script', 'style', 'strong', 'blockquote', 'main', 'form',
  'button', 'custom-el', 'pre', 'header'];
const WORDS = ['article', 'content', 'body', 'share', 'related', 'comment', 'ad', 'caption', 'byline', 'sidebar', 'news_view',
  'arti_txt', 'main', 'hidden', 'tags', 'copyright', 'reporter', 'x'];
const TEXTS = ['', ' ', '\n\n', '한국과 미국이 산업기술 협력을 강화한다.', 'The quick brown fox, it said, jumps over the lazy dog.',
  '입력 2022-12-09 12:35', 'By Jane Doe', 'Updated: Dec. 9, 2022 12:35 p.m. ET', '© 2024 All rights reserved',
  'x'.repeat(3000), '<>&"\'', '\u200b\u00a0', '기자 online@etoday.co.kr', '1, 2, 3, 4, 5, 6, 7, 8, 9, 10'];

interface Node {
  tag: string;
  cls: string;
  attr: 'none' | 'hidden' | 'aria' | 'style' | 'itemprop' | 'datetime';
  text: string;
  children: readonly Node[];
}

const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    cls: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((ws) => ws.join(' ')),
    attr: fc.constantFrom('none', 'none', 'none', 'hidden', 'aria', 'style', 'itemprop', 'datetime'),
    text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 80 })),
    children: fc.oneof(
      { maxDepth: 6, depthIdentifier: 'dom' },
      fc.constant<Node[]>([]),
      fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'dom' }),
    ),
  }),
})).node;

function build(doc: Document, parent: Element, node: Node): void {
  const el = doc.createElement(node.tag);
  if (node.cls) el.setAttribute('class', node.cls);
  if (node.attr === 'hidden') el.setAttribute('hidden', '');
  if (node.attr === 'aria') el.setAttribute('aria-hidden', 'true');
  if (node.attr === 'style') el.setAttribute('style', 'display: none');
  if (node.attr === 'itemprop') el.setAttribute('itemprop', 'articleBody');
  if (node.attr === 'datetime') el.setAttribute('datetime', node.text);
  if (node.text) el.appendChild(doc.createTextNode(node.text));
  parent.appendChild(el);
  for (const child of node.children) build(doc, el, child);
}

const headArb = fc.record({
  jsonLd: fc.oneof(
    fc.constant(''),
    fc.constant('{"@type":"NewsArticle","headline":"Hello","datePublished":"2022-12-09T12:35:00+09:00","author":[{"name":"A"}]}'),
    fc.constant('{"@graph":[{"@type":["WebPage"]},{"@type":"Article","author":"B","image":{"url":"/x.jpg"}}]}'),
    fc.constant('{not json'),
    fc.constant('[1, null, "x", {"@type": 5}]'),
    fc.string({ maxLength: 40 }),
  ),
  title: fc.string({ maxLength: 60 }),
  lang: fc.constantFrom('', 'ko', 'en-us', 'pt_BR', 'zz-invalid-tag!', 'EN'),
});

function serialize(doc: Document): string {
  return doc.documentElement?.outerHTML ?? '';
}

function check(doc: Document, url?: string): void {
  const before = serialize(doc);
  const result = extractArticle(doc, { url });
  expect(result.reason.startsWith('error:')).toBe(false);
  expect(serialize(doc)).toBe(before);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  const order = documentOrder(doc);
  for (const [i, block] of result.blocks.entries()) {
    expect(order.has(block)).toBe(true);
    expect(result.root?.contains(block)).toBe(true);
    if (i) expect(order.get(result.blocks[i - 1]!)!).toBeLessThan(order.get(block)!);
  }
  for (const el of result.headerElements) expect(order.has(el)).toBe(true);
  if (result.isArticle) expect(result.root).not.toBeNull();
  if (result.published) expect(result.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
  expect(result.text).not.toMatch(/\n{3,}|^\s|\s$/);
}

describe('extractArticle on random documents', () => {
  it('never throws, never mutates, returns consistent blocks (built DOMs)', () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { maxLength: 6 }), headArb, fc.constantFrom(undefined, 'https://www.example.co.kr/a/1', 'not a url'), (nodes, head, url) => {
        const doc = parseHtml(`<!doctype html><html${head.lang ? ` lang="${head.lang}"` : ''}><head><title></title></head><body></body></html>`);
        doc.title = head.title;
        if (head.jsonLd) {
          const script = doc.createElement('script');
          script.setAttribute('type', 'application/ld+json');
          script.textContent = head.jsonLd;
          doc.head.appendChild(script);
        }
        for (const node of nodes) build(doc, doc.body, node);
        check(doc, url);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary markup strings (malformed HTML)', () => {
    const fragment = fc.array(
      fc.oneof(
        fc.constantFrom('<p>', '</p>', '<div class="article">', '</div>', '<br>', '<br><br>', '<a href="#">', '</a>',
          '<table><tr><td>', '</td></tr></table>', '<script>var x="</p>";</script>', '<!--', '-->', '<h1>', '</h1>',
          '<li>', '<ul>', '</ul>', '<svg><p>x</p></svg>', '<meta property="og:type" content="article">'),
        fc.constantFrom(...TEXTS),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(fragment, (parts) => {
        check(parseHtml(`<html><body>${parts.join('')}</body></html>`));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty, text-less and deeply nested documents', () => {
    check(parseHtml(''));
    check(parseHtml('<html></html>'));
    check(parseHtml('<html><body>   </body></html>'));
    check(parseHtml(`<html><body>${'<div>'.repeat(3000)}<p>deep text, with commas, and more words here.</p>${'</div>'.repeat(3000)}</body></html>`));
    const empty = extractArticle(parseHtml(''));
    expect(empty.isArticle).toBe(false);
    expect(empty.text).toBe('');
  });

  it('returns "not an article" instead of throwing on a broken document object', () => {
    const broken = { documentElement: { get firstChild(): never { throw new Error('boom'); }, getAttribute: () => null } } as unknown as Document;
    const result = extractArticle(broken);
    expect(result.isArticle).toBe(false);
    expect(result.reason).toMatch(/^error:/);
    expect(extractArticle(null as unknown as Document).reason).toBe('no-document');
  });
});
