/**
 * Class/id/tag hints used by the general scorer. These describe how news templates in general name
 * their parts (English and Korean CMSs alike); they are not rules for any one site.
 */

/** Tags whose content is never article text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'option', 'textarea', 'input', 'button', 'audio', 'video', 'map', 'dialog',
]);

/** Phrasing elements: their text joins the enclosing block's paragraph. Anything else is a block. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i',
  'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span',
  'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'picture', 'source', 'o:p',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Containers that are boilerplate by their tag wherever they are inside the chosen root. */
export const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'figcaption', 'form', 'menu']);

/** Class/id words of the article body container. */
export const POSITIVE_HINT =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|news_?view|view_?cont|arti|detail|read|recipe/i;

/** Class/id words that mark a container that is not article text (scores down a candidate). */
export const NEGATIVE_HINT =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|reply|cmt|rank|popular|most_?read|relation|breadcrumb|login|newsletter|subscri|modal|popup|cookie|consent/i;

/**
 * Deliberately absent: "tag" (WordPress puts tag-<slug> on the post itself), "font" (Korean CMSs
 * name the body "font-size17"), "hidden"/"hide" (responsive "hidden-xs" wrappers are visible on
 * desktop), "paywall" (metered bodies are wrapped in it; the meter's prompt between paragraphs is
 * an "interstitial").
 *
 * Stronger: class/id words of widgets inside an article container that never hold body text
 * (share bars, related lists, ad slots, captions, bylines, tags, comments, newsletter boxes…).
 * Matched on class/id tokens so that e.g. "article-share" matches but "shared-content" does not
 * carry "share" as a word of its own.
 */
export const BOILERPLATE_WORDS = new Set([
  'share', 'sharing', 'social', 'sns', 'related', 'relation', 'recommend', 'recommended', 'recirc',
  'promo', 'promotion', 'advert', 'advertisement', 'ad', 'ads', 'adv', 'advertising', 'banner', 'sponsor', 'sponsored', 'dfp', 'gpt',
  'caption', 'figcaption', 'credit', 'credits', 'byline', 'author', 'authors', 'reporter', 'writer',
  'tags', 'keywords', 'topics', 'comments', 'comment', 'reply', 'cmt', 'newsletter', 'subscribe', 'subscription',
  'signup', 'popular', 'trending', 'rank', 'ranking', 'mostread', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs',
  'toolbar', 'tools', 'util', 'utility', 'print', 'reaction', 'reactions', 'like', 'emotion',
  'copyright', 'disclaimer', 'modal', 'popup', 'cookie', 'consent', 'gdpr', 'nav', 'navigation', 'menu',
  'sidebar', 'widget', 'next', 'prev', 'pagination', 'paging', 'dateline', 'timestamp', 'meta',
  'login', 'sr', 'visually', 'screen', 'offscreen', 'zoom', 'interstitial',
  // Donation and subscription appeals ("donate-inline", "donation-box", "upsell").
  'donate', 'donation', 'donations', 'fundraising', 'upsell',
]);

/** Splits a class/id string into lower-case word tokens (camelCase, snake, kebab). */
export function hintTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
