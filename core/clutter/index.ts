/**
 * Clutter detection for the clean view: which elements to hide, and why.
 *
 * The page is walked top-down once. Elements that contain the article (ancestors of its blocks
 * and header elements) are never hidden — the walk descends into them. Everything else is asked
 * `classify` with its zone (outside the article, inside the article root, inside an article
 * block); the first element that is clutter is reported and the walk does not descend into it,
 * so items are always outermost and never nested. The document is only read, never changed.
 */
import { classifyGeneric, classifyLine, classifySpecific, hasOnlyPhrasingChildren, isBylineBox, landmarkReason, mayHoldOtherWidget, type Verdict, type Zone } from './classify';
import { keepSideColumnBoxes } from './columns';
import { computeFeatures, isInlineHidden, NON_TEXT_TAGS } from './features';
import type { ArticleResult, ClutterItem, ClutterOptions } from '../types';

export { visibleTextAfterHiding } from './visible-text';

interface ArticleShape {
  /** Blocks and header elements: never hidden, only unmistakable widgets inside them are. */
  protectedElements: Set<Element>;
  /** Elements that contain a protected element or the root (never hidden; the walk descends). */
  containers: Set<Element>;
  /**
   * Where the body zone starts: the deepest element holding every block (tighter than an
   * extractor's `root`, which may include a sidebar). Outside it is page chrome.
   */
  bodyRoot: Element | null;
  headers: Set<Element>;
  /** The last block in reading order: widgets after it are past the article. */
  lastBlock: Element | null;
}

/** Lead images and videos in the header do not shield their ancestors: an extractor can pick a
 * teaser image in a related box; the headline, byline and date are what must never go. */
const SOFT_HEADER_TAGS = new Set(['img', 'picture', 'figure', 'video', 'iframe', 'svg']);

function commonAncestor(elements: Element[]): Element | null {
  let lca: Element | null = elements[0] ?? null;
  for (let i = 1; i < elements.length && lca; i++) {
    const element = elements[i]!;
    while (lca && !lca.contains(element)) lca = lca.parentElement;
  }
  return lca;
}

