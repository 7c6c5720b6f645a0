/**
 * Pure logic of the highlights library page: search (case-insensitive, NFKC-normalised, so Korean
 * full/half-width forms and compatibility jamo match), filters, ordering, and the download helper.
 */

import type { Highlight } from '../../core/highlights/model';

/** The fields the library reads from a highlight. */
export type LibraryEntry = Pick<Highlight, 'id' | 'url' | 'text' | 'note' | 'color' | 'pageTitle' | 'siteName' | 'createdAt'>;

export interface LibraryFilter {
  query: string;
  site: string | null;
  color: string | null;
}

/** NFKC + lower case + collapsed whitespace: the form both the query and the fields are compared in. */
export function normalizeForSearch(value: string | null | undefined): string {
  return (value ?? '').normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** The site a highlight belongs to: the site name when known, else the host without www. */
export function siteOf(entry: LibraryEntry): string {
  if (entry.siteName?.trim()) return entry.siteName.trim();
  try {
    return new URL(entry.url).hostname.replace(/^www\./, '');
  } catch {
    return entry.url;
  }
}

function haystack(entry: LibraryEntry): string {
  return normalizeForSearch([entry.text, entry.note, entry.pageTitle, siteOf(entry), entry.url].filter(Boolean).join('\n'));
}

/** Every whitespace-separated term of the query must occur somewhere in the entry. */
export function matchesQuery(entry: LibraryEntry, query: string): boolean {
  const terms = normalizeForSearch(query).split(' ').filter(Boolean);
  if (terms.length === 0) return true;
  const text = haystack(entry);
  return terms.every((term) => text.includes(term));
}

export function filterEntries<T extends LibraryEntry>(entries: readonly T[], filter: LibraryFilter): T[] {
  return entries.filter(
    (entry) =>
      (!filter.site || siteOf(entry) === filter.site) &&
      (!filter.color || (entry.color ?? 'yellow') === filter.color) &&
      matchesQuery(entry, filter.query),
  );
}

export function timeOf(entry: LibraryEntry): number {
  const parsed = Date.parse(entry.createdAt);
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** Newest first; stable for equal times. */
export function sortNewestFirst<T extends LibraryEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => timeOf(b) - timeOf(a));
}

/** Distinct sites, alphabetical (locale-aware so Hangul sorts naturally). */
export function sitesOf(entries: readonly LibraryEntry[]): string[] {
  return [...new Set(entries.map(siteOf))].sort((a, b) => a.localeCompare(b));
}

export interface PageGroup<T extends LibraryEntry> {
  url: string;
  title: string | null;
  site: string;
  latest: number;
  entries: T[];
}

/** Groups entries by page (newest page first), keeping each page's highlights newest first. */
export function groupByPage<T extends LibraryEntry>(entries: readonly T[]): PageGroup<T>[] {
  const groups = new Map<string, PageGroup<T>>();
  for (const entry of sortNewestFirst(entries)) {
    let group = groups.get(entry.url);
    if (!group) {
      group = { url: entry.url, title: entry.pageTitle || null, site: siteOf(entry), latest: timeOf(entry), entries: [] };
      groups.set(entry.url, group);
    }
    group.title ??= entry.pageTitle || null;
    group.entries.push(entry);
  }
  return [...groups.values()];
}

/** Saves `content` as a file through a Blob URL and an `a[download]` click: no network involved. */
export function downloadText(doc: Document, filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some engines start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `plainly-highlights-2026-11-25.md` */
export function exportFileName(extension: string, now = new Date()): string {
  return `plainly-highlights-${now.toISOString().slice(0, 10)}.${extension}`;
}
