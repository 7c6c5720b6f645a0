// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderView, formatPublished, type ReaderContent } from '../../components/ReaderView';
import { DEFAULT_READER_PREFS, READER_FONT_SIZES } from '../../utils/settings';
import { useMessages } from './popup-messages';

/** A body fragment as utils/sanitize.ts would hand it over (trusted test markup, parsed by a template). */
function fragment(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

function content(overrides: Partial<ReaderContent> = {}): ReaderContent {
  return {
    url: 'https://www.etoday.co.kr/news/view/2170962',
    title: '한·미 산업기술 협력 강화',
    subtitle: '워싱턴에서 산업기술협력포럼 열고 파트너십 강화',
    byline: ['홍길동 기자'],
    published: '2022-12-09T12:35:00+09:00',
    siteName: '이투데이',
    lang: 'ko',
    leadImage: 'https://img.example.com/lead.jpg',
    body: fragment('<p>한국과 미국이 산업기술 협력을 강화한다.</p><p>둘째 문단.</p>'),
    ...overrides,
  };
}

describe('ReaderView', () => {
  beforeEach(() => useMessages('en'));
  afterEach(cleanup);

  it('shows headline, deck, byline, date, lead image and the sanitized body', () => {
    const { container } = render(<ReaderView content={content()} prefs={DEFAULT_READER_PREFS} onPrefsChange={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('한·미 산업기술 협력 강화');
    expect(container.textContent).toContain('워싱턴에서 산업기술협력포럼');
    expect(container.textContent).toContain('홍길동 기자');
    expect(container.querySelector('time')?.textContent).toContain('12:35');
    expect(container.querySelector('figure.lead img')?.getAttribute('src')).toBe('https://img.example.com/lead.jpg');
    expect(Array.from(container.querySelectorAll('.body p')).map((p) => p.textContent)).toEqual(['한국과 미국이 산업기술 협력을 강화한다.', '둘째 문단.']);
  });

  it('puts focus on the dialog itself when it opens, not on a button (Space must scroll, not close)', async () => {
    const onClose = vi.fn();
    render(<ReaderView content={content()} prefs={DEFAULT_READER_PREFS} onPrefsChange={() => {}} onClose={onClose} />);
    const dialog = screen.getByRole('dialog');
    await vi.waitFor(() => expect(document.activeElement).toBe(dialog));
    expect(dialog.tabIndex).toBe(-1);
    fireEvent.keyDown(dialog, { key: ' ' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('does not repeat a lead image the body already starts with', () => {
    const body = fragment('<figure><img src="https://img.example.com/lead.jpg"></figure><p>본문</p>');
    const { container } = render(<ReaderView content={content({ body })} prefs={DEFAULT_READER_PREFS} onPrefsChange={() => {}} onClose={() => {}} />);
    expect(container.querySelectorAll('img')).toHaveLength(1);
    expect(container.querySelector('figure.lead')).toBeNull();
  });

  it('changes font size, width, font and theme through onPrefsChange, and closes', () => {
    const onPrefsChange = vi.fn();
    const onClose = vi.fn();
    render(<ReaderView content={content()} prefs={DEFAULT_READER_PREFS} onPrefsChange={onPrefsChange} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, fontSize: DEFAULT_READER_PREFS.fontSize + READER_FONT_SIZES.step });
    fireEvent.click(screen.getByRole('radio', { name: 'Wide' }));
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, lineWidth: 'wide' });
    fireEvent.click(screen.getByRole('radio', { name: 'Sepia' }));
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, theme: 'sepia' });
    fireEvent.click(screen.getByRole('switch', { name: 'Serif' }));
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, font: 'serif' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('makes width and theme arrow-key radio groups with one Tab stop each (the checked option)', () => {
    const onPrefsChange = vi.fn();
    const prefs = { ...DEFAULT_READER_PREFS, lineWidth: 'wide', theme: 'light' } as const;
    render(<ReaderView content={content()} prefs={prefs} onPrefsChange={onPrefsChange} onClose={() => {}} />);
    const widths = screen.getAllByRole('radio').filter((radio) => radio.closest('[role="radiogroup"]')?.getAttribute('aria-label') === 'Line width');
    expect(widths.map((radio) => radio.tabIndex)).toEqual([-1, -1, 0]);
    // Right from the last option wraps to the first and moves focus with the choice.
    fireEvent.keyDown(widths[2]!, { key: 'ArrowRight' });
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...prefs, lineWidth: 'narrow' });
    expect(document.activeElement).toBe(widths[0]);
    fireEvent.keyDown(widths[2]!, { key: 'ArrowUp' });
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...prefs, lineWidth: 'medium' });
    const sepia = screen.getByRole('radio', { name: 'Sepia' });
    const light = screen.getByRole('radio', { name: 'Light' });
    expect([light.tabIndex, sepia.tabIndex]).toEqual([0, -1]);
    fireEvent.keyDown(light, { key: 'End' });
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...prefs, theme: 'dark' });
    const calls = onPrefsChange.mock.calls.length;
    fireEvent.keyDown(light, { key: 'Home' });
    expect(onPrefsChange.mock.calls.length).toBe(calls); // already the first: focus only, no change
    fireEvent.keyDown(light, { key: 'a' });
    expect(onPrefsChange.mock.calls.length).toBe(calls);
  });

  it('applies the prefs to the page (theme, font, width classes and font size)', () => {
    const prefs = { fontSize: 24, lineWidth: 'narrow', theme: 'dark', font: 'serif' } as const;
    const { container } = render(<ReaderView content={content()} prefs={prefs} onPrefsChange={() => {}} onClose={() => {}} />);
    const root = container.querySelector('.plainly-reader') as HTMLElement;
    expect(root.className).toContain('theme-dark');
    expect(root.className).toContain('font-serif');
    expect(root.className).toContain('width-narrow');
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('24px');
    expect(screen.getByRole('button', { name: 'Larger text' })).not.toHaveProperty('disabled', true);
  });

  it('keeps the size buttons focusable at the limit (aria-disabled, a press changes nothing)', () => {
    const onPrefsChange = vi.fn();
    const prefs = { ...DEFAULT_READER_PREFS, fontSize: READER_FONT_SIZES.max };
    render(<ReaderView content={content()} prefs={prefs} onPrefsChange={onPrefsChange} onClose={() => {}} />);
    const larger = screen.getByRole('button', { name: 'Larger text' });
    larger.focus();
    fireEvent.click(larger);
    expect(larger.getAttribute('aria-disabled')).toBe('true');
    expect(larger).not.toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(larger);
    // The clamp keeps the size at the maximum.
    for (const call of onPrefsChange.mock.calls) expect(call[0].fontSize).toBe(READER_FONT_SIZES.max);
  });

  it('speaks Korean', () => {
    useMessages('ko');
    render(<ReaderView content={content()} prefs={DEFAULT_READER_PREFS} onPrefsChange={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('button', { name: '닫기' })).toBeTruthy();
  });
});

describe('formatPublished', () => {
  it('keeps the wall-clock time the article printed, in the page language', () => {
    expect(formatPublished('2022-12-09T12:35:00+09:00', 'ko')).toMatch(/2022.*12.*9.*12:35/);
    expect(formatPublished('2022-12-09', 'en')).toBe('December 9, 2022');
    expect(formatPublished('yesterday', 'en')).toBe('yesterday');
    expect(formatPublished(null, 'en')).toBeNull();
  });
});
