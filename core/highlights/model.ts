/**
 * The highlight record: plain, serialisable data. Storage (utils/highlights-store.ts), export/import
 * (export.ts) and the UI all use this one shape. Validation and schema migrations live here so they
 * are pure and tested without a browser.
 */
import type { Selector, TextQuoteSelector } from '../types';
import { canonicalizeUrl } from '../url';

/** Current record schema. v1 (first release) had flat quote/prefix/suffix fields and no selectors array. */
export const HIGHLIGHT_SCHEMA_VERSION = 2;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';

export interface Highlight {
  id: string;
  /** Canonical page URL (core/url canonicalizeUrl): the key the highlight is stored under. */
  url: string;
  pageTitle: string;
  siteName: string;
  /** ISO publish date of the article, when known. */
  published?: string | null;
  color: HighlightColor;
  /** The user's note ('' when none). */
  note: string;
  /** The highlighted text (whitespace collapsed), same as the TextQuoteSelector's `exact`. */
  text: string;
  /** W3C selectors: TextQuoteSelector (required), TextPositionSelector, CssSelector hint. */
  selectors: Selector[];
  /** ISO 8601 times. */
  createdAt: string;
  updatedAt: string;
  schemaVersion: number;
}

/** Fields the user can change after saving. */
export type HighlightPatch = Partial<Pick<Highlight, 'color' | 'note'>>;

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

export function newHighlightId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  // Fallback for old engines: time + randomness is unique enough for one user's library.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface NewHighlightInput {
  url: string;
  pageTitle?: string | null;
  siteName?: string | null;
  published?: string | null;
  color?: HighlightColor;
  note?: string;
  selectors: Selector[];
  /** For tests and imports; defaults to now / a new UUID. */
  now?: Date;
  id?: string;
}

/** Builds a new highlight from describeRange() selectors. Null when there is no quote or no valid URL. */
export function createHighlight(input: NewHighlightInput): Highlight | null {
  const url = canonicalizeUrl(input.url);
  const quote = quoteOf(input.selectors);
  if (!url || !quote) return null;
  const at = (input.now ?? new Date()).toISOString();
  return {
    id: input.id ?? newHighlightId(),
    url,
    pageTitle: input.pageTitle ?? '',
    siteName: input.siteName ?? '',
    published: input.published ?? null,
    color: input.color ?? DEFAULT_HIGHLIGHT_COLOR,
    note: input.note ?? '',
    text: quote.exact,
    selectors: input.selectors,
    createdAt: at,
    updatedAt: at,
    schemaVersion: HIGHLIGHT_SCHEMA_VERSION,
  };
}

export function quoteOf(selectors: readonly Selector[] | undefined): TextQuoteSelector | null {
  const q = selectors?.find((s): s is TextQuoteSelector => s?.type === 'TextQuoteSelector');
  return q && typeof q.exact === 'string' && q.exact.trim() ? q : null;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** Checks one selector; returns a clean copy (unknown fields dropped) or an error. */
export function validateSelector(raw: unknown): Validated<Selector> {
  if (!isRecord(raw)) return { ok: false, error: 'selector is not an object' };
  switch (raw.type) {
    case 'TextQuoteSelector':
      if (typeof raw.exact !== 'string' || !raw.exact.trim()) return { ok: false, error: 'TextQuoteSelector without exact text' };
      if (raw.prefix !== undefined && typeof raw.prefix !== 'string') return { ok: false, error: 'TextQuoteSelector prefix is not text' };
      if (raw.suffix !== undefined && typeof raw.suffix !== 'string') return { ok: false, error: 'TextQuoteSelector suffix is not text' };
      return {
        ok: true,
        value: {
          type: 'TextQuoteSelector',
          exact: raw.exact,
          prefix: (raw.prefix as string) ?? '',
          suffix: (raw.suffix as string) ?? '',
          // Anchoring hint kept when well-formed (see core/types.ts); older records have none.
          ...(Number.isInteger(raw.lookalikeFit) && (raw.lookalikeFit as number) >= 0 && (raw.lookalikeFit as number) <= 6 ? { lookalikeFit: raw.lookalikeFit as number } : {}),
        },
      };
    case 'TextPositionSelector': {
      const { start, end } = raw;
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
        return { ok: false, error: 'TextPositionSelector needs integer start ≤ end' };
      }
      return { ok: true, value: { type: 'TextPositionSelector', start: start as number, end: end as number } };
    }
    case 'CssSelector':
      if (typeof raw.value !== 'string' || !raw.value) return { ok: false, error: 'CssSelector without value' };
      return { ok: true, value: { type: 'CssSelector', value: raw.value } };
    default:
      return { ok: false, error: `unsupported selector type ${JSON.stringify(raw.type)}` };
  }
}

/**
 * Checks a stored or imported record (current schema). Returns a clean copy or a clear error.
 * Unsupported selector types are dropped (they cannot be anchored) but a quote is required.
 */
