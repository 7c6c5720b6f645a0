// @vitest-environment happy-dom
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fireEvent, within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleResult } from '../../../core/types';
import { registerHighlights } from '../../../utils/highlights/content';
import type { HighlightsSession } from '../../../utils/highlights/session';
import { createToolbar, TOOLBAR_TAG, type SelectionToolbar } from '../../../utils/highlights/toolbar';
import { declaresArticle } from '../../../utils/highlights/declared-article';
import { onDemandRegistry, provide, type OnDemandModules } from '../../../utils/on-demand-registry';
import { createPageContext } from '../../../utils/page-context';
import { useMessages } from '../../components/popup-messages';

// The first selection on a page: the content script shows the toolbar as soon as the toolbar's small
// script and article detection are in, without waiting for the highlights session (anchoring, saving,
// painting: the heavy script). A colour clicked before the session has loaded is saved when it has.

/** The on-demand scripts in flight (utils/on-demand.ts): a test puts the session's slow load there. */
const loading = (globalThis as unknown as Record<symbol, Map<string, Promise<unknown>>>)[Symbol.for('plainly.on-demand-loading')] ?? new Map();
(globalThis as unknown as Record<symbol, Map<string, Promise<unknown>>>)[Symbol.for('plainly.on-demand-loading')] = loading;

const TEXT = 'Lawmakers advanced the broadband bill on Tuesday after a long debate.';

function fakeContext() {
  const invalidated: (() => void)[] = [];
  const ctx = {
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => target.addEventListener(type, handler, options),
    setTimeout: (work: () => void, ms?: number) => setTimeout(work, ms),
    requestIdleCallback: (work: () => void) => setTimeout(work, 0),
    onInvalidated: (listener: () => void) => invalidated.push(listener),
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => invalidated.forEach((listener) => listener()) };
}

/** The highlights session's script, arriving when the test says so. */
function slowSession() {
  let arrive!: (module: OnDemandModules['highlights']) => void;
  let fail!: (error: Error) => void;
  loading.set('highlights', new Promise((resolve, reject) => ((arrive = resolve), (fail = reject))));
  const highlightRange = vi.fn(async (_range: Range, _color: string, _withNote: boolean) => true);
  let taken: SelectionToolbar | null = null;
  const module = {
    startHighlights: vi.fn((_ctx: ContentScriptContext, _page: unknown, _key: string | null, sharedToolbar: () => SelectionToolbar) => {
      taken = sharedToolbar();
      return { highlightRange, showForSelection: vi.fn() } as unknown as HighlightsSession;
    }),
    revealQuote: vi.fn(),
  } as unknown as OnDemandModules['highlights'];
  return { arrive: () => arrive(module), fail, module, highlightRange, taken: () => taken };
}

function selectText(): Range {
  const node = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 'Lawmakers advanced'.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
  return range;
}

const toolbarHost = () => document.querySelector(TOOLBAR_TAG);
const toolbarButton = (name: string) => within(toolbarHost()!.shadowRoot as unknown as HTMLElement).getByRole('button', { name });
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

