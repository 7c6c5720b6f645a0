/**
 * Read-only measurements of a (sub)tree in one pass: text and link-text lengths per element, the
 * first text of each element, and the box headings of the page. Everything the classifier asks
 * about an element is answered from these maps, so detection stays linear in the page size.
 */
import { AD_HREF, SHARE_HREF, headingCategory } from './keywords';
import type { ClutterCategory } from '../types';

export interface ElementStats {
  /** Non-whitespace characters of visible-ish text in the subtree. */
  text: number;
  /** Non-whitespace characters inside links. */
  linkText: number;
  links: number;
  /** Paragraph-like descendants: `<p>` (or block of text) with ≥ 80 unlinked characters. */
  prose: number;
  /** `<input type=email>` or an input named/placeholdered for e-mail. */
  emailInputs: number;
  buttons: number;
  /** Form fields a reader types into (visible inputs, textareas, selects). */
  fields: number;
  /** Headings (h1–h6) in the subtree. */
  headings: number;
  /** Digit characters and percent signs (a cheap pre-filter for price tickers). */
  digits: number;
  /** Links to ad networks or marked rel=sponsored; links to share endpoints. */
  adLinks: number;
  shareLinks: number;
  /** img, iframe, picture, video elements. */
  media: number;
  /** Blockquotes (quotes and embedded posts are article content wherever they sit). */
  quotes: number;
  /** Byline/date markers: <time>, rel=author links, itemprop author/datePublished. */
  bylines: number;
  /** Pre-order position, and the last position inside the subtree (document order without
   * compareDocumentPosition, which some Node DOMs get wrong). */
  order: number;
  end: number;
}

export interface BoxHeading {
  element: Element;
  category: ClutterCategory;
  keyword: string;
}

export interface Features {
  stats: Map<Element, ElementStats>;
  /** Keyword box headings, and for every ancestor the headings it contains. */
  headingsIn: Map<Element, BoxHeading[]>;
  /** Elements whose whole text is a widget label ("DON'T MISS", "관련기사"), wherever they sit. */
  labels: Map<Element, BoxHeading>;
  /** Lazily computed collapsed text of small subtrees. */
  textOf(element: Element): string;
  /** `textOf` lower-cased (computed once per element: several rules read it). */
  lowerTextOf(element: Element): string;
  /** First ~80 characters of collapsed text (cheap even for big subtrees). */
  prefixOf(element: Element): string;
}

/** Tags whose content never renders as text. */
export const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe', 'object', 'select', 'option', 'textarea']);

const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none/i;
const WS = /\s+/g;

/** Hidden without layout: `hidden` attribute or inline `display:none` (plus the optional probe). */
export function isInlineHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Non-whitespace characters, and how many of them are digits or '%'. */
function countChars(text: string, out: { digits: number }): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) {
      n++;
      if ((c >= 48 && c <= 57) || c === 37) out.digits++;
    }
  }
  return n;
}

