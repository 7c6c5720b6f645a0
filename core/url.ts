/**
 * Canonical page URLs: the key under which Plainly remembers a page (highlights) or a site (clean view).
 * Tracking parameters and fragments are stripped so the same article shared through different
 * campaigns maps to one key.
 */

// Parameters that identify a campaign or a click, never the document.
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ref_src|ref_url|cmpid|spm|__twitter_impression|ocid|ncid|sr_share|s_cid|at_medium|at_campaign|trk|trkid)$/i;

/** Returns the canonical form of `url`, or null when it is not an http(s) URL. Never throws. */
export function canonicalizeUrl(url: string | null | undefined, base?: string): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = base ? new URL(url, base) : new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  // forEach, not `[...searchParams.keys()]`: in Firefox's content-script sandbox that iterator is not
  // iterable, which made every page "not an article" there (caught by scripts/firefox-smoke.ts).
  const keys: string[] = [];
  parsed.searchParams.forEach((_value, key) => keys.push(key));
  for (const key of keys) {
    if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  }
  parsed.searchParams.sort();
  parsed.hostname = parsed.hostname.toLowerCase();
  let href = parsed.toString();
  if (parsed.search === '' && href.endsWith('?')) href = href.slice(0, -1);
  return href;
}

/** The site key for per-site memory: the host without a leading "www.". */
export function siteKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
