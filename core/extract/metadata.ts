/**
 * Page metadata from structured data (JSON-LD), OpenGraph / article / Dublin Core / Parse.ly meta
 * tags and `<title>`. Values here are claims the page makes about itself; index.ts reconciles them with
 * what is visibly on the page (headline element, byline, date lines).
 */
import { canonicalizeUrl } from '../url';
import { normalizeIsoDate } from './dates';
import { collapseWhitespace } from './text';
import type { WalkResult } from './walk';

export interface PageClaims {
  /** An object of an Article-like schema.org type was found. */
  articleType: string | null;
  /** Types seen in JSON-LD (for the verdict: e.g. WebSite/CollectionPage on a home page). */
  ldTypes: string[];
  ogType: string | null;
  headline: string | null;
  ogTitle: string | null;
  docTitle: string | null;
  description: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  siteName: string | null;
  lang: string | null;
  image: string | null;
  canonical: string | null;
  /** JSON-LD articleBody when the page ships one (used to cross-check the chosen body). */
  ldBody: string | null;
}

// Every schema.org subtype of Article ends in "Article" (NewsArticle, ReportageNewsArticle,
// AnalysisNewsArticle, SatiricalArticle, TechArticle, ScholarlyArticle…); the other article-like
// types are the postings and Report.
const ARTICLE_TYPES = /^(?:\w*article|blogposting|socialmediaposting|liveblogposting|report|posting|discussionforumposting)$/i;

type Json = unknown;

function asArray(v: Json): Json[] {
  return Array.isArray(v) ? v : v == null ? [] : [v];
}

function str(v: Json): string | null {
  if (typeof v === 'string') return collapseWhitespace(v) || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '@value' in v) return str((v as Record<string, Json>)['@value']);
  return null;
}

