/**
 * Where a script loaded on demand (entrypoints/on-demand-*.ts) hands over what it provides. The content
 * script and those scripts are separate bundles that share one global object: the extension's own
 * isolated world, which page scripts cannot see. No imports here, so an on-demand script that provides
 * something bundles nothing more for it.
 */
import type { ClutterItem, ClutterOptions, ArticleResult } from '../core/types';
import type { buildReaderContent } from './reader/content';
import type { openReaderOverlay } from './reader/overlay';
import type { needsKoreanLexicon, pageSummary } from './summary/summary';
import type { KoreanLexicon } from '../core/facts/lexicon';
import type { revealQuote } from './summary/reveal';
import type { extractArticle } from '../core/extract';
import type { startHighlights } from './highlights/session';
import type { createToolbar } from './highlights/toolbar';
import type { declaresArticle } from './highlights/declared-article';
import type { CleanViewController } from './clean-view/controller';

export interface OnDemandModules {
  /** core/clutter: clean view's classifier. */
  clutter: {
    detect(doc: Document, article: ArticleResult | null, options: ClutterOptions): ClutterItem[];
    detectIn(root: Element, article: ArticleResult | null, options: ClutterOptions): ClutterItem[];
  };
  /** Reader view: content builder (DOMPurify) and the Preact overlay. */
  reader: { buildReaderContent: typeof buildReaderContent; openReaderOverlay: typeof openReaderOverlay };
  /** The popup's key sentences and facts (core/facts, core/summarize). */
  facts: { pageSummary: typeof pageSummary; needsKoreanLexicon: typeof needsKoreanLexicon };
  /** The facts' Korean word lists (core/facts/lexicon-ko.ts), loaded before the facts of a Korean article only. */
  'facts-ko': { koreanLexicon: KoreanLexicon };
  /** Article detection (core/extract), for every feature that needs the article (page-context.ts). */
  extract: { extractArticle: typeof extractArticle };
  /**
   * The highlights UI in the page: toolbar, painting, restoring saved highlights (utils/highlights/session.ts);
   * with core/anchoring, so also the popup's "show me where it says that" (revealQuote).
   */
  highlights: { startHighlights: typeof startHighlights; revealQuote: typeof revealQuote };
  /**
   * The selection toolbar alone (utils/highlights/toolbar.ts, Preact): small, so the first selection's
   * toolbar shows while the highlights UI above is still loading; that UI then takes the toolbar over.
   * `declaresArticle`: whether it may show before article detection has run.
   */
  toolbar: { createToolbar: typeof createToolbar; declaresArticle: typeof declaresArticle };
  /** Clean view and reader view's state machine, picker and per-site memory. */
  'clean-view': { CleanViewController: typeof CleanViewController };
}

export type OnDemandName = keyof OnDemandModules;

const REGISTRY = Symbol.for('plainly.on-demand');

export function onDemandRegistry(): Partial<OnDemandModules> {
  const global = globalThis as unknown as Record<symbol, Partial<OnDemandModules> | undefined>;
  return (global[REGISTRY] ??= {});
}

/** Called by an on-demand script when it has run. */
export function provide<K extends OnDemandName>(name: K, module: OnDemandModules[K]): void {
  onDemandRegistry()[name] = module;
}