const MEDIA_TAGS = new Set(['img', 'iframe', 'picture', 'video', 'object', 'embed']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that can title a box even when they are not h1–h6. */
const SOFT_HEADING_TAGS = new Set(['strong', 'b', 'em', 'span', 'p', 'div', 'dt', 'header', 'legend', 'caption', 'label', 'summary', 'i']);

export function computeFeatures(root: Element, skip: (element: Element) => boolean): Features {
  const stats = new Map<Element, ElementStats>();
  const headingsIn = new Map<Element, BoxHeading[]>();
  const texts = new Map<Element, string>();
  const candidates: Element[] = [];
  let position = 0;
  // The raw text of every walked element, gathered in this one pass (string concatenation makes
  // ropes, so an element's text is its children's texts joined, not a copy), instead of a walk of
  // the subtree for each element the rules ask about. `rawTexts` is joined the way `collectText`
  // joins it, `flowTexts` the way `firstText` reads it (a space before an element only). Elements
  // the pass does not walk (skipped, non-text, deeper than 300) have none.
  const rawTexts = new Map<Element, string>();
  const flowTexts = new Map<Element, string>();
  // Set by `visit` for the element it just returned: its texts, or null when it was not walked.
  let lastRaw: string | null = null;
  let lastFlow = '';
  // A tree deeper than the depth limit: `collectText`/`firstText` count depth from the element they
  // start at, this pass from the root, so their answers could differ; they are asked instead.
  let deep = false;

  const visit = (element: Element, depth: number, inLink: boolean): ElementStats => {
    const s: ElementStats = { text: 0, linkText: 0, links: 0, prose: 0, emailInputs: 0, buttons: 0, fields: 0, headings: 0, digits: 0, adLinks: 0, shareLinks: 0, media: 0, quotes: 0, bylines: 0, order: position++, end: 0 };
    stats.set(element, s);
    const tag = element.localName;
    if (MEDIA_TAGS.has(tag)) s.media++;
    if (tag === 'textarea' || tag === 'select') s.fields++;
    if (tag === 'blockquote') s.quotes++;
    s.end = s.order;
    lastRaw = null;
    if (tag === 'iframe' || tag === 'object') return s;
    if (depth > 300) deep = true;
    if (NON_TEXT_TAGS.has(tag) || depth > 300 || skip(element)) return s;
    const isLink = tag === 'a' && element.hasAttribute('href');
    if (tag === 'time' || (isLink && element.getAttribute('rel') === 'author')) s.bylines++;
    else if (element.hasAttribute('itemprop') && /^(?:author|datePublished|dateModified|creator)$/.test(element.getAttribute('itemprop') ?? '')) s.bylines++;
    if (isLink) {
      s.links++;
      const href = element.getAttribute('href') ?? '';
      if (AD_HREF.test(href) || /sponsored/i.test(element.getAttribute('rel') ?? '')) s.adLinks++;
      if (SHARE_HREF.test(href)) s.shareLinks++;
    }
    if (tag === 'input') {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      const hint = `${element.getAttribute('name') ?? ''} ${element.getAttribute('placeholder') ?? ''}`.toLowerCase();
      if (type === 'email' || /e-?mail|이메일|메일/.test(hint)) s.emailInputs++;
      if (type === 'submit' || type === 'button') s.buttons++;
      else if (type !== 'hidden') s.fields++;
    } else if (tag === 'button') s.buttons++;

    if (HEADING_TAGS.has(tag)) s.headings++;
    let ownText = 0;
    let raw = '';
    let flow = '';
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        const n = countChars(value, s);
        ownText += n;
        s.text += n;
        if (inLink || isLink) s.linkText += n;
        raw += value;
        flow += value;
      } else if (child.nodeType === 1) {
        const c = visit(child as Element, depth + 1, inLink || isLink);
        if (lastRaw !== null) {
          raw += ` ${lastRaw} `;
          flow += ` ${lastFlow}`;
        }
        s.text += c.text;
        s.linkText += c.linkText;
        s.links += c.links;
        s.prose += c.prose;
        s.emailInputs += c.emailInputs;
        s.buttons += c.buttons;
        s.fields += c.fields;
        s.headings += c.headings;
        s.digits += c.digits;
        s.adLinks += c.adLinks;
        s.shareLinks += c.shareLinks;
        s.media += c.media;
        s.quotes += c.quotes;
        s.bylines += c.bylines;
      }
    }
    s.end = position - 1;
    rawTexts.set(element, raw);
    flowTexts.set(element, flow);
    lastRaw = raw;
    lastFlow = flow;
    if (s.text - s.linkText >= 80 && (tag === 'p' || ownText >= 80)) s.prose++;
    if (s.text > 0 && s.text <= 60 && !inLink && !isLink && (HEADING_TAGS.has(tag) || SOFT_HEADING_TAGS.has(tag) || element.getAttribute('role') === 'heading')) {
      candidates.push(element);
    }
    return s;
  };
  visit(root, 0, false);

  const textOf = (element: Element): string => {
    let t = texts.get(element);
    if (t === undefined) {
      const raw = deep ? undefined : rawTexts.get(element);
      t = (raw ?? collectText(element, skip)).replace(WS, ' ').trim();
      texts.set(element, t);
    }
    return t;
  };

  // Box headings: the outermost heading-like element whose whole text is a widget label.
  const headingSet = new Set<Element>();
  const labels = new Map<Element, BoxHeading>();
  // Candidates were collected in post-order; walking them backwards meets ancestors first.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const element = candidates[i]!;
    const st = stats.get(element);
    // A linked heading is usually a teaser headline: it must be mostly the keyword.
    const match = headingCategory(textOf(element), !!st && st.linkText >= st.text);
    if (!match) continue;
    const label: BoxHeading = { element, category: match.category, keyword: match.keyword };
    const parent = element.parentElement;
    // One label per run of wrappers (<p><strong>DON'T MISS</strong></p>): keep the outermost.
    if (!(parent && labels.has(parent))) labels.set(element, label);
    if (!isHeadingLike(element, stats)) continue;
    // Keep the outermost of nested matches (<h3><span>Related</span></h3>).
    let nested = false;
    for (let p = element.parentElement; p && p !== root; p = p.parentElement) {
      if (headingSet.has(p)) {
        nested = true;
        break;
      }
    }
    if (nested) continue;
    headingSet.add(element);
    const heading: BoxHeading = { element, category: match.category, keyword: match.keyword };
    for (let p: Element | null = element; p; p = p === root ? null : p.parentElement) {
      const list = headingsIn.get(p);
      if (list) list.push(heading);
      else headingsIn.set(p, [heading]);
    }
  }

  for (const list of headingsIn.values()) list.reverse();
  const lowerTexts = new Map<Element, string>();
  const lowerTextOf = (element: Element): string => {
    let t = lowerTexts.get(element);
    if (t === undefined) {
      t = textOf(element).toLowerCase();
      lowerTexts.set(element, t);
    }
    return t;
  };
  // Asked several times per element (ad labels, heading titles): read the subtree once.
  const prefixes = new Map<Element, string>();
  const prefixOf = (element: Element): string => {
    let t = prefixes.get(element);
    if (t === undefined) {
      const flow = deep ? undefined : flowTexts.get(element);
      t = flow === undefined ? firstText(element, skip, 80) : collapsedPrefix(flow, 80);
      prefixes.set(element, t);
    }
    return t;
  };
  return { stats, headingsIn, labels, textOf, lowerTextOf, prefixOf };
}

