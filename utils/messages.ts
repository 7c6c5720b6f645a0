/**
 * The one messaging protocol between Plainly's popup, pages, background and content scripts.
 * Typed with @webext-core/messaging; every message name and payload is declared here.
 *
 * Direction notes: "popup → tab" messages are sent with the tab id as third argument and handled by
 * the content script; "tab → background" ones are handled in the background service worker.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ClutterCategory, Facts, KeySentence, TextQuoteSelector } from '../core/types';

/** What the popup shows about the current page (plain, serialisable data). */
export interface PageSummary {
  url: string;
  isArticle: boolean;
  confidence: number;
  title: string | null;
  siteName: string | null;
  published: string | null;
  byline: string[];
  lang: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  keySentences: KeySentence[];
  facts: Facts;
  /** Article text the spans in keySentences/facts point into (needed to build reveal quotes). */
  text: string;
  /**
   * People, organizations and places named only in the article's photo captions (not in `text`), each with the
   * quote that finds its caption in the page. Optional: absent when there are none.
   */
  captionFacts?: CaptionFact[];
}

/** A fact found in a photo caption and nowhere in the article body. */
export interface CaptionFact {
  kind: 'person' | 'org' | 'place';
  name: string;
  /** Title and organisation of a person, as the caption gives them. */
  detail?: string;
  /** Finds the caption's words in the page (the name with its context in the caption). */
  quote: TextQuoteSelector;
}

/** Where each of the page's saved highlights stands: shown, not found (orphan) or not tried yet. */
export type HighlightAnchorState = 'anchored' | 'orphan' | 'pending';

export interface PageHighlightsState {
  /** The canonical URL the page's highlights are stored under (null: not an http(s) page). */
  url: string | null;
  states: Record<string, HighlightAnchorState>;
}

export type ViewMode = 'off' | 'clean' | 'reader';

export interface CleanViewState {
  mode: ViewMode;
  /** Per-category count of blocks hidden right now. */
  hidden: Partial<Record<ClutterCategory, number>>;
  /** Whether the site is remembered as "open clean" on later visits. */
  rememberedForSite: boolean;
}

export interface ProtocolMap {
  // popup → tab (content script)
  getPageSummary(): PageSummary;
  getCleanViewState(): CleanViewState;
  setViewMode(data: { mode: ViewMode }): CleanViewState;
  /** Scroll the page to the quoted text and flash it. Resolves false when the text is not found. */
  revealText(data: TextQuoteSelector): boolean;
  startHidePicker(): void;
  /** Highlight the current selection (from the context menu or keyboard shortcut). */
  highlightSelection(data: { color?: string }): boolean;
  /** Scroll to a saved highlight by id. */
  revealHighlight(data: { id: string }): boolean;
  /** The page's highlight key (canonical URL) and whether each saved highlight was found on the page. */
  getPageHighlights(): PageHighlightsState;

  // background → tab
  toggleCleanView(): CleanViewState;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
