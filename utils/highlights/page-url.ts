/**
 * The key under which a page's highlights are stored, computed cheaply on every page load (no
 * article detection): `<link rel=canonical>`, then `og:url`, then the location, canonicalized by
 * core/url. A declared canonical URL on another host is ignored (some sites point every page to
 * their home page or a syndication partner), as is a canonical that is just the site root while the
 * location is a deeper page.
 */
import { canonicalizeUrl } from '../../core/url';

export function pageKeyUrl(doc: Document, location: string): string | null {
  const here = canonicalizeUrl(location);
  const declared =
    doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.getAttribute('href') ??
    doc.querySelector<HTMLMetaElement>('meta[property="og:url" i][content]')?.getAttribute('content') ??
    null;
  const candidate = canonicalizeUrl(declared, location);
  if (!candidate || !here) return here ?? candidate;
  const a = new URL(candidate);
  const b = new URL(here);
  if (a.hostname.replace(/^www\./, '') !== b.hostname.replace(/^www\./, '')) return here;
  if ((a.pathname === '/' || a.pathname === '') && b.pathname.length > 1) return here;
  return candidate;
}

/** Wait after a single-page navigation before looking for the new page's highlights (the site renders it first). */
export const SPA_SETTLE_MS = 400;

/**
 * The page key after a single-page navigation: a canonical link the site has not updated yet still names
 * the previous article (`previousKey`), so the new location is trusted instead.
 */
export function pageKeyAfterNavigation(doc: Document, location: string, previousKey: string | null): string | null {
  const url = pageKeyUrl(doc, location);
  return previousKey && url === previousKey ? canonicalizeUrl(location) : url;
}

/** The fragment the library adds to a page URL to scroll to one highlight. */
export const REVEAL_FRAGMENT = 'plainly-highlight=';

export function revealIdFromHash(hash: string): string | null {
  const match = /(?:^#|&)plainly-highlight=([^&]+)/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

export function urlWithReveal(url: string, id: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = `${REVEAL_FRAGMENT}${encodeURIComponent(id)}`;
    return parsed.toString();
  } catch {
    return url;
  }
}