function articleShape(article: ArticleResult | null | undefined): ArticleShape | null {
  if (!article || !article.isArticle) return null;
  const isElement = (x: unknown): x is Element => !!x && typeof x === 'object' && (x as Node).nodeType === 1;
  const blocks = (Array.isArray(article.blocks) ? article.blocks : []).filter(isElement);
  const headers = (Array.isArray(article.headerElements) ? article.headerElements : []).filter(isElement);
  const root = isElement(article.root) ? article.root : null;
  if (!root && blocks.length === 0) return null;
  const protectedElements = new Set<Element>();
  const containers = new Set<Element>();
  const addAncestors = (element: Element) => {
    for (let p = element.parentElement; p && !containers.has(p); p = p.parentElement) containers.add(p);
  };
  for (const element of blocks) {
    protectedElements.add(element);
    addAncestors(element);
  }
  const strongHeaders = headers.filter((h) => !SOFT_HEADER_TAGS.has(h.localName));
  for (const element of strongHeaders) {
    protectedElements.add(element);
    addAncestors(element);
  }
  if (root) {
    containers.add(root);
    addAncestors(root);
  }
  const bodyRoot = blocks.length > 0 ? commonAncestor(blocks) : root;
  return { protectedElements, containers, bodyRoot, headers: new Set(strongHeaders), lastBlock: blocks[blocks.length - 1] ?? null };
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
    if (p === shape.bodyRoot) inRoot = true;
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
  // holdsSpecificWidget asks about children the walk asks about again: answer each once.
  const specificCache = new Map<Element, { zone: Zone; verdict: Verdict | null }>();
  const specific = (element: Element, zone: Zone): Verdict | null => {
    const hit = specificCache.get(element);
    if (hit && hit.zone === zone) return hit.verdict;
    const verdict = classifySpecific(element, zone, ctx);
    specificCache.set(element, { zone, verdict });
    return verdict;
  };
  const keep = options?.keep;
  const items: ClutterItem[] = [];
  // Text blocks already seen visible, by their text (and by a prefix, for truncated copies).
  const seenText = new Map<string, Element>();
  const seenPrefix = new Map<string, Element>();
  let inTextBlock = false;
  /** A later copy of a text block the reader already saw (gallery captions repeated in a control
   * strip, the headline again as a gallery title) — unless the first copy is itself not shown. */
  const duplicateOf = (element: Element): Element | null => {
    const text = features.textOf(element);
    let first = seenText.get(text) ?? null;
    if (!first) {
      const cut = text.replace(/(?:…|\.\.\.)\s*(?:more|more\s*›|)$/i, '');
      if (cut.length < text.length && cut.length >= DUPLICATE_PREFIX) first = seenPrefix.get(cut.slice(0, DUPLICATE_PREFIX)) ?? null;
    }
    if (!first) {
      seenText.set(text, element);
      if (text.length >= DUPLICATE_PREFIX && !seenPrefix.has(text.slice(0, DUPLICATE_PREFIX))) seenPrefix.set(text.slice(0, DUPLICATE_PREFIX), element);
      return null;
    }
    // The first copy may be hidden by the page's own style (a zoom layer): then this one is the copy shown.
    for (let p: Element | null = first; p && !p.contains(element); p = p.parentElement) {
      if (isHidden(p)) {
        seenText.set(text, element);
        return null;
      }
    }
    return first;
  };

  const emit = (element: Element, verdict: Verdict): boolean => {
    if (keep?.has(verdict.category)) return false;
    items.push({ element, category: verdict.category, confidence: verdict.confidence, reason: verdict.reason });
    return true;
  };
  const lastBlockEnd = shape?.lastBlock ? features.stats.get(shape.lastBlock)?.end : undefined;
  // A late subtree that does not hold the last block lies wholly before or after it.
  const subtreeAfter = lastBlockEnd === undefined && !!shape?.lastBlock && follows(start, shape.lastBlock);
  const afterArticle = (element: Element): boolean => {
    if (lastBlockEnd === undefined) return subtreeAfter;
    const order = features.stats.get(element)?.order;
    return order !== undefined && order > lastBlockEnd;
  };

  // A tool bar of one kind that holds a widget of another kind (share buttons around 가-/가+) is
  // split: its parts are reported one by one, the rest under the bar's own category.
  const splitsInto = (element: Element, verdict: Verdict, zone: Zone): boolean =>
    SPLITTABLE.has(verdict.category) && mayHoldOtherWidget(element, verdict.category, ctx) && holdsOtherWidget(element, zone, verdict.category, specific, 2);

  // `guarded`: inside a byline/date line, where only specific widgets (share buttons) may go.
  // `inherited`: the verdict of a split tool bar, for its parts that are no widget of their own.
  // `enclosing`: the generic verdict of a box that was split because it holds specific widgets;
  // its other parts (an author bio next to the share links) are hidden under that verdict.
  const walk = (element: Element, zone: Zone, inLandmark: boolean, depth: number, guarded = false, inherited: Verdict | null = null, enclosing: Verdict | null = null): void => {
    if (depth > 300 || NON_TEXT_TAGS.has(element.localName) || isInlineHidden(element)) return;
    const isContainer = shape?.containers.has(element) ?? false;
    const isProtected = shape?.protectedElements.has(element) ?? false;
    let childZone: Zone = zone;
    if (shape && element === shape.bodyRoot && zone === 'chrome') childZone = 'body';
    if (isProtected) childZone = 'block';
    if (!isContainer && !(isProtected && shape?.headers.has(element))) {
      // Blocks themselves may only go when they are an unmistakable widget (an extractor can
      // take an inline related box for a block); header elements never.
      const ownZone = isProtected ? 'block' : zone;
      let verdict: Verdict | null = specific(element, ownZone);
      if (verdict) enclosing = null; // a kept widget (options.keep) keeps its insides
      else if (guarded) verdict = classifyLine(element, ownZone, ctx); // "Leave a comment" in a byline line
      else {
        // Single lines (calls to action, credits, furniture) before the generic rules, so they keep
        // their own category; never asked when deciding whether a box holds widgets.
        verdict = enclosing ?? classifyLine(element, ownZone, ctx) ?? classifyGeneric(element, ownZone, ctx, inLandmark, (ownZone === 'body' || ownZone === 'chrome') && afterArticle(element));
        // A generic box (menu strip, chrome) that holds specific widgets is split into them, so
        // each gets its own category (and `keep` works per category); the rest goes as the box.
        if (verdict && holdsSpecificWidget(element, ownZone, specific, 2)) {
          enclosing = verdict;
          verdict = null;
        } else if (verdict === enclosing) {
          const s = features.stats.get(element);
          if (!s || (s.text === 0 && s.media === 0)) verdict = null;
        }
      }
      let splitFrom: Verdict | null = null;
      if (verdict && splitsInto(element, verdict, ownZone)) {
        splitFrom = verdict;
        verdict = null;
      }
      if (!verdict && !splitFrom && inherited && !holdsOtherWidget(element, ownZone, inherited.category, specific, 2)) {
        const s = features.stats.get(element);
        if (s && (s.text > 0 || s.media > 0)) verdict = inherited;
      }
      if (verdict) {
        if (isHidden(element)) return; // already invisible: nothing to hide, nothing visible inside
        if (emit(element, verdict)) return;
      }
      if (splitFrom) inherited = splitFrom;
    }
    // Repeated text blocks: registered wherever they sit, hidden only outside the article's own
    // blocks and header (pull quotes and the headline stay).
    const textBlock = !inTextBlock && isTextBlock(element, features);
    if (textBlock && (features.stats.get(element)?.text ?? 0) <= DUPLICATE_MAX && duplicateOf(element) && (zone === 'chrome' || zone === 'body') && !isContainer && !isProtected && !guarded) {
      if (emit(element, { category: 'nav', confidence: 0.6, reason: 'duplicate-text' })) return;
    }
    if (textBlock) inTextBlock = true;
    try {
      walkChildren(element, childZone, inLandmark, depth, guarded, inherited, enclosing, isContainer);
    } finally {
      if (textBlock) inTextBlock = false;
    }
  };

  const walkChildren = (element: Element, childZone: Zone, inLandmark: boolean, depth: number, guarded: boolean, inherited: Verdict | null, enclosing: Verdict | null, isContainer: boolean): void => {
    const landmarkHere = childZone === 'chrome' && !isContainer && landmarkReason(element) !== null;
    const guardChildren = guarded || (childZone !== 'block' && childZone !== 'page' && !isContainer && isBylineBox(element, ctx));
    let skipUntil: Element | null = null;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (skipUntil) {
        if (child === skipUntil) skipUntil = null;
        continue;
      }
      const run = labelledLinkRun(child, childZone, shape, features);
      if (run) {
        for (const member of run.members) emit(member, run.verdict);
        skipUntil = run.members[run.members.length - 1] === child ? null : run.members[run.members.length - 1]!;
        continue;
      }
      // Plain text inside a block (formatting without attributes, links, buttons, fields or
      // media, no widget title) cannot hold a widget: not asked about, not descended into.
      if (childZone === 'block' && !inherited && child.attributes.length === 0) {
        const c = features.stats.get(child);
        if (c && c.links + c.buttons + c.fields + c.media === 0 && !features.headingsIn.has(child)) continue;
      }
      walk(child, childZone, inLandmark || landmarkHere, depth + 1, guardChildren, inherited, guardChildren ? null : enclosing);
    }
  };

  const zone = zoneOf(start, shape);
  walk(start, zone, zone === 'chrome' && inChromeLandmark(start, shape), 0);
  return keepSideColumnBoxes(items, shape?.containers, options?.layoutOf);
}

