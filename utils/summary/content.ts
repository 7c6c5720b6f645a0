/**
 * Content-script side of the popup: answers `getPageSummary` (detection + key sentences + facts, computed
 * lazily and cached) and `revealText` (scroll to a fact's evidence and flash it). Both load their code,
 * and article detection with it, on the popup's first request only (utils/on-demand.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../messages';
import type { PageContext } from '../page-context';
import { loadOnDemand } from '../on-demand';

export function registerSummary(ctx: ContentScriptContext, page: PageContext): void {
  const removers = [
    onMessage('getPageSummary', async () => {
      const facts = await loadOnDemand('facts');
      // Korean word lists load only for an article with Korean text (English pages never fetch them).
      if (facts.needsKoreanLexicon(page)) await loadOnDemand('facts-ko');
      return facts.pageSummary(page);
    }),
    // Finding the quote is core/anchoring's job, which the highlights script holds (loading it starts nothing).
    onMessage('revealText', async ({ data }) => (await loadOnDemand('highlights')).revealQuote(page.document, page.article().root, data)),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));
}
