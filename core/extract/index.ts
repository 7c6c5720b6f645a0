/**
 * Article detection: `extractArticle(document, options)` → ArticleResult.
 *
 * Pipeline: one read-only walk of the DOM (walk.ts) → page claims from JSON-LD/meta (metadata.ts) →
 * body candidate scoring and clean-up (body.ts) → headline/byline/date/lead image from the visible
 * header (this file) → "is this an article" verdict. Never mutates the document, never throws.
 */
import type { ArticleCaption, ArticleResult, ExtractOptions } from '../types';
import { findBody, imageCaptionBlock } from './body';
import { bylineFrom, cleanAuthorNames } from './byline';
import { normalizeIsoDate, parseDateLine, parseDateLines } from './dates';
import { absolute, readClaims, stripSiteFromTitle, type PageClaims } from './metadata';
import { BOILERPLATE_WORDS, hintTokens } from './hints';
import { collapseWhitespace, countWords, readingMinutes, weightedLength } from './text';
import { walkDocument, type Paragraph, type WalkResult } from './walk';

export type { ArticleResult, ExtractOptions } from '../types';
export { bylineFrom, cleanAuthorNames } from './byline';

function emptyResult(reason: string, confidence: number): ArticleResult {
  return {
    title: null, byline: [], published: null, modified: null, siteName: null, lang: null, leadImage: null,
    canonicalUrl: null, subtitle: null, isArticle: false, confidence, reason, text: '', root: null, blocks: [],
    headerElements: [], wordCount: 0, readingMinutes: 0,
  };
}

/** Detects the article of `doc`. Never throws: on internal failure returns a "not an article" result. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleResult {
  try {
    if (!doc || !doc.documentElement) return emptyResult('no-document', 1);
    return extract(doc, options);
  } catch (error) {
    // Nothing is known about the page: "not an article" with no confidence, and the reason says why.
    return emptyResult(`error:${error instanceof Error ? error.message.slice(0, 80) : 'unknown'}`, 0);
  } finally {
    // The page's strings are not kept after detection.
    normalizedCache.clear();
  }
}

const tagOf = (el: Element): string => (el.localName || '').toLowerCase();

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

function detectLang(doc: Document, claims: PageClaims, text: string): string | null {
  const declared = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang') || claims.lang;
  const clean = declared ? declared.trim().replace(/_/g, '-') : '';
  const script = scriptLanguage(text.slice(0, 2000));
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(clean)) {
    const [base, ...rest] = clean.split('-');
    // Templates often keep a default lang="en" on pages in another script: the text wins then.
    // Hangul and kana name their language; Han and Cyrillic are shared, so they only beat "en".
    const b = base!.toLowerCase();
    if (script && script !== b && (script === 'ko' || script === 'ja' || b === 'en')) return script;
    return [base!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
  }
  // No declaration: guess from the script, then from common words.
  return script ?? (text ? guessLatinLanguage(text.slice(0, 2000)) : null);
}

/** ko/ja/zh/ru when the text is clearly in that script, else null. */
function scriptLanguage(sample: string): string | null {
  if (!sample) return null;
  const count = (re: RegExp): number => (sample.match(re) ?? []).length;
  const letters = count(/\p{L}/gu);
  if (letters < 20) return null;
  if (count(/[\uac00-\ud7af]/g) / letters > 0.3) return 'ko';
  if (count(/[\u3040-\u30ff]/g) / letters > 0.1) return 'ja';
  if (count(/[\u4e00-\u9fff]/g) / letters > 0.3) return 'zh';
  if (count(/[\u0400-\u04ff]/g) / letters > 0.3) return 'ru';
  return null;
}

// The most frequent short words of each language: enough to tell them apart on a paragraph or two.
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'on'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auch', 'den'],
  fr: ['le', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du'],
  es: ['el', 'los', 'las', 'y', 'es', 'del', 'una', 'por', 'con', 'para'],
  pt: ['o', 'os', 'e', 'do', 'da', 'não', 'uma', 'para', 'com', 'em'],
  it: ['il', 'della', 'che', 'di', 'è', 'per', 'una', 'non', 'sono', 'gli'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'zijn', 'voor', 'met'],
};

function guessLatinLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = lang;
    } else if (score > second) second = score;
  }
  return bestScore >= 5 && bestScore >= second * 1.5 ? best : null;
}

// Normalised forms for similarity(), per detection: the page's claimed titles are compared with
// every headline candidate, and the Unicode-class replace was a top cost of the first call.
const normalizedCache = new Map<string, string>();
function normalizedForSimilarity(s: string): string {
  let v = normalizedCache.get(s);
  if (v === undefined) {
    const lower = s.toLowerCase();
    // ASCII text: the letters and digits are a–z and 0–9 after lowercasing (same result, no \p{…}).
    v = /[\u0080-\uffff]/.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, '') : lower.replace(/[^a-z0-9]+/g, '');
    normalizedCache.set(s, v);
  }
  return v;
}

