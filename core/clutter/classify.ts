/**
 * Decides whether one element is a clutter widget, from structure and text signals only.
 *
 * The caller walks the page top-down and asks about each element once, with the element's zone:
 *  - `chrome`: outside the body (the deepest element holding all article blocks): page header,
 *    sidebars, footer… — widget rules plus landmark, link-density, form and overlay rules, because
 *    anything there that is not the article's header is clutter;
 *  - `body`: inside the body but not inside one of its blocks (ad slots and related boxes between
 *    paragraphs, reaction bars below) — widget rules and a strict link-list rule;
 *  - `block`: inside an article block or header element — only unmistakable widgets;
 *  - `page`: no article known — widget rules only, nothing generic.
 * Past the article's last block (`afterArticle`) the chrome and body rules are bolder: comment
 * threads, teaser grids, author bios and prose-free boxes with links, buttons or pictures go.
 * `classifySpecific` names a widget kind; `classifyGeneric` is the chrome/link-list fallback.
 */
import {
  AD_HREF,
  AD_LABELS,
  APPEAL_NEEDLES,
  APPEAL_PHRASE,
  ATTRIBUTE_TOKENS,
  BYLINE_DATE,
  BYLINE_TOKENS,
  COIN_NAMES,
  CONSENT_ACTIONS,
  CONSENT_WORDS,
  FONT_CONTROL_WORDS,
  MARKET_NAMES,
  NEWSLETTER_WORDS,
  PROMO_PHRASES,
  PROMO_PHRASES_OUTSIDE,
  FURNITURE_LINE,
  PHOTO_CREDIT,
  REACTION_WORDS,
  SHARE_WORDS,
  edgeLetter,
  mayBeFurnitureLine,
  mayBePhotoCredit,
  normalizeLabel,
} from './keywords';
import { attributeTokens, type Features } from './features';
import type { ClutterCategory } from '../types';

export type Zone = 'chrome' | 'body' | 'block' | 'page';

export interface Verdict {
  category: ClutterCategory;
  confidence: number;
  reason: string;
}

type TokenKind = ClutterCategory | 'overlay' | 'author-bio';
const TOKEN_SETS = new Map<TokenKind, Set<string>>(ATTRIBUTE_TOKENS.map(([c, words]) => [c, new Set(words)]));
const AD_LABEL_SET = new Set(AD_LABELS.map(normalizeLabel));
/** First letters of the ad labels (as `edgeLetter` reads them). */
const AD_LABEL_FIRST = new Set([...AD_LABEL_SET].map((label) => label.charAt(0)));
const AD_ATTRIBUTES = new Set(['data-ad-slot', 'data-ad-unit', 'data-adunit', 'data-ad-unit-path', 'data-google-query-id', 'data-ad-client']);
const LANDMARK_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
const LANDMARK_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menubar', 'menu', 'toolbar']);
const STRUCTURAL = new Set(['html', 'body', 'head', 'main', 'script', 'style', 'noscript', 'template', 'link', 'meta', 'br', 'hr', 'img', 'picture', 'source', 'video', 'audio', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'article']);

/** Phrasing elements: loose ones sit next to body text, so catch-all rules leave them alone. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'br', 'wbr']);

/** Percentages with an optional sign or arrow, and grouped or decimal prices. */
const PERCENT = /[+\-−▲▼△▽↑↓]?\s?\d+(?:[.,]\d+)?\s?%/g;
const PRICE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+[.,]\d+/g;

/**
 * Letter-or-number and number tests (`\p{L}`/`\p{N}`) by code point. Scripts news pages use most
 * are answered from ranges; anything else asks a Unicode-property regex, compiled only then (they
 * are slow to compile on a fresh page, the call the reader waits for).
 */
let letterOrNumberRegex: RegExp | null = null;
let numberRegex: RegExp | null = null;

/** Code points that are certainly neither letter nor number: spaces, punctuation, symbols, arrows, shapes. */
function isSurelyNeither(cp: number): boolean {
  return (
    (cp >= 0x80 && cp <= 0xbf && !LATIN1_LETTERS_NUMBERS.has(cp)) || (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x2190 && cp <= 0x22ff) || (cp >= 0x249c && cp <= 0x24e9) ||
    (cp >= 0x25a0 && cp <= 0x25ff) || (cp >= 0x3000 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020)
  );
}

/** ª ² ³ µ ¹ º ¼ ½ ¾: the letters and numbers of U+0080–U+00BF (², ³, ¹, ¼–¾ are numbers). */
const LATIN1_LETTERS_NUMBERS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);
const LATIN1_NUMBERS = new Set([0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]);

/** Code points that are certainly letters (Latin-1/Extended-A/B, CJK unified, Hangul jamo and syllables). */
function isSurelyLetter(cp: number): boolean {
  return (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x3131 && cp <= 0x318e) || (cp >= 0x4e00 && cp <= 0x9fa5) || (cp >= 0xac00 && cp <= 0xd7a3);
}

export function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp <= 0xbf) return LATIN1_LETTERS_NUMBERS.has(cp);
  if (isSurelyLetter(cp)) return true;
  if (isSurelyNeither(cp)) return false;
  letterOrNumberRegex ??= new RegExp('[\\p{L}\\p{N}]', 'u');
  return letterOrNumberRegex.test(String.fromCodePoint(cp));
}

export function isNumber(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  if (cp <= 0xbf) return LATIN1_NUMBERS.has(cp);
  if (isSurelyLetter(cp) || isSurelyNeither(cp)) return false;
  numberRegex ??= new RegExp('\\p{N}', 'u');
  return numberRegex.test(String.fromCodePoint(cp));
}

/**
 * Words as `/[\p{L}\p{N}]+(?:[.,%]\p{N}+)*%?/gu` matches them ("1,234.5", "3.2%", "삼성전자"),
 * and how many of them start with an ASCII digit; a scan instead of the regex (see above).
 */
