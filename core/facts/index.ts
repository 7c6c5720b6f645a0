/**
 * Structured facts with every Korean list installed (core/facts/extract.ts has the extraction itself). The Node
 * side (CLI, benchmarks, tests) imports this; the popup's facts script imports extract.ts and installs the Korean
 * lists (lexicon-ko.ts, a script of their own) only for an article with Hangul, so English pages never load them.
 */
import { useKoreanLexicon } from './lexicon';
import { KOREAN_LEXICON } from './lexicon-ko';

useKoreanLexicon(KOREAN_LEXICON);

export { emptyFacts, extractFacts, extractFactsWith, verifyEvidence } from './extract';