function similarity(a: string, b: string): number {
  const x = normalizedForSimilarity(a);
  const y = normalizedForSimilarity(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (x.includes(y) || y.includes(x)) return Math.min(x.length, y.length) / Math.max(x.length, y.length);
  return 0;
}

/** Document order from the walk; elements the walk did not visit fall back to the DOM. */
function makePrecedes(order: Map<Element, number>): (a: Element, b: Element) => boolean {
  return (a, b) => {
    const x = order.get(a);
    const y = order.get(b);
    if (x !== undefined && y !== undefined) return x < y;
    return !!(a.compareDocumentPosition(b) & 4);
  };
}

function extract(doc: Document, options: ExtractOptions): ArticleResult {
  const walk = walkDocument(doc, options.isHidden);
  const precedes = makePrecedes(walk.order);
  const host = hostOf(options.url);
  // A Korean page: a .kr host, lang="ko", or a <title> written mostly in Hangul (portals on .com).
  const hangulTitle = (walk.titleText.match(/[\uac00-\ud7af]/g) ?? []).length > walk.titleText.length * 0.3;
  const koreanContext = /\.kr$/i.test(host) || /^ko\b/i.test(doc.documentElement.getAttribute('lang') ?? '') || hangulTitle;
  // Korean sites print KST wall-clock time without a zone; Korea has one zone and no DST.
  const defaultOffset = koreanContext ? '+09:00' : null;
  const claims = readClaims(walk, options.url, defaultOffset);
  const body = findBody(walk);

  const headerElements: Element[] = [];
  const areaRoot = body.root;

  // Headline: the heading that matches what the page claims as its title, else the last <h1> before the body.
  // (<title> also without its site part: "Headline | Site" names an <h3> headline as well as "Headline".)
  const docHeadline = claims.docTitle ? stripSiteFromTitle(claims.docTitle, claims.siteName) : null;
  const claimed = [claims.headline, claims.ogTitle, claims.docTitle, docHeadline !== claims.docTitle ? docHeadline : null].filter((t): t is string => !!t);
  let headlineEl: Element | null = null;
  let best = 0;
  for (const h of walk.headings) {
    const level = tagOf(h);
    if (level !== 'h1' && level !== 'h2' && level !== 'h3') continue;
    const st = walk.stats.get(h);
    if (!st || st.first >= st.end) continue;
    const text = walk.paragraphs.slice(st.first, st.end).map((p) => p.text).join(' ');
    let sim = 0;
    for (const c of claimed) sim = Math.max(sim, similarity(text, c));
    const score = sim + (level === 'h1' ? 0.05 : 0);
    if (sim >= (level === 'h3' ? 0.9 : 0.5) && score > best) {
      best = score;
      headlineEl = h;
    }
  }
  // No heading carries the title: a class-named block that does ("<div class=view_headline>"),
  // the nearest one before the body. Only a near-exact match counts: a teaser or breadcrumb that
  // shares words with the title is not the headline.
  if (!headlineEl && areaRoot) headlineEl = headlineBlock(walk, claimed, areaRoot, precedes);
  if (!headlineEl && areaRoot) {
    for (const h of walk.headings) {
      if (tagOf(h) === 'h1' && (precedes(h, areaRoot) || areaRoot.contains(h))) headlineEl = h;
    }
  }
  // A kicker (German Dachzeile, "Exclusive", a topic label) set inside the headline element.
  const kickerSplit = headlineEl ? splitKicker(headlineEl, claimed) : null;
  const headlineText = kickerSplit ? kickerSplit.title : headlineEl ? textOf(walk, headlineEl) : '';
  const title =
    headlineText ||
    claims.headline ||
    claims.ogTitle ||
    (claims.docTitle ? stripSiteFromTitle(claims.docTitle, claims.siteName) : null);
  if (headlineEl) headerElements.push(headlineEl);

  // Body paragraphs minus the headline (some templates put it inside the body container).
  let paragraphs = body.paragraphs;
  if (headlineEl) {
    const h = headlineEl;
    paragraphs = paragraphs.filter((p) => p.owner !== h && !h.contains(p.owner));
    // The article's own <header> around the headline (deck, byline, "Reporting from …") is not
    // body either, when the body area took it in with the text below it.
    const header = headerOf(h, body.root);
    if (header) {
      const rest = paragraphs.filter((p) => !header.contains(p.owner));
      if (rest.length && rest.length < paragraphs.length) paragraphs = rest;
    }
    // Short lines above the headline inside the body area (a "LIVE" badge, a section label, a
    // breadcrumb) are not body: the story starts below its headline.
    const st = walk.stats.get(h);
    if (st) {
      let k = 0;
      while (k < paragraphs.length && paragraphs[k]!.index < st.first) k++;
      if (k > 0 && k <= 4 && paragraphs.length - k >= 3 && paragraphs.slice(0, k).every((p) => p.length < 150)) paragraphs = paragraphs.slice(k);
    }
  }
  if (title) paragraphs = dropLeadingDuplicates(paragraphs, title);

  // A deck/standfirst that the body container starts with leaves the body.
  let subtitle: string | null = null;
  const dek = leadingDek(paragraphs, walk, headlineEl, title, claims.description, defaultOffset);
  if (dek) {
    subtitle = dek.text;
    pushUnique(headerElements, dek.wrapper ?? dek.owner);
    paragraphs = paragraphs.slice(1);
  }

  // Header zone: from the headline to the first body paragraph.
  const firstBody = paragraphs[0]?.owner ?? null;
  const headerZone = headerParagraphs(walk, headlineEl, firstBody);
  let dateLine: { published: string | null; modified: string | null } = { published: null, modified: null };
  const bylineNames: string[] = [];
  for (const p of headerZone) {
    // A photo caption between headline and body dates the photo, not the article.
    if (isCaptionParagraph(p, headlineEl)) continue;
    const dates = p.length < 200 ? parseDateLines(p.text, { defaultOffset }) : [];
    const date = dates[0] ?? null;
    if (date) {
      // One line often holds both times ("입력 2025.03.05 14:32 수정 … 16:07", "… | Updated : …"):
      // the first date publishes unless labelled otherwise; later ones count only with their label.
      dates.forEach((d, i) => {
        if (d.role === 'modified') dateLine.modified ??= d.iso;
        else if (i === 0 || d.role === 'published') dateLine.published ??= d.iso;
      });
      pushUnique(headerElements, p.owner);
      // A byline often shares the line with the date ("By Jane Doe | Dec 9, 2022").
    }
    // (Marked authors only from a line's own block, never from a wrapper of the body.)
    // (A selector query per line costs: only small blocks, where a byline line lives, are searched.)
    const own = (walk.stats.get(p.owner)?.length ?? Infinity) <= 400 && !(firstBody && p.owner.contains(firstBody)) && !(areaRoot && p.owner.contains(areaRoot));
    const byline = bylineFrom(p.text);
    if (byline && p.length < 160) {
      bylineNames.push(...(own ? byline.map((name) => linkedName(p.owner, name)) : byline));
      pushUnique(headerElements, p.owner);
      continue;
    }
    // (A byline line is short: name, role, maybe a date. Longer lines are not searched.)
    const marked = bylineNames.length || !own || p.length >= 100 ? null : markedAuthors(p.owner);
    if (marked) {
      // Only the marked names join the header: the line around them may hold an author card,
      // categories or a comment count, which a clean view should still be free to hide.
      bylineNames.push(...marked.names);
      for (const el of marked.elements) pushUnique(headerElements, el);
      continue;
    }
    const subtitleLike =
      /^h[2-4]$/.test(p.tag) || subtitleHinted(p.owner, headlineEl, firstBody) ||
      // Class-free: the page's description, set right after the headline.
      (!!headlineEl && !!claims.description && p.whole && followsHeadline(p.owner, headlineEl) && similarity(p.text, claims.description) >= 0.8);
    if (!date && !subtitle && subtitleLike && !(title && similarity(p.text, title) > 0.8) && !p.inChrome && p.length >= 30 && p.length < 400 && p.linkLength < p.length * 0.3 && !looksLikeWidget(p.owner, headlineEl)) {
      subtitle = p.text;
      pushUnique(headerElements, p.owner);
    }
  }
  // <time> elements near the article also date it.
  for (const t of walk.times) {
    if (areaRoot && !(precedes(t, areaRoot) || areaRoot.contains(t))) continue;
    const iso = normalizeIsoDate(t.getAttribute('datetime'), { defaultOffset });
    if (iso) {
      // The printed line may give the day only ("Mar 5, 2025"); its <time> gives the instant.
      if (dateLine.published && !dateLine.published.includes('T') && iso.startsWith(`${dateLine.published}T`)) dateLine.published = iso;
      dateLine.published ??= iso;
      break;
    }
  }
  if (!dateLine.published && areaRoot) dateLine = datesInside(body.paragraphs, defaultOffset, dateLine);

  // Lead image: first sizeable image in the header zone or at the top of the body.
  let leadImage = claims.image;
  let leadImageEl: Element | null = null;
  for (const img of walk.images) {
    if (!areaRoot) break;
    const inBody = areaRoot.contains(img);
    const beforeBody = headlineEl ? precedes(headlineEl, img) && precedes(img, areaRoot) : false;
    if (!inBody && !beforeBody) continue;
    const width = Number(img.getAttribute('width') ?? '0');
    if (width && width < 100) continue;
    leadImageEl = img.closest?.('figure') ?? img;
    if (!leadImage) {
      const src = img.getAttribute('src') ?? img.getAttribute('data-src');
      if (src && !src.startsWith('data:')) leadImage = absolute(src, options.url);
    }
    break;
  }
  if (leadImageEl) pushUnique(headerElements, leadImageEl);
  const captions = collectCaptions(walk, headerZone, body.considered, new Set(body.paragraphs), areaRoot, headlineEl, precedes);

  // Data tables in the body stay visible (they are blocks) but are not body text (fixtures format:
  // "bodyTable … is not in body") — unless the table is most of the article (a results page).
  const tables = bodyTables(paragraphs, areaRoot);
  const tableBlocks = [...tables.keys()];
  if (tableBlocks.length) {
    paragraphs = paragraphs.filter((p) => {
      const table = p.owner.closest?.('table');
      return !(table && tables.get(table));
    });
  }
  const text = paragraphs.map((p) => p.text).join('\n\n');
  // Blocks in document order. A container with its own text runs between child blocks (text and
  // <br><br> next to <p>s) is itself a block and comes before the blocks nested in it.
  const seen = new Set<Element>();
  const blocks: Element[] = [];
  let ordered = true;
  const owners = paragraphs.map((p) => p.owner);
  for (const table of tableBlocks) if (tables.get(table)) owners.push(table);
  if (owners.length !== paragraphs.length) ordered = false;
  for (const owner of owners) {
    if (!seen.has(owner)) {
      seen.add(owner);
      const last = blocks[blocks.length - 1];
      if (last && !precedes(last, owner)) ordered = false;
      blocks.push(owner);
    }
  }
  if (!ordered) blocks.sort((a, b) => (precedes(a, b) ? -1 : 1));
  // The root handed to the page is the smallest element containing every block.
  const root = blocks.length ? commonAncestor(blocks) : areaRoot;
  const wordCount = countWords(text);
  const lang = detectLang(doc, claims, text);
  const published = claims.published ?? dateLine.published;
  const headlineBeforeBody = !!headlineEl && !!firstBody && precedes(headlineEl, firstBody) && headerZone.length <= 15;
  const verdict = judge(claims, walk, paragraphs, text, body.score, root, body.considered, {
    dated: !!published,
    headlineBeforeBody,
    // A headline of real length that the page's own title names (index pages title themselves with
    // the site or section name, whose heading is a word or two).
    headlineClaimed:
      headlineBeforeBody && weightedLength(headlineText) >= 25 && claimed.some((c) => similarity(headlineText, c) >= 0.8),
  });
  // Korean wire copy names its reporter in the dateline that opens the body: "(울산=한빛뉴스) 김도윤 기자 = …".
  if (!claims.authors.length && !bylineNames.length && paragraphs[0]) {
    const wire = KOREAN_WIRE_DATELINE.exec(paragraphs[0].text);
    if (wire) bylineNames.push(wire[1]!);
  }
  // Broadcasters and many Korean sites name the reporter only in a box after the story ("김철수 기자").
  if (!claims.authors.length && !bylineNames.length) bylineNames.push(...closingByline(walk, paragraphs));
  const byline = cleanAuthorNames(claims.authors.length ? claims.authors : bylineNames, claims.siteName);

  return {
    title: title ?? null,
    byline,
    published,
    modified: claims.modified ?? dateLine.modified,
    siteName: claims.siteName,
    lang,
    leadImage: leadImage ?? null,
    canonicalUrl: claims.canonical,
    subtitle,
    kicker: kickerSplit?.kicker ?? null,
    captions: verdict.isArticle ? captions : [],
    isArticle: verdict.isArticle,
    confidence: verdict.confidence,
    reason: verdict.reason,
    text: verdict.isArticle || text ? text : '',
    root: verdict.isArticle ? root : null,
    blocks: verdict.isArticle ? blocks : [],
    headerElements: verdict.isArticle ? headerElements.sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1)) : [],
    wordCount,
    readingMinutes: readingMinutes(text, wordCount),
  };
}

