// Side columns of the article's row keep their box: their contents are hidden instead (core/clutter/columns.ts).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { detectClutter } from '../../../core/clutter/index';
import { keepSideColumnBoxes } from '../../../core/clutter/columns';
import { extractArticle } from '../../../core/extract/index';
import type { ClutterItem, ElementLayout } from '../../../core/types';

const PARAGRAPHS = Array.from({ length: 6 }, (_, i) => `<p>The county water board met on Tuesday night to hear residents about the test results from the new wells, part ${i + 1} of the story, with enough words to be a paragraph of the body.</p>`).join('\n');
const PAGE = `<!doctype html><html><head><title>Water board hears residents</title><meta property="og:type" content="article"></head><body>
<div class="row">
  <main class="col-main"><article><h1>Water board hears residents</h1>${PARAGRAPHS}</article></main>
  <aside class="col-side">
    <div class="sidebar-ad">ADVERTISEMENT</div>
    <h3>Trending Now</h3>
    <ol><li><a href="/a">Semi overturns on Highway 81</a></li><li><a href="/b">Gym named for coach</a></li><li><a href="/c">New taco spot opens</a></li></ol>
  </aside>
</div></body></html>`;

/** A two-column row: the article column on the left, the sidebar on the right, everything else full width. */
function layout(position = 'static'): (element: Element) => ElementLayout {
  return (element) => {
    if (element.closest('.col-side')) return { left: 860, right: 1160, top: 0, bottom: 900, position: element.classList.contains('col-side') ? position : 'static' };
    if (element.closest('.col-main')) return { left: 20, right: 840, top: 0, bottom: 2000, position: 'static' };
    return { left: 0, right: 1180, top: 0, bottom: 2000, position: 'static' };
  };
}

function run(layoutOf?: (element: Element) => ElementLayout): ClutterItem[] {
  const doc = parseHtml(PAGE, 'https://news.example.com/2025/03/water-board');
  const article = extractArticle(doc, { url: 'https://news.example.com/2025/03/water-board' });
  expect(article.isArticle).toBe(true);
  return detectClutter(doc, article, { layoutOf });
}

describe('side columns keep their box', () => {
  it('hides the contents of a sidebar beside the article column, not the column', () => {
    const whole = run();
    expect(whole.map((item) => item.element.getAttribute('class'))).toContain('col-side');
    const split = run(layout());
    const names = split.map((item) => item.element.localName + (item.element.getAttribute('class') ? `.${item.element.getAttribute('class')}` : ''));
    expect(names).not.toContain('aside.col-side');
    expect(names).toEqual(expect.arrayContaining(['div.sidebar-ad', 'h3', 'ol']));
    // Same category as the column had, and the same text hidden.
    const category = whole.find((item) => item.element.getAttribute('class') === 'col-side')!.category;
    for (const item of split.filter((i) => i.element.closest('.col-side'))) expect(item.category).toBe(category);
  });

  it('leaves positioned rails, boxes above or below the article, and Node (no layout) as they were', () => {
    expect(run(layout('fixed')).some((item) => item.element.getAttribute('class') === 'col-side')).toBe(true);
    const below: (element: Element) => ElementLayout = (element) =>
      element.closest('.col-side') ? { left: 20, right: 840, top: 2100, bottom: 2400, position: 'static' } : layout()(element);
    expect(run(below).some((item) => item.element.getAttribute('class') === 'col-side')).toBe(true);
  });

  it('descends through single wrappers and keeps a column with text of its own whole; a throwing probe changes nothing', () => {
    const doc = parseHtml('<body><div class="row"><main><p>a</p></main><aside><div class="wrap"><div class="x">ad</div><div class="y">list</div></div></aside><aside class="t">Sponsored text</aside></div></body>');
    const main = doc.querySelector('main')!;
    const containers = new Set<Element>([doc.querySelector('.row')!, main]);
    const [wrapped, withText] = Array.from(doc.querySelectorAll('aside'));
    const items: ClutterItem[] = [wrapped!, withText!].map((element) => ({ element, category: 'ads', confidence: 0.8, reason: 'test' }));
    const beside = (element: Element): ElementLayout => (element === main ? { left: 0, right: 800, top: 0, bottom: 900, position: 'static' } : { left: 820, right: 1100, top: 0, bottom: 600, position: 'relative' });
    const out = keepSideColumnBoxes(items, containers, beside);
    expect(out.map((item) => item.element.getAttribute('class'))).toEqual(['x', 'y', 't']);
    expect(out[0]!.reason).toBe('test:column-contents');
    const throwing = () => {
      throw new Error('layout unavailable');
    };
    expect(keepSideColumnBoxes(items, containers, throwing)).toEqual(items);
  });
});
