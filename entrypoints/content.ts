/**
 * The content script on every http(s) page. Thin wiring only: each feature registers its message
 * handlers and (cheap) page hooks; its code, and article detection, load on demand when the page needs
 * them (utils/on-demand.ts), so a page where the reader does nothing with Plainly pays almost nothing.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageContext } from '../utils/page-context';
import { registerSummary } from '../utils/summary/content';
import { registerCleanView } from '../utils/clean-view/content';
import { registerHighlights } from '../utils/highlights/content';
import { localStorageKeys } from '../utils/storage-keys';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const page = createPageContext(document, location.href);
    // One read of the storage keys tells both features whether this page has anything stored.
    const storageKeys = localStorageKeys();
    storageKeys.catch(() => undefined);
    registerSummary(ctx, page);
    const highlights = registerHighlights(ctx, page, storageKeys);
    // The reader view shows the page's highlights and offers the toolbar on its text.
    registerCleanView(ctx, page, { storageKeys, beforeReader: () => void highlights.start().catch(() => undefined) });
  },
});
