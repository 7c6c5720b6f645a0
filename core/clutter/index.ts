/**
 * Clutter detection for the clean view: which elements to hide, and why.
 *
 * The page is walked top-down once. Elements that contain the article (ancestors of its blocks
 * and header elements) are never hidden — the walk descends into them. Everything else is asked
 * `classify` with its zone (outside the article, inside the article root, inside an article
 * block); the first element that is clutter is reported and the walk does not descend into it,
 * so items are always outermost and never nested. The document is only read, never changed.
 */
import { classifyGeneric, classifySpecific, landmarkReason, type Verdict, type Zone } from './classify';
import { computeFeatures, isInlineHidden, NON_TEXT_TAGS } from './features';
import type { ArticleResult, ClutterItem, ClutterOptions } from '../types';

export { visibleTextAfterHiding } from './visible-text';

interface ArticleShape {
  /** Blocks and header elements: never hidden, only unmistakable widgets inside them are. */
  protectedElements: Set<Element>;
  /** Elements that contain a protected element (never hidden; the walk descends). */
  containers: Set<Element>;
  root: Element | null;
  headers: Set<Element>;
}

function articleShape(article: ArticleResult | null | undefined): ArticleShape | null {
  if (!article || !article.isArticle) return null;
  const blocks = Array.isArray(article.blocks) ? article.blocks : [];
  const headers = Array.isArray(article.headerElements) ? article.headerElements : [];
  if (!article.root && blocks.length === 0) return null;
  const protectedElements = new Set<Element>();
  const containers = new Set<Element>();
  const addAncestors = (element: Element) => {
    for (let p = element.parentElement; p && !containers.has(p); p = p.parentElement) containers.add(p);
  };
  for (const element of [...blocks, ...headers]) {
    if (!element || typeof element !== 'object') continue;
    protectedElements.add(element);
    addAncestors(element);
  }
  const root = article.root ?? null;
  if (root) {
    containers.add(root);
    addAncestors(root);
  }
  return { protectedElements, containers, root, headers: new Set(headers) };
}

function hiddenProbe(options: ClutterOptions | undefined): (element: Element) => boolean {
  const probe = options?.isHidden;
  return (element: Element) => {
    if (isInlineHidden(element)) return true;
    if (!probe) return false;
    try {
      return probe(element);
    } catch {
      return false;
    }
  };
}

/** Zone of `element` judged from its ancestors (for a walk that starts below `body`). */
function zoneOf(element: Element, shape: ArticleShape | null): Zone {
  if (!shape) return 'page';
  let inRoot = false;
  for (let p: Element | null = element; p; p = p.parentElement) {
    if (shape.protectedElements.has(p)) return 'block';
    if (p === shape.root) inRoot = true;
  }
  return inRoot ? 'body' : 'chrome';
}

function inChromeLandmark(element: Element, shape: ArticleShape | null): boolean {
  if (!shape) return false;
  for (let p = element.parentElement; p; p = p.parentElement) {
    if (shape.containers.has(p)) return false;
    if (landmarkReason(p)) return true;
  }
  return false;
}

function run(start: Element, article: ArticleResult | null | undefined, options: ClutterOptions | undefined): ClutterItem[] {
  const shape = articleShape(article);
  const isHidden = hiddenProbe(options);
  // Measure with the inline-hidden test only: the probe may force style work on every element.
  const features = computeFeatures(start, isInlineHidden);
  const ctx = { features, isHidden };
  const keep = options?.keep;
  const items: ClutterItem[] = [];

  const walk = (element: Element, zone: Zone, inLandmark: boolean, depth: number): void => {
    if (depth > 300 || NON_TEXT_TAGS.has(element.localName) || isInlineHidden(element)) return;
    const isContainer = shape?.containers.has(element) ?? false;
    const isProtected = shape?.protectedElements.has(element) ?? false;
    let childZone: Zone = zone;
    if (shape && element === shape.root && zone === 'chrome') childZone = 'body';
    if (isProtected) childZone = 'block';
    if (!isContainer && !(isProtected && shape?.headers.has(element))) {
      // Blocks themselves may only go when they are an unmistakable widget (an extractor can
      // take an inline related box for a block); header elements never.
      const ownZone = isProtected ? 'block' : zone;
      let verdict: Verdict | null = classifySpecific(element, ownZone, ctx);
      if (!verdict) {
        verdict = classifyGeneric(element, ownZone, ctx, inLandmark);
        // A generic box (menu strip, chrome) that holds specific widgets is split into them, so
        // each gets its own category (and `keep` works per category).
        if (verdict && holdsSpecificWidget(element, ownZone, ctx, 2)) verdict = null;
      }
      if (verdict && !isHidden(element)) {
        if (!keep || !keep.has(verdict.category)) {
          items.push({ element, category: verdict.category, confidence: verdict.confidence, reason: verdict.reason });
          return;
        }
      } else if (verdict) {
        return; // already invisible: nothing to hide, nothing visible inside
      }
    }
    const landmarkHere = childZone === 'chrome' && !isContainer && landmarkReason(element) !== null;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      walk(child, childZone, inLandmark || landmarkHere, depth + 1);
    }
  };

  const zone = zoneOf(start, shape);
  walk(start, zone, zone === 'chrome' && inChromeLandmark(start, shape), 0);
  return items;
}

function holdsSpecificWidget(element: Element, zone: Zone, ctx: Parameters<typeof classifySpecific>[2], depth: number): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (classifySpecific(child, zone, ctx)) return true;
    if (depth > 1 && holdsSpecificWidget(child, zone, ctx, depth - 1)) return true;
  }
  return false;
}

/**
 * The clutter on the page: outermost elements only (no item inside another), never an element
 * that contains the article or its header, and never the article's blocks unless one is an
 * unmistakable widget (a related-news box or ad slot between paragraphs). `options.keep` drops
 * categories. Never throws; returns [] on bad input.
 */
export function detectClutter(doc: Document, article: ArticleResult | null, options?: ClutterOptions): ClutterItem[] {
  try {
    const start = doc?.body ?? doc?.documentElement;
    if (!start) return [];
    return run(start, article, options);
  } catch {
    return [];
  }
}

/**
 * The same detection on one subtree that appeared late (a MutationObserver batch). The zone of
 * `root` is judged from its ancestors, so an ad injected between paragraphs is judged like one
 * present at load. Items already reported for an ancestor are the caller's to skip.
 */
export function detectClutterIn(root: Element, article: ArticleResult | null, options?: ClutterOptions): ClutterItem[] {
  try {
    if (!root || root.nodeType !== 1) return [];
    return run(root, article, options);
  } catch {
    return [];
  }
}
