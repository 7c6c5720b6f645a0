// The seed fixture under different (plausible) extractor outputs: clutter detection must not
// depend on one extractor's exact choice of root, blocks and header elements.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { detectClutter, visibleTextAfterHiding } from '../../../core/clutter/index';
import { articleOf, collapse, invariantProblems } from './helpers';

const DIR = new URL('../../../../shared/fixtures/seed-etoday/', import.meta.url).pathname;
const html = readFileSync(`${DIR}page.html`, 'utf8');
const spec = JSON.parse(readFileSync(`${DIR}expect.json`, 'utf8')) as { mustStayVisible: string[]; mustHide: Record<string, string[]> };

type Variant = (doc: Document) => ReturnType<typeof articleOf>;
const $ = (doc: Document, selector: string): Element => doc.querySelector(selector)!;
const all = (doc: Document, selector: string): Element[] => [...doc.querySelectorAll(selector)];

const VARIANTS: Record<string, Variant> = {
  'paragraphs only': (doc) => articleOf($(doc, '#arti_txt'), all(doc, '#arti_txt > p, #arti_txt > .article_txt_br'), [$(doc, 'h1'), $(doc, '.newsinfo')]),
  'every child of the body container is a block': (doc) =>
    articleOf($(doc, '#arti_txt'), all(doc, '#arti_txt > *'), [$(doc, 'h1'), $(doc, '.newsinfo'), $(doc, '.sub_title')]),
  'whole header block as header element': (doc) =>
    articleOf($(doc, '#arti_txt'), all(doc, '#arti_txt > p, #arti_txt > .article_txt_br, #arti_txt > .imgBox'), [$(doc, '.news_dtail_view_top_wrap'), $(doc, '.sub_title')]),
  'wide root (article view)': (doc) => articleOf($(doc, '#articleView'), all(doc, '#arti_txt > p, #arti_txt > .article_txt_br'), [$(doc, 'h1'), $(doc, '.newsinfo')]),
  'wider root (left column)': (doc) => articleOf($(doc, '.cont_left_article'), all(doc, '#arti_txt > p, #arti_txt > .article_txt_br'), [$(doc, 'h1'), $(doc, '.newsinfo')]),
  'no header elements': (doc) => articleOf($(doc, '#arti_txt'), all(doc, '#arti_txt > p, #arti_txt > .article_txt_br, #arti_txt > .imgBox')),
};

describe.each(Object.entries(VARIANTS))('seed with %s', (_name, variant) => {
  const doc = parseHtml(html);
  const article = variant(doc);
  const items = detectClutter(doc, article);
  const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));

  it('keeps every mustStayVisible snippet', () => {
    for (const snippet of spec.mustStayVisible) expect(visible).toContain(collapse(snippet));
  });

  it('hides every mustHide snippet', () => {
    for (const snippets of Object.values(spec.mustHide)) for (const snippet of snippets) expect(visible).not.toContain(collapse(snippet));
  });

  it('respects the article', () => {
    expect(invariantProblems(items, article)).toEqual([]);
  });
});
