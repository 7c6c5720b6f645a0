/**
 * Stable CSS selectors for page elements: what clean view caches per site (so a later visit can hide
 * the same widgets at document_start) and what the "hide this" picker saves.
 *
 * "Stable" means the selector should still find the same widget on the next page of the same site:
 * prefer ids and class names that look hand-written, skip generated tokens (CSS-in-JS hashes, numeric
 * ids) and state classes (`active`, `is-open`), and fall back to a short structural path anchored at the
 * closest stable ancestor. Pure DOM reads only: no layout, no mutation, never throws.
 */

/** Escapes a string for use as a CSS identifier (CSSOM `CSS.escape`, which Node DOMs lack). */
export function cssEscape(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const code = value.charCodeAt(i);
    if (code === 0) {
      out += '\uFFFD';
    } else if ((code >= 0x1 && code <= 0x1f) || code === 0x7f || (i === 0 && code >= 0x30 && code <= 0x39) || (i === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d)) {
      out += `\\${code.toString(16)} `;
    } else if (i === 0 && ch === '-' && value.length === 1) {
      out += '\\-';
    } else if (code >= 0x80 || ch === '-' || ch === '_' || /[0-9A-Za-z]/.test(ch)) {
      out += ch;
    } else {
      out += `\\${ch}`;
    }
  }
  return out;
}

// Class names that describe a momentary state, not a widget: they come and go between visits.
const STATE_TOKEN = /^(active|on|off|open|opened|close|closed|show|shown|hide|hidden|visible|invisible|selected|current|hover|focus|focused|disabled|enabled|expanded|collapsed|fixed|sticky|loaded|loading|ready|init|initialized|first|last|odd|even|clearfix|cf|clear|swiper-slide-active|slick-active|(is|has|js)[-_].*)$/i;

/**
 * Whether an id or class token looks generated (hashes, counters, framework ids) rather than named by
 * a person. Generated tokens change between builds or page views, so a selector built on them breaks.
 */
export function isRandomLooking(token: string): boolean {
  if (token.length === 0 || token.length > 40) return true;
  if (/\d{4,}/.test(token)) return true; // counters, timestamps, article ids
  if (/^[a-f0-9]{6,}$/i.test(token) && /\d/.test(token)) return true; // hex hashes
  if (/^(css|sc|jsx|emotion|styled|svelte|astro|tw|ember|ng|react|yui|mui|chakra)[-_]/i.test(token) && /\d/.test(token)) return true;
  if (/^[-_]{1,2}[a-z0-9]{4,}$/i.test(token) && /\d/.test(token)) return true; // _3xKf2, __a8f3k
  if (/(^|[-_])[a-z0-9]{5,}$/i.test(token)) {
    // A trailing chunk that mixes case and digits (e.g. `Button_root__x7Fk2`, `card-aB3dE9`).
    const tail = token.split(/[-_]/).pop() ?? '';
    if (/\d/.test(tail) && /[a-z]/i.test(tail) && /[A-Z]/.test(tail) && /[a-z]/.test(tail)) return true;
    if (/\d/.test(tail) && /[a-z]/i.test(tail) && tail.replace(/\D/g, '').length >= 2 && !/^[a-z]+\d{1,2}$/i.test(tail)) return true;
  }
  if (/^(ember|ext-gen|yui_|ui-id-|mui-|radix-|headlessui-|react-select-|__next|gatsby-)/i.test(token) && /\d/.test(token)) return true;
  return false;
}

function stableClasses(element: Element, ignoreAttributes: ReadonlySet<string>): string[] {
  const raw = element.getAttribute('class');
  if (!raw) return [];
  const tokens = raw.split(/\s+/).filter((token) => token && !STATE_TOKEN.test(token) && !isRandomLooking(token));
  // Classes an extension (ours) might add are not part of the page.
  return tokens.filter((token) => !ignoreAttributes.has(token) && !token.startsWith('plainly'));
}

function stableId(element: Element): string | null {
  const id = element.getAttribute('id');
  if (!id || isRandomLooking(id) || id.startsWith('plainly')) return null;
  return id;
}

