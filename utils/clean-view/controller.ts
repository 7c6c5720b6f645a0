/**
 * Clean view and reader view in one page: the state machine behind the popup switch, the keyboard
 * shortcut and the picker. Clutter detection is core/clutter's job; this module applies what it
 * returns (marker attribute + one stylesheet), watches for late widgets, remembers the site, and keeps
 * the cached per-site selectors fresh for the next visit's document_start stylesheet.
 */
import { i18n } from '#i18n';
import { wouldHideArticle } from '../../core/dom/clone';
import { stableSelector } from '../../core/dom/selector';
import type { ArticleResult, ClutterCategory, ClutterItem, ClutterOptions, ElementLayout } from '../../core/types';
import type { CleanViewState, ViewMode } from '../messages';
import { measure, type PageContext } from '../page-context';
import { loadOnDemand } from '../on-demand';
import type { ReaderOverlay } from '../reader/overlay';
import {
  addPickedRule,
  cleanViewPrefs,
  emptySiteMemory,
  getKeptCategories,
  getSiteMemory,
  mergeCachedRules,
  normalizePrefs,
  normalizeReaderPrefs,
  readerPrefs,
  updateSiteMemory,
  type CachedRule,
  type SiteMemory,
} from '../settings';
import { earlySelectors, takeEarlyAnswer, writeMirror } from './early';
import { LateWidgetWatcher } from './late-widgets';
import { startPicker, type Picker } from './picker';
import { EARLY_STYLE_ID, HIDE_ATTR, STYLE_ID, hideCss, removeStyle, upsertStyle } from './styles';

/** The page's layout for clean view's side-column check (core/clutter/columns.ts): asked about a few items only. */
function layoutOf(element: Element): ElementLayout | null {
  const rect = element.getBoundingClientRect();
  const position = element.ownerDocument.defaultView?.getComputedStyle(element).position ?? '';
  return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, position };
}

export interface ClutterDetector {
  detect(doc: Document, article: ArticleResult | null, options: ClutterOptions): ClutterItem[];
  detectIn(root: Element, article: ArticleResult | null, options: ClutterOptions): ClutterItem[];
}

/** core/clutter, loaded on demand: pages where clean view is never used never load the classifier. */
const loadCoreDetector = (): Promise<ClutterDetector> => loadOnDemand('clutter');

/** How long to wait after the last change before writing the site's cached selectors. */
const CACHE_DELAY_MS = 1000;
/** Minimum time between two classifier passes over the same late subtree. */
const RECHECK_COOLDOWN_MS = 1000;

export class CleanViewController {
  private cleanOn = false;
  private hidden = new Map<Element, ClutterCategory>();
  private keep = new Set<ClutterCategory>();
  private memory: SiteMemory = emptySiteMemory();
  /** Cached selectors that matched part of the article on this page: never applied, dropped on save. */
  private unsafeCached = new Set<string>();
  private reader: ReaderOverlay | null = null;
  private picker: Picker | null = null;
  private watcher: LateWidgetWatcher;
  private cacheTimer: ReturnType<typeof setTimeout> | null = null;
  private recheckTimer: ReturnType<typeof setTimeout> | null = null;
  private lastChecked = new WeakMap<Element, number>();
  private deferred = new Set<Element>();
  /** Storage writes run one after another so a cache refresh never overwrites a "remember" change. */
  private writes: Promise<unknown> = Promise.resolve();
  private unwatchPrefs: (() => void) | null = null;
  private disposed = false;
  /** Set once the classifier is loaded; everything that runs while clean view is on can use it directly. */
  private detector: ClutterDetector | null;
  private detectorLoad: Promise<ClutterDetector> | null = null;
  readonly ready: Promise<void>;

  constructor(
    private readonly page: PageContext,
    private readonly site: string | null,
    detector?: ClutterDetector,
  ) {
    this.detector = detector ?? null;
    this.watcher = new LateWidgetWatcher(page.document, { onBatch: (roots) => this.onLateWidgets(roots) });
    this.ready = this.init();
  }

  private get doc(): Document {
    return this.page.document;
  }

  private loadDetector(): Promise<ClutterDetector> {
    if (this.detector) return Promise.resolve(this.detector);
    this.detectorLoad ??= loadCoreDetector().then(
      (detector) => (this.detector = detector),
      (error: unknown) => {
        this.detectorLoad = null;
        throw error;
      },
    );
    return this.detectorLoad;
  }

