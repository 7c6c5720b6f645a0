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

/** What the reader copies from the page, in page order, and how to leave out what it must not show. */
export interface ReaderBlocks {
  /** Text blocks and the article's photos (figures, photo boxes with their captions). */
  blocks: Element[];
  /** Elements to leave out of the copies (clutter, header elements shown by the reader itself, hidden). */
  skip(element: Element): boolean;
  /** The page's own lead photo is among the blocks (so the metadata lead image is not needed). */
  hasLeadPhoto: boolean;
}

export function readerBlocks({ article, clutter, isHidden }: Pick<ReaderSource, 'article' | 'clutter' | 'isHidden'>): ReaderBlocks {
  const textBlocks = outermost(article.blocks.filter((block) => block && block.isConnected));
  // The reader shows its own headline, deck and byline; the page's lead photo (also a header element)
  // is kept with its caption.
  const leadPhotos = article.headerElements.filter((element) => element.localName === 'figure');
  const headers = new Set(article.headerElements.filter((element) => !leadPhotos.includes(element)));
  const skip = (element: Element) => clutter.has(element) || headers.has(element) || isHidden(element);
  if (textBlocks.length === 0) return { blocks: [], skip, hasLeadPhoto: false };
  // The article's photos (with their captions) sit between its text blocks, not inside them.
  const photos = articlePhotos(textBlocks, skip);
  return {
    blocks: inDocumentOrder(outermost([...textBlocks, ...photos])),
    skip,
    hasLeadPhoto: photos.some((photo) => leadPhotos.some((lead) => photo.contains(lead))),
  };
}

