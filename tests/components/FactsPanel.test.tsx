// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FactsPanel } from '../../components/FactsPanel';
import { Popup } from '../../components/Popup';
import type { Facts, TextQuoteSelector } from '../../core/types';
import type { CaptionFact, PageSummary } from '../../utils/messages';
import type { PopupClient } from '../../utils/summary/popup-client';
import { useMessages } from './popup-messages';

const TEXT = '한국과 미국이 산업기술 협력을 강화한다. 민병주 KIAT 원장은 협력을 논의했다.';
const span = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

const facts = (): Facts => ({
  people: [{ name: '민병주', title: '원장', org: 'KIAT', evidence: [span('민병주')] }],
  orgs: [],
  dates: [],
  places: [{ text: '미국', evidence: [span('미국')] }],
  numbers: [],
  quotes: [],
});

const CAPTION = '▲민병주 KIAT 원장(왼쪽)과 로리 로카시오(Laurie E. Locascio) NIST 원장이 협력의향서를 체결하고 있다.';
const captionFact: CaptionFact = {
  kind: 'person',
  name: '로리 로카시오',
  detail: 'NIST 원장',
  quote: { type: 'TextQuoteSelector', exact: '로리 로카시오', prefix: '▲민병주 KIAT 원장(왼쪽)과 ', suffix: '(Laurie E. Locascio) NIST 원장이' },
};

describe('FactsPanel: facts only in photo captions', () => {
  beforeEach(() => useMessages('en'));
  afterEach(cleanup);

  it('lists them apart, marked as coming from a photo caption, and reveals the caption by its quote', () => {
    const onReveal = vi.fn();
    const onRevealQuote = vi.fn();
    render(<FactsPanel facts={facts()} onReveal={onReveal} captionFacts={[captionFact]} onRevealQuote={onRevealQuote} />);
    const list = screen.getByRole('list', { name: 'Only in photo captions' });
    const button = within(list).getByRole('button', { name: /로리 로카시오/ });
    expect(button.getAttribute('title')).toBe('Show the photo caption in the page');
    expect(button.textContent).toContain('Person · NIST 원장');
    fireEvent.click(button);
    expect(onRevealQuote).toHaveBeenCalledWith(captionFact.quote);
    expect(onReveal).not.toHaveBeenCalled();
    // The body's own facts keep their groups; the caption fact is not mixed into them.
    expect(within(screen.getByRole('list', { name: 'Who' })).queryByText('로리 로카시오')).toBeNull();
  });

  it('shows no caption group without caption facts, and facts from captions alone are not "no facts"', () => {
    const empty: Facts = { people: [], orgs: [], dates: [], places: [], numbers: [], quotes: [] };
    const { unmount } = render(<FactsPanel facts={facts()} onReveal={() => {}} />);
    expect(screen.queryByRole('list', { name: 'Only in photo captions' })).toBeNull();
    unmount();
    render(<FactsPanel facts={empty} onReveal={() => {}} captionFacts={[captionFact]} onRevealQuote={() => {}} />);
    expect(screen.queryByText('No facts found in this article.')).toBeNull();
    expect(screen.getByRole('list', { name: 'Only in photo captions' })).toBeTruthy();
  });

  it('is labelled in Korean in the Korean UI', () => {
    useMessages('ko');
    render(<FactsPanel facts={facts()} onReveal={() => {}} captionFacts={[captionFact]} onRevealQuote={() => {}} />);
    const list = screen.getByRole('list', { name: '사진 설명에만 나온 정보' });
    expect(within(list).getByRole('button').getAttribute('title')).toBe('페이지에서 사진 설명 보기');
  });
});

describe('Popup: a caption fact reveals its caption in the page', () => {
  beforeEach(() => useMessages('en'));
  afterEach(cleanup);

  it('sends the caption quote to the tab, and says so when the caption is not found', async () => {
    const summary: PageSummary = {
      url: 'https://news.example/a',
      isArticle: true,
      confidence: 0.9,
      title: 'Headline',
      siteName: 'News',
      published: null,
      byline: [],
      lang: 'ko',
      leadImage: null,
      wordCount: 300,
      readingMinutes: 1,
      keySentences: [],
      facts: facts(),
      text: TEXT,
      captionFacts: [captionFact],
    };
    const reveal = vi.fn(async (_quote: TextQuoteSelector) => true);
    const copyText = vi.fn(async (_text: string) => {});
    const client: PopupClient = {
      getSummary: async () => summary,
      getCleanViewState: async () => ({ mode: 'off', hidden: {}, rememberedForSite: false }),
      setViewMode: async () => ({ mode: 'off', hidden: {}, rememberedForSite: false }),
      reveal,
      startHidePicker: async () => {},
      copyText,
      openSettings: async () => {},
      reloadPage: async () => {},
    };
    render(<Popup tabId={3} client={client} />);
    const list = await screen.findByRole('list', { name: 'Only in photo captions' });
    fireEvent.click(within(list).getByRole('button'));
    await waitFor(() => expect(reveal).toHaveBeenCalledWith(captionFact.quote));
    expect(CAPTION).toContain(`${captionFact.quote.prefix}${captionFact.quote.exact}${captionFact.quote.suffix}`);
    reveal.mockResolvedValue(false);
    fireEvent.click(within(list).getByRole('button'));
    expect(await screen.findByText("Couldn't find this passage in the page.")).toBeTruthy();
    // "Copy as Markdown" keeps them under their own heading.
    fireEvent.click(screen.getByRole('button', { name: /Copy as Markdown/ }));
    await waitFor(() => expect(copyText).toHaveBeenCalledTimes(1));
    expect(copyText.mock.calls[0]![0]).toContain('## Only in photo captions\n\n- 로리 로카시오 — NIST 원장\n');
  });
});
