// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Library, type LibraryActions } from '../../components/Library';
import { createHighlight, type Highlight } from '../../core/highlights/model';
import type { Selector } from '../../core/types';
import { createHighlightsStore, type HighlightsStore } from '../../utils/highlights-store';
import { useMessages } from './popup-messages';

const quote = (exact: string, prefix = '', suffix = ''): Selector[] => [
  { type: 'TextQuoteSelector', exact, prefix, suffix },
  { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
];

function seedHighlights(): Highlight[] {
  return [
    createHighlight({
      id: 'k1',
      url: 'https://www.etoday.co.kr/news/view/2170962',
      pageTitle: '한·미 산업기술 협력 강화…KAIT·NIST 공동R&D 등 협력',
      siteName: '이투데이',
      published: '2022-12-09T12:35:00+09:00',
      color: 'yellow',
      note: '협력의향서 체결 — 후속 기사 확인',
      selectors: quote('한국산업기술진흥원(KIAT)는 7일', '강화한다. ', ' 미국 워싱턴DC'),
      now: new Date('2026-11-20T09:00:00Z'),
    })!,
    createHighlight({
      id: 'e1',
      url: 'https://news.example.com/chips',
      pageTitle: 'Chip Makers Expand in Arizona',
      siteName: 'Example News',
      color: 'green',
      selectors: quote('The Semiconductor industry grew 12% last year.'),
      now: new Date('2026-11-22T09:00:00Z'),
    })!,
    createHighlight({
      id: 'e2',
      url: 'https://news.example.com/chips',
      pageTitle: 'Chip Makers Expand in Arizona',
      siteName: 'Example News',
      color: 'blue',
      note: 'numbers?',
      selectors: quote('Two new fabs open in 2027.'),
      now: new Date('2026-11-23T09:00:00Z'),
    })!,
  ];
}

describe('Library', () => {
  let store: HighlightsStore;
  let actions: LibraryActions & { downloads: Array<{ filename: string; content: string; type: string }> };

  beforeEach(async () => {
    fakeBrowser.reset();
    useMessages('en');
    store = createHighlightsStore();
    for (const h of seedHighlights()) await store.save(h);
    const downloads: Array<{ filename: string; content: string; type: string }> = [];
    actions = { open: vi.fn(), download: (filename, content, type) => downloads.push({ filename, content, type }), downloads };
  });
  afterEach(cleanup);

  const items = () => screen.queryAllByRole('listitem').map((li) => li.querySelector('blockquote')!.textContent);

  it('lists every highlight by article with title, site, date and note', async () => {
    render(<Library store={store} actions={actions} uiLang="en" />);
    await screen.findByText('Chip Makers Expand in Arizona');
    expect(screen.getByText('3 highlights')).toBeTruthy();
    // Newest article first.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Chip Makers Expand in Arizona', '한·미 산업기술 협력 강화…KAIT·NIST 공동R&D 등 협력']);
    expect(screen.getByText('이투데이 · Dec 9, 2022')).toBeTruthy();
    expect(screen.getByText('협력의향서 체결 — 후속 기사 확인')).toBeTruthy();
    expect(screen.getAllByText('Nov 20, 2026')).toHaveLength(1);
  });

  it('marks Korean titles, quotes and notes as Korean in the English UI (voice and fonts), English ones not', async () => {
    render(<Library store={store} actions={actions} uiLang="en" />);
    await screen.findByText('Chip Makers Expand in Arizona');
    const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang') ?? null;
    expect(langOf(screen.getByText('한국산업기술진흥원(KIAT)는 7일'))).toBe('ko');
    expect(langOf(screen.getByText('협력의향서 체결 — 후속 기사 확인'))).toBe('ko');
    expect(langOf(screen.getByRole('heading', { level: 2, name: '한·미 산업기술 협력 강화…KAIT·NIST 공동R&D 등 협력' }))).toBe('ko');
    expect(langOf(screen.getByText('The Semiconductor industry grew 12% last year.'))).toBeNull();
    expect(langOf(screen.getByText('numbers?'))).toBeNull();
  });

  it('searches Korean and English text and notes, and filters by site and colour', async () => {
    render(<Library store={store} actions={actions} uiLang="en" />);
    await screen.findByText('Chip Makers Expand in Arizona');
    const search = screen.getByRole('searchbox', { name: 'Search highlights' });
    fireEvent.input(search, { target: { value: '진흥원' } });
    expect(items()).toEqual(['한국산업기술진흥원(KIAT)는 7일']);
    fireEvent.input(search, { target: { value: '후속 기사' } }); // in the note
    expect(items()).toEqual(['한국산업기술진흥원(KIAT)는 7일']);
    fireEvent.input(search, { target: { value: 'SEMICONDUCTOR' } });
    expect(items()).toEqual(['The Semiconductor industry grew 12% last year.']);
    fireEvent.input(search, { target: { value: 'nothing like this' } });
    expect(screen.getByText('No highlights match.')).toBeTruthy();
    // Nothing matches: one click brings every highlight back and empties the search box.
    fireEvent.click(screen.getByRole('button', { name: 'Show all highlights' }));
    expect(items()).toHaveLength(3);
    expect((search as HTMLInputElement).value).toBe('');

    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'Example News' } });
    expect(items()).toEqual(['Two new fabs open in 2027.', 'The Semiconductor industry grew 12% last year.']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Color' }), { target: { value: 'green' } });
    expect(items()).toEqual(['The Semiconductor industry grew 12% last year.']);
    // The header count says how many of all are shown (what an export would contain).
    expect(screen.getByText('1 of 3 shown')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(JSON.parse(actions.downloads[0]!.content).first.items).toHaveLength(1);
  });

  it('edits a note in place and saves it in the store', async () => {
    render(<Library store={store} actions={actions} uiLang="en" />);
    const item = (await screen.findByText('The Semiconductor industry grew 12% last year.')).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Add note' }));
    fireEvent.input(within(item).getByRole('textbox', { name: 'Note' }), { target: { value: '반도체 — check the figure' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save' }));
    await within(item).findByText('반도체 — check the figure');
    expect((await store.get('e1'))!.note).toBe('반도체 — check the figure');
  });

  it('deletes with an Undo toast that restores the highlight exactly', async () => {
    const before = await store.get('k1');
    render(<Library store={store} actions={actions} uiLang="en" />);
    const item = (await screen.findByText('한국산업기술진흥원(KIAT)는 7일')).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('한국산업기술진흥원(KIAT)는 7일')).toBeNull());
    expect(await store.get('k1')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Highlight deleted');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('한국산업기술진흥원(KIAT)는 7일');
    expect(await store.get('k1')).toEqual(before);
  });

  it('opens the page of a highlight', async () => {
    render(<Library store={store} actions={actions} uiLang="en" />);
    const item = (await screen.findByText('Two new fabs open in 2027.')).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Open page' }));
    expect(actions.open).toHaveBeenCalledWith(expect.objectContaining({ id: 'e2', url: 'https://news.example.com/chips' }));
  });

  it('exports Markdown and W3C Web Annotation JSON, and importing the JSON back loses nothing', async () => {
    const original = await store.listAll();
    render(<Library store={store} actions={actions} uiLang="en" />);
    await screen.findByText('Chip Makers Expand in Arizona');

    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    const md = actions.downloads[0]!;
    expect(md.filename).toMatch(/^plainly-highlights-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.content).toContain('> 한국산업기술진흥원(KIAT)는 7일');
    expect(md.content).toContain('**Note:** 협력의향서 체결 — 후속 기사 확인');

    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    const json = actions.downloads[1]!;
    expect(json.filename).toMatch(/\.json$/);
    const collection = JSON.parse(json.content);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(3);

    // Wipe the library, then import the file through the file input.
    for (const h of original) await store.remove(h.id);
    await screen.findByText('No highlights yet. Select text on a news page and choose Highlight.');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([json.content], json.filename, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Imported 3 highlights'));
    expect(await store.listAll()).toEqual(original);
    expect(items()).toHaveLength(3);
  });

  it('reports a file that is not JSON and keeps the library as it was', async () => {
    render(<Library store={store} actions={actions} uiLang="en" />);
    await screen.findByText('Chip Makers Expand in Arizona');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['not json'], 'notes.txt')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Could not import: notes.txt is not JSON'));
    expect(await store.listAll()).toHaveLength(3);
  });

  it('says in the Korean UI, in Korean, what an import did: entries skipped, or nothing readable in the file', async () => {
    useMessages('ko');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Library store={store} actions={actions} uiLang="ko" />);
    await screen.findByText('Chip Makers Expand in Arizona');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const choose = (content: string, name: string) => {
      Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
      fireEvent.change(input);
    };
    const { toWebAnnotations } = await import('../../core/highlights/export');
    const fresh = createHighlight({ url: 'https://news.example.com/new', pageTitle: 'New', color: 'pink', selectors: quote('A fresh quote.') })!;
    const collection = toWebAnnotations([fresh]);
    collection.first.items.push({ type: 'Annotation' } as never, { nonsense: true } as never);
    choose(JSON.stringify(collection), 'mixed.json');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('하이라이트 1개를 가져왔습니다 (읽을 수 없는 항목 2개는 건너뜀)'));
    expect(await store.listAll()).toHaveLength(4);

    choose(JSON.stringify({ hello: 'world' }), 'other.json');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('가져오지 못했습니다: other.json 파일에서 읽을 수 있는 하이라이트를 찾지 못했습니다'));
    choose('not json', 'notes.txt');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('가져오지 못했습니다: notes.txt 파일은 JSON이 아닙니다'));
    // The details stay available to a developer.
    expect(warn).toHaveBeenCalled();
    expect(await store.listAll()).toHaveLength(4);
    warn.mockRestore();
  });
});