const KOREAN_WIRE_DATELINE = /^[([]\s*[^=)\]]{1,20}=\s*[^)\]]{1,20}[)\]]\s*([가-힣]{2,4})\s*(?:기자|특파원)\s*=/;

const CAPTION_WORDS = new Set(['caption', 'figcaption', 'credit', 'credits']);

// Korean photo captions set as a line of their own ("▲ … [사진=…]", "… (사진=연합뉴스)").
const KOREAN_CAPTION_LINE = /^▲|[[(]\s*(사진|자료|그래픽)\s*(제공)?\s*[=:][^\])]*[\])]$/;

/**
 * Photo captions of the article (header zone and body area): <figcaption>s, elements whose class
 * names a caption, text set after an image in an inline wrapper, and Korean ▲/[사진=…] caption
 * lines. None of them is body text; they are listed so facts in captions can be shown separately.
 */
function collectCaptions(
  walk: WalkResult, headerZone: Paragraph[], considered: Paragraph[], bodyText: Set<Paragraph>, root: Element | null,
  headline: Element | null, precedes: (a: Element, b: Element) => boolean,
): ArticleCaption[] {
  if (!root) return [];
  const byElement = new Map<Element, string[]>();
  const add = (el: Element, text: string): void => {
    const list = byElement.get(el);
    if (list) list.push(text);
    else byElement.set(el, [text]);
  };
  for (const p of new Set([...headerZone, ...considered])) {
    // Body text is never a caption (caption containers are cleaned out of it): only what was left out.
    if (bodyText.has(p) || p.inChrome || p.linkLength > p.length * 0.5) continue;
    if (p.caption) {
      add(p.wrapper ?? p.owner, p.text);
      continue;
    }
    let found: Element | null = null;
    for (let el: Element | null = p.owner, i = 0; el && i < 4; el = el.parentElement, i++) {
      const cls = el.getAttribute('class');
      // (Substring pre-check first: this runs for every paragraph of the body area.)
      if (tagOf(el) === 'figcaption' || (cls && /caption/i.test(cls) && hintTokens(cls).some((t) => t === 'caption' || t === 'figcaption'))) {
        found = el;
        break;
      }
      if (el === root) break;
    }
    if (!found) {
      // (A picture with a disclaimer or ad label is not a photo and its caption.)
      const block = imageCaptionBlock(p, walk, root);
      if (block && !hintTokens(`${block.getAttribute('class') ?? ''} ${block.getAttribute('id') ?? ''}`).some((t) => BOILERPLATE_WORDS.has(t) && !CAPTION_WORDS.has(t))) found = block;
    }
    if (found) add(found, p.text);
    // (A caption line that shares its element with body text has no element of its own to list.)
    else if (p.length < 600 && KOREAN_CAPTION_LINE.test(p.text) && (p.whole || p.wrapper)) add(p.whole ? p.owner : p.wrapper!, p.text);
  }
  for (const el of walk.captionInlines) {
    const near = root.contains(el) || (headline ? precedes(headline, el) && precedes(el, root) : false);
    if (!near) continue;
    const text = collapseWhitespace(el.textContent ?? '');
    if (text) add(el, text);
  }
  const out: ArticleCaption[] = [];
  for (const [element, texts] of byElement) {
    if (/^(advertisement|advert|anzeige|광고|ad)$/i.test(texts.join(' '))) continue;
    // A caption wrapper nested in one already listed (figcaption > span.caption) is the same caption.
    if (out.some((c) => c.element.contains(element) || element.contains(c.element))) continue;
    out.push({ text: texts.join(' '), element });
  }
  return out.sort((a, b) => (precedes(a.element, b.element) ? -1 : 1));
}