describe('first selection: toolbar before the highlights session', () => {
  let invalidate = () => undefined as void;
  let isArticle = true;
  let detections = 0;

  beforeEach(() => {
    useMessages('en');
    document.head.innerHTML = '';
    document.body.innerHTML = `<article><h1>Broadband</h1><p>${TEXT}</p></article>`;
    isArticle = true;
    detections = 0;
    const extractArticle = () => {
      detections++;
      return { isArticle } as ArticleResult;
    };
    provide('toolbar', { createToolbar, declaresArticle });
    provide('extract', { extractArticle } as unknown as OnDemandModules['extract']);
    const { ctx, invalidate: stop } = fakeContext();
    invalidate = stop;
    registerHighlights(ctx, createPageContext(document, 'https://news.example.com/broadband', extractArticle as never), Promise.resolve([]));
  });
  afterEach(() => {
    invalidate();
    toolbarHost()?.remove();
    const registry = onDemandRegistry() as Record<string, unknown>;
    for (const name of Object.keys(registry)) delete registry[name];
    loading.clear();
  });

  it('shows the toolbar while the session is still loading, and saves a colour clicked meanwhile once it arrives', async () => {
    const session = slowSession();
    selectText();
    await settle();
    expect(toolbarHost()).not.toBeNull();
    expect(session.module.startHighlights).not.toHaveBeenCalled();

    fireEvent.click(toolbarButton('Highlight in Blue'));
    // A second click while the first waits must not save the same text twice.
    fireEvent.click(toolbarButton('Highlight'));
    await settle();
    expect(session.highlightRange).not.toHaveBeenCalled();

    session.arrive();
    await settle();
    expect(session.highlightRange).toHaveBeenCalledTimes(1);
    const [range, color, withNote] = session.highlightRange.mock.calls[0]!;
    expect(range.toString()).toBe('Lawmakers advanced');
    expect([color, withNote]).toEqual(['blue', false]);
    // The session took over the same toolbar (not a second one on the page).
    expect(session.taken()?.host).toBe(toolbarHost());
    expect(document.querySelectorAll(TOOLBAR_TAG)).toHaveLength(1);
  });

  it('keeps the selection and says so when the session cannot load; the next click tries again', async () => {
    const first = slowSession();
    selectText();
    await settle();
    fireEvent.click(toolbarButton('Highlight'));
    first.fail(new Error('Plainly: highlights did not load'));
    await settle();
    expect(toolbarHost()!.shadowRoot!.textContent).toContain('highlights did not load');
    expect(document.getSelection()!.toString()).toBe('Lawmakers advanced');

    const second = slowSession();
    selectText();
    await settle();
    fireEvent.click(toolbarButton('Highlight in Green'));
    second.arrive();
    await settle();
    expect(second.highlightRange).toHaveBeenCalledTimes(1);
    expect(second.highlightRange.mock.calls[0]![1]).toBe('green');
  });

  it('offers nothing, and loads no session, on a page that is not an article', async () => {
    isArticle = false;
    const session = slowSession();
    selectText();
    await settle();
    expect(toolbarHost()).toBeNull();
    expect(session.module.startHighlights).not.toHaveBeenCalled();
  });

  it('on a page that calls itself an article, shows the toolbar before detection has run; detection then keeps it', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    slowSession();
    const detectedWhenShown: number[] = [];
    const observer = new MutationObserver(() => {
      if (toolbarHost() && !detectedWhenShown.length) detectedWhenShown.push(detections);
    });
    observer.observe(document.documentElement, { childList: true });
    selectText();
    await settle();
    await settle();
    observer.disconnect();
    expect(detectedWhenShown).toEqual([0]);
    expect(detections).toBe(1);
    expect(toolbarHost()).not.toBeNull();
  });

  it('takes the early toolbar away when detection finds no article (and does not show it again)', async () => {
    document.head.innerHTML = '<meta property="og:type" content="Article">';
    isArticle = false;
    const session = slowSession();
    let shown = 0;
    const observer = new MutationObserver(() => {
      if (toolbarHost()) shown++;
    });
    observer.observe(document.documentElement, { childList: true });
    selectText();
    await settle();
    await settle();
    expect(shown).toBe(1);
    expect(toolbarHost()).toBeNull();
    // Detection has answered: the next selection waits for it, so nothing flashes.
    selectText();
    await settle();
    await settle();
    observer.disconnect();
    expect(shown).toBe(1);
    expect(detections).toBe(1);
    expect(session.module.startHighlights).not.toHaveBeenCalled();
  });

  it('Esc and a click elsewhere close the toolbar before the session runs', async () => {
    slowSession();
    selectText();
    await settle();
    expect(toolbarHost()).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    expect(toolbarHost()).toBeNull();
    selectText();
    await settle();
    expect(toolbarHost()).not.toBeNull();
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 }));
    expect(toolbarHost()).toBeNull();
  });
});
