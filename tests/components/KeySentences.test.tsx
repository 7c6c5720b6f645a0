// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeySentences } from '../../components/KeySentences';
import { factsToMarkdown } from '../../core/facts/markdown';
import type { Facts, KeySentence } from '../../core/types';
import { useMessages } from './popup-messages';

const TEXT = 'Intro. Wright, who had seven seasons at Arsenal, will hand over the trophy. McCoy retires on Saturday.';
const whole = (needle: string, index: number): KeySentence => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length, text: needle, index, score: 1 };
};
const cut: KeySentence = {
  ...whole('Wright, who had seven seasons at Arsenal, will hand over the trophy.', 1),
  parts: [
    { start: TEXT.indexOf('Wright'), end: TEXT.indexOf(', who') },
    { start: TEXT.indexOf(' will'), end: TEXT.indexOf('trophy.') + 7 },
  ],
};
const plain = whole('McCoy retires on Saturday.', 2);
const emptyFacts: Facts = { people: [], orgs: [], dates: [], places: [], numbers: [], quotes: [] };

describe('KeySentences', () => {
  beforeEach(() => useMessages('en'));
  afterEach(cleanup);

  it('shows a sentence with a left-out aside marked by an ellipsis, and reveals the whole sentence span', () => {
    const onReveal = vi.fn();
    render(<KeySentences sentences={[cut, plain]} onReveal={onReveal} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Wright … will hand over the trophy.', 'McCoy retires on Saturday.']);
    fireEvent.click(screen.getByRole('button', { name: /Wright … will hand over/ }));
    expect(onReveal).toHaveBeenCalledWith(expect.objectContaining({ start: cut.start, end: cut.end }));
  });

  it('copies as Markdown exactly what it shows', () => {
    const markdown = factsToMarkdown({ keySentences: [cut, plain], facts: emptyFacts });
    expect(markdown).toContain('- Wright … will hand over the trophy.');
    expect(markdown).toContain('- McCoy retires on Saturday.');
  });
});
