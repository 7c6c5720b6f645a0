// Every fixture folder under ../shared/fixtures (the seed) and tests/fixtures (synthetic pages of
// other site types) is checked: new fixtures are picked up automatically. Format:
// ../shared/fixtures/README.md and tests/fixtures/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { detectClutter, visibleTextAfterHiding } from '../../../core/clutter/index';
import { clean, collapse, invariantProblems } from './helpers';
import { listFixtureFolders } from '../../../scripts/lib/fixtures';

interface Expect {
  url?: string;
  isArticle?: boolean;
  title?: string | null;
  body?: string;
  mustStayVisible?: string[];
  mustHide?: Record<string, string[]>;
}

/** The fixtures' `stock-box` is core's `stock-ticker`. */
const CORE_CATEGORY: Record<string, string> = { 'stock-box': 'stock-ticker' };

const fixtures = listFixtureFolders();

const articles = fixtures.filter((f) => (JSON.parse(readFileSync(join(f.dir, 'expect.json'), 'utf8')) as Expect).isArticle !== false);
const nonArticles = fixtures.filter((f) => !articles.includes(f));

describe('clean view on the page fixtures', () => {
  it('finds the fixtures in both folders', () => {
    expect(fixtures.some((f) => f.dir.includes('/shared/fixtures/'))).toBe(true);
    expect(fixtures.some((f) => f.dir.includes('/tests/fixtures/'))).toBe(true);
    expect(nonArticles.length).toBeGreaterThan(0);
  });

  describe.each(articles.map((f) => [f.name, f.dir] as const))('%s', (_name, dir) => {
    const html = readFileSync(join(dir, 'page.html'), 'utf8');
    const spec = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expect;
    const result = clean(html, spec.url);

    it.each(spec.mustStayVisible ?? [])('keeps "%s" visible', (snippet) => {
      expect(result.visible).toContain(collapse(snippet));
    });

    const hide = Object.entries(spec.mustHide ?? {}).flatMap(([category, snippets]) => snippets.map((s) => [category, s] as const));
    it.each(hide)('hides [%s] "%s" under that category', (category, snippet) => {
      const wanted = collapse(snippet);
      expect(result.visible).not.toContain(wanted);
      // The popup counts items per category and lets users keep a category: the label matters.
      const hider = result.items.find((item) => collapse(item.element.textContent ?? '').includes(wanted));
      expect(hider?.category).toBe(CORE_CATEGORY[category] ?? category);
    });

    it('keeps every body paragraph visible', () => {
      for (const paragraph of (spec.body ?? '').split('\n\n').filter(Boolean)) {
        expect(result.visible).toContain(collapse(paragraph));
      }
    });

    it('reports outermost items only, never the article or its header', () => {
      expect(invariantProblems(result.items, result.article)).toEqual([]);
    });
  });

  // A page that is not an article is left alone by the product. Should a clean view still run on
  // it (the user turns it on by hand), only unmistakable widgets may go: the teaser list, its
  // headlines and summaries and the page's own story lists stay.
  describe.each(nonArticles.map((f) => [f.name, f.dir] as const))('%s (not an article)', (_name, dir) => {
    const html = readFileSync(join(dir, 'page.html'), 'utf8');
    const spec = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expect;

    it('is judged not an article', () => {
      expect(clean(html, spec.url).article.isArticle).toBe(false);
    });

    it.each(spec.mustStayVisible ?? [])('keeps "%s" visible when the clean view runs anyway', (snippet) => {
      const doc = parseHtml(html, spec.url);
      const items = detectClutter(doc, null);
      expect(collapse(visibleTextAfterHiding(doc, items.map((item) => item.element)))).toContain(collapse(snippet));
    });

    it('keeps every linked teaser headline visible (not only the listed ones)', () => {
      const doc = parseHtml(html, spec.url);
      const items = detectClutter(doc, null);
      const visible = collapse(visibleTextAfterHiding(doc, items.map((item) => item.element)));
      const headlines = [...doc.querySelectorAll('h1 a, h2 a, h3 a, h4 a')].map((a) => collapse(a.textContent ?? '')).filter((t) => t.length >= 10);
      expect(headlines.length).toBeGreaterThan(0);
      for (const headline of headlines) expect(visible).toContain(headline);
    });

    it('hides only unmistakable widgets there (no page chrome, no story lists)', () => {
      const doc = parseHtml(html, spec.url);
      const allowed = new Set(['ads', 'consent', 'newsletter', 'appeals', 'crypto-ticker', 'stock-ticker', 'share', 'reactions', 'font-controls', 'comments']);
      for (const item of detectClutter(doc, null)) expect(allowed.has(item.category), `${item.category} (${item.reason})`).toBe(true);
    });
  });
});
