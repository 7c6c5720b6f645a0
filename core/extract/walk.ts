/**
 * One read-only pass over the document that gathers everything the extractor needs: text
 * paragraphs (with their owning block element), per-block text/link totals, and the metadata
 * elements (meta, link, JSON-LD, h1, time, images). Nothing else scans the whole document, which
 * keeps detection linear in the page size.
 */
import { HEADING_TAGS, INLINE_TAGS, SKIP_TAGS, hintTokens } from './hints';
import { collapseWhitespace, weightedLength } from './text';

export interface Paragraph {
  /** Block element whose (direct or inline) text this is. */
  owner: Element;
  /** Whitespace-collapsed text. */
  text: string;
  /** Weighted length of `text` (CJK counts double). */
  length: number;
  /** Weighted length of the part of `text` inside links. */
  linkLength: number;
  /** True when this paragraph is the owner's whole content (no block children, no `<br><br>` split). */
  whole: boolean;
  /** Lower-case tag name of the owner. */
  tag: string;
  /** Position in document order. */
  index: number;
  /** Inside page chrome (nav, aside, footer, or an ARIA navigation/complementary/contentinfo region). */
  inChrome: boolean;
  /**
   * The inline element (child of the owner, e.g. `<strong>`) that holds all of this paragraph's
   * text, or null when the text is not inside one inline element.
   */
  wrapper: Element | null;
  /**
   * Text that follows an image inside the same inline wrapper (`<span><img><em>Caption</em></span>`):
   * a photo caption set without <figure>. It is cut off from the text after the wrapper.
   */
  caption: boolean;
}

export interface BlockStats {
  /** Weighted text length of the subtree. */
  length: number;
  linkLength: number;
  /** Index range [first, end) of the paragraphs inside the subtree. */
  first: number;
  end: number;
}

export interface WalkResult {
  paragraphs: Paragraph[];
  stats: Map<Element, BlockStats>;
  /** `<meta>` name/property/itemprop (lower case) → content, first occurrence wins. */
  meta: Map<string, string>;
  /** `<link rel>` (lower case) → href, first occurrence wins. */
  links: Map<string, string>;
  jsonLd: string[];
  titleText: string;
  headings: Element[];
  times: Element[];
  images: Element[];
  /** Inline elements skipped as captions by their class (`<span class="caption">`), bounded. */
  captionInlines: Element[];
  elementCount: number;
  /**
   * Document (pre-)order of every visited element. Used instead of compareDocumentPosition, which
   * some Node DOMs get wrong (linkedom across table rows) and which costs a tree walk per call.
   */
  order: Map<Element, number>;
}

/** Deeper subtrees are ignored: real pages stay far below this; it keeps recursion stack-safe. */
const MAX_DEPTH = 400;
/** Hard cap so a pathological page cannot make the extractor run for seconds. */
const MAX_ELEMENTS = 400_000;

// Bootstrap/Foundation/Bulma/Tailwind classes that mean display:none or screen-reader-only, as whole
// classes ("hidden", not "hidden-xs"; responsive "hidden md:block" is excluded by the ':' check).
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden|display-none|invisible|sr-only|visually-hidden|screen-reader-text)(?:\s|$)/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Visibility without layout: the `hidden` attribute, aria-hidden and inline styles, plus an optional probe. */
/**
 * Visibility without layout: the `hidden` attribute, aria-hidden and inline styles, plus the optional
 * probe. The probe (computed style in the page) is asked only about elements that carry attributes
 * or are blocks: a bare <span>/<a>/<li> is hidden by a stylesheet only through a rule on an
 * ancestor, which the probe has already seen. That halves the probe calls on link-heavy pages.
 */
export function makeHiddenCheck(isHidden?: (element: Element) => boolean): (el: Element, inline: boolean) => boolean {
  return (el, inline) => {
    const attributed = el.hasAttributes();
    if (attributed) {
      if (el.hasAttribute('hidden')) return true;
      if (el.getAttribute('aria-hidden') === 'true') return true;
      const style = el.getAttribute('style');
      if (style && HIDDEN_STYLE.test(style)) return true;
      // Without a computed-style probe (Node), the CSS frameworks' own "hidden" classes stand in.
      if (!isHidden) {
        const cls = el.getAttribute('class');
        if (cls && HIDDEN_CLASS.test(cls) && !cls.includes(':')) return true;
      }
    }
    if (isHidden && (attributed || !inline)) {
      try {
        return isHidden(el);
      } catch {
        return false;
      }
    }
    return false;
  };
}