export function countWords(text: string): { words: number; numeric: number } {
  let words = 0;
  let numeric = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    if (!isLetterOrNumber(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    words++;
    if (cp >= 48 && cp <= 57) numeric++;
    do {
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.codePointAt(i)!;
    } while (isLetterOrNumber(cp));
    // (?:[.,%]\p{N}+)*
    while (i + 1 < n) {
      const c = text.charCodeAt(i);
      if (c !== 46 && c !== 44 && c !== 37) break;
      let j = i + 1;
      cp = text.codePointAt(j)!;
      if (!isNumber(cp)) break;
      do {
        j += cp > 0xffff ? 2 : 1;
        if (j >= n) break;
        cp = text.codePointAt(j)!;
      } while (isNumber(cp));
      i = j;
    }
    if (i < n && text.charCodeAt(i) === 37) i++; // %?
  }
  return { words, numeric };
}

function hasToken(tokens: Set<string>, category: TokenKind): string | null {
  const set = TOKEN_SETS.get(category);
  if (!set) return null;
  for (const t of tokens) if (set.has(t)) return t;
  return null;
}

function countOf(haystack: string, needles: readonly string[]): { distinct: number; chars: number } {
  let distinct = 0;
  let chars = 0;
  for (const needle of needles) {
    if (needle.length < 2 && needle !== 'x') continue;
    if (haystack.includes(needle)) {
      distinct++;
      chars += needle.replace(/\s/g, '').length;
    }
  }
  return { distinct, chars };
}

const COVERAGE_STRIP = /[\d\s\u00a0,.()[\]|·•:/+-]+/g;

interface WordList {
  words: { needle: string; latin: boolean }[];
  /** Any word at all (one regex test before the exact coverage count). */
  any: RegExp;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Normalizes and sorts a word list once: longest first, so "가장작게" is consumed before "작게". */
function compileWords(words: readonly string[]): WordList {
  const seen = new Set<string>();
  const out: { needle: string; latin: boolean }[] = [];
  for (const word of words) {
    const w = word.toLowerCase().replace(COVERAGE_STRIP, ' ').trim();
    if (!w || seen.has(w)) continue;
    seen.add(w);
    const latin = /^[a-z ]+$/.test(w);
    out.push({ needle: latin ? ` ${w} ` : w, latin });
  }
  out.sort((a, b) => b.needle.length - a.needle.length);
  return { words: out, any: new RegExp(out.map((w) => escapeRegExp(w.needle)).join('|')) };
}

const FONT_WORDS = compileWords(FONT_CONTROL_WORDS);
const REACTIONS = compileWords(REACTION_WORDS);
/** Names of icon-only engagement buttons (a clap, a speech bubble with the response count). */
const ICON_REACTIONS = compileWords([...REACTION_WORDS, 'responses', 'response', 'comments', 'replies', 'reactions', 'react', '댓글', '반응']);
/** What is left of a label without words: emoji, symbols, digits and count suffixes ("1.2K"). */
/**
 * True when `text` has no word: only emoji, symbols, punctuation, digits and count suffixes
 * ("👏 1.2K", "💬 37"). A char loop, not a Unicode-property regex: those are slow to compile on
 * the first call, which is the one the reader waits for.
 */
function isWordless(text: string): boolean {
  let afterDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      afterDigit = true;
      continue;
    }
    if (c === 46 || c === 44) continue; // "1.2K", "1,024"
    const latin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    // A count suffix: K or M right after a digit and not followed by another letter.
    const suffix = latin && afterDigit && (c === 75 || c === 107 || c === 77 || c === 109) && !isLatinLetter(text.charCodeAt(i + 1));
    afterDigit = false;
    if (suffix) continue;
    if (latin || isLetterBeyondAscii(c)) return false;
  }
  return true;
}

const isLatinLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Letters of the scripts news pages use (Latin-1/Extended, Greek, Cyrillic, Hebrew, Arabic, Thai, kana, Hangul, CJK). */
function isLetterBeyondAscii(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f) || (c >= 0x590 && c <= 0x6ff) || (c >= 0xe00 && c <= 0xe7f) ||
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)
  );
}
/** Font-size button faces: "A−", "A+", "가-", "가+", "A A A". */
const SIZE_GLYPHS = /^[\s가aAＡ+\-−–－]+$/;

/**
 * Whether a share/reaction/font bar may hold a widget of another kind (and so be split): a size
 * button pair, or words of another kind. Keeps the split check off most bars.
 */
export function mayHoldOtherWidget(element: Element, category: ClutterCategory, ctx: ClassifyContext): boolean {
  const text = ctx.features.textOf(element);
  if (category !== 'font-controls' && /[가aA]\s*[+\-−]/.test(text)) return true;
  const lower = ` ${text.toLowerCase().replace(COVERAGE_STRIP, ' ')} `;
  return (
    (category !== 'font-controls' && FONT_WORDS.any.test(lower)) ||
    (category !== 'reactions' && REACTIONS.any.test(lower)) ||
    (category !== 'share' && SHARES.any.test(lower))
  );
}