export function validateHighlight(raw: unknown): Validated<Highlight> {
  if (!isRecord(raw)) return { ok: false, error: 'not an object' };
  if (typeof raw.id !== 'string' || !raw.id) return { ok: false, error: 'missing id' };
  const url = typeof raw.url === 'string' ? canonicalizeUrl(raw.url) : null;
  if (!url) return { ok: false, error: `highlight ${raw.id}: missing or invalid page URL` };
  if (!Array.isArray(raw.selectors)) return { ok: false, error: `highlight ${raw.id}: selectors is not a list` };
  const selectors: Selector[] = [];
  for (const s of raw.selectors) {
    const checked = validateSelector(s);
    if (checked.ok) selectors.push(checked.value);
  }
  const quote = quoteOf(selectors);
  if (!quote) return { ok: false, error: `highlight ${raw.id}: no TextQuoteSelector` };
  if (!isIsoDate(raw.createdAt)) return { ok: false, error: `highlight ${raw.id}: invalid createdAt` };
  const createdAt = new Date(raw.createdAt).toISOString();
  const updatedAt = isIsoDate(raw.updatedAt) ? new Date(raw.updatedAt).toISOString() : createdAt;
  return {
    ok: true,
    value: {
      id: raw.id,
      url,
      pageTitle: typeof raw.pageTitle === 'string' ? raw.pageTitle : '',
      siteName: typeof raw.siteName === 'string' ? raw.siteName : '',
      published: typeof raw.published === 'string' ? raw.published : null,
      color: isHighlightColor(raw.color) ? raw.color : DEFAULT_HIGHLIGHT_COLOR,
      note: typeof raw.note === 'string' ? raw.note : '',
      text: typeof raw.text === 'string' && raw.text ? raw.text : quote.exact,
      selectors,
      createdAt,
      updatedAt,
      schemaVersion: HIGHLIGHT_SCHEMA_VERSION,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Migrations
// ---------------------------------------------------------------------------------------------

/**
 * v1 record (first release): one flat object per highlight, quote context inline, epoch-ms times,
 * raw page URL (not canonicalised), colour as a hex code.
 */
export interface HighlightV1 {
  id: string;
  url: string;
  title?: string;
  site?: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  color?: string;
  note?: string;
  created: number;
  updated?: number;
}

const V1_COLORS: Record<string, HighlightColor> = {
  '#fff59d': 'yellow',
  '#a5d6a7': 'green',
  '#90caf9': 'blue',
  '#f48fb1': 'pink',
  '#ce93d8': 'purple',
};

/** v1 → v2: selectors array (quote + position), canonical URL, ISO times, named colours. */
export function migrateHighlightV1(raw: unknown): Validated<Highlight> {
  if (!isRecord(raw)) return { ok: false, error: 'v1 record is not an object' };
  const v1 = raw as Partial<HighlightV1>;
  if (typeof v1.id !== 'string' || typeof v1.quote !== 'string' || !v1.quote.trim()) {
    return { ok: false, error: `v1 record ${String(v1.id)}: missing id or quote` };
  }
  const selectors: Selector[] = [{ type: 'TextQuoteSelector', exact: v1.quote, prefix: v1.prefix ?? '', suffix: v1.suffix ?? '' }];
  if (Number.isInteger(v1.start) && Number.isInteger(v1.end) && (v1.end as number) > (v1.start as number) && (v1.start as number) >= 0) {
    selectors.push({ type: 'TextPositionSelector', start: v1.start as number, end: v1.end as number });
  }
  const created = typeof v1.created === 'number' && Number.isFinite(v1.created) ? v1.created : NaN;
  if (Number.isNaN(created)) return { ok: false, error: `v1 record ${v1.id}: invalid created time` };
  const color = typeof v1.color === 'string' ? (V1_COLORS[v1.color.toLowerCase()] ?? (isHighlightColor(v1.color) ? v1.color : DEFAULT_HIGHLIGHT_COLOR)) : DEFAULT_HIGHLIGHT_COLOR;
  return validateHighlight({
    id: v1.id,
    url: v1.url,
    pageTitle: v1.title ?? '',
    siteName: v1.site ?? '',
    published: null,
    color,
    note: v1.note ?? '',
    text: v1.quote,
    selectors,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(typeof v1.updated === 'number' ? v1.updated : created).toISOString(),
  });
}

/** Brings a stored record of any known schema to the current one. */
export function migrateHighlight(raw: unknown): Validated<Highlight> {
  if (!isRecord(raw)) return { ok: false, error: 'not an object' };
  const version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : Array.isArray(raw.selectors) ? HIGHLIGHT_SCHEMA_VERSION : 1;
  if (version > HIGHLIGHT_SCHEMA_VERSION) return { ok: false, error: `highlight ${String(raw.id)}: schema v${version} is newer than this version of Plainly` };
  return version === 1 ? migrateHighlightV1(raw) : validateHighlight(raw);
}