/**
 * A widget label followed by sibling link lines, without a wrapper box:
 * `<p>You may also like…</p><p><a>…</a></p><p><a>…</a></p>`. Returns the label and the link
 * siblings (empty siblings such as ad placeholders in between are taken along).
 */
function labelledLinkRun(
  label: Element,
  zone: Zone,
  shape: ReturnType<typeof articleShape>,
  features: ReturnType<typeof computeFeatures>,
): { members: Element[]; verdict: Verdict } | null {
  const heading = features.labels.get(label);
  if (!heading || (heading.category !== 'related-news' && heading.category !== 'most-read') || zone === 'page') return null;
  if (shape?.containers.has(label) || shape?.headers.has(label)) return null;
  const members: Element[] = [label];
  let linkLines = 0; // links in the run's lines
  let trailingEmpty = 0;
  for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
    if (shape?.containers.has(next) || shape?.headers.has(next)) break;
    const s = features.stats.get(next);
    if (!s) break;
    if (s.text === 0) {
      members.push(next);
      trailingEmpty++;
      continue;
    }
    if (s.links === 0 || s.linkText / s.text < 0.6 || s.prose > 0 || features.labels.has(next)) break;
    members.push(next);
    linkLines += s.links;
    trailingEmpty = 0;
  }
  members.length -= trailingEmpty;
  const needed = zone === 'block' || shape?.protectedElements.has(label) ? 2 : 1;
  if (linkLines < needed) return null;
  return { members, verdict: { category: heading.category, confidence: 0.8, reason: `label-run:${heading.keyword}` } };
}