const KICKER_HINT = /kicker|overline|dachzeile|spitzmarke|eyebrow|topline|roofline|supertitle|super-title/i;

/**
 * Splits a kicker off the start of the headline element: `<h1><span>Energie</span><span>Leipziger
 * Stadtwerke …</span></h1>` reads as two lines, but its text runs together ("EnergieLeipziger…").
 * The first part is a kicker when it is short and (a) the page's claimed title (og:title, JSON-LD
 * headline) names the rest but not the kicker, (b) it is glued to the rest with no space between
 * a letter and a capital/digit (only a block-level break separates them on screen), or (c) its
 * class says so. Returns null when the headline has no such part.
 */
function splitKicker(headline: Element, claims: string[]): { kicker: string; title: string } | null {
  let el = headline;
  const full = collapseWhitespace(headline.textContent ?? '');
  // Descend through single wrappers (<h1><a><span>…</span><span>…</span></a></h1>).
  while (el.children.length === 1 && collapseWhitespace(el.children[0]!.textContent ?? '') === full) el = el.children[0]!;
  const parts: { raw: string; el: Element | null }[] = [];
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      const raw = (node as Text).data;
      if (raw) parts.push({ raw, el: null });
    } else if (node.nodeType === 1 && !SKIP_CHILD.has(tagOf(node as Element))) {
      const raw = (node as Element).textContent ?? '';
      if (raw) parts.push({ raw, el: node as Element });
    }
  }
  while (parts.length && !parts[0]!.raw.trim()) parts.shift();
  const first = parts[0];
  if (!first?.el || parts.length < 2) return null;
  const kicker = collapseWhitespace(first.raw);
  const restRaw = parts.slice(1).map((p) => p.raw).join('');
  const title = collapseWhitespace(restRaw);
  const kickerWords = kicker.split(' ').length;
  if (!kicker || kicker.length > 40 || kickerWords > 4 || title.split(' ').length < 3 || title.length < kicker.length * 2) return null;
  const best = (text: string): number => claims.reduce((m, c) => Math.max(m, similarity(text, c)), 0);
  // Cheapest first; the Unicode-class tests (slow to compile on first use) only when still needed.
  const hinted = (): boolean => KICKER_HINT.test(`${first.el!.getAttribute('class') ?? ''} ${first.el!.getAttribute('id') ?? ''}`);
  const claimed = (): boolean => {
    const titleScore = best(title);
    return titleScore >= 0.95 && titleScore > best(full);
  };
  const glued = (): boolean => endsWithLetterOrDigit(first.raw) && startsWithCapitalOrDigit(restRaw) && hasThreeLetters(kicker);
  return hinted() || claimed() || glued() ? { kicker: kicker.replace(/[:|·–—-]\s*$/, '').trim(), title } : null;
}