/** aria-label and title of a small box and its descendants (the names of icon buttons). */
function accessibleNames(element: Element): string {
  const parts: string[] = [];
  let budget = 12;
  const visit = (el: Element) => {
    if (budget-- <= 0) return;
    const label = el.getAttribute('aria-label');
    if (label) parts.push(label);
    const title = el.getAttribute('title');
    if (title) parts.push(title);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(element);
  return parts.join(' ');
}
const SHARES = compileWords(SHARE_WORDS);

/** Share of the label's letters covered by whole words from `list`. */
let lastCoverageText = '';
let lastCoverageLabel = '';

function wordCoverage(text: string, list: WordList): { distinct: number; coverage: number } {
  // A box is measured against several lists in a row: normalize its text once.
  if (text !== lastCoverageText) {
    lastCoverageText = text;
    lastCoverageLabel = text.toLowerCase().replace(COVERAGE_STRIP, ' ').trim();
  }
  const label = lastCoverageLabel;
  if (!label) return { distinct: 0, coverage: 0 };
  let remaining = ` ${label} `;
  if (!list.any.test(remaining)) return { distinct: 0, coverage: 0 };
  const total = label.replace(/ /g, '').length;
  let distinct = 0;
  for (const { needle, latin } of list.words) {
    if (remaining.includes(needle)) {
      distinct++;
      remaining = remaining.split(needle).join(latin ? '  ' : ' ');
    }
  }
  const left = remaining.replace(/ /g, '').length;
  return { distinct, coverage: total === 0 ? 0 : 1 - left / total };
}

export interface ClassifyContext {
  features: Features;
  isHidden?: (element: Element) => boolean;
}

/** Strong, page-independent ad markers. */
function adVerdict(element: Element, tokens: Set<string>, ctx: ClassifyContext, zone: Zone): Verdict | null {
  const tag = element.localName;
  const s = ctx.features.stats.get(element);
  if (tag === 'ins' && (element.classList.contains('adsbygoogle') || element.hasAttribute('data-ad-client'))) {
    return { category: 'ads', confidence: 0.95, reason: 'adsbygoogle' };
  }
  // One pass over the attributes (most elements have one or two) instead of a lookup per name.
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const name = attributes[i]!.name;
    if (AD_ATTRIBUTES.has(name) && (!s || s.prose === 0)) return { category: 'ads', confidence: 0.9, reason: `attr:${name}` };
  }
  if (tag === 'iframe') {
    const src = `${element.getAttribute('src') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('name') ?? ''}`;
    if (AD_HREF.test(src) || /google_ads|aswift|\bad_?frame/i.test(src)) return { category: 'ads', confidence: 0.9, reason: 'ad-iframe' };
    return null;
  }
  if (!s) return null;
  const token = hasToken(tokens, 'ads');
  if (token && s.prose === 0 && s.text < (zone === 'block' ? 200 : 400)) return { category: 'ads', confidence: 0.8, reason: `token:${token}` };
  // Label rules: boxes only, and never inside the article's own blocks ("광고" can be a word there),
  // nor a column whose "AD" label belongs to a slot next to titled widgets (looked into instead).
  if (s.text > 0 && s.text <= 200 && s.prose === 0 && zone !== 'block' && !INLINE.has(tag) && !ctx.features.headingsIn.has(element)) {
    const rawPrefix = ctx.features.prefixOf(element).slice(0, 24);
    // Most boxes start with a letter no ad label starts with: skip the normalizing then.
    if (!AD_LABEL_FIRST.has(edgeLetter(rawPrefix, true))) return adLinkVerdict(s);
    const prefix = normalizeLabel(rawPrefix);
    const first = prefix.split(' ').slice(0, 2);
    // The whole text is an ad label: an empty slot (filled by a script) with its caption.
    if (s.text <= 40 && AD_LABEL_SET.has(normalizeLabel(ctx.features.textOf(element)))) {
      return { category: 'ads', confidence: 0.75, reason: `label:${prefix.slice(0, 16)}` };
    }
    if (AD_LABEL_SET.has(prefix) || AD_LABEL_SET.has(first[0] ?? '') || AD_LABEL_SET.has(first.join(' '))) {
      // "AD" as first word of a small box with a link or image: an ad slot with its label.
      if (s.links > 0 || s.media > 0 || s.text <= 12) return { category: 'ads', confidence: 0.75, reason: `label:${prefix.slice(0, 16)}` };
    }
  }
  return adLinkVerdict(s);
}

/** Every link of a small prose-free box goes to an ad network (or is marked sponsored). */
function adLinkVerdict(s: { adLinks: number; links: number; prose: number; text: number }): Verdict | null {
  if (s.adLinks > 0 && s.adLinks === s.links && s.prose === 0 && s.text <= 300) {
    return { category: 'ads', confidence: 0.8, reason: 'sponsored-links' };
  }
  return null;
}

function consentVerdict(element: Element, tokens: Set<string>, ctx: ClassifyContext, zone: Zone): Verdict | null {
  const s = ctx.features.stats.get(element);
  if (!s || s.text === 0 || s.text > 1500) return null;
  const role = element.getAttribute('role') ?? '';
  const style = element.getAttribute('style') ?? '';
  const token = hasToken(tokens, 'consent');
  const overlay = role === 'dialog' || role === 'alertdialog' || /position\s*:\s*(?:fixed|sticky)/i.test(style) || element.localName === 'dialog';
  if (!token && !overlay) {
    // A short notice in the page chrome that talks about cookies and offers a choice.
    if (zone !== 'chrome' || s.text > 600 || s.prose > 1 || s.links + s.buttons === 0) return null;
    const text = ctx.features.lowerTextOf(element);
    if (!/cookie|쿠키/.test(text) || countOf(text, CONSENT_ACTIONS).distinct === 0) return null;
    // A footer with a "Cookies" or "Cookie settings" link is not a notice: the notice talks about
    // cookies in its own text.
    if (!/cookie|쿠키/i.test(textOutsideLinks(element))) return null;
    return { category: 'consent', confidence: 0.75, reason: 'cookie-notice' };
  }
  const text = ctx.features.lowerTextOf(element);
  const words = countOf(text, CONSENT_WORDS);
  if (words.distinct > 0 && (token || s.buttons > 0 || s.links > 0)) return { category: 'consent', confidence: 0.9, reason: token ? `token:${token}` : 'consent-dialog' };
  return null;
}

/** Words of a sign-up for e-mail: such a box is a newsletter, not an appeal. */
const NEWSLETTER_MARK = /newsletter|뉴스레터|inbox|posteingang|메일로|e-?mail updates|briefing/;
/** Words of an appeal for money or a subscription (substrings, lower case). */
const APPEAL_WORDS = ['donat', 'contribut', 'support', 'member', 'subscri', 'free article', '후원', '구독', '멤버십', 'unterstütz', 'spende', 'abonne'];
/** A price or an offer ("$1 a week", "첫 달 100원", "50% off", "free trial"). */
const OFFER = /[$€£]\s?\d|\d\s?(?:원|달러|유로)|\d\s?%\s?off\b|\b(?:a|per) (?:week|month|year)\b|첫\s?달|무료|free trial/;

/**
 * A donation or subscription appeal: a small box outside the article's paragraphs, with a button or
 * link to act on, that asks the reader for money ("Support our journalism … Donate now", a metered
 * paywall's "You've read 3 of 5 free articles" bar, a digital-subscription offer). Never a box with
 * an e-mail field or newsletter wording (a newsletter), never prose-heavy, quoted or menu-like boxes.
 * Hiding it hides only the appeal: the paywall's own gating is the page's, and no body text is in it.
 */