/** True when `a` comes after `b` in document order and is not inside it (no compareDocumentPosition:
 * some Node DOMs get it wrong). */
function follows(a: Element, b: Element): boolean {
  if (b.contains(a) || a.contains(b)) return false;
  const chain = (e: Element): Element[] => {
    const out: Element[] = [];
    for (let p: Element | null = e; p; p = p.parentElement) out.unshift(p);
    return out;
  };
  const pa = chain(a);
  const pb = chain(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  const x = pa[i];
  const y = pb[i];
  if (!x || !y) return false;
  for (let s = y.nextElementSibling; s; s = s.nextElementSibling) if (s === x) return true;
  return false;
}

const SPLITTABLE = new Set(['share', 'reactions', 'font-controls']);

/** Shortest text a duplicate check looks at (shorter repeats are labels: "Share", "Photo"). */
const DUPLICATE_MIN = 15;
const DUPLICATE_PREFIX = 60;
/** Longest text compared: captions and titles repeat, whole paragraphs hardly (and cost most). */
const DUPLICATE_MAX = 600;
/** An element holding only text and phrasing children (a caption, a title, a paragraph). */
function isTextBlock(element: Element, features: ReturnType<typeof computeFeatures>): boolean {
  const s = features.stats.get(element);
  return !!s && s.text >= DUPLICATE_MIN && hasOnlyPhrasingChildren(element);
}

function holdsOtherWidget(element: Element, zone: Zone, category: string, specific: (element: Element, zone: Zone) => Verdict | null, depth: number): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const verdict = specific(child, zone);
    if (verdict && verdict.category !== category && SPLITTABLE.has(verdict.category)) return true;
    if (depth > 1 && !verdict && holdsOtherWidget(child, zone, category, specific, depth - 1)) return true;
  }
  return false;
}

function holdsSpecificWidget(element: Element, zone: Zone, specific: (element: Element, zone: Zone) => Verdict | null, depth: number): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (specific(child, zone)) return true;
    if (depth > 1 && holdsSpecificWidget(child, zone, specific, depth - 1)) return true;
  }
  return false;
}

/**
 * The clutter on the page: outermost elements only (no item inside another), never an element
 * that contains the article root, a block or a header element (headline, subtitle, byline,
 * date — lead images/figures excepted: an extractor may pick a teaser image inside a related
 * box), and never the article's blocks unless one is an unmistakable widget (a related-news box
 * or ad slot between paragraphs). With no article (`null` or `isArticle: false`) only
 * unmistakable widgets are reported (ads, consent, titled boxes…), no page chrome.
 * `options.keep` drops categories; `options.isHidden` lets already-invisible elements be skipped.
 * Reads the document, never changes it; never throws (returns [] on bad input).
 */
export function detectClutter(doc: Document, article: ArticleResult | null, options?: ClutterOptions): ClutterItem[] {
  try {
    // From the root element, not <body>: a Node parser may leave content outside an empty body.
    const start = doc?.documentElement ?? doc?.body;
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