// The tests below answer ASCII text without a Unicode-property regex (same answers: ASCII letters
// are \p{L}, A–Z are \p{Lu}, 0–9 are \p{N}, no other ASCII character is in those classes) and
// fall back to the regex for anything else.
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
function endsWithLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c < 128) return isAsciiAlnum(c);
  return /[\p{L}\p{N}]$/u.test(text);
}
function startsWithCapitalOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return /^[\p{Lu}\p{N}]/u.test(text);
}
function hasThreeLetters(text: string): boolean {
  return /[a-z]{3}/i.test(text) || (/[\u0080-\uffff]/.test(text) && /\p{L}{3}/u.test(text));
}

const SKIP_CHILD = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button']);

// Class words of a deck inside the body container ("lede", "intro" and "summary" are left out: they
// also name the first body paragraph itself, e.g. a "speakable-summary" lede).
const DEK_HINT = /sub_?title|subhead|dek\b|deck|standfirst|excerpt|teaser|strapline/i;
const BOLD_TAGS = new Set(['strong', 'b']);

const isBold = (p: Paragraph | undefined): boolean =>
  !!p && (BOLD_TAGS.has(p.tag) || (!!p.wrapper && BOLD_TAGS.has(tagOf(p.wrapper))));

/**
 * The first body paragraph when it is a deck, not body text: short, link-poor, not a date or byline
 * line, and set apart from the paragraphs that follow by its form — a sub-heading (h2–h4) that
 * directly follows the headline, a bold run without a closing period standing alone before plain
 * paragraphs, a deck class word on it or its container, or schema.org's itemprop=description. Body text is the same kind of element over and over; a deck is not.
 */
