/**
 * The page summary the popup shows: detection result + key sentences + facts. Key sentences and facts are
 * computed on demand (first popup open), measured as `plainly:facts`, and cached for the detected article,
 * so opening the popup again costs nothing.
 */
import { keySentences } from '../../core/summarize';
import { extractFacts } from '../../core/facts/extract';
import { useKoreanLexicon } from '../../core/facts/lexicon';
import type { ArticleResult, Facts, KeySentence } from '../../core/types';
import type { CaptionFact, PageSummary } from '../messages';
import { captionOnlyFacts } from './captions';
import { measure, type PageContext } from '../page-context';
import { onDemandRegistry } from '../on-demand-registry';

const HANGUL = /[\uAC00-\uD7A3]/;

/**
 * Does the page's article (or a photo caption) have Korean text? Then the facts need the Korean word lists,
 * which are a script of their own (entrypoints/on-demand-facts-ko.ts) that the content script loads first.
 */
export function needsKoreanLexicon(page: PageContext): boolean {
  const article = page.article();
  return article.isArticle && (HANGUL.test(article.text) || !!article.captions?.some((c) => HANGUL.test(c.text)));
}

/** Key sentences shown in the popup: enough for the gist, few enough to read at a glance. */
export const KEY_SENTENCE_COUNT = 3;

export function emptyFacts(): Facts {
  return { people: [], orgs: [], dates: [], places: [], numbers: [], quotes: [] };
}

interface Analysis {
  keySentences: KeySentence[];
  facts: Facts;
  /** People, organizations and places only the photo captions name (utils/summary/captions.ts). */
  captionFacts: CaptionFact[];
}

const analyses = new WeakMap<ArticleResult, Analysis>();

function analyse(article: ArticleResult): Analysis {
  let analysis = analyses.get(article);
  if (!analysis) {
    // The Korean lists, when the content script loaded them for this page (needsKoreanLexicon).
    const korean = onDemandRegistry()['facts-ko'];
    if (korean) useKoreanLexicon(korean.koreanLexicon);
    analysis = measure('plainly:facts', () => {
      const options = { lang: article.lang, title: article.title };
      // A failure in one part must not cost the reader the rest of the popup (headline, clean view).
      const attempt = <T>(work: () => T, fallback: T): T => {
        try {
          return work();
        } catch (error) {
          console.warn('[plainly] analysis failed', error);
          return fallback;
        }
      };
      // The parts are measured inside plainly:facts too, so a profile shows which one a page pays for.
      const sentences = measure('plainly:facts:key-sentences', () =>
        attempt(() => keySentences(article.text, { ...options, max: KEY_SENTENCE_COUNT }), []),
      );
      // Same text: facts reuse the sentence split just made for the key sentences (core/text/sentences.ts).
      const facts = measure('plainly:facts:extract', () =>
        attempt(() => extractFacts(article.text, { ...options, published: article.published }), emptyFacts()),
      );
      const captionFacts = article.captions?.length
        ? measure('plainly:facts:captions', () => attempt(() => captionOnlyFacts(article, facts), []))
        : [];
      return { keySentences: sentences, facts, captionFacts };
    });
    analyses.set(article, analysis);
  }
  return analysis;
}

export function pageSummary(page: PageContext): PageSummary {
  const article = page.article();
  const isArticle = article.isArticle && article.text.trim().length > 0;
  const analysis: Analysis = isArticle ? analyse(article) : { keySentences: [], facts: emptyFacts(), captionFacts: [] };
  let fallbackSite: string | null = null;
  try {
    fallbackSite = new URL(page.url).hostname.replace(/^www\./, '') || null;
  } catch {
    // Not a URL (about:blank and the like): no site name.
  }
  return {
    url: page.url,
    isArticle,
    confidence: article.confidence,
    title: article.title ?? (page.document.title.trim() || null),
    siteName: article.siteName ?? fallbackSite,
    published: article.published,
    byline: article.byline,
    lang: article.lang,
    leadImage: article.leadImage,
    wordCount: isArticle ? article.wordCount : 0,
    readingMinutes: isArticle ? article.readingMinutes : 0,
    keySentences: analysis.keySentences,
    facts: analysis.facts,
    text: isArticle ? article.text : '',
    ...(analysis.captionFacts.length ? { captionFacts: analysis.captionFacts } : {}),
  };
}
