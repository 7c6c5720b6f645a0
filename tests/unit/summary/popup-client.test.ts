import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { quoteForSpan } from '../../../utils/summary/quote';
import { resolveTabId } from '../../../utils/summary/popup-client';

describe('resolveTabId', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('uses ?tab=<id> when given', async () => {
    expect(await resolveTabId('?tab=42')).toBe(42);
  });

  it('falls back to the active tab of the current window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    expect(await resolveTabId('')).toBe(7);
    expect(await resolveTabId('?tab=not-a-number')).toBe(7);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValue([]);
    expect(await resolveTabId('')).toBeNull();
  });
});

describe('quoteForSpan', () => {
  const text = '첫 문단입니다.\n\n8일 미국 워싱턴DC 상무부에서 한·미 산업기술협력포럼이 열렸다. 8일 행사에는 150여 명이 참여했다.';

  it('quotes the span with up to 32 characters of context on each side', () => {
    const start = text.lastIndexOf('8일');
    const quote = quoteForSpan(text, { start, end: start + 2 })!;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: '8일', prefix: text.slice(start - 32, start), suffix: text.slice(start + 2, start + 34) });
  });

  it('clips context at the ends of the text', () => {
    const quote = quoteForSpan(text, { start: 0, end: 1 })!;
    expect(quote.prefix).toBe('');
    expect(quote.exact).toBe('첫');
  });

  it('returns null for empty, blank or out-of-range spans instead of throwing', () => {
    expect(quoteForSpan(text, undefined)).toBeNull();
    expect(quoteForSpan(text, { start: 5, end: 5 })).toBeNull();
    expect(quoteForSpan(text, { start: 8, end: 10 })).toBeNull(); // "\n\n"
    expect(quoteForSpan(text, { start: 9_999, end: 10_000 })).toBeNull();
    expect(quoteForSpan(text, { start: -5, end: 1 })?.exact).toBe('첫');
  });
});