function appealVerdict(element: Element, tokens: Set<string>, ctx: ClassifyContext, titled: boolean): Verdict | null {
  const s = ctx.features.stats.get(element);
  if (!s || s.text < 8 || s.text > 700 || s.prose > 2 || s.quotes > 0 || s.emailInputs > 0 || s.links > 4) return null;
  if (s.links + s.buttons === 0 || INLINE.has(element.localName)) return null;
  if (ctx.features.headingsIn.get(element)?.some((h) => h.category !== 'appeals')) return null;
  const text = ctx.features.lowerTextOf(element);
  const token = hasToken(tokens, 'appeals');
  const subscription = token ? null : hasToken(tokens, 'newsletter');
  // Most boxes hold no appeal wording at all: plain substring tests before any regex.
  if (!titled && !token && !subscription && !mayMatch(text, APPEAL_NEEDLES)) return null;
  if (NEWSLETTER_MARK.test(text)) return null;
  if (titled) return { category: 'appeals', confidence: 0.8, reason: 'heading:appeal' };
  if (mayMatch(text, APPEAL_NEEDLES) && APPEAL_PHRASE.test(text)) return { category: 'appeals', confidence: 0.8, reason: 'appeal-phrase' };
  if (token && countOf(text, APPEAL_WORDS).distinct > 0) return { category: 'appeals', confidence: 0.75, reason: `token:${token}` };
  // A box named a subscription (not a newsletter) that states a price or an offer.
  if (subscription && subscription !== 'newsletter' && subscription !== 'newsletters' && countOf(text, APPEAL_WORDS).distinct > 0 && OFFER.test(text)) {
    return { category: 'appeals', confidence: 0.7, reason: `offer:${subscription}` };
  }
  return null;
}

/** The element's text outside links (small boxes only: the caller has bounded the text). */
function textOutsideLinks(element: Element): string {
  if (element.localName === 'a') return '';
  let out = '';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && (child as Element).localName !== 'a') visit(child);
    }
  };
  visit(element);
  return out;
}

function newsletterVerdict(element: Element, tokens: Set<string>, ctx: ClassifyContext): Verdict | null {
  const s = ctx.features.stats.get(element);
  if (!s || s.text > 500) return null;
  const token = hasToken(tokens, 'newsletter');
  // Prose means article text, unless the box is named a newsletter and holds the e-mail field: then a
  // pitch sentence and a privacy note are the sign-up's own words.
  if (s.prose > (token && s.emailInputs > 0 ? 3 : 1)) return null;
  if (ctx.features.headingsIn.get(element)?.some((h) => h.category !== 'newsletter' && h.category !== 'appeals')) return null;
  if (s.emailInputs === 0 && !token) {
    // A small sign-up prompt without a form ("뉴스레터 구독하기" button to a sign-up page).
    if (s.text > 200 || s.links + s.buttons === 0 || s.links + s.buttons > 2 || s.prose > 0 || INLINE.has(element.localName)) return null;
    const text = ctx.features.lowerTextOf(element);
    // Named a newsletter, or a "to your inbox" promise next to a subscribe button.
    if (/newsletter|뉴스레터|ニュースレター|rundbrief|inbox|posteingang|메일함|boîte de réception|bandeja de entrada/.test(text) && countOf(text, NEWSLETTER_WORDS).distinct >= 2) {
      return { category: 'newsletter', confidence: 0.7, reason: 'signup-prompt' };
    }
    return null;
  }
  const text = ctx.features.lowerTextOf(element);
  const words = countOf(text, NEWSLETTER_WORDS);
  // A sign-up box is small; a column that merely also holds one is looked into.
  if (s.emailInputs > 0 && (words.distinct > 0 || token) && s.text <= 350 && s.links <= 3) return { category: 'newsletter', confidence: 0.9, reason: 'email-signup' };
  if (token && words.distinct > 0 && s.text < 400) return { category: 'newsletter', confidence: 0.75, reason: `token:${token}` };
  return null;
}

function tickerCounts(text: string): { percents: number; prices: number; numericShare: number; coins: number; markets: number } {
  const percents = (text.match(PERCENT) ?? []).length;
  const prices = (text.match(PRICE) ?? []).length;
  const { words, numeric } = countWords(text);
  const lower = text.toLowerCase();
  return {
    percents,
    prices,
    numericShare: words ? numeric / words : 0,
    coins: countOf(lower, COIN_NAMES).distinct,
    markets: countOf(lower, MARKET_NAMES).distinct,
  };
}

const TICKER_TOKENS = new Set(['ticker', 'marquee', 'coin', 'coins', 'crypto', 'stock', 'stocks', 'quotes', 'market', 'markets', '시세']);

function tickerVerdict(element: Element, tokens: Set<string>, ctx: ClassifyContext, zone: Zone): Verdict | null {
  const s = ctx.features.stats.get(element);
  if (!s || s.text === 0 || s.text > 2500 || s.prose > 0 || s.digits < 6 || s.digits < s.text * 0.1) return null;
  const tag = element.localName;
  let marked = tag === 'marquee';
  if (!marked) for (const t of tokens) if (TICKER_TOKENS.has(t)) marked = true;
  // Inside the article (outside its blocks) numbers alone are not enough: it may be a price
  // table, and a table there is always taken for content.
  if ((zone === 'body' || zone === 'page') && (!marked || tag === 'table' || element.closest('table'))) return null;
  const text = ctx.features.textOf(element);
  const c = tickerCounts(text);
  if (c.percents + c.prices < 3 || c.numericShare < 0.3) return null;
  if (c.coins > 0 && c.coins >= c.markets) return { category: 'crypto-ticker', confidence: 0.85, reason: 'price-pattern:coin' };
  if (c.markets > 0 || marked) return { category: 'stock-ticker', confidence: 0.8, reason: 'price-pattern:market' };
  return null;
}

