/** Reader view (content builder with DOMPurify, Preact overlay), loaded when the reader is first opened (utils/on-demand.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildReaderContent } from '../utils/reader/content';
import { openReaderOverlay } from '../utils/reader/overlay';
import { provide } from '../utils/on-demand-registry';

export default defineUnlistedScript(() => provide('reader', { buildReaderContent, openReaderOverlay }));
