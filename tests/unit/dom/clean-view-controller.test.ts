// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleResult, ClutterItem } from '../../../core/types';
import { CleanViewController, type ClutterDetector } from '../../../utils/clean-view/controller';
import { MIRROR_KEY } from '../../../utils/clean-view/early';
import { HIDE_ATTR, STYLE_ID } from '../../../utils/clean-view/styles';
import type { PageContext } from '../../../utils/page-context';
import { cleanViewPrefs, getSiteMemory, updateSiteMemory } from '../../../utils/settings';

const PAGE = `<div id="wrap"><main id="main"><article id="art"><h1 id="title">제목</h1><p id="p1">본문 첫 문단.</p><div class="ad-inline">광고</div><p id="p2">둘째 문단.</p></article></main>
<aside id="side"><div id="ticker">비트코인 131,550,000</div><div class="most-read">많이 본 뉴스</div><div id="comments">댓글</div></aside></div>`;

/** Stands in for core/clutter: classifies by id/class so the tests pin the machinery, not detection. */
const RULES: [string, ClutterItem['category']][] = [['#ticker', 'crypto-ticker'], ['.most-read', 'most-read'], ['.ad-inline', 'ads'], ['#comments', 'comments'], ['.late-box', 'related-news']];
function classify(root: Element | Document): ClutterItem[] {
  const items: ClutterItem[] = [];
  for (const [selector, category] of RULES) {
    const scope = root as ParentNode;
    const found = [...((root as Element).matches?.(selector) ? [root as Element] : []), ...Array.from(scope.querySelectorAll(selector))];
    for (const element of found) items.push({ element, category, confidence: 1, reason: 'test' });
  }
  return items;
}
const detector: ClutterDetector = { detect: (doc) => classify(doc), detectIn: (root) => classify(root) };

function article(): ArticleResult {
  const $ = (id: string) => document.getElementById(id)!;
  return {
    isArticle: true, confidence: 1, reason: 'test', text: '', root: $('art'), blocks: [$('p1'), $('p2')], headerElements: [$('title')],
    wordCount: 4, readingMinutes: 1, title: '제목', byline: [], published: null, modified: null, siteName: null, lang: 'ko', leadImage: null, canonicalUrl: null, subtitle: null,
  };
}

function pageContext(): PageContext {
  let cached: ArticleResult | null = null;
  return {
    document,
    url: 'https://www.example.co.kr/news/1',
    article: () => (cached ??= article()),
    invalidate: () => (cached = null),
    isHidden: () => false,
  };
}