  private async init(): Promise<void> {
    try {
      // The document_start script has just read the same two keys: start from its answer when there is one.
      const early = this.site ? await takeEarlyAnswer(this.site)?.catch(() => null) : null;
      const [keep, memory] = early
        ? [new Set(early.keep), early.memory]
        : await Promise.all([getKeptCategories(), this.site ? getSiteMemory(this.site) : Promise.resolve(null)]);
      this.keep = keep;
      this.memory = memory ?? emptySiteMemory();
    } catch {
      // Storage unavailable: clean view still works for this page, it just is not remembered.
    }
    if (this.disposed) return;
    this.unwatchPrefs = cleanViewPrefs.watch((value) => {
      this.keep = new Set(normalizePrefs(value).keep);
      if (this.cleanOn) this.reapply();
      if (this.memory.remember) this.syncMirror();
    });
    if (!this.memory.remember) {
      removeStyle(this.doc, EARLY_STYLE_ID);
      return;
    }
    // The early stylesheet already hides the cached clutter, so the full pass can wait for a quiet
    // moment instead of adding a long task while the page is still busy loading.
    await whenIdle(this.doc.defaultView);
    if (this.disposed || !this.memory.remember || this.cleanOn) return;
    await this.loadDetector();
    if (!this.disposed && this.memory.remember && !this.cleanOn) this.enableClean(true);
  }

  state(): CleanViewState {
    const counts: Partial<Record<ClutterCategory, number>> = {};
    for (const [element, category] of this.hidden) {
      if (element.isConnected) counts[category] = (counts[category] ?? 0) + 1;
    }
    const mode: ViewMode = this.reader?.isOpen ? 'reader' : this.cleanOn ? 'clean' : 'off';
    return { mode, hidden: counts, rememberedForSite: this.memory.remember };
  }

  async setViewMode(mode: ViewMode): Promise<CleanViewState> {
    await this.ready;
    if (mode === 'clean') await this.loadDetector();
    if (mode === 'reader') {
      await this.openReader();
      return this.state();
    }
    this.picker?.stop();
    this.picker = null;
    this.reader?.close();
    if (mode === 'clean') {
      if (!this.cleanOn) this.enableClean(false);
      // One write: remember the site and cache what is hidden now, so even a tab closed right away
      // opens clean next time.
      await this.refreshCache(true);
    } else {
      this.disableClean();
      await this.remember(false);
    }
    return this.state();
  }

  async toggle(): Promise<CleanViewState> {
    await this.ready;
    // Decide after the classifier is there, so two quick toggles see each other's result.
    await this.loadDetector();
    return this.setViewMode(this.cleanOn || this.reader?.isOpen ? 'off' : 'clean');
  }

  // -------------------------------------------------------------------------------------------
  // Clean view
  // -------------------------------------------------------------------------------------------

  /** Returns false when a remembered site's page is not an article (those are left alone). */
  private enableClean(auto: boolean): boolean {
    const detector = this.detector;
    // Callers load the classifier first (loadDetector); without it there is nothing to apply.
    if (!detector) return false;
    const doc = this.doc;
    const early = doc.getElementById(EARLY_STYLE_ID) as HTMLStyleElement | null;
    // Detection must see the page as it is, not as the cached rules left it; no frame is painted
    // between this line and the new stylesheet below, so nothing flashes.
    if (early) early.disabled = true;
    const article = this.page.article();
    if (auto && !article.isArticle) {
      early?.remove();
      return false;
    }
    measure('plainly:clean', () => {
      // The classifier's share of the work, recorded on its own so the two costs can be told apart.
      const items = measure('plainly:clean-detect', () => detector.detect(doc, article, { keep: this.keep, isHidden: this.page.isHidden, layoutOf }));
      this.hideItems(items);
      this.installStyle(article);
    });
    early?.remove();
    this.cleanOn = true;
    this.watcher.start();
    if (auto) this.scheduleCacheRefresh();
    return true;
  }

  private disableClean(): void {
    this.watcher.stop();
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = null;
    this.lastChecked = new WeakMap();
    this.deferred.clear();
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = null;
    for (const element of this.hidden.keys()) element.removeAttribute(HIDE_ATTR);
    // Anything marked that we lost track of (e.g. a node the page moved and re-added).
    for (const element of Array.from(this.doc.querySelectorAll(`[${HIDE_ATTR}]`))) element.removeAttribute(HIDE_ATTR);
    this.hidden.clear();
    removeStyle(this.doc, STYLE_ID);
    removeStyle(this.doc, EARLY_STYLE_ID);
    this.cleanOn = false;
  }

  /** Per-category switches changed while the page is clean: start over with the new set. */
  private reapply(): void {
    this.disableClean();
    this.enableClean(false);
  }

