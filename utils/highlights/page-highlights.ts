/**
 * The highlights of one page, in the page: save the selection, restore saved highlights on load,
 * keep orphans ("not found on this page") and retry them when late content arrives, follow changes
 * made elsewhere (library, popup, another tab), reveal one highlight.
 *
 * Anchoring and storage are not done here: core/anchoring describes and finds ranges, and
 * utils/highlights-store.ts keeps the records. Painting is utils/highlights/render.ts.
 */
import { anchor, anchorMany, describeRange, type AnchorResult } from '../../core/anchoring';
import type { Selector, TextQuoteSelector } from '../../core/types';
import { createHighlight, type Highlight, type HighlightColor } from '../../core/highlights/model';
import type { HighlightChange, HighlightsStore } from '../highlights-store';
import type { HighlightAnchorState, PageHighlightsState } from '../messages';
import { measure, type PageContext } from '../page-context';
import { revealRange } from '../reveal-range';
import { normalizeColor } from './colors';
import { createPainter, type HighlightPainter } from './render';

/** How long late content (lazy-loaded paragraphs, paywalls lifting) is watched for orphans. */
export const ORPHAN_RETRY_MS = 6000;
const RETRY_DEBOUNCE_MS = 250;
const MAX_RETRIES = 10;
/** Chars from each end of an orphan's quote looked for in late content. */
const PROBE_LENGTH = 12;
const MAX_PROBED_TEXT = 200_000;

const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface PageHighlightsOptions {
  page: PageContext;
  store: Pick<HighlightsStore, 'listForUrl' | 'save' | 'update' | 'remove' | 'restore' | 'watch'>;
  /** The page's storage key (see page-url.ts). */
  url: string;
  /** Schedules idle work (ctx.requestIdleCallback in the content script). */
  idle?: (work: () => void) => void;
  painter?: HighlightPainter;
}

export class PageHighlights {
  readonly url: string;
  private readonly page: PageContext;
  private readonly store: PageHighlightsOptions['store'];
  private readonly idle: (work: () => void) => void;
  private painterInstance: HighlightPainter | null;
  private readonly highlights = new Map<string, Highlight>();
  private readonly states = new Map<string, HighlightAnchorState>();
  private observer: MutationObserver | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private unwatch: (() => void) | null = null;
  private loaded: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(options: PageHighlightsOptions) {
    this.page = options.page;
    this.store = options.store;
    this.url = options.url;
    this.idle = options.idle ?? ((work) => setTimeout(work, 0));
    this.painterInstance = options.painter ?? null;
  }

  get painter(): HighlightPainter {
    this.painterInstance ??= createPainter(this.page.document);
    return this.painterInstance;
  }

  get hasPainted(): boolean {
    return this.painterInstance !== null && [...this.states.values()].includes('anchored');
  }

  /** Whether this page has saved highlights (shown or not). */
  get hasHighlights(): boolean {
    return this.highlights.size > 0;
  }

  /** Called whenever a highlight is painted, removed or changes state. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): Highlight | undefined {
    return this.highlights.get(id);
  }

  /** Every highlight of this page, shown or not (orphans too). */
  all(): Highlight[] {
    return [...this.highlights.values()];
  }

