/** The highlights UI in the page, loaded on the first selection or when the page has saved highlights (utils/highlights/content.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startHighlights } from '../utils/highlights/session';
import { revealQuote } from '../utils/summary/reveal';
import { provide } from '../utils/on-demand-registry';

export default defineUnlistedScript(() => provide('highlights', { startHighlights, revealQuote }));
