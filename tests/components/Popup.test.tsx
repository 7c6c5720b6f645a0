// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, formatPublished } from '../../components/Popup';
import type { Facts, TextQuoteSelector } from '../../core/types';
import type { CleanViewState, PageSummary, ViewMode } from '../../utils/messages';
import { PageUnavailableError, type PopupClient } from '../../utils/summary/popup-client';
import { useMessages } from './popup-messages';

const TEXT =
  '한국과 미국이 산업기술 협력을 강화한다.\n\n민병주 KIAT 원장은 “기술강국 미국과 공동R&D 채널을 개설하기 위해 노력해왔다”고 말했다. 포럼에는 150여 명이 참여했다.';
const span = (needle: string) => {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { start, end: start + needle.length };
};

function facts(): Facts {
  return {
    people: [{ name: '민병주', title: '원장', org: 'KIAT', evidence: [span('민병주')] }],
    orgs: [{ name: 'KIAT', evidence: [span('KIAT')] }],
    dates: [{ text: '7일', iso: '2022-12-07', evidence: [] }],
    places: [{ text: '미국', evidence: [span('미국')] }],
    numbers: [{ text: '150여 명', value: 150, approx: true, unit: '명', kind: 'count', evidence: [span('150여 명')] }],
    quotes: [{ text: '기술강국 미국과 공동R&D 채널을 개설하기 위해 노력해왔다', speaker: '민병주', evidence: [span('기술강국 미국과')] }],
  };
}

function summary(overrides: Partial<PageSummary> = {}): PageSummary {
  return {
    url: 'https://www.etoday.co.kr/news/view/2170962',
    isArticle: true,
    confidence: 0.9,
    title: '한·미 산업기술 협력 강화',
    siteName: '이투데이',
    published: '2022-12-09T12:35:00+09:00',
    byline: [],
    lang: 'ko',
    leadImage: null,
    wordCount: 600,
    readingMinutes: 3,
    keySentences: [{ text: '한국과 미국이 산업기술 협력을 강화한다.', index: 0, score: 1, ...span('한국과 미국이 산업기술 협력을 강화한다.') }],
    facts: facts(),
    text: TEXT,
    ...overrides,
  };
}

function fakeClient(result: PageSummary | Error, view: CleanViewState = { mode: 'off', hidden: {}, rememberedForSite: false }) {
  let state = view;
  const client = {
    getSummary: vi.fn(async () => {
      if (result instanceof Error) throw result;
      return result;
    }),
    getCleanViewState: vi.fn(async () => state),
    setViewMode: vi.fn(async (mode: ViewMode) => (state = { ...state, mode, hidden: mode === 'off' ? {} : { 'crypto-ticker': 1, 'most-read': 2 } })),
    reveal: vi.fn(async (_quote: TextQuoteSelector) => true),
    startHidePicker: vi.fn(async () => {}),
    copyText: vi.fn(async (_text: string) => {}),
    openSettings: vi.fn(async () => {}),
    reloadPage: vi.fn(async () => {}),
  } satisfies PopupClient;
  return client;
}