/** A box titled by a widget heading ("관련기사", "Most read", "Comments"…). */
function headingVerdict(element: Element, ctx: ClassifyContext, zone: Zone): Verdict | null {
  const headings = ctx.features.headingsIn.get(element);
  if (!headings || headings.length === 0) return null;
  const first = headings[0]!;
  if (headings.some((h) => h.category !== first.category)) return null; // several widgets: look inside
  const s = ctx.features.stats.get(element);
  if (!s) return null;
  const headingText = ctx.features.textOf(first.element);
  const prefix = ctx.features.prefixOf(element);
  const at = prefix.indexOf(headingText.slice(0, 20));
  if (at < 0 || at > 16) return null; // the heading must title this box
  const rest = s.text - (ctx.features.stats.get(first.element)?.text ?? 0);
  const reason = `heading:${first.keyword}`;
  switch (first.category) {
    case 'related-news':
    case 'most-read': {
      // With no article, story lists are the page's content (a section front): left alone.
      if (element === first.element || zone === 'page') return null;
      // The site's header or footer holding a titled strip ("Breaking news", "Trending") is not a
      // story list as a whole: the strip is found inside it, the menus stay navigation.
      if (zone === 'chrome' && isSiteChrome(element)) return null;
      // Only the title is left: the list is filled in by a script (or is an empty placeholder).
      if (rest === 0 && zone !== 'block') return { category: first.category, confidence: 0.7, reason: `${reason}:empty` };
      // Teaser rails whose headline text sits outside the (overlay) links.
      if (zone !== 'block' && s.prose <= 1 && isCardList(element, ctx, true)) return { category: first.category, confidence: 0.85, reason: `${reason}:cards` };
      const restLinkText = s.linkText - (ctx.features.stats.get(first.element)?.linkText ?? 0);
      const density = rest > 0 ? restLinkText / rest : 0;
      // "Read more: <headline>" between paragraphs: a label and one headline-length link, nothing else.
      if (s.links === 1 && s.prose === 0 && s.text <= 220 && restLinkText >= 15 && density >= 0.85 && s.media <= 1) {
        return { category: first.category, confidence: 0.8, reason: `${reason}:teaser` };
      }
      // Outside the article a keyword-titled box of teasers (title link + summary) is enough.
      const need = zone === 'chrome' ? 0.15 : 0.5;
      if (s.links >= 2 && density >= need && s.prose <= Math.max(2, s.links / 2)) return { category: first.category, confidence: 0.9, reason };
      if (zone === 'chrome' && s.links >= 1 && density >= 0.5) return { category: first.category, confidence: 0.75, reason };
      return null;
    }
    case 'comments':
      if (zone === 'block') return null;
      return { category: 'comments', confidence: 0.8, reason };
    case 'newsletter':
      if (s.text > 800 || s.prose > 1) return null;
      return { category: 'newsletter', confidence: 0.8, reason };
    case 'appeals':
      // Titled "Support our journalism", "Donate", "디지털 구독": judged like any appeal box (a
      // sign-up with an e-mail field titled "Subscribe now" stays a newsletter).
      if (zone === 'block') return null;
      return appealVerdict(element, attributeTokens(element), ctx, true) ? { category: 'appeals', confidence: 0.85, reason } : null;
    case 'crypto-ticker':
    case 'stock-ticker': {
      if (s.text > 2500 || s.prose > 0 || zone === 'block') return null;
      const c = tickerCounts(ctx.features.textOf(element));
      // Quotes, or market names in a box that is not a menu ("Markets: US · Europe · Bonds…").
      const menu = s.text > 0 && s.linkText / s.text >= 0.5;
      if (c.percents + c.prices >= 2 || (c.coins + c.markets >= 1 && !menu) || rest === 0) return { category: first.category, confidence: 0.85, reason };
      return null;
    }
    default:
      return null;
  }
}

function widgetVerdict(element: Element, tokens: Set<string>, ctx: ClassifyContext): Verdict | null {
  const s = ctx.features.stats.get(element);
  if (!s) return null;
  // Icon-only share bars: several share endpoints and (almost) no text.
  if (s.shareLinks >= 2 && s.text <= 200 && s.prose === 0) {
    return { category: 'share', confidence: 0.9, reason: 'share-links' };
  }
  if (s.text === 0 || s.text > 300 || s.prose > 0) return null;
  const interactive = s.links + s.buttons;
  // Unnamed phrasing with nothing to click (<b>, <span> in running text) is never a widget.
  if (interactive === 0 && tokens.size === 0 && INLINE.has(element.localName)) return null;
  const text = ctx.features.textOf(element);
  const fonts = wordCoverage(text, FONT_WORDS);
  if (s.text <= 120 && ((fonts.distinct >= 2 && fonts.coverage >= 0.7) || (hasToken(tokens, 'font-controls') && fonts.distinct >= 1 && interactive > 0))) {
    return { category: 'font-controls', confidence: 0.85, reason: 'font-size-words' };
  }
  // "가 가 가" / "A A A" size buttons named by their box's class (font, fontsize, textsize, zoom).
  if (s.text <= 30 && interactive >= 2 && hasToken(tokens, 'font-controls') && /^[가aA+\-−\s]+$/.test(text) && text.replace(/\s/g, '').length >= 2) {
    return { category: 'font-controls', confidence: 0.75, reason: 'font-size-buttons' };
  }
  // Icon buttons ("A−", "👏", "💬 37") say what they do in aria-label/title only.
  const wordless = isWordless(text);
  // Names are read only for buttons without words on them (most small links have words).
  const names = s.text <= 30 && interactive > 0 && (wordless || SIZE_GLYPHS.test(text)) ? accessibleNames(element) : '';
  if (names) {
    const named = wordCoverage(names, FONT_WORDS);
    if (named.distinct >= 1 && named.coverage >= 0.5) return { category: 'font-controls', confidence: 0.8, reason: 'named-font-buttons' };
  }
  if (names && wordless) {
    const named = wordCoverage(names, ICON_REACTIONS);
    if (named.distinct >= 1 && named.coverage >= 0.5) return { category: 'reactions', confidence: 0.8, reason: 'named-reaction-buttons' };
  }
  const reactions = wordCoverage(text, REACTIONS);
  const reactionToken = hasToken(tokens, 'reactions');
  if ((reactions.distinct >= 3 && reactions.coverage >= 0.6) || (reactions.distinct >= 2 && reactions.coverage >= 0.6 && (interactive >= 2 || reactionToken))) {
    return { category: 'reactions', confidence: 0.85, reason: 'reaction-words' };
  }
  // A box named as votes/claps/reactions whose buttons are counts, icons or reaction words.
  if (reactionToken && interactive > 0 && s.text <= 150 && (wordless || reactions.distinct >= 1 || wordCoverage(accessibleNames(element), ICON_REACTIONS).distinct >= 1)) {
    return { category: 'reactions', confidence: 0.75, reason: `token:${reactionToken}` };
  }
  const shares = wordCoverage(text, SHARES);
  const shareToken = hasToken(tokens, 'share');
  if (s.text <= 200 && ((shares.distinct >= 2 && shares.coverage >= 0.6 && interactive >= 2) || (shareToken && shares.distinct >= 1 && shares.coverage >= 0.5))) {
    return { category: 'share', confidence: 0.8, reason: shareToken ? `token:${shareToken}` : 'share-words' };
  }
  return null;
}

