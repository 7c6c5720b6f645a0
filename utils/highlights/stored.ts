/**
 * How highlights are keyed in browser local storage (the layout is explained in utils/highlights-store.ts),
 * kept apart from the store so the content script can tell whether a page has any highlights without
 * loading the store: `hl:<pageKey>:<id>` per highlight, and the pre-v2 list under `highlights`.
 */
export const RECORD_PREFIX = 'hl:';
/** The v1 list; while it exists, every page may have highlights still to be moved to per-highlight keys. */
export const LEGACY_LIST_KEY = 'highlights';

/** 53-bit string hash (cyrb53): short, stable keys for long URLs. Collisions are harmless (records carry their URL). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function pageKeyOf(canonicalUrl: string): string {
  return hash53(canonicalUrl);
}

/** The key prefix of one page's highlight records. */
export function pagePrefix(canonicalUrl: string): string {
  return `${RECORD_PREFIX}${pageKeyOf(canonicalUrl)}:`;
}

/** Whether any of `keys` (storage keys, without the `local:` area) may hold a highlight of the page. */
export function mayHoldPageHighlights(keys: Iterable<string>, canonicalUrl: string): boolean {
  const prefix = pagePrefix(canonicalUrl);
  for (const key of keys) if (key.startsWith(prefix) || key === LEGACY_LIST_KEY) return true;
  return false;
}

/** Whether any highlight is stored at all (or the old list): if not, no page needs its key computed. */
export function mayHoldAnyHighlights(keys: Iterable<string>): boolean {
  for (const key of keys) if (key.startsWith(RECORD_PREFIX) || key === LEGACY_LIST_KEY) return true;
  return false;
}