interface Buffer {
  owner: Element;
  /** Raw text of the paragraph being built (V8 concatenates strings as ropes: no array needed). */
  text: string;
  linkText: string;
  brRun: number;
  hasText: boolean;
  emitted: number;
  inChrome: boolean;
  /** Inline wrapper of all text so far (undefined: no text yet; null: text in several places). */
  wrap: Element | null | undefined;
  /** Document order at which the current paragraph's first text was seen. */
  startOrder: number;
  caption: boolean;
}

const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar']);

export function walkDocument(doc: Document, isHidden?: (element: Element) => boolean): WalkResult {
  const hidden = makeHiddenCheck(isHidden);
  const result: WalkResult = {
    paragraphs: [],
    stats: new Map(),
    meta: new Map(),
    links: new Map(),
    jsonLd: [],
    titleText: '',
    headings: [],
    times: [],
    images: [],
    captionInlines: [],
    elementCount: 0,
    order: new Map(),
  };
  let totalLength = 0;
  let totalLinkLength = 0;
  const blockChildren = new Map<Element, number>();

  const emit = (buf: Buffer): void => {
    if (!buf.hasText) return;
    const text = collapseWhitespace(buf.text);
    buf.text = '';
    buf.hasText = false;
    const linkText = buf.linkText ? collapseWhitespace(buf.linkText) : '';
    buf.linkText = '';
    const wrapper = buf.wrap ?? null;
    const caption = buf.caption;
    buf.wrap = undefined;
    buf.caption = false;
    if (!text) return;
    const length = weightedLength(text);
    const linkLength = Math.min(length, linkText ? weightedLength(linkText) : 0);
    totalLength += length;
    totalLinkLength += linkLength;
    buf.emitted++;
    result.paragraphs.push({
      owner: buf.owner,
      text,
      length,
      linkLength,
      whole: false,
      tag: buf.owner.localName?.toLowerCase() ?? '',
      index: result.paragraphs.length,
      inChrome: buf.inChrome,
      wrapper,
      caption,
    });
  };

  const recordSpecial = (el: Element, tag: string): void => {
    if (tag === 'meta') {
      const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || '').toLowerCase().trim();
      const content = el.getAttribute('content');
      if (key && content != null && !result.meta.has(key)) result.meta.set(key, content);
    } else if (tag === 'link') {
      const rel = (el.getAttribute('rel') || '').toLowerCase().trim();
      const href = el.getAttribute('href');
      if (rel && href && !result.links.has(rel)) result.links.set(rel, href);
    } else if (tag === 'script') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (type.includes('ld+json')) result.jsonLd.push(el.textContent || '');
    } else if (tag === 'title') {
      if (!result.titleText) result.titleText = collapseWhitespace(el.textContent || '');
    }
  };

  // Document order of the last image seen (for captions that follow an image in an inline wrapper).
  let lastImageOrder = -1;
  /** `inlineTop`: the outermost inline element between the block `buf.owner` and `el` (or null). */
  const walk = (el: Element, buf: Buffer, inLink: boolean, depth: number, inlineTop: Element | null): void => {
    if (depth > MAX_DEPTH) return;
    // Indexing childNodes is O(1) in browsers and Node DOMs alike; `nextSibling` is not in some
    // Node DOMs (it searches the parent's child list), which made big pages quadratic.
    // Browsers follow sibling pointers in O(1) and materialise childNodes lazily; Node DOMs that
    // keep childNodes as an array (linkedom, happy-dom) answer nextSibling by searching it. Use
    // whichever is O(1) here.
    const array = childArrays ? (el.childNodes as unknown as ChildNode[]) : null;
    for (let i = 0, child: ChildNode | null = array ? (array[0] ?? null) : el.firstChild; child; child = array ? (array[++i] ?? null) : child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        if (!/\S/.test(data)) {
          if (buf.hasText) buf.text += ' ';
          continue;
        }
        if (buf.brRun >= 2 && buf.hasText) emit(buf);
        buf.brRun = 0;
        buf.text += data;
        if (!buf.hasText) {
          buf.wrap = inlineTop;
          buf.startOrder = result.elementCount;
        } else if (buf.wrap !== inlineTop) buf.wrap = null;
        buf.hasText = true;
        if (inLink) buf.linkText += ` ${data}`;
        continue;
      }
      if (type !== 1) continue;
      const childEl = child as Element;
      if (++result.elementCount > MAX_ELEMENTS) return;
      result.order.set(childEl, result.elementCount);
      const tag = (childEl.localName || '').toLowerCase();
      if (tag === 'meta' || tag === 'link' || tag === 'script' || tag === 'title') {
        recordSpecial(childEl, tag);
        continue;
      }
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'br') {
        buf.brRun++;
        if (buf.hasText) buf.text += ' ';
        continue;
      }
      // Custom elements (<hl-trusted-source>, <x-citation>) are inline by default: inside a <p> or
      // in the middle of a text run they are part of the sentence, not a block of their own.
      const inline = INLINE_TAGS.has(tag) || (tag.includes('-') && (buf.hasText || buf.owner.localName === 'p'));
      if (hidden(childEl, inline)) continue;
      // AMP pages set every picture as <amp-img> (an <img> appears only once its script runs).
      if (tag === 'img' || tag === 'amp-img') {
        if (result.images.length < 200) result.images.push(childEl);
        lastImageOrder = result.elementCount;
        continue;
      }
      if (tag === 'time') result.times.push(childEl);
      if (inline) {
        const cls = childEl.getAttribute('class');
        const unread = cls ? isUnreadInline(cls) : null;
        // A hover-card wrapper holds the visible trigger (the linked name in the sentence) next to
        // the card: only the card is unread, never the link itself.
        if (unread && !(unread === 'hover' && (tag === 'a' || hasHoverChild(childEl))) && !(unread === 'overlay' && childEl.querySelector('img, picture'))) {
          if (unread === 'caption' && result.captionInlines.length < 100 && /caption/i.test(cls!)) result.captionInlines.push(childEl);
          continue;
        }
        const imageBefore = lastImageOrder;
        walk(childEl, buf, inLink || tag === 'a', depth + 1, inlineTop ?? childEl);
        // An image, then text, inside this inline wrapper: that text is the image's caption.
        if (tag !== 'a' && !inLink && lastImageOrder !== imageBefore && buf.hasText && buf.startOrder >= lastImageOrder && inlineTop === null) {
          buf.caption = true;
          emit(buf);
          buf.brRun = 0;
        }
        continue;
      }
      // A block element: it ends the current paragraph and owns its own text.
      emit(buf);
      buf.brRun = 0;
      blockChildren.set(buf.owner, (blockChildren.get(buf.owner) ?? 0) + 1);
      if (HEADING_TAGS.has(tag)) result.headings.push(childEl);
      const startLength = totalLength;
      const startLink = totalLinkLength;
      const first = result.paragraphs.length;
      const role = childEl.getAttribute('role');
      const inChrome = buf.inChrome || CHROME_TAGS.has(tag) || (!!role && CHROME_ROLES.has(role.toLowerCase()));
      const inner = newBuffer(childEl, inChrome);
      walk(childEl, inner, inLink || tag === 'a', depth + 1, null);
      emit(inner);
      if (inner.emitted === 1 && !blockChildren.has(childEl)) {
        const last = result.paragraphs[result.paragraphs.length - 1];
        if (last && last.owner === childEl) last.whole = true;
      }
      result.stats.set(childEl, {
        length: totalLength - startLength,
        linkLength: totalLinkLength - startLink,
        first,
        end: result.paragraphs.length,
      });
    }
  };

  const root = doc.documentElement;
  const childArrays = !!root && Array.isArray(root.childNodes);
  if (root) {
    const top = newBuffer(root);
    walk(root, top, false, 0, null);
    emit(top);
    result.stats.set(root, { length: totalLength, linkLength: totalLinkLength, first: 0, end: result.paragraphs.length });
  }
  return result;
}