  private hideItems(items: readonly ClutterItem[]): number {
    let count = 0;
    for (const item of items) {
      const element = item.element;
      if (this.keep.has(item.category) || !element?.isConnected) continue;
      if (element.closest(`[${HIDE_ATTR}]`)) continue;
      element.setAttribute(HIDE_ATTR, item.category);
      this.hidden.set(element, item.category);
      count++;
    }
    return count;
  }

  /**
   * The attribute rule, the user's picker rules, and the cached rules that are safe on this page: a
   * cached selector that would hide part of this page's article (it was learnt on another page of the
   * site) is left out and forgotten.
   */
  private installStyle(article: ArticleResult): void {
    const cached: string[] = [];
    for (const rule of this.memory.rules) {
      if (this.keep.has(rule.category)) continue;
      if (this.isSafeCached(rule.selector, article)) cached.push(rule.selector);
      else this.unsafeCached.add(rule.selector);
    }
    const picked = this.memory.picked.map((rule) => rule.selector);
    upsertStyle(this.doc, STYLE_ID, hideCss(this.doc, [...picked, ...cached], true));
  }

  private isSafeCached(selector: string, article: ArticleResult): boolean {
    let matches: Element[];
    try {
      matches = Array.from(this.doc.querySelectorAll(selector));
    } catch {
      return false;
    }
    return matches.every((element) => element.closest(`[${HIDE_ATTR}]`) !== null || !wouldHideArticle(element, article));
  }

  private onLateWidgets(roots: Element[], widened = false): void {
    const detector = this.detector;
    if (!this.cleanOn || this.disposed || !detector) return;
    const article = this.page.article();
    let added = 0;
    const now = performance.now();
    measure('plainly:clean', () => {
      for (const root of widened ? roots : widen(roots, article)) {
        if (!root.isConnected || root.closest(`[${HIDE_ATTR}]`)) continue;
        // A live ticker the classifier did not flag rewrites itself every second: judge each subtree
        // at most once per cooldown, and once more after it, so it cannot cost a pass every frame.
        const last = this.lastChecked.get(root);
        if (last !== undefined && now - last < RECHECK_COOLDOWN_MS) {
          this.deferred.add(root);
          continue;
        }
        this.lastChecked.set(root, now);
        added += this.hideItems(detector.detectIn(root, article, { keep: this.keep, isHidden: this.page.isHidden, layoutOf }));
      }
    });
    if (this.deferred.size && !this.recheckTimer) {
      this.recheckTimer = setTimeout(() => {
        this.recheckTimer = null;
        const again = [...this.deferred];
        this.deferred.clear();
        this.onLateWidgets(again, true);
      }, RECHECK_COOLDOWN_MS);
    }
    if (added) this.scheduleCacheRefresh();
  }

  // -------------------------------------------------------------------------------------------
  // Per-site memory
  // -------------------------------------------------------------------------------------------

  private queueWrite(write: () => Promise<void>): Promise<void> {
    const next = this.writes.then(write).catch(() => {
      // Storage failures leave the page working; the next change tries again.
    });
    this.writes = next;
    return next;
  }

  private remember(on: boolean): Promise<void> {
    const site = this.site;
    if (!site) return Promise.resolve();
    this.memory = { ...this.memory, remember: on };
    return this.queueWrite(async () => {
      this.memory = await updateSiteMemory(site, (memory) => ({ ...memory, remember: on }));
      this.syncMirror();
    });
  }