function isHeadingLike(element: Element, stats: Map<Element, ElementStats>): boolean {
  const tag = element.localName;
  if (HEADING_TAGS.has(tag) || element.getAttribute('role') === 'heading' || tag === 'legend' || tag === 'caption' || tag === 'summary') return true;
  // A soft heading is the first text of its parent and the parent has more text after it.
  const parent = element.parentElement;
  if (!parent) return false;
  for (let p: Element | null = parent; p; p = p.parentElement) {
    const t = p.localName;
    if (t === 'a' || t === 'button' || t === 'li' || t === 'p') return false;
  }
  const own = stats.get(element)?.text ?? 0;
  const total = stats.get(parent)?.text ?? 0;
  if (total <= own) return false;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if ((stats.get(sibling)?.text ?? 0) > 0) return false;
  }
  return true;
}

/** Collapsed-whitespace-free concatenation of visible-ish text (block boundaries become spaces). */
export function collectText(element: Element, skip: (element: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (node: Element, depth: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (NON_TEXT_TAGS.has(el.localName) || depth > 300 || skip(el)) continue;
        parts.push(' ');
        walk(el, depth + 1);
        parts.push(' ');
      }
    }
  };
  if (!NON_TEXT_TAGS.has(element.localName) && !skip(element)) walk(element, 0);
  return parts.join('');
}

/** The characters `\s` matches in a JS regex (ECMAScript WhiteSpace + LineTerminator). */
function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The first `limit` characters of `text` whitespace-collapsed and trimmed, collapsing only as much
 * of a long text as needed: once a prefix collapses to `limit` characters or more, its first
 * `limit` are those of the whole text.
 */
export function collapsedPrefix(text: string, limit: number): string {
  for (let n = limit * 4; n < text.length; n *= 4) {
    const head = text.slice(0, n).replace(WS, ' ').trim();
    if (head.length >= limit) return head.slice(0, limit);
  }
  return text.replace(WS, ' ').trim().slice(0, limit);
}

/** `collapsedPrefix` of the text as `prefixOf` reads it, by a walk that stops once it has enough. */
export function firstText(element: Element, skip: (element: Element) => boolean, limit: number): string {
  let out = '';
  // Length of `out` once whitespace-collapsed and trimmed, kept up to date per character instead
  // of re-normalizing the whole growing string after every text node.
  let collapsed = 0;
  let seenText = false;
  let pendingSpace = false;
  const add = (text: string) => {
    out += text;
    for (let i = 0; i < text.length; i++) {
      if (isRegexSpace(text.charCodeAt(i))) pendingSpace = true;
      else {
        if (pendingSpace && seenText) collapsed++;
        collapsed++;
        pendingSpace = false;
        seenText = true;
      }
    }
  };
  const walk = (node: Element, depth: number): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        add(child.nodeValue ?? '');
        if (collapsed >= limit) return true;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (NON_TEXT_TAGS.has(el.localName) || depth > 300 || skip(el)) continue;
        out += ' ';
        pendingSpace = true;
        if (walk(el, depth + 1)) return true;
      }
    }
    return false;
  };
  walk(element, 0);
  return out.replace(WS, ' ').trim().slice(0, limit);
}

/** Lower-cased class and id words split on `-`, `_`, `:`, `.`, spaces and camelCase humps. */
const tokenCache = new WeakMap<Element, Set<string>>();

export function attributeTokens(element: Element): Set<string> {
  const cached = tokenCache.get(element);
  if (cached) return cached;
  const tokens = splitTokens(element);
  tokenCache.set(element, tokens);
  return tokens;
}

const NO_TOKENS: Set<string> = new Set();

function splitTokens(element: Element): Set<string> {
  const id = element.getAttribute('id');
  const cls = element.getAttribute('class');
  if (!id && !cls) return NO_TOKENS;
  const tokens = new Set<string>();
  for (const word of `${id ?? ''} ${cls ?? ''}`.split(/\s+/)) {
    if (!word) continue;
    tokens.add(word.toLowerCase());
    const humps = /[a-z][A-Z]/.test(word) ? word.replace(/([a-z])([A-Z])/g, '$1 $2') : word;
    for (const part of humps.toLowerCase().split(/[\s\-_:.]+/)) {
      if (part) tokens.add(part);
    }
  }
  return tokens;
}