function typesOf(obj: Record<string, Json>): string[] {
  return asArray(obj['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/, ''));
}

/** Yields every object in a JSON-LD tree (graphs, arrays, nested mainEntity…), bounded. */
function* objects(root: Json, budget = { n: 0 }): Generator<Record<string, Json>> {
  if (budget.n++ > 2000) return;
  if (Array.isArray(root)) {
    for (const item of root) yield* objects(item, budget);
  } else if (root && typeof root === 'object') {
    const obj = root as Record<string, Json>;
    yield obj;
    // Not itemListElement/hasPart: a list page's ItemList of NewsArticles does not make it an article.
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      if (key in obj && typeof obj[key] === 'object') yield* objects(obj[key], budget);
    }
  }
}

function names(v: Json): string[] {
  const out: string[] = [];
  for (const item of asArray(v)) {
    if (typeof item === 'string') out.push(item);
    else if (item && typeof item === 'object') {
      const name = str((item as Record<string, Json>).name);
      if (name) out.push(name);
    }
  }
  return out;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/**
 * The image URL of a JSON-LD `image` value. A node that is only a reference (`{"@id": "…#primaryimage"}`,
 * Yoast's @graph) is looked up in `byId`; an `@id` is taken as the URL only when it names an image file.
 */
function imageUrl(v: Json, byId?: Map<string, Record<string, Json>>): string | null {
  for (const item of asArray(v)) {
    if (typeof item === 'string') return item;
    if (item && typeof item === 'object') {
      let o = item as Record<string, Json>;
      const id = str(o['@id']);
      if (id && !str(o.url) && !str(o.contentUrl)) o = byId?.get(id) ?? o;
      const u = str(o.url) ?? str(o.contentUrl) ?? (id && IMAGE_FILE.test(id) ? id : null);
      if (u) return u;
    }
  }
  return null;
}

/** Strips the site part of a `<title>` ("Headline - Site", "Site | Headline"). */
export function stripSiteFromTitle(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—\-:·»]\s+/);
  if (parts.length < 2) return title;
  if (siteName) {
    const site = siteName.toLowerCase();
    const kept = parts.filter((p) => !p.toLowerCase().includes(site) && !site.includes(p.toLowerCase()));
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
  }
  // Otherwise keep the longest part: headlines are longer than site names.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** "Headline - Site" / "Site | Headline" → "Headline" when the split-off end part is the site's name. */
export function stripNamedSite(title: string, siteName: string): string {
  const parts = title.split(/\s+[|–—\-·»]\s+/);
  if (parts.length < 2) return title;
  const site = siteName.toLowerCase().replace(/^the\s+/, '');
  const isSite = (part: string): boolean => {
    const p = part.toLowerCase().trim().replace(/^the\s+/, '');
    return p.length > 0 && (p === site || p.replace(/\s+/g, '') === site.replace(/\s+/g, ''));
  };
  if (isSite(parts[parts.length - 1]!)) return title.slice(0, title.lastIndexOf(parts[parts.length - 1]!)).replace(/\s+[|–—\-·»]\s*$/, '').trim();
  if (isSite(parts[0]!)) return title.slice(parts[0]!.length).replace(/^\s*[|–—\-·»]\s+/, '').trim();
  return title;
}

export function readClaims(walk: WalkResult, url: string | undefined, defaultOffset: string | null): PageClaims {
  const meta = walk.meta;
  const m = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v && v.trim()) return collapseWhitespace(v);
    }
    return null;
  };
  const claims: PageClaims = {
    articleType: null,
    ldTypes: [],
    ogType: m('og:type'),
    headline: null,
    ogTitle: m('og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title'),
    docTitle: walk.titleText || null,
    description: m('og:description', 'description', 'twitter:description'),
    authors: [],
    published: null,
    modified: null,
    siteName: null,
    lang: null,
    image: null,
    canonical: null,
    ldBody: null,
  };

  let ldPublisher: string | null = null;
  let ldLang: string | null = null;
  let ldPublished: string | null = null;
  let ldModified: string | null = null;
  let ldImage: string | null = null;
  for (const raw of walk.jsonLd) {
    let data: Json;
    try {
      data = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    const byId = new Map<string, Record<string, Json>>();
    for (const obj of objects(data)) {
      const id = str(obj['@id']);
      if (id && !byId.has(id)) byId.set(id, obj);
    }
    for (const obj of objects(data)) {
      const types = typesOf(obj);
      claims.ldTypes.push(...types);
      const article = types.find((t) => ARTICLE_TYPES.test(t));
      if (!article || claims.articleType) continue;
      claims.articleType = article;
      claims.headline = str(obj.headline) ?? str(obj.name);
      claims.authors = names(obj.author ?? obj.creator);
      ldPublished = str(obj.datePublished) ?? str(obj.dateCreated);
      ldModified = str(obj.dateModified);
      ldImage = imageUrl(obj.image, byId) ?? imageUrl(obj.thumbnailUrl, byId);
      ldLang = str(obj.inLanguage);
      const publisher = asArray(obj.publisher)[0];
      if (publisher && typeof publisher === 'object') ldPublisher = str((publisher as Record<string, Json>).name);
      const body = str(obj.articleBody);
      if (body && body.length > 200) claims.ldBody = body;
    }
  }
  if (!claims.authors.length) {
    const metaAuthor = m('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'dable:author');
    if (metaAuthor && !/^https?:/i.test(metaAuthor)) claims.authors = [metaAuthor];
  }
  const opts = { defaultOffset };
  claims.published =
    normalizeIsoDate(ldPublished, opts) ??
    normalizeIsoDate(
      m('article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
        'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
        'published_time', 'dable:published_time'),
      opts,
    );
  claims.modified =
    normalizeIsoDate(ldModified, opts) ??
    normalizeIsoDate(m('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'lastmod'), opts);
  claims.siteName = m('og:site_name', 'application-name', 'al:android:app_name', 'twitter:app:name:iphone') ?? ldPublisher;
  if (!claims.siteName && url) {
    try {
      claims.siteName = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      /* not a URL */
    }
  }
  // og:title/twitter:title often carry the site's name ("Headline - The Times"): drop it when a
  // separator sets it off and it names the site (never the bare longest-part guess used for <title>).
  if (claims.ogTitle && claims.siteName) claims.ogTitle = stripNamedSite(claims.ogTitle, claims.siteName);
  claims.lang = ldLang ?? m('content-language', 'dc.language', 'language');
  claims.image = ldImage ?? m('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  if (claims.image) claims.image = absolute(claims.image, url);
  const canonical = walk.links.get('canonical') ?? m('og:url');
  claims.canonical = canonicalizeUrl(canonical, url) ?? canonicalizeUrl(url);
  return claims;
}

export function absolute(href: string, base: string | undefined): string | null {
  try {
    return base ? new URL(href, base).toString() : new URL(href).toString();
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}
