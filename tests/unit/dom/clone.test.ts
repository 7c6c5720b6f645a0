import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { cloneWithout, outermost, wouldHideArticle } from '../../../core/dom/clone';

describe('cloneWithout', () => {
  it('copies a subtree without the skipped elements and leaves the page alone', () => {
    const doc = parseHtml('<html><body><div id="a"><p>one</p><div class="ad">AD</div><!--c--><p>two <b>x</b></p></div></body></html>');
    const root = doc.getElementById('a')!;
    const before = root.outerHTML;
    const copy = cloneWithout(root, (el) => el.classList.contains('ad')) as Element;
    expect(copy.outerHTML).toBe('<div id="a"><p>one</p><p>two <b>x</b></p></div>');
    expect(root.outerHTML).toBe(before);
    expect(cloneWithout(root, () => true)).toBeNull();
  });
});

describe('outermost / wouldHideArticle', () => {
  const doc = parseHtml('<html><body><main><article id="art"><h1 id="h">T</h1><p id="p1">a</p><div id="ad">x</div></article></main><aside id="side">s</aside></body></html>');
  const $ = (id: string) => doc.getElementById(id)!;
  const article = { root: $('art'), blocks: [$('p1')], headerElements: [$('h')] };
  it('drops elements nested in others from the list', () => {
    expect(outermost([$('art'), $('p1'), $('side')]).map((e) => e.id)).toEqual(['art', 'side']);
  });
  it('protects the article root, its ancestors, blocks and header, not clutter inside the body', () => {
    expect(wouldHideArticle(doc.querySelector('main')!, article)).toBe(true);
    expect(wouldHideArticle($('p1'), article)).toBe(true);
    expect(wouldHideArticle($('h'), article)).toBe(true);
    expect(wouldHideArticle($('ad'), article)).toBe(false);
    expect(wouldHideArticle($('side'), article)).toBe(false);
  });
});