function matchesOnly(root: ParentNode, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** `tag:nth-of-type(n)` for the element among its siblings (just `tag` when it is the only one). */
function structuralStep(element: Element): string {
  const tag = tagOf(element);
  const parent = element.parentElement;
  if (!parent) return tag;
  let index = 0;
  let count = 0;
  for (const sibling of Array.from(parent.children)) {
    if (sibling.localName === element.localName) {
      count++;
      if (sibling === element) index = count;
    }
  }
  return count > 1 ? `${tag}:nth-of-type(${index})` : tag;
}

/** The best single-step selector for an element on its own (id, or tag + stable classes), or null. */
function ownStep(element: Element, ignore: ReadonlySet<string>): { step: string; strong: boolean } | null {
  const id = stableId(element);
  if (id) return { step: `#${cssEscape(id)}`, strong: true };
  const classes = stableClasses(element, ignore);
  if (classes.length) return { step: `${tagOf(element)}${classes.slice(0, 3).map((c) => `.${cssEscape(c)}`).join('')}`, strong: false };
  return null;
}

export interface StableSelectorOptions {
  /** Class tokens never to use (e.g. classes the extension itself adds). */
  ignoreClasses?: Iterable<string>;
  /** How many ancestors a structural path may climb before giving up (default 6). */
  maxDepth?: number;
}

/**
 * A CSS selector that matches exactly `element` in its document, built to survive a reload and, where
 * possible, to find the same widget on other pages of the site. Null for html/head/body, detached
 * elements, or when no unique selector is found within `maxDepth` steps.
 */
export function stableSelector(element: Element, options: StableSelectorOptions = {}): string | null {
  try {
    const doc = element.ownerDocument;
    const tag = tagOf(element);
    if (!doc || tag === 'html' || tag === 'head' || tag === 'body' || !doc.documentElement.contains(element)) return null;
    const ignore = new Set(options.ignoreClasses ?? []);
    const maxDepth = options.maxDepth ?? 6;

    // 1. The element alone: a stable id, or tag + stable classes (fewest classes first).
    const id = stableId(element);
    if (id && matchesOnly(doc, `#${cssEscape(id)}`, element)) return `#${cssEscape(id)}`;
    const classes = stableClasses(element, ignore);
    for (const candidate of classCombinations(tag, classes)) {
      if (matchesOnly(doc, candidate, element)) return candidate;
    }

    // 2. A path from the closest ancestor that has a unique stable selector, each step made unique
    //    among siblings with classes when they tell siblings apart, else with :nth-of-type.
    const steps: string[] = [];
    let current: Element = element;
    for (let depth = 0; depth < maxDepth; depth++) {
      const own = ownStep(current, ignore);
      const parent: Element | null = current.parentElement;
      let step = structuralStep(current);
      if (own && parent && !own.strong) {
        const sameAmongSiblings = Array.from(parent.children).filter((sibling) => safeMatches(sibling, own.step));
        if (sameAmongSiblings.length === 1) step = own.step;
      }
      steps.unshift(step);
      if (!parent) return null;
      const parentTag = tagOf(parent);
      if (parentTag === 'body' || parentTag === 'html') {
        const candidate = `${parentTag} > ${steps.join(' > ')}`;
        return matchesOnly(doc, candidate, element) ? candidate : null;
      }
      const anchor = ownStep(parent, ignore);
      if (anchor && matchesOnly(doc, anchor.step, parent)) {
        const candidate = `${anchor.step} > ${steps.join(' > ')}`;
        if (matchesOnly(doc, candidate, element)) return candidate;
      }
      current = parent;
    }
    return null;
  } catch {
    return null;
  }
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

function* classCombinations(tag: string, classes: string[]): Generator<string> {
  const limited = classes.slice(0, 4).map((c) => `.${cssEscape(c)}`);
  for (const one of limited) yield `${tag}${one}`;
  for (let i = 0; i < limited.length; i++) {
    for (let j = i + 1; j < limited.length; j++) yield `${tag}${limited[i]}${limited[j]}`;
  }
  if (limited.length > 2) yield `${tag}${limited.join('')}`;
}

/** Whether `selector` parses as a CSS selector list in this document (false for junk). */
export function isValidSelector(doc: Document, selector: string): boolean {
  if (!selector.trim() || /[{};]/.test(selector)) return false;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