const SITE_CHROME_TAGS = new Set(['header', 'footer', 'nav']);
const SITE_CHROME_ROLES = new Set(['banner', 'contentinfo', 'navigation']);
const SITE_CHROME_IDS = new Set(['header', 'footer', 'masthead', 'gnb']);

/** The page's own header, footer or menu (by tag, landmark role or id). */
function isSiteChrome(element: Element): boolean {
  if (SITE_CHROME_TAGS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  if (role && SITE_CHROME_ROLES.has(role)) return true;
  const id = element.getAttribute('id');
  return !!id && SITE_CHROME_IDS.has(id.toLowerCase());
}

/** A byline or date line (by markup or wording). Generic rules leave it and its insides alone. */
export function isBylineBox(element: Element, ctx: ClassifyContext): boolean {
  const s = ctx.features.stats.get(element);
  if (!s || s.text === 0 || s.text >= 300 || s.links >= 4) return false;
  let byline = s.bylines > 0;
  if (!byline) for (const t of attributeTokens(element)) if (BYLINE_TOKENS.has(t)) byline = true;
  if (!byline) return s.text <= 150 && BYLINE_DATE.test(ctx.features.textOf(element));
  // An author bio (a paragraph about the writer, with a rel=author link) is not a byline line.
  return !(s.prose > 0 && holdsAuthorBio(element));
}

/** The element or one of its children is named as an author bio box (class/id words). */
function holdsAuthorBio(element: Element): boolean {
  if (hasToken(attributeTokens(element), 'author-bio')) return true;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (hasToken(attributeTokens(child), 'author-bio')) return true;
  }
  return false;
}

function isLandmark(element: Element, tokens: Set<string>): string | null {
  const tag = element.localName;
  if (LANDMARK_TAGS.has(tag)) return `tag:${tag}`;
  const role = element.getAttribute('role');
  if (role && LANDMARK_ROLES.has(role)) return `role:${role}`;
  const token = hasToken(tokens, 'nav');
  return token ? `token:${token}` : null;
}

/**
 * The specific verdict for one element (a widget of a known kind), or null. Safe in every zone.
 */
export function classifySpecific(element: Element, zone: Zone, ctx: ClassifyContext): Verdict | null {
  const tag = element.localName;
  if (tag === 'html' || tag === 'body' || tag === 'head') return null;
  const stats = ctx.features.stats.get(element);
  // Nothing to read and nothing to name it by: not a widget of any kind.
  if (stats && stats.text === 0 && stats.links === 0 && stats.media === 0 && element.attributes.length === 0) return null;
  const tokens = attributeTokens(element);
  const ad = adVerdict(element, tokens, ctx, zone);
  if (ad) return ad;
  if (tag === 'iframe') return null;
  const s = ctx.features.stats.get(element);
  if (!s || (s.text === 0 && s.links === 0)) return null;

  if (zone !== 'block') {
    const consent = consentVerdict(element, tokens, ctx, zone);
    if (consent) return consent;
    const appeal = appealVerdict(element, tokens, ctx, false);
    if (appeal) return appeal;
    const newsletter = newsletterVerdict(element, tokens, ctx);
    if (newsletter) return newsletter;
  }
  const heading = headingVerdict(element, ctx, zone);
  if (heading) return heading;
  // Content rules must not swallow a column that also holds other titled widgets.
  const titled = ctx.features.headingsIn.get(element);
  const pure = (verdict: Verdict | null): Verdict | null =>
    verdict && titled?.some((h) => h.category !== verdict.category) ? null : verdict;
  if (zone !== 'block') {
    const ticker = pure(tickerVerdict(element, tokens, ctx, zone));
    if (ticker) return ticker;
  }
  const widget = pure(widgetVerdict(element, tokens, ctx));
  if (widget || zone === 'page') return widget;
  const card = linkCardVerdict(element, ctx);
  if (card || zone === 'block') return card;
  return pure(listTokenVerdict(element, tokens, ctx));
}

/**
 * The single-line verdict (call to action, legal line, photo credit, page furniture) for an
 * element that is no widget and no chrome box: asked last, and only by the walk (never when
 * deciding whether a box holds widgets), since most elements are settled before it.
 */
export function classifyLine(element: Element, zone: Zone, ctx: ClassifyContext): Verdict | null {
  if (zone === 'page') return null;
  return promoVerdict(element, ctx, zone);
}

/**
 * A pop-up card inside running text: a phrasing element (a `<span>`, never the sentence's own
 * link) made only of headline-length links — "Alexandria Ocasio-Cortez" followed by a hover card
 * of her latest stories. Only the innermost element that holds all of those links is reported,
 * so the name link in the sentence stays.
 */
function linkCardVerdict(element: Element, ctx: ClassifyContext): Verdict | null {
  const tag = element.localName;
  if (tag === 'a' || !INLINE.has(tag)) return null;
  const s = ctx.features.stats.get(element);
  if (!s || s.links < 3 || s.text < 60 || s.quotes > 0 || s.linkText < s.text * 0.9 || s.linkText < s.links * 20) return null;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const c = ctx.features.stats.get(child);
    if (c && c.links >= s.links - 1 && c.linkText >= s.linkText - 40) return null; // a tighter holder inside
  }
  return { category: 'related-news', confidence: 0.7, reason: 'inline-link-card' };
}

const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);

/** Text and phrasing children only: one line or paragraph, not a box of several. */
export function hasOnlyPhrasingChildren(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (!PHRASING.has(child.localName)) return false;
  }
  return true;
}

