/**
 * Plain data contracts shared by every part of Plainly's core.
 *
 * `core/` is pure TypeScript: DOM or text in, plain data out. It never imports `wxt`, `browser`,
 * `preact` or storage, so the same code runs in the page, in the Node CLI and in unit tests.
 * DOM references (`Element`) appear in results only where the page needs to act on them
 * (clean view, highlights); everything else is serialisable.
 */

/** A half-open range of UTF-16 offsets into a text (`text.slice(start, end)`). */
export interface TextSpan {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Article detection (core/extract)
// ---------------------------------------------------------------------------------------------

export interface ExtractOptions {
  /** The page URL; used for site name, canonical URL and resolving relative image URLs. */
  url?: string;
  /**
   * Optional visibility probe. In the page it is backed by computed style; in Node it is absent
   * and detection falls back to inline styles, `hidden` and `aria-hidden`.
   */
  isHidden?: (element: Element) => boolean;
}

export interface ArticleMetadata {
  /** The headline as shown on the page (not the `<title>` with its site suffix). */
  title: string | null;
  /** Author names, without "By", e-mail addresses or role words. */
  byline: string[];
  /** ISO 8601 publish time (with offset when the page gives one). */
  published: string | null;
  /** ISO 8601 last-update time. */
  modified: string | null;
  siteName: string | null;
  /** BCP 47 language tag (`ko`, `en`, `pt-BR`, …). */
  lang: string | null;
  /** Absolute URL of the lead image. */
  leadImage: string | null;
  /** Canonical URL (canonical link / og:url), tracking parameters stripped. */
  canonicalUrl: string | null;
  /** Deck / sub-headline, when the page has one. Not part of the body. */
  subtitle: string | null;
  /** Kicker / overline set above the headline inside the headline element (not part of `title`). */
  kicker?: string | null;
}

/** A photo caption near or inside the article body (not part of `text`). */
export interface ArticleCaption {
  text: string;
  /** The caption's element (figcaption, caption element, or the inline wrapper of image + caption). */
  element: Element;
}

export interface ArticleResult extends ArticleMetadata {
  /** The "is this an article page" verdict. Non-articles are left alone by the product. */
  isArticle: boolean;
  /** 0..1 confidence of the verdict. */
  confidence: number;
  /** Short machine-readable reason for the verdict (e.g. `json-ld-article`, `low-text`). */
  reason: string;
  /** Body as clean text: paragraphs in reading order separated by a blank line ("\n\n"). */
  text: string;
  /** The element that contains the whole body (null when not an article). */
  root: Element | null;
  /** The DOM blocks that make up the body, in reading order (paragraphs, headings, lists, tables, figures). */
  blocks: Element[];
  /** Elements that belong to the article's header (headline, subtitle, byline, date, lead image). */
  headerElements: Element[];
  /** Photo captions of the article (header zone and body), in reading order. Not part of `text`. */
  captions?: ArticleCaption[];
  /** Word count of `text` (CJK-aware) and estimated reading time. */
  wordCount: number;
  readingMinutes: number;
}

// ---------------------------------------------------------------------------------------------
// Clutter detection (core/clutter)
// ---------------------------------------------------------------------------------------------

export const CLUTTER_CATEGORIES = [
  'crypto-ticker',
  'stock-ticker',
  'related-news',
  'most-read',
  'reactions',
  'share',
  'font-controls',
  'ads',
  'newsletter',
  /** "Support us"/donation appeals and subscription upsells (not the article; never the paywall's content). */
  'appeals',
  'consent',
  'comments',
  'nav',
] as const;
export type ClutterCategory = (typeof CLUTTER_CATEGORIES)[number];

export interface ClutterItem {
  element: Element;
  category: ClutterCategory;
  /** 0..1 */
  confidence: number;
  /** Short reason for debugging and the picker UI (e.g. `price-pattern`, `heading:관련기사`). */
  reason: string;
}

export interface ClutterOptions {
  isHidden?: (element: Element) => boolean;
  /** Categories the user chose to keep (e.g. comments). */
  keep?: ReadonlySet<ClutterCategory>;
  /**
   * Where an element sits in the page's layout (in the page: getBoundingClientRect and the CSS
   * `position`). Asked only about the few items that may be side columns of the article's layout row;
   * absent in Node, where items stay as they are.
   */
  layoutOf?: (element: Element) => ElementLayout | null;
}

export interface ElementLayout {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** CSS `position` (`static`, `relative`, `sticky`, `absolute`, `fixed`). */
  position: string;
}

// ---------------------------------------------------------------------------------------------
// Key sentences and facts (core/facts, core/summarize)
// ---------------------------------------------------------------------------------------------

export interface KeySentence extends TextSpan {
  /** The article text from `start` to `end` (what the popup links to). */
  text: string;
  /** Position of the sentence in the article (0-based). */
  index: number;
  score: number;
  /** When words were left out in the middle: the kept pieces, in order, each a slice of the article text
   * inside [start, end]. Shown joined with an ellipsis (core/summarize/display.ts). */
  parts?: TextSpan[];
}

/** Every fact carries the spans of its evidence in the article text: no fact without evidence. */
export interface FactBase {
  evidence: TextSpan[];
}

export interface PersonFact extends FactBase {
  name: string;
  /** Romanized / parenthesized alias, e.g. "Laurie E. Locascio" for 로리 로카시오. */
  alias?: string;
  title?: string;
  org?: string;
}

export interface OrgFact extends FactBase {
  name: string;
  /** Abbreviation given by the article, e.g. KIAT for 한국산업기술진흥원. */
  abbr?: string;
}

export interface DateFact extends FactBase {
  /** The text as written ("7일(이하 현지시간)", "last Tuesday"). */
  text: string;
  /** ISO 8601 date or date-time, resolved against the publish date when relative. */
  iso: string;
  /** e.g. "local time" when the article says so. */
  note?: string;
  /** The article gives this date/time in local time ("7일(이하 현지시간)"); the UI words it in its own language. */
  localTime?: true;
}

export interface PlaceFact extends FactBase {
  text: string;
}

export interface NumberFact extends FactBase {
  /** The text as written ("150여 명", "$4.2 billion"). */
  text: string;
  value: number;
  unit?: string;
  approx?: boolean;
  /** The qualifier as written, when there is one ("여", "이상", "more than", "about"). */
  qualifier?: string;
  kind: 'count' | 'money' | 'percent' | 'measure' | 'other';
  /** A few words saying what is counted, from the surrounding text. */
  what?: string;
}

export interface QuoteFact extends FactBase {
  text: string;
  speaker?: string;
  speakerTitle?: string;
}

export interface Facts {
  people: PersonFact[];
  orgs: OrgFact[];
  dates: DateFact[];
  places: PlaceFact[];
  numbers: NumberFact[];
  quotes: QuoteFact[];
}

export interface FactsOptions {
  lang?: string | null;
  title?: string | null;
  /** ISO publish date; relative dates ("7일", "Tuesday") are resolved against it. */
  published?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Anchoring (core/anchoring) — W3C Web Annotation selectors
// ---------------------------------------------------------------------------------------------

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
  /**
   * Plainly extension (optional, additive): when the highlight was made, the same or nearly the same
   * words also stood elsewhere on the page (a caption repeating the lead, a recipe line of another
   * day), and this is how well that other place fitted `prefix`/`suffix`: 0–6, per side 3 = all chars
   * identical, 2 = identical up to the paragraph edge, 1 = similar, 0 = no. Absent: nowhere else.
   * Anchoring then needs more than that fit, or the CssSelector hint, to accept a place.
   */
  lookalikeFit?: number;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A structural hint: a CSS selector of the closest stable block and the offset inside it. */
export interface CssHintSelector {
  type: 'CssSelector';
  value: string;
}

export type Selector = TextQuoteSelector | TextPositionSelector | CssHintSelector;
