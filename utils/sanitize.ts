/**
 * THE one module allowed to turn page-derived HTML into DOM (scripts/check-invariants.mjs enforces it).
 *
 * Page HTML is untrusted: an article body can carry `<script>`, `onerror=` handlers, `javascript:`
 * links, forms and iframes. DOMPurify parses it in an inert document (nothing runs, nothing loads) and
 * keeps only a strict allowlist of reading tags and attributes; a final pass makes URLs absolute and
 * allows only http(s) links and http(s)/data-image sources.
 */
import DOMPurify, { type Config } from 'dompurify';

const READING_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'abbr', 'time', 'span', 'div',
  'blockquote', 'q', 'cite', 'pre', 'code',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'img', 'a',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
// width/height stay on images only (enforceAllowlist): with the reader's `height: auto` they give the photo its
// aspect ratio, so the text does not jump down when the image arrives.
const READING_ATTRS = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'width', 'height'];
// Lazy-loading sites keep the real image URL here and a placeholder in `src`.
const LAZY_SRC_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-url'];

const CONFIG: Config = {
  ALLOWED_TAGS: READING_TAGS,
  ALLOWED_ATTR: READING_ATTRS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Dropped with their content (by default DOMPurify keeps the text of removed elements).
  FORBID_CONTENTS: ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'select', 'textarea', 'svg', 'math', 'video', 'audio', 'title'],
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null = null;
let currentBase = '';

function absoluteUrl(value: string, allowDataImage: boolean): string | null {
  const trimmed = value.trim();
  if (allowDataImage && /^data:image\/(png|gif|jpe?g|webp|avif);/i.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed, currentBase || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeElement', (node) => {
    const element = node as Element;
    if (element.nodeType !== 1 || element.localName !== 'img') return;
    const src = element.getAttribute('src') ?? '';
    if (src && !/^data:/i.test(src)) return;
    for (const name of LAZY_SRC_ATTRS) {
      const lazy = element.getAttribute(name);
      if (lazy) {
        element.setAttribute('src', lazy);
        return;
      }
    }
  });
  purifier = instance;
  return instance;
}

/**
 * Sanitizes page-derived HTML into a DocumentFragment of reading elements only (no scripts, event
 * handlers, styles, classes, ids, iframes, forms or media players). Relative URLs resolve against `baseUrl`.
 */
export function sanitizeArticleHtml(html: string, baseUrl: string): DocumentFragment {
  const instance = getPurifier();
  currentBase = baseUrl;
  try {
    // DOMPurify returns its input unchanged where it cannot run (isSupported false): never pass that on.
    const result: unknown = instance.isSupported ? instance.sanitize(html, CONFIG) : null;
    const fragment = result && typeof result === 'object' && (result as Node).nodeType === 11 ? (result as DocumentFragment) : document.createDocumentFragment();
    enforceAllowlist(fragment);
    return fragment;
  } finally {
    currentBase = '';
  }
}

const TAGS = new Set(READING_TAGS);
const ATTRS = new Set([...READING_ATTRS, 'target', 'rel']);
const DROP_WITH_CONTENT = new Set(CONFIG.FORBID_CONTENTS);

/**
 * After DOMPurify: URLs made absolute (links: http(s) only, opening in a new tab without opener;
 * images: http(s) or data:image), and a final allowlist pass so nothing outside it leaves this module
 * even in a DOM where DOMPurify misbehaves (Node test DOMs break its node iteration).
 */
function enforceAllowlist(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!element.isConnected && !root.contains(element)) continue; // removed with an ancestor
    const tag = element.localName.toLowerCase();
    if (!TAGS.has(tag)) {
      if (DROP_WITH_CONTENT.has(tag)) element.remove();
      else element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (!ATTRS.has(name)) element.removeAttribute(attribute.name);
      else if ((name === 'width' || name === 'height') && (tag !== 'img' || !/^\d{1,5}$/.test(attribute.value.trim()))) element.removeAttribute(attribute.name);
    }
    if (element.hasAttribute('href')) {
      const href = absoluteUrl(element.getAttribute('href') ?? '', false);
      if (href) {
        element.setAttribute('href', href);
        // Links open outside the overlay and cannot reach back into the page.
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer');
      } else element.removeAttribute('href');
    }
    if (element.hasAttribute('src')) {
      const src = absoluteUrl(element.getAttribute('src') ?? '', true);
      if (src) element.setAttribute('src', src);
      else element.removeAttribute('src');
    }
  }
}