/** Inside a figure, or in a small box that also holds a picture (the credit's photo). */
function nextToPicture(element: Element, ctx: ClassifyContext): boolean {
  // "By Jane Doe, Associated Press" next to the author's photo is a byline, not a credit.
  if (/^\s*by\s/i.test(ctx.features.textOf(element))) return false;
  let p: Element | null = element.parentElement;
  for (let i = 0; i < 3 && p; i++, p = p.parentElement) {
    if (p.localName === 'figure' || p.localName === 'figcaption') return true;
    const s = ctx.features.stats.get(p);
    if (s && s.media > 0 && s.text <= 800) return true;
  }
  return false;
}

/** Whether a phrase may match: one of its needles is in the text (plain substring tests). */
const mayMatch = (text: string, needles: readonly string[]): boolean => {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
};

/** Longest block (non-space characters) read as a call to action or a legal line. */
const PROMO_MAX = 400;

/**
 * A short block that is one call to action or legal line (`PROMO_PHRASES`): "Subscribe to our
 * newsletter", "Click here to get the app", "Have a tip? … may be reached at …", "© 2019 …". Also
 * inside the article's blocks: extractors take such lines for paragraphs. Never phrasing
 * elements (a link inside a sentence), quotes or boxes with headings.
 */
function promoVerdict(element: Element, ctx: ClassifyContext, zone: Zone): Verdict | null {
  const s = ctx.features.stats.get(element);
  if (!s || s.text < 8 || s.text > PROMO_MAX || s.quotes > 0 || s.headings > 0) return null;
  // A credit is often a <span> next to the caption's own span; nothing else inline is read here.
  if (INLINE.has(element.localName)) {
    if (element.localName !== 'span' || s.text > 60 || s.links > 0) return null;
    const text = ctx.features.lowerTextOf(element);
    return mayBePhotoCredit(text) && PHOTO_CREDIT.test(text) && nextToPicture(element, ctx) ? { category: 'nav', confidence: 0.6, reason: 'photo-credit' } : null;
  }
  const text = ctx.features.lowerTextOf(element);
  if (s.text <= 60 && s.links === 0 && mayBePhotoCredit(text) && PHOTO_CREDIT.test(text) && nextToPicture(element, ctx)) return { category: 'nav', confidence: 0.6, reason: 'photo-credit' };
  if (s.text <= 40 && mayBeFurnitureLine(text) && FURNITURE_LINE.test(text)) return { category: /comment/.test(text) ? 'comments' : /share/.test(text) ? 'share' : 'nav', confidence: 0.65, reason: 'furniture-line' };
  // A bar of several links that includes "구독신청"/"Follow us" is a menu, not a sign-up prompt:
  // it goes as navigation.
  const menu = s.links > 2;
  // Almost no block is a call to action: substring needles first, the phrase regex only then.
  for (const [category, pattern, needles] of PROMO_PHRASES) {
    if (mayMatch(text, needles) && pattern.test(text)) return { category: menu ? 'nav' : category, confidence: 0.7, reason: `promo:${category}` };
  }
  if (zone === 'block') return null;
  for (const [category, pattern, needles] of PROMO_PHRASES_OUTSIDE) {
    if (mayMatch(text, needles) && pattern.test(text)) return { category: menu ? 'nav' : category, confidence: 0.65, reason: `promo:${category}` };
  }
  return null;
}

/** Boxes named as story lists (class/id "related", "promo", "most-popular"…) holding links. */
function listTokenVerdict(element: Element, tokens: Set<string>, ctx: ClassifyContext): Verdict | null {
  const s = ctx.features.stats.get(element);
  if (!s || s.links === 0 || s.text === 0 || s.quotes > 0) return null;
  const density = s.linkText / s.text;
  for (const category of ['most-read', 'related-news'] as const) {
    const token = hasToken(tokens, category);
    if (!token) continue;
    // Teasers carry a summary; a real paragraph of the article would not be mostly link.
    if (density >= 0.5 || (density >= 0.2 && s.prose <= s.links)) return { category, confidence: 0.7, reason: `token:${token}` };
  }
  return null;
}

/**
 * The generic verdict (page chrome, link lists) for an element that is no specific widget. Only
 * outside the article's blocks. `inLandmark` is true when an ancestor in the chrome zone is page
 * chrome (header, footer, sidebar, nav): whatever is left there is chrome too.
 */
