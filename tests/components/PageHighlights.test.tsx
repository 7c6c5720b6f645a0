// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageHighlights, type PageHighlightsClient } from '../../components/PageHighlights';
import { createHighlight, type Highlight } from '../../core/highlights/model';
import type { HighlightChange } from '../../utils/highlights-store';
import type { PageHighlightsState } from '../../utils/messages';
import { useMessages } from './popup-messages';

const URL_KEY = 'https://www.etoday.co.kr/news/view/2170962';

function highlight(id: string, exact: string, note = '', start = 0): Highlight {
  return createHighlight({
    id,
    url: URL_KEY,
    note,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
  })!;
}

function fakeClient(state: PageHighlightsState, list: Highlight[]) {
  let watcher: ((changes: HighlightChange[]) => void) | null = null;
  const client: PageHighlightsClient & { list: ReturnType<typeof vi.fn>; emit(changes: HighlightChange[]): void } = {
    getState: vi.fn(async () => state),
    list: vi.fn(async () => list),
    watch: (callback) => {
      watcher = callback;
      return () => (watcher = null);
    },
    reveal: vi.fn(async () => true),
    openLibrary: vi.fn(),
    emit: (changes) => watcher?.(changes),
  };
  return client;
}

describe('PageHighlights (popup)', () => {
  beforeEach(() => useMessages('en'));
  afterEach(cleanup);

  it("lists the page's highlights with notes, marks orphans and reveals the others", async () => {
    const found = highlight('a', '한국과 미국이 산업기술 협력을 강화한다.', '핵심 문장', 10);
    const orphan = highlight('b', 'a sentence the page no longer has', '', 500);
    // Saved later but earlier in the page (store order is saving order): listed in reading order.
    const client = fakeClient({ url: URL_KEY, states: { a: 'anchored', b: 'orphan' } }, [orphan, found]);
    render(<PageHighlights tabId={7} client={client} />);

    const list = await screen.findByTestId('page-highlights');
    expect(within(list).getByRole('heading').textContent).toBe('Highlights on this page 2');
    expect(client.list).toHaveBeenCalledWith(URL_KEY);
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first!.textContent).toContain('한국과 미국이 산업기술 협력을 강화한다.');
    expect(first!.textContent).toContain('핵심 문장');
    expect(second!.textContent).toContain('Not found on this page');
    expect(within(second!).queryByRole('button', { name: 'Show' })).toBeNull();
    // A Korean quote and note are marked Korean (read with a Korean voice in the English UI); English ones are not.
    expect(first!.querySelector('q')!.getAttribute('lang')).toBe('ko');
    expect(first!.querySelector('.note')!.getAttribute('lang')).toBe('ko');
    expect(second!.querySelector('q')!.hasAttribute('lang')).toBe(false);

    fireEvent.click(within(first!).getByRole('button', { name: 'Show' }));
    expect(client.reveal).toHaveBeenCalledWith('a');
    fireEvent.click(within(list).getByRole('button', { name: 'All highlights' }));
    expect(client.openLibrary).toHaveBeenCalled();
  });

  it('refreshes when a highlight of this page changes elsewhere', async () => {
    const items: Highlight[] = [];
    const client = fakeClient({ url: URL_KEY, states: {} }, items);
    render(<PageHighlights tabId={7} client={client} />);
    await screen.findByText('No highlights on this page yet. Select text and choose Highlight.');
    const added = highlight('c', 'newly saved');
    items.push(added);
    client.emit([{ id: 'c', url: 'https://other.example.com/', highlight: null }]); // another page: ignored
    client.emit([{ id: 'c', url: URL_KEY, highlight: added }]);
    await screen.findByText('newly saved');
    expect(client.list).toHaveBeenCalledTimes(2);
  });

  it('shows nothing when the tab has no content script or no page key', async () => {
    const client = fakeClient({ url: null, states: {} }, []);
    client.getState = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    const { container } = render(<PageHighlights tabId={7} client={client} />);
    await waitFor(() => expect(client.getState).toHaveBeenCalled());
    expect(container.innerHTML).toBe('');
  });
});
