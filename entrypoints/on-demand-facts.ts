/** The popup's key sentences and facts, loaded when the popup first asks for them (utils/on-demand.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { needsKoreanLexicon, pageSummary } from '../utils/summary/summary';
import { provide } from '../utils/on-demand-registry';

export default defineUnlistedScript(() => provide('facts', { pageSummary, needsKoreanLexicon }));