  private scheduleCacheRefresh(): void {
    if (!this.site) return;
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = null;
      void this.refreshCache();
    }, CACHE_DELAY_MS);
  }

  /**
   * Writes stable selectors of what is hidden now, so the next visit can hide it at document_start;
   * `remember` also sets the site's "open clean" flag in the same write.
   */
  refreshCache(remember?: boolean): Promise<void> {
    const site = this.site;
    if (!site || !this.cleanOn) return remember === undefined ? Promise.resolve() : this.remember(remember);
    if (remember !== undefined) this.memory = { ...this.memory, remember };
    const fresh = measure('plainly:clean-cache', () => {
      const rules: CachedRule[] = [];
      for (const [element, category] of this.hidden) {
        if (!element.isConnected) continue;
        const selector = stableSelector(element);
        if (selector) rules.push({ selector, category });
      }
      return rules;
    });
    const unsafe = new Set(this.unsafeCached);
    return this.queueWrite(async () => {
      this.memory = await updateSiteMemory(site, (memory) => ({
        ...memory,
        remember: remember ?? memory.remember,
        rules: mergeCachedRules(fresh, memory.rules.filter((rule) => !unsafe.has(rule.selector))),
      }));
      this.syncMirror();
    });
  }

  /** Keeps the page-origin mirror that the document_start script reads synchronously (see early.ts). */
  private syncMirror(): void {
    writeMirror(this.doc, this.memory.remember ? earlySelectors(this.memory, this.keep) : null, this.site);
  }

  /** For tests and the popup: resolves when pending storage writes are done. */
  async settled(): Promise<void> {
    if (this.cacheTimer) {
      clearTimeout(this.cacheTimer);
      this.cacheTimer = null;
      await this.refreshCache();
    }
    await this.writes;
  }

  // -------------------------------------------------------------------------------------------
  // Picker
  // -------------------------------------------------------------------------------------------

  async startPicker(): Promise<void> {
    await this.ready;
    this.reader?.close();
    if (this.picker) return;
    this.picker = startPicker(this.doc, {
      hint: i18n.t('picker.hint'),
      describe: (element) => stableSelector(element) ?? element.localName,
      onPick: (element) => {
        this.picker = null;
        void this.pick(element);
      },
      onCancel: () => {
        this.picker = null;
      },
    });
  }

  private async pick(element: Element): Promise<void> {
    const selector = stableSelector(element);
    if (!selector) return;
    this.memory = { ...this.memory, picked: [...this.memory.picked.filter((rule) => rule.selector !== selector), { selector, addedAt: Date.now() }] };
    if (!this.cleanOn) {
      await this.loadDetector();
      this.enableClean(false);
      await this.refreshCache(true);
    } else {
      this.installStyle(this.page.article());
    }
    const site = this.site;
    if (site) {
      await this.queueWrite(async () => {
        this.memory = await addPickedRule(site, selector);
        this.syncMirror();
      });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Reader view
  // -------------------------------------------------------------------------------------------

  private async openReader(): Promise<boolean> {
    if (this.reader?.isOpen) return true;
    this.picker?.stop();
    this.picker = null;
    const [prefs, detector, reader] = await Promise.all([
      readerPrefs.getValue().then(normalizeReaderPrefs, () => normalizeReaderPrefs(null)),
      this.loadDetector(),
      loadOnDemand('reader'),
    ]);
    if (this.reader?.isOpen || this.disposed) return !this.disposed;
    const doc = this.doc;
    const content = measure('plainly:reader', () => {
      const article = this.page.article();
      if (!article.isArticle && article.blocks.length === 0) return null;
      const root = article.root;
      const items = root ? detector.detectIn(root, article, { isHidden: this.page.isHidden }) : detector.detect(doc, article, { isHidden: this.page.isHidden });
      return reader.buildReaderContent({
        article,
        url: this.page.url,
        document: doc,
        clutter: new Set(items.map((item) => item.element)),
        isHidden: this.page.isHidden,
      });
    });
    if (!content || this.disposed) return false;
    this.reader = reader.openReaderOverlay(doc, {
      content,
      prefs,
      onPrefsChange: (next) => void readerPrefs.setValue(next).catch(() => undefined),
      onClosed: () => {
        this.reader = null;
      },
    });
    return true;
  }

  /**
   * The content script is going away (extension updated or reloaded): stop watching and put the page
   * back as the site made it, since nothing would be left to turn clean view off. The site's memory is
   * kept, so the next page load opens clean again.
   */
  dispose(): void {
    this.disposed = true;
    this.picker?.stop();
    this.picker = null;
    this.reader?.close();
    this.disableClean();
    this.unwatchPrefs?.();
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
  }
}

function whenIdle(view: Window | null): Promise<void> {
  return new Promise((resolve) => {
    if (view && typeof view.requestIdleCallback === 'function') view.requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}

/**
 * A widget is often an empty placeholder that a script fills later: judge the placeholder, not just the
 * filling. A parent that holds the article (or is the page body) is never widened to, so a batch never
 * becomes a rescan of the whole page.
 */
function widen(roots: readonly Element[], article: ArticleResult): Element[] {
  const protectedSet = new Set<Element>([...(article.root ? [article.root] : []), ...article.blocks, ...article.headerElements]);
  const widened = new Set<Element>();
  for (const root of roots) {
    const parent = root.parentElement;
    const holdsArticle = !parent || [...protectedSet].some((element) => parent === element || parent.contains(element));
    widened.add(parent && parent.localName !== 'body' && parent.localName !== 'html' && !holdsArticle ? parent : root);
  }
  const list = [...widened];
  return list.filter((element) => !list.some((other) => other !== element && other.contains(element)));
}
