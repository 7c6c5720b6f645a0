import { parseHtml } from '../../../scripts/lib/parse-html';
import { detectClutter, visibleTextAfterHiding } from '../../../core/clutter/index';
import { extractArticle } from '../../../core/extract/index';
import type { ArticleResult, ClutterItem, ClutterOptions } from '../../../core/types';

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface Cleaned {
  doc: Document;
  article: ArticleResult;
  items: ClutterItem[];
  visible: string;
}

/** The product path: extract the article, detect clutter, read what stays visible. */
export function clean(html: string, url?: string, options?: ClutterOptions): Cleaned {
  const doc = parseHtml(html, url);
  const article = extractArticle(doc, { url });
  const items = detectClutter(doc, article, options);
  const visible = collapse(visibleTextAfterHiding(doc, items.map((item) => item.element)));
  return { doc, article, items, visible };
}

/** A hand-made ArticleResult, for tests that must not depend on the extractor's choices. */
export function articleOf(root: Element, blocks: Element[], headerElements: Element[] = []): ArticleResult {
  return {
    title: null, byline: [], published: null, modified: null, siteName: null, lang: null, leadImage: null,
    canonicalUrl: null, subtitle: null, isArticle: true, confidence: 1, reason: 'test', text: '', root, blocks,
    headerElements, wordCount: 0, readingMinutes: 0,
  };
}

export interface HandPage {
  /** Markup between the byline and the story text, after it, after the story, and in the site header. */
  before?: string;
  after?: string;
  chrome?: string;
  header?: string;
}

/**
 * A synthetic news page whose article is given by hand (`.story-text > p` as blocks, the h1 and byline as
 * header), so a rule test does not depend on the extractor: detect clutter, and read what stays visible.
 */
export function runOnHandPage(headline: string, bodyHtml: string, { before = '', after = '', chrome = '', header = '' }: HandPage = {}) {
  const html = `<!doctype html><html><head><title>t</title></head><body>
${header ? `<div id="header">${header}</div>\n` : ''}<div class="page"><div class="story">
<h1>${headline}</h1><div class="byline">By Ana Ruiz</div>
${before}
<div class="story-text">${bodyHtml}</div>
${after}
</div>${chrome}</div></body></html>`;
  const doc = parseHtml(html, 'https://news.example.org/a/1');
  const blocks = [...doc.querySelectorAll('.story-text > p')];
  const headerElements = [...doc.querySelectorAll('h1, .byline')];
  const article = articleOf(doc.querySelector('.story')!, blocks, headerElements);
  const items = detectClutter(doc, article);
  const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
  const categoryOf = (snippet: string) => items.find((i) => collapse(i.element.textContent ?? '').includes(snippet))?.category;
  return { items, visible, categoryOf };
}

/** Outermost-only and article-safety invariants every detection result must satisfy. */
export function invariantProblems(items: ClutterItem[], article: ArticleResult | null): string[] {
  const problems: string[] = [];
  const hidden = items.map((item) => item.element);
  for (const a of hidden) {
    for (const b of hidden) if (a !== b && a.contains(b)) problems.push(`nested item <${b.localName}> inside <${a.localName}>`);
  }
  if (article) {
    for (const element of hidden) {
      // Lead media (img/picture/figure/video) may be wrong guesses of the extractor (a teaser
      // image in a related box): they do not shield their ancestors, by design.
      for (const header of article.headerElements.filter((h) => !['img', 'picture', 'figure', 'video', 'iframe', 'svg'].includes(h.localName))) {
        if (element.contains(header)) problems.push(`header element hidden: <${header.localName}>`);
      }
      for (const block of article.blocks) if (element !== block && element.contains(block)) problems.push(`item <${element.localName}> contains an article block`);
      if (article.root && element.contains(article.root)) problems.push(`item <${element.localName}> contains the article root`);
    }
  }
  return problems;
}
