// @vitest-environment happy-dom
/**
 * Keyboard and screen-reader behaviour of Plainly's UI pieces (the e2e test tests/e2e/a11y.e2e.ts runs
 * axe and the same keyboard paths in Chromium): Esc closes, focus never falls to <body> when the
 * focused control goes away, the selection toolbar is reached with Tab and is an arrow-key toolbar.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HighlightToolbar, type HighlightToolbarProps, type ToolbarState } from '../../components/HighlightToolbar';
import { Library } from '../../components/Library';
import { LibraryItem } from '../../components/LibraryItem';
import { OptionsPage } from '../../components/OptionsPage';
import { Popup } from '../../components/Popup';
import { ReaderView } from '../../components/ReaderView';
import { messagesLanguage } from '../../components/ui-language';
import { ViewModeSwitch } from '../../components/ViewModeSwitch';
import { createHighlight, type Highlight } from '../../core/highlights/model';
import { createHighlightsStore } from '../../utils/highlights-store';
import { createToolbar, TOOLBAR_TAG } from '../../utils/highlights/toolbar';
import { addPickedRule, DEFAULT_READER_PREFS, updateSiteMemory } from '../../utils/settings';
import { useMessages } from './popup-messages';

function highlight(note = ''): Highlight {
  return createHighlight({
    id: 'h1',
    url: 'https://news.example.com/chips',
    pageTitle: 'Chip Makers Expand in Arizona',
    siteName: 'Example News',
    color: 'green',
    note,
    selectors: [{ type: 'TextQuoteSelector', exact: 'Two new fabs open in 2027.', prefix: '', suffix: '' }],
    now: new Date('2026-11-23T09:00:00Z'),
  })!;
}

function toolbarProps(state: ToolbarState): HighlightToolbarProps {
  return {
    state,
    onHighlight: vi.fn(),
    onSaveNote: vi.fn(),
    onRecolor: vi.fn(),
    onEditNote: vi.fn(),
    onDelete: vi.fn(),
    onUndoDelete: vi.fn(),
    onClose: vi.fn(),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('pages say which language their strings are in', () => {
  it('is the locale file\'s language, not the browser\'s', () => {
    expect(messagesLanguage()).toBe('en');
    useMessages('ko');
    expect(messagesLanguage()).toBe('ko');
  });
});

describe('HighlightToolbar', () => {
  it('is a named toolbar whose buttons have names; arrows, Home and End move focus, Esc closes', () => {
    const props = toolbarProps({ kind: 'selection', color: 'yellow' });
    render(<HighlightToolbar {...props} />);
    const bar = screen.getByRole('toolbar', { name: 'Plainly' });
    const buttons = within(bar).getAllByRole('button');
    expect(buttons.map((b) => b.textContent || b.getAttribute('aria-label'))).toEqual([
      'Highlight',
      'Highlight in Yellow',
      'Highlight in Green',
      'Highlight in Blue',
      'Highlight in Pink',
      'Highlight in Purple',
      'Add note',
    ]);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(buttons.at(-1)!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(buttons.at(-1)!, { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
    expect(props.onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(buttons[0]!, { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('the note editor is a named dialog; Esc closes it from the text field and from its buttons, once', () => {
    const props = toolbarProps({ kind: 'note', id: 'h1', note: '' });
    render(<HighlightToolbar {...props} />);
    const dialog = screen.getByRole('dialog', { name: 'Note' });
    const field = within(dialog).getByRole('textbox', { name: 'Note' });
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });
});

describe('selection toolbar host and the keyboard', () => {
  const near = new DOMRect(100, 200, 50, 20);
  beforeEach(() => {
    document.body.innerHTML = '<p id="text">Some article text.</p><a href="#next">next link</a>';
    const text = document.getElementById('text')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 12);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });

  const tab = () => {
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event;
  };

  it('never takes focus by itself; Tab moves into it without touching the selection; it gives focus back when it goes', () => {
    const link = document.querySelector('a')!;
    link.focus();
    const toolbar = createToolbar(document, toolbarProps({ kind: 'selection', color: 'yellow' }));
    act(() => toolbar.show({ kind: 'selection', color: 'yellow' }, near));
    const shadow = toolbar.host.shadowRoot!;
    expect(shadow.activeElement).toBeNull();
    expect(document.activeElement).toBe(link);
    const event = tab();
    expect(event.defaultPrevented).toBe(true);
    expect(shadow.activeElement?.textContent).toBe('Highlight');
    expect(document.getSelection()!.toString()).toBe('article');
    // A second Tab is the browser's own (inside the toolbar).
    expect(tab().defaultPrevented).toBe(false);
    act(() => toolbar.hide());
    expect(document.querySelector(TOOLBAR_TAG)).toBeNull();
    expect(document.activeElement).toBe(link);
    // Hidden: Tab is the page's again.
    expect(tab().defaultPrevented).toBe(false);
  });

  it('leaves Tab alone for a toolbar about an existing highlight and in form fields', () => {
    const toolbar = createToolbar(document, toolbarProps({ kind: 'existing', id: 'h1', color: 'green', note: '' }));
    act(() => toolbar.show({ kind: 'existing', id: 'h1', color: 'green', note: '' }, near));
    expect(tab().defaultPrevented).toBe(false);
    act(() => toolbar.show({ kind: 'selection', color: 'yellow' }, near));
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    act(() => toolbar.hide());
  });
});

describe('library keyboard', () => {
  it('Esc closes the note editor and gives focus back to the button that opened it; Save does too', async () => {
    const onSaveNote = vi.fn(async () => {});
    render(
      <ul>
        <LibraryItem highlight={highlight()} onOpen={vi.fn()} onSaveNote={onSaveNote} onDelete={vi.fn()} />
      </ul>,
    );
    expect(screen.getByRole('img', { name: 'Green' })).toBeTruthy();
    // The repeated buttons say which highlight they act on.
    expect(screen.getByRole('button', { name: 'Delete', description: 'Two new fabs open in 2027.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const field = await screen.findByRole('textbox', { name: 'Note' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add note' })));

    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    fireEvent.keyDown(await screen.findByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Note' }), { target: { value: 'memo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaveNote).toHaveBeenCalledWith('h1', 'memo'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Add note'));
  });

  it('Delete moves focus to Undo; when the toast goes, focus goes to the heading, not <body>', async () => {
    const store = createHighlightsStore();
    await store.save(highlight());
    render(<Library store={store} actions={{ open: vi.fn(), download: vi.fn() }} toastMs={60_000} />);
    const remove = await screen.findByRole('button', { name: 'Delete' });
    remove.focus();
    fireEvent.click(remove);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByRole('button', { name: 'Delete' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });
});

describe('clean view switch while busy', () => {
  it('stays focusable (aria-disabled, not disabled) and ignores presses until the change is done', () => {
    const onChange = vi.fn();
    const props = { mode: 'off' as const, hiddenTotal: null, error: false, onChange, onHidePicker: vi.fn() };
    const { rerender } = render(<ViewModeSwitch {...props} busy={true} />);
    const toggle = screen.getByRole('switch', { name: 'Clean view' });
    toggle.focus();
    expect(toggle.getAttribute('aria-disabled')).toBe('true');
    expect((toggle as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Reader' }));
    expect(onChange).not.toHaveBeenCalled();
    rerender(<ViewModeSwitch {...props} busy={false} />);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith('clean');
    expect(document.activeElement).toBe(toggle);
  });
});

describe('popup headings', () => {
  it('a final state without an article is the popup\'s level-one heading', () => {
    render(<Popup tabId={null} client={null} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(screen.getByRole('main').querySelector('.state-title')?.textContent);
  });
});

describe('library search announces what it leaves', () => {
  it('says how many highlights match while a search or filter is on, and nothing otherwise', async () => {
    const store = createHighlightsStore();
    await store.save(highlight());
    render(<Library store={store} actions={{ open: vi.fn(), download: vi.fn() }} />);
    await screen.findByRole('button', { name: 'Delete' });
    const live = screen.getByTestId('match-count');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search highlights' }), { target: { value: 'fabs' } });
    await waitFor(() => expect(live.textContent).toBe('1 highlights'));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search highlights' }), { target: { value: 'nothing like this' } });
    await waitFor(() => expect(live.textContent).toBe('0 highlights'));
  });
});

describe('settings page', () => {
  it('labels every category switch, and the repeated Forget / Remove buttons say which site or rule', async () => {
    await updateSiteMemory('etoday.co.kr', (m) => ({ ...m, remember: true }));
    await addPickedRule('news.example.com', '.promo');
    render(<OptionsPage />);
    expect((await screen.findAllByRole('switch')).every((s) => s.textContent === '' && !!(s as HTMLInputElement).labels?.[0]?.textContent?.trim())).toBe(true);
    expect(await screen.findByRole('button', { name: 'Forget', description: 'etoday.co.kr' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Remove', description: 'news.example.com .promo' })).toBeTruthy();
  });
});

describe('reader view languages', () => {
  it('its controls are in the UI language, the article in its own', () => {
    const body = document.createDocumentFragment();
    body.append(Object.assign(document.createElement('p'), { textContent: '한국과 미국이 산업기술 협력을 강화한다.' }));
    const content = { url: 'https://www.etoday.co.kr/news/view/1', title: '한·미 협력', subtitle: null, byline: [], published: null, siteName: null, lang: 'ko', leadImage: null, body };
    render(<ReaderView content={content} prefs={DEFAULT_READER_PREFS} onPrefsChange={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('dialog').getAttribute('lang')).toBe('en');
    expect(screen.getByRole('article').getAttribute('lang')).toBe('ko');
  });
});
