/**
 * Export and import of highlights.
 *  - Markdown: for reading and pasting into notes (one section per page, quotes as block quotes).
 *  - W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): an AnnotationCollection
 *    whose annotations carry the selectors as `target.selector`, the note as a TextualBody and the
 *    Plainly-only fields (colour, page title, site, …) in the `plainly:` extension namespace, so that
 *    export → import gives back exactly the same records.
 * Import accepts a collection, a page, a list or a single annotation (also from other tools, e.g.
 * Hypothesis, with defaults for the Plainly fields), and reports every item it cannot use.
 */
import type { Selector } from '../types';
import { DEFAULT_HIGHLIGHT_COLOR, isHighlightColor, validateHighlight, type Highlight } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const PLAINLY_NS = 'https://plainly.app/ns/highlights#';

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

function escapeMarkdownInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function dateOnly(iso: string | null | undefined): string {
  return iso && !Number.isNaN(Date.parse(iso)) ? new Date(iso).toISOString().slice(0, 10) : '';
}

/** Groups by page (first saved page first), highlights in saving order. */
function byPage(highlights: readonly Highlight[]): Highlight[][] {
  const groups = new Map<string, Highlight[]>();
  const sorted = [...highlights].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const h of sorted) {
    const list = groups.get(h.url);
    if (list) list.push(h);
    else groups.set(h.url, [h]);
  }
  return [...groups.values()];
}