export function classifyGeneric(element: Element, zone: Zone, ctx: ClassifyContext, inLandmark: boolean, afterArticle = false): Verdict | null {
  if (zone === 'block' || zone === 'page') return null;
  const tag = element.localName;
  if (tag === 'html' || tag === 'body' || tag === 'head' || tag === 'iframe') return null;
  const s = ctx.features.stats.get(element);
  if (!s || (s.text === 0 && s.links === 0)) return null;
  const tokens = attributeTokens(element);
  const hasHeadings = (ctx.features.headingsIn.get(element)?.length ?? 0) > 0;
  const density = s.text > 0 ? s.linkText / s.text : 0;
  // Byline/date lines stay (computed lazily: it needs the element's text).
  let byline: boolean | undefined;
  const isBylineLike = (): boolean => (byline ??= isBylineBox(element, ctx));

  if (zone === 'body') {
    // Link lists the extractor left out of the body: "Related: …" lines, tag lists, card strips.
    if (!STRUCTURAL.has(tag) && s.links >= 2 && density >= (afterArticle ? 0.5 : 0.7) && s.prose === 0 && !isBylineLike()) {
      return linkListVerdict(s, 'link-list');
    }
    // An <aside> between the paragraphs that links elsewhere: a story inset ("<aside><h6><a>Other
    // story</a></h6><p>Its summary…</p></aside>"), not a part of this article.
    if ((tag === 'aside' || element.getAttribute('role') === 'complementary') && s.links >= 1 && s.linkText >= 15 && s.prose <= 1 && s.text <= 600 && s.quotes === 0) {
      return linkListVerdict(s, 'aside-inset');
    }
    // A line that is one headline-length link set like a teaser (all capitals, or marked as a video),
    // between paragraphs but not taken for one by the extractor: another story
    // ("<p><strong><a>CO-FOUNDER 'PROUD' OF HOME DEPOT …</a></strong></p>", "… review [Video]").
    // Plain-case link lines stay: in shopping guides they are the product names.
    if (s.links === 1 && s.text >= 20 && s.text <= 200 && density >= 0.9 && s.media <= 1 && s.quotes === 0 && !INLINE.has(tag) && !HEADING_TAGS.has(tag) && isTeaserLine(ctx.features.textOf(element))) {
      return { category: 'related-news', confidence: 0.6, reason: 'teaser-link' };
    }
    if (afterArticle) {
      // Past the last paragraph: comment threads, author bios and teaser grids are not the article.
      const bio = hasToken(tokens, 'author-bio');
      if (bio && s.text < 1500 && s.quotes === 0) return { category: 'nav', confidence: 0.6, reason: `token:${bio}` };
      const comments = hasToken(tokens, 'comments');
      if (comments && onlyTitled(element, 'comments', ctx)) return { category: 'comments', confidence: 0.7, reason: `token:${comments}` };
      if (isCardList(element, ctx)) return { category: 'related-news', confidence: 0.7, reason: 'card-list' };
      // Plain short text there may be a closing line the extractor missed: only boxes with
      // links, buttons, fields or pictures go.
      const widgetish = s.links > 0 || s.buttons > 0 || s.fields > 0 || s.media > 0;
      if (widgetish && s.prose === 0 && s.quotes === 0 && !STRUCTURAL.has(tag) && !INLINE.has(tag) && !hasHeadings && !isBylineLike()) {
        return { category: 'nav', confidence: 0.5, reason: 'after-article' };
      }
    }
    return null;
  }

  // chrome zone
  const comments = hasToken(tokens, 'comments');
  if (comments && onlyTitled(element, 'comments', ctx)) return { category: 'comments', confidence: 0.7, reason: `token:${comments}` };
  if (isBylineLike()) return null;
  const landmark = isLandmark(element, tokens);
  if (landmark && !hasHeadings) return { category: 'nav', confidence: 0.8, reason: landmark };
  if (s.links >= 1 && density >= 0.5 && s.prose === 0 && !hasHeadings) return linkListVerdict(s, 'link-dense');
  if (!hasHeadings && isCardList(element, ctx)) return { category: 'related-news', confidence: 0.7, reason: 'card-list' };
  if ((tag === 'form' || s.fields > 0) && s.prose <= 1 && s.text < 1500) {
    return { category: 'nav', confidence: 0.65, reason: 'form' };
  }
  const overlay = hasToken(tokens, 'overlay');
  if (overlay || element.getAttribute('aria-modal') === 'true' || element.getAttribute('role') === 'dialog') {
    return { category: 'nav', confidence: 0.6, reason: overlay ? `token:${overlay}` : 'dialog' };
  }
  if (inLandmark && !hasHeadings && !STRUCTURAL.has(tag)) return { category: 'nav', confidence: 0.6, reason: 'in-chrome' };
  if (afterArticle && !INLINE.has(tag) && s.quotes === 0) {
    const bio = hasToken(tokens, 'author-bio');
    if (bio && s.text < 1500) return { category: 'nav', confidence: 0.6, reason: `token:${bio}` };
  }
  if (afterArticle && !hasHeadings && !INLINE.has(tag) && s.quotes === 0) {
    // Past the article's last block and outside its container: without paragraph-like prose this
    // cannot be a missed part of the body (footers, rails, trailing widgets).
    const widgetish = s.links > 0 || s.buttons > 0 || s.fields > 0 || s.media > 0 || s.text >= 200;
    if (s.prose === 0 && widgetish) return density >= 0.3 && s.links >= 2 ? linkListVerdict(s, 'after-article') : { category: 'nav', confidence: 0.55, reason: 'after-article' };
    if (density >= 0.3 && s.links >= 3) return linkListVerdict(s, 'after-article');
  }
  return null;
}

/** No widget heading inside, or only headings of `category` (a comment thread titled "Leave a Reply"). */
function onlyTitled(element: Element, category: ClutterCategory, ctx: ClassifyContext): boolean {
  const headings = ctx.features.headingsIn.get(element);
  return !headings || headings.every((h) => h.category === category);
}

/**
 * A teaser grid: at least three sibling items of the same shape (tag + class), each led by a
 * headline-length link, links making a fair share of the text even with summaries.
 */
function isCardList(element: Element, ctx: ClassifyContext, titled = false): boolean {
  const s = ctx.features.stats.get(element);
  if (!s || s.links < 3 || s.text === 0 || (!titled && s.linkText / s.text < 0.2)) return false;
  let list: Element = element;
  // Look through single wrappers (<div><ul><li>…), and past the title of a titled box.
  for (let i = 0; i < 5; i++) {
    const meaningful: Element[] = [];
    for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
      const c = ctx.features.stats.get(child);
      if (c && (c.text > 0 || c.links > 0)) meaningful.push(child);
    }
    if (meaningful.length === 1) list = meaningful[0]!;
    else if (titled && meaningful.length === 2 && ctx.features.headingsIn.has(meaningful[0]!)) list = meaningful[1]!;
    else break;
  }
  const shapes = new Map<string, number>();
  let cards = 0;
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
    const c = ctx.features.stats.get(child);
    if (!c || c.text === 0) continue;
    if (c.links === 0 || (!titled && c.linkText < 15)) continue;
    const key = `${child.localName}.${child.getAttribute('class') ?? ''}`;
    shapes.set(key, (shapes.get(key) ?? 0) + 1);
    cards++;
  }
  let best = 0;
  for (const n of shapes.values()) best = Math.max(best, n);
  return best >= 3 && best >= cards * 0.6;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Headline set in capitals (five words or more), or a link line marked as a video/gallery. */
function isTeaserLine(text: string): boolean {
  if (/[[(](?:video|videos|watch|photos|gallery)[\])]\s*$/i.test(text)) return true;
  // Words with a letter (cased letters differ from their other case; no Unicode-property regex).
  const words = text.split(/\s+/).filter((w) => w.toUpperCase() !== w.toLowerCase());
  if (words.length < 5) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function linkListVerdict(s: { links: number; linkText: number }, reason: string): Verdict {
  // Headline-length links are story lists; short ones are menus.
  const average = s.linkText / Math.max(1, s.links);
  return average >= 18
    ? { category: 'related-news', confidence: 0.65, reason: `${reason}:stories` }
    : { category: 'nav', confidence: 0.65, reason: `${reason}:menu` };
}

export function landmarkReason(element: Element): string | null {
  return isLandmark(element, attributeTokens(element));
}
