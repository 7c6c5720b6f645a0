/**
 * The content script on every http(s) page. Thin wiring only: each feature registers its message
 * handlers and (cheap) page hooks; article detection runs lazily through the shared page context.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageContext } from '../utils/page-context';
import { registerSummary } from '../utils/summary/content';
import { registerCleanView } from '../utils/clean-view/content';
import { registerHighlights } from '../utils/highlights/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const page = createPageContext(document, location.href);
    registerSummary(ctx, page);
    registerCleanView(ctx, page);
    registerHighlights(ctx, page);
  },
});
