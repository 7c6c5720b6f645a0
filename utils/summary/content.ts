/**
 * Content-script side of the popup: answers `getPageSummary` (detection + key sentences + facts, computed
 * lazily and cached) and `revealText` (scroll to a fact's evidence and flash it).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../messages';
import type { PageContext } from '../page-context';
import { revealQuote } from './reveal';
import { loadOnDemand } from '../on-demand';

export function registerSummary(ctx: ContentScriptContext, page: PageContext): void {
  const removers = [
    // Facts code is loaded on the first popup open only (utils/on-demand.ts), not on every page.
    onMessage('getPageSummary', async () => (await loadOnDemand('facts')).pageSummary(page)),
    onMessage('revealText', ({ data }) => revealQuote(page.document, page.article().root, data)),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));
}
