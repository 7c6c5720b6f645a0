/** The selection toolbar alone (Preact + the component), shown on the first selection before the rest of the highlights UI has loaded (utils/highlights/content.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createToolbar } from '../utils/highlights/toolbar';
import { declaresArticle } from '../utils/highlights/declared-article';
import { provide } from '../utils/on-demand-registry';

export default defineUnlistedScript(() => provide('toolbar', { createToolbar, declaresArticle }));