describe('Popup (English UI)', () => {
  beforeEach(() => useMessages('en'));
  afterEach(cleanup);

  it('shows headline, site, date, reading time, key sentences and grouped facts as lists', async () => {
    render(<Popup tabId={7} client={fakeClient(summary())} uiLang="en-US" />);
    expect(await screen.findByRole('heading', { level: 1, name: '한·미 산업기술 협력 강화' })).toBeTruthy();
    expect(screen.getByText('이투데이')).toBeTruthy();
    expect(screen.getByText('December 9, 2022 12:35')).toBeTruthy();
    expect(screen.getByText('3 min read')).toBeTruthy();
    const lists = screen.getAllByRole('list');
    // 1 key-sentence list + 6 fact groups.
    expect(lists).toHaveLength(7);
    const who = screen.getByRole('list', { name: 'Who' });
    expect(within(who).getByRole('listitem').textContent).toContain('민병주');
    expect(within(who).getByRole('listitem').textContent).toContain('KIAT · 원장');
    expect(within(screen.getByRole('list', { name: 'Numbers' })).getByText('150여 명')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Quotes' })).getByRole('listitem').textContent).toContain('기술강국');
  });

  it("marks the page's words with the page's language and leaves the UI's own words (date, reading time) in the UI language", async () => {
    render(<Popup tabId={7} client={fakeClient(summary())} uiLang="en-US" />);
    const headline = await screen.findByRole('heading', { level: 1, name: '한·미 산업기술 협력 강화' });
    const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang') ?? null;
    expect(langOf(headline)).toBe('ko');
    expect(langOf(screen.getByText('이투데이'))).toBe('ko');
    // No page-language tag above the UI strings (the document's own lang, set by the entrypoint, applies).
    expect(langOf(screen.getByText('December 9, 2022 12:35'))).toBeNull();
    expect(langOf(screen.getByText('3 min read'))).toBeNull();
    // Key sentences and facts: the page's words carry its language, the headings are UI words.
    expect(langOf(screen.getByRole('heading', { name: 'Key sentences' }))).toBeNull();
    expect(langOf(screen.getByRole('heading', { name: 'Who' }))).toBeNull();
    const sentence = within(screen.getByRole('region', { name: 'Key sentences' })).getAllByRole('button')[0]!;
    expect(langOf(sentence)).toBe('ko');
    const person = within(screen.getByRole('list', { name: 'Who' })).getByText('민병주');
    expect(langOf(person)).toBe('ko');
    expect(langOf(within(screen.getByRole('list', { name: 'Who' })).getByText('KIAT · 원장'))).toBe('ko');
  });

  it('notes a date given in local time in the UI language (flag from core/facts)', async () => {
    // `localTime` is the flag core/facts may use instead of the English note (not in DateFact yet).
    const dates = [{ text: 'Tuesday', iso: '2022-12-06', localTime: true, evidence: [] }] as unknown as Facts['dates'];
    render(<Popup tabId={7} client={fakeClient(summary({ facts: { ...facts(), dates } }))} uiLang="en-US" />);
    const when = await screen.findByRole('list', { name: 'When' });
    expect(within(when).getByRole('listitem').textContent).toBe('Tuesday2022-12-06 · local time');
  });

  it('has a "Clean view" switch that turns clean view on and off', async () => {
    const client = fakeClient(summary());
    render(<Popup tabId={7} client={client} />);
    const toggle = await screen.findByRole('switch', { name: 'Clean view' });
    await waitFor(() => expect(client.getCleanViewState).toHaveBeenCalled());
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    expect(client.setViewMode).toHaveBeenLastCalledWith('clean');
    expect(screen.getByText(/3 blocks hidden/)).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
    expect(client.setViewMode).toHaveBeenLastCalledWith('off');
  });

  it('reader button asks for reader mode and shows as pressed', async () => {
    const client = fakeClient(summary());
    render(<Popup tabId={7} client={client} />);
    const reader = await screen.findByRole('button', { name: /Reader/ });
    fireEvent.click(reader);
    await waitFor(() => expect(reader.getAttribute('aria-pressed')).toBe('true'));
    expect(client.setViewMode).toHaveBeenLastCalledWith('reader');
  });

  it('clicking a fact reveals its evidence with a quote and its context', async () => {
    const client = fakeClient(summary());
    render(<Popup tabId={7} client={client} />);
    const numbers = await screen.findByRole('list', { name: 'Numbers' });
    fireEvent.click(within(numbers).getByRole('button'));
    await waitFor(() => expect(client.reveal).toHaveBeenCalledTimes(1));
    const quote = client.reveal.mock.calls[0]![0];
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: '150여 명' });
    expect(TEXT.indexOf(`${quote.prefix}${quote.exact}${quote.suffix}`)).toBeGreaterThan(0);
    // A fact without evidence is shown but is not a button.
    const when = screen.getByRole('list', { name: 'When' });
    expect(within(when).queryByRole('button')).toBeNull();
  });

  it('says so when the passage is not found in the page', async () => {
    const client = fakeClient(summary());
    client.reveal.mockResolvedValue(false);
    render(<Popup tabId={7} client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: /한국과 미국이/ }));
    expect(await screen.findByText("Couldn't find this passage in the page.")).toBeTruthy();
  });

  it('copies the summary as Markdown', async () => {
    const client = fakeClient(summary());
    render(<Popup tabId={7} client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(client.copyText).toHaveBeenCalledTimes(1));
    const markdown = client.copyText.mock.calls[0]![0];
    expect(markdown).toMatch(/^# \[한·미 산업기술 협력 강화\]\(<?https:\/\/www\.etoday\.co\.kr\/news\/view\/2170962>?\)\n\n이투데이 · 2022-12-09\n/);
    expect(markdown).toContain('## Who');
    expect(markdown).toContain('- 민병주 — KIAT 원장');
    expect(markdown).toContain('- “기술강국 미국과 공동R&D 채널을 개설하기 위해 노력해왔다” — 민병주');
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('shows a loading state, then a clear "not an article" state', async () => {
    let finish: (value: PageSummary) => void = () => {};
    const client = fakeClient(summary());
    client.getSummary.mockImplementation(
      (onWaiting?: () => void) =>
        new Promise<PageSummary>((resolve) => {
          onWaiting?.();
          finish = resolve;
        }),
    );
    render(<Popup tabId={7} client={client} />);
    expect(await screen.findByText('The page is still loading…')).toBeTruthy();
    finish(summary({ isArticle: false, title: 'Search results', keySentences: [], text: '' }));
    expect(await screen.findByText("This page doesn't look like a news article.")).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy as Markdown' })).toBeNull();
  });

  it('opens the settings page', async () => {
    const client = fakeClient(summary());
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<Popup tabId={7} client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(client.openSettings).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(close).toHaveBeenCalled());
    close.mockRestore();
  });

  it('explains pages Plainly cannot read', async () => {
    render(<Popup tabId={7} client={fakeClient(new PageUnavailableError())} />);
    expect(await screen.findByText("Plainly can't read this page.")).toBeTruthy();
  });

  it('reloads a page opened before Plainly was installed and then reads it', async () => {
    const client = fakeClient(new PageUnavailableError());
    render(<Popup tabId={7} client={client} />);
    const reload = await screen.findByRole('button', { name: 'Reload page' });
    // After the reload the content script answers.
    client.getSummary.mockResolvedValue(summary());
    fireEvent.click(reload);
    await waitFor(() => expect(client.reloadPage).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('heading', { level: 1, name: '한·미 산업기술 협력 강화' })).toBeTruthy();
    expect(client.getSummary).toHaveBeenCalledTimes(2);
  });

  it('keeps working when clean view does not answer', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = fakeClient(summary());
    client.getCleanViewState.mockRejectedValue(new Error('No response'));
    client.setViewMode.mockRejectedValue(new Error('No response'));
    render(<Popup tabId={7} client={client} />);
    const toggle = await screen.findByRole('switch', { name: 'Clean view' });
    fireEvent.click(toggle);
    expect(await screen.findByText('Clean view is not available on this page.')).toBeTruthy();
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe('Popup (Korean UI)', () => {
  beforeEach(() => useMessages('ko'));
  afterEach(cleanup);

  it('labels the switch 깔끔하게 보기 and the fact groups in Korean', async () => {
    render(<Popup tabId={7} client={fakeClient(summary())} uiLang="ko" />);
    expect(await screen.findByRole('switch', { name: '깔끔하게 보기' })).toBeTruthy();
    expect(screen.getByRole('list', { name: '인물' })).toBeTruthy();
    expect(screen.getByRole('list', { name: '발언' })).toBeTruthy();
    expect(screen.getByText('2022년 12월 9일 12:35')).toBeTruthy();
    expect(screen.getByText('3분 분량')).toBeTruthy();
  });

  it('says "local time" in Korean, whether core/facts gives it as a note or as a flag', async () => {
    const dates = [
      { text: '7일(이하 현지시간)', iso: '2022-12-07', note: 'local time', evidence: [] },
      { text: '8일', iso: '2022-12-08', localTime: true, evidence: [] },
      { text: '9일', iso: '2022-12-09', evidence: [] },
    ] as unknown as Facts['dates'];
    render(<Popup tabId={7} client={fakeClient(summary({ facts: { ...facts(), dates } }))} uiLang="ko" />);
    const when = await screen.findByRole('list', { name: '언제' });
    const items = within(when).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['7일(이하 현지시간)2022-12-07 · 현지 시간', '8일2022-12-08 · 현지 시간', '9일2022-12-09']);
    expect(document.body.textContent).not.toMatch(/local time/i);
  });
  it('copies Markdown with the local-time note in Korean', async () => {
    const dates = [{ text: '8일', iso: '2022-12-08', localTime: true, evidence: [] }] as unknown as Facts['dates'];
    const client = fakeClient(summary({ facts: { ...facts(), dates } }));
    render(<Popup tabId={7} client={client} uiLang="ko" />);
    fireEvent.click(await screen.findByRole('button', { name: '마크다운으로 복사' }));
    await waitFor(() => expect(client.copyText).toHaveBeenCalledTimes(1));
    const markdown = client.copyText.mock.calls[0]![0];
    expect(markdown).toContain('현지 시간');
    expect(markdown).not.toMatch(/local time/i);
  });
});

describe('formatPublished', () => {
  it('keeps the time as printed on the page and tolerates bad input', () => {
    expect(formatPublished('2022-12-09T12:35:00+09:00', 'en-US')).toBe('December 9, 2022 12:35');
    expect(formatPublished('2022-12-09', 'en-US')).toBe('December 9, 2022');
    expect(formatPublished('yesterday', 'en-US')).toBeNull();
    expect(formatPublished(null)).toBeNull();
  });
});
