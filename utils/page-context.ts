/**
 * The content script's view of the current page: article detection runs lazily (on first use, not
 * on every page load) and is cached, so pages the user never asks about pay nothing. Each piece of
 * main-thread work is recorded as a User Timing measure named `plainly:*`.
 *
 * Detection's code (core/extract) is not part of the content script either: it is the on-demand
 * script `extract` (utils/on-demand.ts), which every feature that reads the article loads first (the
 * on-demand table lists it as their need; loadOnDemand('extract') otherwise). Until then, `article()`
 * throws.
 */
import type { extractArticle } from '../core/extract';
import type { ArticleResult } from '../core/types';
import { onDemandRegistry } from './on-demand-registry';

export interface PageContext {
  readonly document: Document;
  readonly url: string;
  /** The detected article (cached until `invalidate`). Measured as `plainly:detect`. */
  article(): ArticleResult;
  /** Forget the cached article, e.g. after the page replaced its content. */
  invalidate(): void;
  /** A cheap visibility probe for core/ (computed style; no layout). */
  isHidden(element: Element): boolean;
}

/** Runs `work` and records it as a User Timing measure; the measure is recorded even if `work` throws. */
export function measure<T>(name: `plainly:${string}`, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // User Timing unavailable (very old engines): timing is best effort.
    }
  }
}

/** `extract`: detection to use instead of the on-demand script (tests, Node). */
export function createPageContext(doc: Document, url: string, extract?: typeof extractArticle): PageContext {
  let cached: ArticleResult | null = null;
  const view = doc.defaultView;
  const isHidden = (element: Element): boolean => {
    // <head> is display:none by the UA stylesheet, yet it holds the page's metadata (og:*, JSON-LD, title):
    // "hidden" means hidden from the reader, which head's metadata never is.
    if (element.localName === 'head') return false;
    if ((element as HTMLElement).hidden) return true;
    const style = view?.getComputedStyle(element);
    return !!style && (style.display === 'none' || style.visibility === 'hidden');
  };
  return {
    document: doc,
    url,
    article() {
      if (cached) return cached;
      const detect = extract ?? onDemandRegistry().extract?.extractArticle;
      if (!detect) throw new Error('Plainly: article detection is not loaded yet');
      cached = measure('plainly:detect', () => detect(doc, { url, isHidden }));
      return cached;
    },
    invalidate() {
      cached = null;
    },
    isHidden,
  };
}
