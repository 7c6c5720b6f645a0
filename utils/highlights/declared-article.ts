/**
 * Whether the page calls itself an article (`og:type` "article", as core/extract reads it): one
 * querySelector, so the first selection's toolbar can show before article detection has run on such a
 * page. Detection still decides (utils/highlights/content.ts): the toolbar goes away if it finds no article.
 * Only og:type, not JSON-LD: a list page's JSON-LD often names NewsArticle items.
 */
export function declaresArticle(doc: Document): boolean {
  return /^article\b/i.test(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? '');
}
