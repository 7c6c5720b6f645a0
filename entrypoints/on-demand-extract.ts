/** Article detection (core/extract), loaded the first time a feature needs the page's article (utils/on-demand.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../core/extract';
import { provide } from '../utils/on-demand-registry';

export default defineUnlistedScript(() => provide('extract', { extractArticle }));
