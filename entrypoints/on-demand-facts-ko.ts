/**
 * The Korean word lists of the facts (core/facts/lexicon-ko.ts), loaded before the facts of an article with
 * Korean text (utils/summary/content.ts): pages without Korean never load them.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { KOREAN_LEXICON } from '../core/facts/lexicon-ko';
import { provide } from '../utils/on-demand-registry';

export default defineUnlistedScript(() => provide('facts-ko', { koreanLexicon: KOREAN_LEXICON }));