function leadingDek(
  paragraphs: Paragraph[], walk: WalkResult, headline: Element | null, title: string | null, description: string | null,
  defaultOffset: string | null,
): Paragraph | null {
  const p = paragraphs[0];
  const next = paragraphs[1];
  if (!p || !next || paragraphs.length < 3) return null;
  if (p.length < 30 || p.length > 500 || p.linkLength > p.length * 0.3 || /[:：]$/.test(p.text)) return null;
  if (headline) {
    const st = walk.stats.get(headline);
    if (st && p.index < st.end) return null;
  }
  // Not the title again, a byline or a date line. (Checked only once the form says "deck": most
  // first paragraphs are plain body text, and these are the costly tests.)
  const deck = (): Paragraph | null =>
    (title && similarity(p.text, title) > 0.8) || bylineFrom(p.text) || (p.length < 200 && parseDateLine(p.text, { defaultOffset }))
      ? null
      : p;
  if (/^h[2-4]$/.test(p.tag)) {
    // Directly after the headline: nothing but short lines (date, byline, labels) between them.
    const st = headline ? walk.stats.get(headline) : undefined;
    if (!st) return null;
    const between = walk.paragraphs.slice(st.end, p.index);
    if (between.length > 4 || between.some((b) => b.length > 120 && !b.inChrome)) return null;
    return /^h[2-6]$/.test(next.tag) ? null : deck();
  }
  // A bold run that is a full sentence is often a bold lede (part of the body); a deck is set like a
  // headline, without the closing period.
  if (isBold(p) && !isBold(next) && !HEADING_TAG.test(next.tag) && !/[.!?。]["”’»)]?$/.test(p.text)) return deck();
  // The page's description, set in its own element right after the headline, apart from the
  // container of the paragraphs that follow. (A lede that the description merely copies shares
  // its container with the next paragraph.)
  if (
    headline && description && p.whole && similarity(p.text, description) >= 0.8 &&
    followsHeadline(p.owner, headline) && p.owner.parentElement !== next.owner.parentElement
  ) return deck();
  for (let el: Element | null = p.wrapper ?? p.owner, i = 0; el && i < 3; el = el.parentElement, i++) {
    let container = false; // the body container itself (also when it holds the next lines directly)
    for (let j = 1; j < 4 && j < paragraphs.length; j++) {
      const q = paragraphs[j]!.owner;
      if (el.contains(q)) container = true;
    }
    if (container) break;
    if (DEK_HINT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return deck();
    // schema.org microdata: the publisher marks the deck itself.
    if (/^(?:description|alternativeheadline|abstract)$/i.test(el.getAttribute('itemprop') ?? '')) return deck();
  }
  return null;
}

const HEADING_TAG = /^h[1-6]$/;

/** `el` is the next element after the headline (or after the headline's own single wrapper). */
function followsHeadline(el: Element, headline: Element): boolean {
  for (let h: Element | null = headline, i = 0; h && i < 3; h = h.parentElement, i++) {
    if (h.nextElementSibling === el) return true;
    if (h.parentElement && h.parentElement.children.length > 1) break;
  }
  return false;
}

function headlineBlock(
  walk: WalkResult, claimed: string[], areaRoot: Element, precedes: (a: Element, b: Element) => boolean,
): Element | null {
  if (!claimed.length) return null;
  let found: Element | null = null;
  for (const p of walk.paragraphs) {
    if (!precedes(p.owner, areaRoot)) break;
    if (!p.whole || p.inChrome || p.length < 20 || p.length > 400 || p.linkLength > 0) continue;
    if (claimed.some((c) => similarity(p.text, c) >= 0.9)) found = p.owner;
  }
  return found;
}

/**
 * Names the page marks as its author inside a byline line without "By" (`<a rel=author>`,
 * `itemprop=author`): short, letters only. Null when the line marks none.
 */
function markedAuthors(owner: Element): { names: string[]; elements: Element[] } | null {
  // A plain walk of the (small) block: selector queries are compiled per call in some Node DOMs.
  const hasWord = (el: Element, attr: string, word: string): boolean => {
    const v = el.getAttribute(attr);
    return !!v && v.toLowerCase().includes(word) && v.toLowerCase().split(/\s+/).includes(word);
  };
  const marked: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c && marked.length < 4; c = c.nextElementSibling) {
      if ((tagOf(c) === 'a' && hasWord(c, 'rel', 'author')) || hasWord(c, 'itemprop', 'author')) marked.push(c);
      else visit(c);
    }
  };
  visit(owner);
  // No markup for it: a block the template names "byline"/"author" (class, id, data-testid,
  // data-component), whose first part is a person's name ("<span>Harriet Okafor</span><span>Role</span>").
  if (!marked.length) {
    const named = bylineNamedBlock(owner);
    const person = named ? firstPersonName(named) : null;
    if (person) marked.push(person);
  }
  const names: string[] = [];
  const elements: Element[] = [];
  for (const el of marked) {
    // itemprop=author may hold a Person with its own itemprop=name.
    const name = collapseWhitespace((el.querySelector('[itemprop~="name"]') ?? el).textContent ?? '');
    // (The same name marked again — an author card's link — adds nothing to the header.)
    if (name && name.length <= 60 && name.split(' ').length <= 5 && !/[\d@:]/.test(name) && !names.includes(name)) {
      names.push(name);
      elements.push(el);
    }
  }
  return names.length ? { names, elements } : null;
}

const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'contributor', 'contributors', 'writer']);
const ATTR_HINTS = ['class', 'id', 'data-testid', 'data-component'];

/** `owner`, an ancestor (two levels) or a descendant the template names as the byline, or null. */
function bylineNamedBlock(owner: Element): Element | null {
  const named = (el: Element): boolean =>
    ATTR_HINTS.some((attr) => {
      const v = el.getAttribute(attr);
      return !!v && /author|byline|contributor|writer/i.test(v) && hintTokens(v).some((t) => BYLINE_WORDS.has(t));
    });
  for (let el: Element | null = owner, i = 0; el && i < 3; el = el.parentElement, i++) if (named(el)) return el;
  let found: Element | null = null;
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c && !found; c = c.nextElementSibling) {
      if (named(c)) found = c;
      else visit(c);
    }
  };
  visit(owner);
  return found;
}

// Two to four capitalised words: a person's name (not "Northmoor News, Yorkshire": the comma).
const PERSON_LIKE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * The first innermost element of `block` (itself included) whose whole text is a person's name:
 * "<span>Elliot Brownstein</span> <span>Florida Today</span>" names the first span, not both.
 */
function firstPersonName(block: Element): Element | null {
  let seen = 0;
  const visit = (el: Element): Element | null => {
    if (++seen > 60) return null;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const inner = visit(c);
      if (inner) return inner;
    }
    if (el.firstElementChild && collapseWhitespace(el.firstElementChild.textContent ?? '') !== collapseWhitespace(el.textContent ?? '')) return null;
    const text = collapseWhitespace(el.textContent ?? '');
    return text.length <= 40 && PERSON_LIKE.test(text) && !/\b(?:news|times|post|press|media|staff|team|desk|reporter|editor|writer|correspondent|today)\b/i.test(text) ? el : null;
  };
  return visit(block);
}

/**
 * "By <a>Sam Lee</a> Global News": when a link in the byline line names the start of `name`, the
 * link is the person and the rest is the outlet or a role.
 */
function linkedName(owner: Element, name: string): string {
  let found = name;
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c && found === name; c = c.nextElementSibling) {
      if (tagOf(c) === 'a') {
        const text = collapseWhitespace(c.textContent ?? '');
        if (text.length >= 3 && text.length < name.length && name.startsWith(`${text} `) && text.includes(' ')) found = text;
      } else visit(c);
    }
  };
  visit(owner);
  return found;
}

/** The <header> element (below `root`) that holds the headline, or null. */
function headerOf(headline: Element, root: Element | null): Element | null {
  if (!root || !root.contains(headline)) return null;
  for (let el = headline.parentElement, i = 0; el && el !== root && i < 4; el = el.parentElement, i++) {
    if (tagOf(el) === 'header') return el;
  }
  return null;
}

