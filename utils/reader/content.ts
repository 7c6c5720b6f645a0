/**
 * What the reader shows, built from the detected article: the body blocks copied without clutter and
 * without what the page itself hides (e.g. an image zoom layer), serialized and sanitized by
 * utils/sanitize.ts. The page is never modified.
 */
import { cloneWithout, outermost } from '../../core/dom/clone';
import type { ArticleResult } from '../../core/types';
import type { ReaderContent } from '../../components/ReaderView';
import { sanitizeArticleHtml } from '../sanitize';

export interface ReaderSource {
  article: ArticleResult;
  url: string;
  document: Document;
  /** Clutter inside the body (ads, related-news boxes) to leave out. */
  clutter: ReadonlySet<Element>;
  isHidden(element: Element): boolean;
}

/** Null when there is no article body to show. */
export function buildReaderContent({ article, url, document, clutter, isHidden }: ReaderSource): ReaderContent | null {
  const blocks = outermost(article.blocks.filter((block) => block && block.isConnected));
  if (blocks.length === 0) return null;
  const headers = new Set(article.headerElements);
  const skip = (element: Element) => clutter.has(element) || headers.has(element) || isHidden(element);
  // Copies live in an inert document: nothing in them loads or runs before sanitizing.
  const inert = document.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  for (const block of blocks) {
    const copy = cloneWithout(block, skip, inert);
    if (copy) holder.appendChild(copy);
  }
  const body = sanitizeArticleHtml(holder.innerHTML, url);
  const lead = article.leadImage && isShowableLead(article.leadImage, document) ? article.leadImage : null;
  return {
    url,
    title: article.title,
    subtitle: article.subtitle,
    byline: article.byline,
    published: article.published,
    siteName: article.siteName,
    lang: article.lang,
    leadImage: lead,
    body,
  };
}

/**
 * The reader may show a lead image only when that costs no request the page did not make itself:
 * inline data images, or an http(s) image the page has already loaded (an <img> showing it, or a
 * resource timing entry). A metadata-only image (og:image) would be a new request to the site's
 * servers, made by the extension.
 */
function isShowableLead(url: string, document: Document): boolean {
  if (/^data:image\/(png|gif|jpe?g|webp|avif);/i.test(url)) return true;
  if (!/^https?:/i.test(url)) return false;
  for (const img of Array.from(document.querySelectorAll('img'))) {
    if (img.currentSrc === url || img.src === url) return true;
  }
  try {
    return (document.defaultView?.performance?.getEntriesByName?.(url).length ?? 0) > 0;
  } catch {
    return false;
  }
}