describe('CleanViewController', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.head.innerHTML = '';
    document.body.innerHTML = PAGE;
    localStorage.clear();
  });

  it('hides what detection returns with one attribute + one stylesheet, and off restores the document exactly', async () => {
    const before = document.documentElement.outerHTML;
    const controller = new CleanViewController(pageContext(), 'example.co.kr', detector);
    const state = await controller.setViewMode('clean');
    expect(state).toEqual({ mode: 'clean', hidden: { 'crypto-ticker': 1, 'most-read': 1, ads: 1, comments: 1 }, rememberedForSite: true });
    expect(document.getElementById('ticker')!.getAttribute(HIDE_ATTR)).toBe('crypto-ticker');
    expect(document.getElementById(STYLE_ID)!.textContent).toContain(`[${HIDE_ATTR}]{display:none!important}`);
    expect((await controller.setViewMode('off')).mode).toBe('off');
    expect(document.documentElement.outerHTML).toBe(before);
    controller.dispose();
  });

  it('leaves kept categories visible', async () => {
    await cleanViewPrefs.setValue({ keep: ['comments'] });
    const controller = new CleanViewController(pageContext(), 'example.co.kr', detector);
    const state = await controller.setViewMode('clean');
    expect(state.hidden.comments).toBeUndefined();
    expect(document.getElementById('comments')!.hasAttribute(HIDE_ATTR)).toBe(false);
    controller.dispose();
  });

  it('remembers the site with stable selectors and mirrors them for document_start; off forgets', async () => {
    const controller = new CleanViewController(pageContext(), 'example.co.kr', detector);
    await controller.setViewMode('clean');
    const memory = await getSiteMemory('example.co.kr');
    expect(memory?.remember).toBe(true);
    expect(memory?.rules.map((rule) => rule.selector).sort()).toEqual(['#comments', '#ticker', 'div.ad-inline', 'div.most-read']);
    expect(JSON.parse(localStorage.getItem(MIRROR_KEY)!).sort()).toEqual(['#comments', '#ticker', 'div.ad-inline', 'div.most-read']);
    await controller.setViewMode('off');
    expect((await getSiteMemory('example.co.kr'))?.remember).toBe(false);
    expect(localStorage.getItem(MIRROR_KEY)).toBeNull();
    controller.dispose();
  });

  it('never applies a cached selector that would hide this page\'s article, and forgets it', async () => {
    await updateSiteMemory('example.co.kr', (m) => ({ ...m, remember: true, rules: [{ selector: '#main', category: 'ads' }, { selector: '#side', category: 'most-read' }] }));
    const controller = new CleanViewController(pageContext(), 'example.co.kr', detector);
    await controller.ready;
    expect(controller.state().mode).toBe('clean');
    const css = document.getElementById(STYLE_ID)!.textContent!;
    expect(css).not.toContain('#main{');
    expect(css).toContain('#side{display:none!important}');
    await controller.settled();
    const selectors = (await getSiteMemory('example.co.kr'))!.rules.map((rule) => rule.selector);
    expect(selectors).not.toContain('#main');
    expect(selectors).toContain('#side');
    controller.dispose();
  });

  it('hides widgets added later in one batch, and stops watching when off or disposed', async () => {
    const controller = new CleanViewController(pageContext(), 'example.co.kr', detector);
    await controller.setViewMode('clean');
    const late = document.createElement('div');
    late.className = 'late-box';
    late.textContent = '관련기사';
    document.getElementById('side')!.appendChild(late);
    await vi.waitFor(() => expect(late.getAttribute(HIDE_ATTR)).toBe('related-news'));

    await controller.setViewMode('off');
    const later = document.createElement('div');
    later.className = 'late-box';
    document.getElementById('side')!.appendChild(later);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(later.hasAttribute(HIDE_ATTR)).toBe(false);
    controller.dispose();
  });

  it('judges a live-updating subtree at most once per cooldown, and catches it once it becomes recognisable', async () => {
    const spy = { ...detector, detectIn: vi.fn(detector.detectIn) };
    const controller = new CleanViewController(pageContext(), 'example.co.kr', spy);
    await controller.setViewMode('clean');
    const live = document.createElement('div');
    live.className = 'live';
    document.getElementById('side')!.appendChild(live);
    const widget = document.createElement('ul');
    live.appendChild(widget);
    for (let tick = 0; tick < 10; tick++) {
      widget.textContent = `price ${tick}`;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    // Ten rewrites in ~300 ms: one pass for the subtree, the rest deferred to the re-check.
    expect(spy.detectIn.mock.calls.length).toBeLessThanOrEqual(3);
    live.className = 'late-box'; // now the classifier would flag it
    widget.textContent = 'price 11';
    await vi.waitFor(() => expect(live.getAttribute(HIDE_ATTR)).toBe('related-news'), { timeout: 3000 });
    controller.dispose();
  });

  it('on invalidation (dispose) stops watching and restores the page, keeping the site remembered', async () => {
    const before = document.documentElement.outerHTML;
    const controller = new CleanViewController(pageContext(), 'example.co.kr', detector);
    await controller.setViewMode('clean');
    controller.dispose();
    expect(document.documentElement.outerHTML).toBe(before);
    const late = document.createElement('div');
    late.className = 'late-box';
    document.getElementById('side')!.appendChild(late);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(late.hasAttribute(HIDE_ATTR)).toBe(false);
    expect((await getSiteMemory('example.co.kr'))?.remember).toBe(true);
  });
});