/** A photo caption: text after an image in an inline wrapper, or inside a <figcaption>/<figure> or a caption-class element. */
function isCaptionParagraph(p: Paragraph, headline: Element | null): boolean {
  if (p.caption) return true;
  for (let el: Element | null = p.owner, i = 0; el && i < 3; el = el.parentElement, i++) {
    // A "caption" box that holds the headline is the header block ("landing-caption"), not a photo caption.
    if (headline && el.contains(headline)) break;
    const tag = tagOf(el);
    if (tag === 'figcaption' || tag === 'figure') return true;
    const cls = el.getAttribute('class');
    if (cls && /caption/i.test(cls) && hintTokens(cls).some((t) => t === 'caption' || t === 'figcaption')) return true;
  }
  return false;
}

const SUBTITLE_HINT = /sub_?title|sub_?head|summary|dek\b|deck|standfirst|excerpt|lede|teaser|strapline/i;

/**
 * The deck's class is on the line itself or on its own wrapper (`<div class=standfirst><p>…`), up
 * to two levels up — never on a container that also holds the headline or the body.
 */
function subtitleHinted(owner: Element, headline: Element | null, firstBody: Element | null): boolean {
  for (let el: Element | null = owner, i = 0; el && i < 3; el = el.parentElement, i++) {
    if (i > 0 && ((headline && el.contains(headline)) || (firstBody && el.contains(firstBody)))) break;
    const hints = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // ("view_sub", "article-sub": "sub" as a class word of its own.)
    if (SUBTITLE_HINT.test(hints) || (/sub/i.test(hints) && hintTokens(hints).includes('sub'))) return true;
  }
  return false;
}

/** A heading or box of a widget (related, most popular, newsletter…) by its own or its parent's class/id. */
function looksLikeWidget(el: Element, headline: Element | null = null): boolean {
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) {
    // A box that holds the headline is the article itself ("newsletter-post" on a newsletter platform).
    if (i > 0 && headline && e.contains(headline)) break;
    const hints = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (hints.trim() && hintTokens(hints).some((t) => BOILERPLATE_WORDS.has(t) || t === 'popular' || t === 'recent' || t === 'browser')) return true;
  }
  return false;
}

/**
 * Data tables (a header row, or at least 3 rows of 2+ cells) holding body paragraphs, mapped to
 * whether they leave the body text: yes unless the table carries 40% or more of the body.
 */
function bodyTables(paragraphs: Paragraph[], root: Element | null): Map<Element, boolean> {
  const tables = new Map<Element, number>();
  let total = 0;
  for (const p of paragraphs) {
    total += p.length;
    const table = root && p.owner.closest ? p.owner.closest('table') : null;
    if (table && root!.contains(table)) tables.set(table, (tables.get(table) ?? 0) + p.length);
  }
  const out = new Map<Element, boolean>();
  for (const [table, length] of tables) {
    const rows = table.querySelectorAll('tr');
    const isData = table.querySelector('th') !== null || [...rows].filter((r) => r.children.length >= 2).length >= 3;
    out.set(table, isData && length < total * 0.4);
  }
  return out;
}

function commonAncestor(elements: Element[]): Element | null {
  const first = elements[0];
  if (!first) return null;
  const chain: Element[] = [];
  for (let e: Element | null = first; e; e = e.parentElement) chain.push(e);
  let depth = 0; // index into chain of the current common ancestor
  for (const el of elements) {
    let e: Element | null = el;
    while (e && chain.indexOf(e, depth) < 0) e = e.parentElement;
    if (!e) return null;
    depth = chain.indexOf(e, depth);
  }
  return chain[depth] ?? null;
}

function pushUnique(list: Element[], el: Element): void {
  if (!list.includes(el)) list.push(el);
}

function textOf(walk: WalkResult, el: Element): string {
  const st = walk.stats.get(el);
  if (!st) return '';
  return collapseWhitespace(walk.paragraphs.slice(st.first, st.end).map((p) => p.text).join(' '));
}

function dropLeadingDuplicates(paragraphs: Paragraph[], title: string): Paragraph[] {
  let i = 0;
  while (i < paragraphs.length && i < 3 && similarity(paragraphs[i]!.text, title) > 0.9) i++;
  return i ? paragraphs.slice(i) : paragraphs;
}

/** Paragraphs between the headline and the first body paragraph (bounded). */
/** A reporter line of its own: "김철수 기자", "김철수 기자 kcs@…", "By Jane Doe". */
const CLOSING_BYLINE = /^(?:[가-힣]{2,4}\s*(?:기자|특파원|선임기자|객원기자|통신원)(?:\s|$)|by\s+\p{Lu})/u;

/**
 * Author names from a short reporter line in the few lines right after the body, for pages that
 * print no byline above the story. Only a line that is a byline as a whole (name + role, an e-mail).
 */
function closingByline(walk: WalkResult, body: Paragraph[]): string[] {
  const last = body[body.length - 1];
  if (!last) return [];
  const all = walk.paragraphs;
  for (let i = last.index + 1; i < all.length && i <= last.index + 6; i++) {
    const p = all[i]!;
    if (p.inChrome || p.length > 60 || /^h[1-6]$/.test(p.tag)) continue;
    const text = p.text.replace(/\S+@\S+/g, '').trim();
    if (!CLOSING_BYLINE.test(text) || text.length > 40) continue;
    const names = bylineFrom(text);
    if (names?.length) return names;
  }
  return [];
}

