/**
 * Widgets that load late (tickers, lazy ad slots, "most read" boxes filled by script) are caught by a
 * MutationObserver. Added subtrees are collected and handed over once per animation frame, so a page
 * that adds hundreds of nodes in a burst costs one detection pass, not hundreds.
 */
import { HIDE_ATTR } from './styles';

export interface LateWidgetWatcherOptions {
  /** Called once per batch with the outermost, still-attached subtrees that were added. */
  onBatch(roots: Element[]): void;
  /** Elements never to report (e.g. the article root's ancestors would be whole-page rescans). */
  ignore?(element: Element): boolean;
  /** Defaults to requestAnimationFrame (with a timeout fallback for background tabs). */
  schedule?(flush: () => void): void;
}

/** Tags whose addition never brings a visible widget. */
const INERT = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'br', 'wbr']);

export class LateWidgetWatcher {
  private observer: MutationObserver | null = null;
  private pending = new Set<Element>();
  private scheduled = false;

  constructor(
    private readonly doc: Document,
    private readonly options: LateWidgetWatcherOptions,
  ) {}

  get running(): boolean {
    return this.observer !== null;
  }

  start(): void {
    const view = this.doc.defaultView;
    const target = this.doc.body;
    if (this.observer || !view || !target) return;
    this.observer = new view.MutationObserver((records) => this.collect(records));
    this.observer.observe(target, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        let element: Element | null = null;
        if (node.nodeType === 1) element = node as Element;
        // Text filled into an empty placeholder makes the placeholder worth a look.
        else if (node.nodeType === 3 && (node.textContent ?? '').trim()) element = record.target as Element;
        // Text dropped straight into <body> is no widget, and judging <body> would rescan the page.
        if (!element || INERT.has(element.localName) || element === this.doc.body || element === this.doc.documentElement) continue;
        if (this.options.ignore?.(element)) continue;
        this.pending.add(element);
      }
    }
    if (this.pending.size && !this.scheduled) {
      this.scheduled = true;
      const flush = () => {
        this.scheduled = false;
        this.flush();
      };
      if (this.options.schedule) this.options.schedule(flush);
      else scheduleFrame(this.doc, flush);
    }
  }

  /** Hands over the outermost pending roots that are attached and not already inside hidden clutter. */
  flush(): void {
    if (!this.observer) return;
    const roots = [...this.pending].filter((element) => element.isConnected && !element.closest(`[${HIDE_ATTR}]`));
    this.pending.clear();
    const set = new Set(roots);
    const outermost = roots.filter((element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return false;
      return true;
    });
    if (outermost.length) this.options.onBatch(outermost);
  }
}

/** rAF does not fire in hidden tabs; the timeout makes sure a batch is never stuck for long. */
function scheduleFrame(doc: Document, flush: () => void): void {
  const view = doc.defaultView;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    flush();
  };
  view?.requestAnimationFrame(once);
  view?.setTimeout(once, 250);
}