/** Null when there is no article body to show. */
export function buildReaderContent({ article, url, document, clutter, isHidden }: ReaderSource): ReaderContent | null {
  const { blocks, skip, hasLeadPhoto } = readerBlocks({ article, clutter, isHidden });
  if (blocks.length === 0) return null;
  // Copies live in an inert document: nothing in them loads or runs before sanitizing.
  const inert = document.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  for (const block of blocks) {
    const copy = cloneWithout(block, skip, inert);
    if (copy) holder.appendChild(copy);
  }
  paragraphsFromBreaks(holder);
  const body = sanitizeArticleHtml(holder.innerHTML, url);
  // The page's own lead photo is in the body already: the metadata image would show it twice.
  const lead = !hasLeadPhoto && article.leadImage && isShowableLead(article.leadImage, document) ? article.leadImage : null;
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

const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'img', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

/**
 * Many news bodies (Korean ones above all) separate paragraphs with `<br><br>` in one element instead
 * of `<p>`s. In the copy, each such run of breaks becomes a paragraph boundary, so the reader spaces
 * those paragraphs like any other (one blank line of `<br>`s looked like a gap twice as wide). An
 * element with block children is left as it is (its inline-only descendants are handled on their own).
 */
export function paragraphsFromBreaks(root: Element): void {
  const doc = root.ownerDocument;
  const isBlank = (node: Node) => node.nodeType === 3 && !(node.textContent ?? '').trim();
  const isBreak = (node: Node) => node.nodeType === 1 && (node as Element).localName === 'br';
  for (const element of Array.from(root.querySelectorAll('div, p, td, section, article, blockquote'))) {
    const children = Array.from(element.childNodes);
    if (children.some((node) => node.nodeType === 1 && !INLINE_TAGS.has((node as Element).localName))) continue;
    const groups: Node[][] = [[]];
    let breaks: Node[] = [];
    let split = false;
    for (const node of children) {
      if (isBreak(node)) breaks.push(node);
      else if (isBlank(node)) {
        if (!breaks.length) groups[groups.length - 1]!.push(node);
      } else {
        if (breaks.length >= 2) {
          groups.push([]);
          split = true;
        } else groups[groups.length - 1]!.push(...breaks);
        breaks = [];
        groups[groups.length - 1]!.push(node);
      }
    }
    if (!split) continue;
    const paragraphs = groups.filter((group) => group.some((node) => !isBlank(node))).map((group) => {
      const paragraph = doc.createElement('p');
      paragraph.append(...group);
      return paragraph;
    });
    if (element.localName === 'p') element.replaceWith(...paragraphs);
    else element.replaceChildren(...paragraphs);
  }
}

/** Smallest photo the reader shows by itself (author pictures, icons and spacers are smaller). */
const MIN_PHOTO_WIDTH = 150;
const MIN_PHOTO_HEIGHT = 90;
/** A photo block with more text than this is part of the text, not a caption. */
const MAX_CAPTION_CHARS = 400;
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i;

/**
 * Photos of the article that are not inside one of its text blocks: each as its figure, or as the
 * smallest wrapper that also holds its caption (a table-layout photo box), without any text block.
 * Clutter, hidden or header elements, small images and images linking to other pages (teasers) are
 * left out.
 */
function articlePhotos(blocks: Element[], skip: (element: Element) => boolean): Element[] {
  // The tightest element holding the text: photos elsewhere on the page (sidebars, teasers) stay out,
  // and a page whose text is spread over the whole body gets no photos rather than the page's pictures.
  const container = commonAncestor(blocks);
  if (!container || container.localName === 'body' || container.localName === 'html') return [];
  const units: Element[] = [];
  for (const img of Array.from(container.querySelectorAll('img'))) {
    if (blocks.some((block) => block.contains(img)) || !isPhotoSized(img) || linksElsewhere(img, container)) continue;
    const unit = photoUnit(img, container, blocks);
    if (!unit || units.includes(unit) || skippedWithin(unit, container, skip)) continue;
    units.push(unit);
  }
  return units;
}

function isPhotoSized(img: HTMLImageElement): boolean {
  const size = (attribute: string, rendered: number) => Math.max(Number.parseInt(img.getAttribute(attribute) ?? '', 10) || 0, rendered || 0);
  const width = size('width', img.width);
  const height = size('height', img.height);
  return width >= MIN_PHOTO_WIDTH && (height === 0 || height >= MIN_PHOTO_HEIGHT);
}

/** A thumbnail linking to another page (a teaser), not a photo of this story (an enlarge link is fine). */
function linksElsewhere(img: Element, container: Element): boolean {
  const link = img.closest('a[href]');
  if (!link || !container.contains(link)) return false;
  const href = link.getAttribute('href') ?? '';
  return !href.startsWith('#') && !IMAGE_FILE.test(href) && !/^javascript:/i.test(href);
}

function photoUnit(img: Element, container: Element, blocks: Element[]): Element | null {
  const holdsBlock = (element: Element) => blocks.some((block) => element.contains(block));
  const figure = img.closest('figure');
  if (figure && figure !== container && container.contains(figure) && !holdsBlock(figure)) return figure;
  let unit: Element = img;
  for (let parent = img.parentElement; parent && parent !== container; parent = parent.parentElement) {
    if (holdsBlock(parent) || (parent.textContent ?? '').trim().length > MAX_CAPTION_CHARS) break;
    unit = parent;
  }
  return unit;
}

function skippedWithin(unit: Element, container: Element, skip: (element: Element) => boolean): boolean {
  for (let element: Element | null = unit; element && element !== container; element = element.parentElement) {
    if (skip(element)) return true;
  }
  return false;
}

function commonAncestor(elements: Element[]): Element | null {
  let ancestor: Element | null = elements[0]?.parentElement ?? null;
  while (ancestor && !elements.every((element) => ancestor!.contains(element))) ancestor = ancestor.parentElement;
  return ancestor;
}

function inDocumentOrder(elements: Element[]): Element[] {
  const wanted = new Set(elements);
  const root = commonAncestor(elements);
  if (!root || elements.length < 2) return elements;
  return Array.from(root.querySelectorAll('*')).filter((element) => wanted.has(element));
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