  /**
   * One storage lookup; anchoring and painting only when the page has highlights, in idle time.
   * Resolves when the saved highlights are shown (or known to be orphans).
   */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      this.unwatch = this.store.watch((changes) => this.applyChanges(changes));
      const saved = await this.store.listForUrl(this.url);
      if (saved.length === 0) return;
      for (const h of saved) {
        this.highlights.set(h.id, h);
        this.states.set(h.id, 'pending');
      }
      await new Promise<void>((done) =>
        this.idle(() => {
          this.anchorPending();
          done();
        }),
      );
    })();
    return this.loaded;
  }

  state(): PageHighlightsState {
    return { url: this.url, states: Object.fromEntries(this.states) };
  }

  /**
   * Highlights are described against, and anchored in, the whole <body>. Why not the detected article
   * root: restoring would then need article detection on every visit of a page with highlights
   * (measured 30–150 ms of main thread on the seed page), while anchoring relies on the quote and
   * its context, not on the root, so the body costs nothing in robustness. Hidden subtrees are left
   * out of the text either way.
   */
  private root(): Element {
    return this.page.document.body ?? this.page.document.documentElement;
  }

  /** Saves `range` as a new highlight and paints it. Null when the range holds no text. */
  async saveRange(range: Range, color: HighlightColor, note = ''): Promise<Highlight | null> {
    const selectors = measure('plainly:highlights', () => describeRange(this.root(), range, undefined, { isHidden: this.page.isHidden }));
    return this.saveNew(selectors, range, color, note);
  }

  /**
   * Saves a highlight selected in another view of this article (the reader overlay), given by its
   * quote and context there. When the quote is found on the page, the highlight is described again
   * against the page, so its position selector and CSS hint are page-based and it is painted here
   * too; otherwise only the quote is stored (it still anchors by quote and context later).
   */
  async saveQuote(quote: TextQuoteSelector, color: HighlightColor, note = ''): Promise<Highlight | null> {
    const { selectors, range } = measure('plainly:highlights', () => {
      const isHidden = this.page.isHidden;
      const found = anchor(this.root(), [quote], undefined, { isHidden });
      const onPage = found ? describeRange(this.root(), found.range, undefined, { isHidden }) : [];
      return onPage.length > 0 && found ? { selectors: onPage, range: found.range } : { selectors: [quote] as Selector[], range: null };
    });
    return this.saveNew(selectors, range, color, note);
  }

  private async saveNew(selectors: Selector[], range: Range | null, color: HighlightColor, note: string): Promise<Highlight | null> {
    let article: ReturnType<PageContext['article']> | null = null;
    try {
      article = this.page.article();
    } catch {
      article = null;
    }
    const doc = this.page.document;
    const highlight = createHighlight({
      url: this.url,
      pageTitle: article?.title || doc.title || null,
      siteName: article?.siteName || metaSiteName(doc) || siteNameFromUrl(this.url),
      published: article?.published ?? null,
      color,
      note,
      selectors,
    });
    if (!highlight) return null;
    this.highlights.set(highlight.id, highlight);
    if (range) {
      this.paint(highlight, range);
    } else {
      this.states.set(highlight.id, 'orphan');
      this.emit();
    }
    try {
      return await this.store.save(highlight);
    } catch (error) {
      // Not saved (quota, storage error): do not pretend it was.
      this.painterInstance?.unpaint(highlight.id);
      this.highlights.delete(highlight.id);
      this.states.delete(highlight.id);
      this.emit();
      throw error;
    }
  }

  async setColor(id: string, color: HighlightColor): Promise<void> {
    const updated = await this.store.update(id, { color });
    this.highlights.set(id, updated);
    this.painterInstance?.recolor(id, updated.color);
    this.emit();
  }

  async setNote(id: string, note: string): Promise<void> {
    const updated = await this.store.update(id, { note });
    this.highlights.set(id, updated);
    this.emit();
  }

  async remove(id: string): Promise<Highlight | null> {
    const removed = await this.store.remove(id);
    this.forget(id);
    return removed;
  }

  /** Undoes a `remove` (the record comes back exactly; the store's change event repaints it). */
  async restore(highlight: Highlight): Promise<void> {
    await this.store.restore(highlight);
  }

  /** Scrolls to a painted highlight and flashes it. False when it is not on the page. */
  reveal(id: string): boolean {
    const range = this.painterInstance?.rangeOf(id);
    if (!range) return false;
    revealRange(this.page.document, range);
    return true;
  }

  destroy(): void {
    this.unwatch?.();
    this.stopObserving();
    this.painterInstance?.clear();
  }

  // -------------------------------------------------------------------------------------------

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private paint(h: Highlight, range: Range): void {
    this.painter.paint(h.id, range, normalizeColor(h.color));
    this.states.set(h.id, 'anchored');
    this.emit();
  }

  private forget(id: string): void {
    this.painterInstance?.unpaint(id);
    this.highlights.delete(id);
    this.states.delete(id);
    this.emit();
  }

  /** Anchors every highlight not shown yet (one text index for all of them). */
  private anchorPending(): void {
    const pending = [...this.highlights.values()].filter((h) => this.states.get(h.id) !== 'anchored');
    if (pending.length === 0) return;
    measure('plainly:highlights', () => {
      const results: Array<AnchorResult | null> = anchorMany(this.root(), pending.map((h) => h.selectors), { isHidden: this.page.isHidden });
      const left = pending.filter((h, i) => {
        const found = results[i];
        if (found) this.paint(h, found.range);
        return !found;
      });
      for (const h of left) this.states.set(h.id, 'orphan');
      this.watchForLateContent();
    });
    this.emit();
  }

  /**
   * For a few seconds after restoring, watch the page: late content (lazy paragraphs, "read more"
   * expansions) may bring an orphan's text, and a page that re-renders its article (hydration)
   * detaches the nodes a highlight was painted on. Only DOM changes that can matter trigger a
   * (debounced, bounded) re-anchoring: added text containing an orphan's quote, or removed nodes
   * while a painted range has collapsed. Tickers and our own marks are ignored.
   */
  private watchForLateContent(): void {
    const doc = this.page.document;
    const View = doc.defaultView as (Window & typeof globalThis) | null;
    if (this.observer || !View?.MutationObserver || !doc.body) return;
    const started = Date.now();
    let retries = 0;
    this.observer = new View.MutationObserver((records) => {
      if (Date.now() - started > ORPHAN_RETRY_MS || retries >= MAX_RETRIES) return this.stopObserving();
      if (!this.mayMatter(records)) return;
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => {
        retries++;
        this.recheck();
      }, RETRY_DEBOUNCE_MS);
    });
    this.observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => this.stopObserving(), ORPHAN_RETRY_MS + RETRY_DEBOUNCE_MS);
  }

  private mayMatter(records: MutationRecord[]): boolean {
    const relevant = records.filter((r) => !isOwnMutation(r));
    if (relevant.length === 0) return false;
    if (relevant.some((r) => r.removedNodes.length > 0) && this.lostRanges().length > 0) return true;
    const probes = [...this.highlights.values()]
      .filter((h) => this.states.get(h.id) === 'orphan')
      .flatMap((h) => {
        const text = collapseSpaces(h.text);
        return text.length <= PROBE_LENGTH ? [text] : [text.slice(0, PROBE_LENGTH), text.slice(-PROBE_LENGTH)];
      });
    if (probes.length === 0) return false;
    let added = '';
    for (const r of relevant) {
      if (r.type === 'characterData') added += ` ${(r.target as CharacterData).data}`;
      for (const node of r.addedNodes) added += ` ${node.textContent ?? ''}`;
      if (added.length > MAX_PROBED_TEXT) break;
    }
    added = collapseSpaces(added);
    return probes.some((probe) => added.includes(probe));
  }

  /** Painted highlights whose range no longer covers text (its nodes were removed). */
  private lostRanges(): string[] {
    const lost: string[] = [];
    for (const [id, state] of this.states) {
      if (state !== 'anchored') continue;
      const range = this.painterInstance?.rangeOf(id);
      if (!range || range.collapsed || !range.startContainer.isConnected) lost.push(id);
    }
    return lost;
  }

  private recheck(): void {
    for (const id of this.lostRanges()) {
      this.painterInstance?.unpaint(id);
      this.states.set(id, 'pending');
    }
    this.anchorPending();
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Changes from the store (this tab, another tab, the library): paint, repaint or remove. */
  private applyChanges(changes: HighlightChange[]): void {
    let added = false;
    for (const change of changes) {
      const known = this.highlights.get(change.id);
      if (!change.highlight) {
        if (known) this.forget(change.id);
        continue;
      }
      if (change.highlight.url !== this.url) {
        if (known) this.forget(change.id);
        continue;
      }
      this.highlights.set(change.id, change.highlight);
      const range = this.painterInstance?.rangeOf(change.id);
      if (range) {
        this.painter.recolor(change.id, change.highlight.color);
      } else if (!known || this.states.get(change.id) !== 'pending') {
        // New here (restored by undo, imported, saved in another tab) or an orphan to retry.
        this.states.set(change.id, 'pending');
        added = true;
      }
    }
    if (added) this.idle(() => this.anchorPending());
    this.emit();
  }
}

function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-plainly-highlight'));
}

/** The site's own name from its metadata, when article detection did not give one. */
function metaSiteName(doc: Document): string | null {
  const value = doc
    .querySelector<HTMLMetaElement>('meta[property="og:site_name" i][content], meta[name="application-name" i][content]')
    ?.getAttribute('content')
    ?.trim();
  return value || null;
}

export function siteNameFromUrl(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