export function toMarkdown(highlights: readonly Highlight[], options: { title?: string } = {}): string {
  const lines: string[] = [`# ${options.title ?? 'Highlights'}`, ''];
  for (const group of byPage(highlights)) {
    const first = group[0]!;
    const title = first.pageTitle.trim() || first.url;
    lines.push(`## [${escapeMarkdownInline(title)}](<${first.url}>)`, '');
    const meta = [first.siteName.trim(), dateOnly(first.published)].filter(Boolean);
    if (meta.length) lines.push(`*${escapeMarkdownInline(meta.join(' · '))}*`, '');
    for (const h of group) {
      for (const line of h.text.split(/\r?\n/)) lines.push(`> ${line}`);
      lines.push('');
      if (h.note.trim()) {
        lines.push(...h.note.trim().split(/\r?\n/).map((line, i) => (i === 0 ? `**Note:** ${line}` : line)), '');
      }
      lines.push(`<sub>${h.color} · ${dateOnly(h.createdAt)}</sub>`, '');
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// ---------------------------------------------------------------------------------------------
// W3C Web Annotation
// ---------------------------------------------------------------------------------------------

export interface WebAnnotation {
  '@context'?: unknown;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: Array<{ type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' }>;
  target: { source: string; selector: Selector[] };
  'plainly:color': string;
  'plainly:pageTitle': string;
  'plainly:siteName': string;
  'plainly:published'?: string;
  'plainly:text'?: string;
  'plainly:schemaVersion': number;
}

export interface WebAnnotationCollection {
  '@context': unknown;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function annotationId(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(id)) return id; // already an IRI (e.g. an imported annotation's id)
  return `urn:plainly:highlight:${encodeURIComponent(id)}`;
}

function highlightId(annotation: string): string {
  if (annotation.startsWith('urn:uuid:')) return annotation.slice('urn:uuid:'.length);
  if (annotation.startsWith('urn:plainly:highlight:')) {
    try {
      return decodeURIComponent(annotation.slice('urn:plainly:highlight:'.length));
    } catch {
      return annotation;
    }
  }
  return annotation;
}

export function toWebAnnotation(h: Highlight): WebAnnotation {
  const annotation: WebAnnotation = {
    id: annotationId(h.id),
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    target: { source: h.url, selector: h.selectors.map((s) => ({ ...s })) },
    'plainly:color': h.color,
    'plainly:pageTitle': h.pageTitle,
    'plainly:siteName': h.siteName,
    'plainly:schemaVersion': h.schemaVersion,
  };
  if (h.note) annotation.body = [{ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' }];
  if (h.published) annotation['plainly:published'] = h.published;
  const quote = h.selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || quote.exact !== h.text) annotation['plainly:text'] = h.text;
  return annotation;
}

export function toWebAnnotations(highlights: readonly Highlight[]): WebAnnotationCollection {
  const items = [...highlights].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(toWebAnnotation);
  return {
    '@context': [ANNO_CONTEXT, { plainly: PLAINLY_NS }],
    type: 'AnnotationCollection',
    label: 'Plainly highlights',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

export type ImportResult =
  | { ok: true; highlights: Highlight[]; problems: string[] }
  | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type));
}

/** The list of annotation-like items in any accepted top-level shape, or an error. */
function itemsOf(json: unknown): unknown[] | string {
  if (Array.isArray(json)) return json;
  if (!isRecord(json)) return 'expected a JSON object or list of W3C Web Annotations';
  if (hasType(json, 'AnnotationCollection')) {
    const first = json.first;
    if (isRecord(first) && Array.isArray(first.items)) return first.items;
    if (Array.isArray(json.items)) return json.items;
    if (json.total === 0) return [];
    return 'AnnotationCollection without embedded items (first.items)';
  }
  if (hasType(json, 'AnnotationPage')) return Array.isArray(json.items) ? json.items : 'AnnotationPage without items';
  if (hasType(json, 'Annotation')) return [json];
  return 'not a W3C Web Annotation document (no Annotation, AnnotationPage or AnnotationCollection type)';
}

function targetOf(value: unknown): { source: string; selectors: unknown[] } | null {
  const target = Array.isArray(value) ? value[0] : value;
  if (typeof target === 'string') return { source: target, selectors: [] };
  if (!isRecord(target) || typeof target.source !== 'string') return null;
  const selector = target.selector;
  return { source: target.source, selectors: Array.isArray(selector) ? selector : selector === undefined ? [] : [selector] };
}

function noteOf(body: unknown): string {
  const bodies = Array.isArray(body) ? body : body === undefined ? [] : [body];
  return bodies
    .map((b) => (typeof b === 'string' ? b : isRecord(b) && hasType(b, 'TextualBody') && typeof b.value === 'string' && b.purpose !== 'tagging' ? b.value : ''))
    .filter(Boolean)
    .join('\n\n');
}

/** Converts one annotation to a highlight (or explains why it cannot). */
export function fromWebAnnotation(item: unknown): { ok: true; value: Highlight } | { ok: false; error: string } {
  if (!isRecord(item)) return { ok: false, error: 'item is not an object' };
  if (!hasType(item, 'Annotation')) return { ok: false, error: 'item is not of type Annotation' };
  if (typeof item.id !== 'string' || !item.id) return { ok: false, error: 'annotation without id' };
  const target = targetOf(item.target);
  if (!target) return { ok: false, error: `annotation ${item.id}: target has no source URL` };
  const created = typeof item.created === 'string' ? item.created : undefined;
  const checked = validateHighlight({
    id: highlightId(item.id),
    url: target.source,
    pageTitle: item['plainly:pageTitle'],
    siteName: item['plainly:siteName'],
    published: item['plainly:published'],
    color: isHighlightColor(item['plainly:color']) ? item['plainly:color'] : DEFAULT_HIGHLIGHT_COLOR,
    note: noteOf(item.body),
    text: item['plainly:text'],
    selectors: target.selectors,
    // Annotations from other tools may lack `created`: date them now rather than reject them.
    createdAt: created ?? new Date().toISOString(),
    updatedAt: typeof item.modified === 'string' ? item.modified : created,
  });
  return checked.ok ? checked : { ok: false, error: `annotation ${item.id}: ${checked.error.replace(/^highlight [^:]*: /, '')}` };
}

/**
 * Reads W3C Web Annotation JSON (a string or parsed value). Returns every usable highlight and a
 * message per item that could not be used; an unusable document gives `ok: false` with the reason.
 * Never throws.
 */
export function fromWebAnnotations(json: unknown): ImportResult {
  let parsed = json;
  if (typeof json === 'string') {
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const items = itemsOf(parsed);
  if (typeof items === 'string') return { ok: false, error: items };
  const highlights: Highlight[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    try {
      const result = fromWebAnnotation(item);
      if (!result.ok) problems.push(`item ${i + 1}: ${result.error}`);
      else if (seen.has(result.value.id)) problems.push(`item ${i + 1}: duplicate id ${result.value.id} (kept the first)`);
      else {
        seen.add(result.value.id);
        highlights.push(result.value);
      }
    } catch (error) {
      problems.push(`item ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  if (items.length > 0 && highlights.length === 0) {
    return { ok: false, error: `no usable annotation (${problems.length} rejected): ${problems.slice(0, 3).join('; ')}` };
  }
  return { ok: true, highlights, problems };
}