function headerParagraphs(walk: WalkResult, headline: Element | null, firstBody: Element | null): Paragraph[] {
  if (!firstBody) return [];
  const all = walk.paragraphs;
  let end = all.findIndex((p) => p.owner === firstBody);
  if (end < 0) return [];
  let start = Math.max(0, end - 12);
  if (headline) {
    const st = walk.stats.get(headline);
    if (st && st.end <= end && end - st.end <= 40) start = st.end;
  }
  end = Math.min(end, start + 40);
  return all.slice(start, end);
}

function datesInside(
  paragraphs: Paragraph[], defaultOffset: string | null, found: { published: string | null; modified: string | null },
): { published: string | null; modified: string | null } {
  for (const p of paragraphs.slice(0, 3).concat(paragraphs.slice(-3))) {
    if (p.length > 200) continue;
    const d = parseDateLine(p.text, { defaultOffset });
    if (d?.role) {
      if (d.role === 'modified') found.modified ??= d.iso;
      else found.published ??= d.iso;
    }
  }
  return found;
}


/**
 * Number of (linked headline → teaser paragraph) pairs in reading order. A headline counts only when
 * it starts its own item: the run of links in a "related articles" box, followed by the next body
 * paragraph, is one box, not a list of stories.
 */
function teaserPairs(paragraphs: Paragraph[], kept: Set<Paragraph>): number {
  const isLinkHead = (p: Paragraph | undefined): boolean =>
    !!p && p.length >= 15 && p.length <= 200 && p.linkLength >= p.length * 0.8;
  let pairs = 0;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const head = paragraphs[i]!;
    if (!isLinkHead(head) || isLinkHead(paragraphs[i - 1])) continue;
    const next = paragraphs[i + 1]!;
    // Only teasers that made it into the body count: comment threads (author link + comment)
    // are cleaned out of an article and say nothing about it.
    if (kept.has(next) && next.length >= 40 && next.linkLength < next.length * 0.2) pairs++;
  }
  return pairs;
}

interface Verdict {
  isArticle: boolean;
  confidence: number;
  reason: string;
}

/**
 * Article or not. Structured data says what the publisher thinks; the body says what is on the page.
 * A page with a long, prose-like, link-poor body is an article; a page whose text is mostly link
 * lists (home, section, search pages) is not, whatever its markup claims.
 */
function judge(
  claims: PageClaims, walk: WalkResult, paragraphs: Paragraph[], text: string, score: number, root: Element | null,
  considered: Paragraph[],
  signals: { dated: boolean; headlineBeforeBody: boolean; headlineClaimed: boolean },
): Verdict {
  const bodyLength = weightedLength(text);
  const pageStats = walk.stats.get(walk.paragraphs[0]?.owner.ownerDocument?.documentElement as Element);
  const pageLength = pageStats?.length ?? 0;
  const pageLinkDensity = pageStats && pageStats.length ? pageStats.linkLength / pageStats.length : 0;
  const proseParagraphs = paragraphs.filter((p) => p.length >= 80 && p.linkLength / p.length < 0.3).length;
  // og:type is case-insensitive in practice ("Article" on some CMSs).
  const claimsArticle = !!claims.articleType || /^article\b/i.test(claims.ogType ?? '');
  const listPage = claims.ldTypes.some((t) => /^(CollectionPage|ItemList|SearchResultsPage|WebSite)$/i.test(t)) && !claims.articleType;

  if (!root) return { isArticle: false, confidence: 0.9, reason: 'no-body' };
  // A main area whose every part was cleaned away as link lists: an index page.
  if (bodyLength === 0) return { isArticle: false, confidence: 0.9, reason: considered.length ? 'link-list' : 'no-body' };
  const share = pageLength ? bodyLength / pageLength : 0;
  let evidence = 0;
  evidence += Math.min(bodyLength / 1500, 1) * 0.35;
  evidence += Math.min(proseParagraphs / 4, 1) * 0.25;
  evidence += Math.min(share / 0.3, 1) * 0.15;
  evidence += claimsArticle ? 0.25 : 0;
  evidence += Math.min(score / 40, 1) * 0.05;
  evidence += signals.dated ? 0.1 : 0;
  evidence += signals.headlineBeforeBody ? 0.1 : 0;
  evidence += signals.headlineClaimed ? 0.15 : 0;
  if (listPage) evidence -= 0.2;
  // A list of stories: linked headlines each followed by a teaser, over and over. Articles have the
  // odd "Read more" link before a paragraph, not a rhythm of them.
  const teasers = teaserPairs(considered, new Set(paragraphs));
  // A page that declares itself an Article in JSON-LD and shows its headline right above the body
  // is a listicle (deals, "10 things"), not an index page.
  const declaredListicle = !!claims.articleType && signals.headlineBeforeBody;
  const listLike =
    teasers >= 5 && teasers >= proseParagraphs * 0.3 && !declaredListicle && !(claimsArticle && teasers < proseParagraphs * 0.5);
  // A link-heavy page with little prose: portals wrap short stories in huge menus, so a page that
  // names itself an article, or titles itself by the headline above the body, loses less.
  if (pageLinkDensity > 0.6 && proseParagraphs < 3) evidence -= claimsArticle || signals.headlineClaimed ? 0.1 : 0.2;
  const isArticle = !listLike && evidence >= 0.5 && bodyLength >= 250 && proseParagraphs >= 1;
  const reason = isArticle
    ? claims.articleType
      ? 'json-ld-article'
      : claimsArticle
        ? 'og-article'
        : 'body-text'
    : listLike
      ? 'story-list'
      : bodyLength < 250
      ? 'low-text'
      : pageLinkDensity > 0.6
        ? 'link-list'
        : 'weak-body';
  const confidence = Math.max(0.05, Math.min(0.99, isArticle ? evidence : listLike ? Math.max(0.8, 1 - evidence) : 1 - evidence));
  return { isArticle, confidence: Math.round(confidence * 100) / 100, reason };
}