function newBuffer(owner: Element, inChrome = false): Buffer {
  return { owner, text: '', linkText: '', brRun: 0, hasText: false, emitted: 0, inChrome, wrap: undefined, startOrder: 0, caption: false };
}

/**
 * Inline runs that readers do not read as part of the paragraph: photo captions/credits set as a
 * <span> next to the image, screen-reader-only text ("sr-only", "blind", "visually-hidden"), and
 * hover cards nested in a sentence.
 */
function isUnreadInline(cls: string): 'caption' | 'overlay' | 'hover' | 'hidden' | null {
  const tokens = hintTokens(cls);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'caption' || t === 'credit' || t === 'credits') return 'caption';
    // A "copyright" span is the photo credit laid over a picture (unless it wraps the picture itself).
    if (t === 'copyright') return 'overlay';
    if (t === 'blind' || t === 'offscreen') return 'hidden';
    // Hover cards inside a sentence, shown only on interaction. ("tooltip"/"popup" are left out: they
    // also name the visible trigger word, e.g. <abbr class="tooltip">NATO</abbr>.)
    if (t === 'rollover' || t === 'popover' || t === 'hovercard') return 'hover';
    const next = tokens[i + 1];
    if ((t === 'sr' && next === 'only') || (t === 'visually' && next === 'hidden') || (t === 'screen' && next === 'reader')) return 'hidden';
  }
  return null;
}

/** Has a direct child that is itself a hover card (then `el` is the trigger + card wrapper). */
function hasHoverChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const cls = c.getAttribute('class');
    if (cls && isUnreadInline(cls) === 'hover') return true;
  }
  return false;
}

