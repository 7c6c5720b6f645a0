/**
 * Reader view: the article alone (headline, deck, byline, date, lead image, body) with font size,
 * line width, font and theme controls. Rendered inside a closed shadow root by utils/reader/overlay;
 * `body` is a DocumentFragment that utils/sanitize.ts already cleaned, inserted as nodes (never as HTML).
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { messagesLanguage } from './ui-language';
import { RadioGroup } from './RadioGroup';
import { READER_FONT_SIZES, type ReaderPrefs, type ReaderTheme, type ReaderWidth } from '../utils/settings';

export interface ReaderContent {
  url: string;
  title: string | null;
  subtitle: string | null;
  byline: string[];
  /** ISO 8601 publish time. */
  published: string | null;
  siteName: string | null;
  lang: string | null;
  /** Absolute http(s) URL, shown only when the body does not already start with that image. */
  leadImage: string | null;
  /** Sanitized article body. */
  body: DocumentFragment;
}

export interface ReaderViewProps {
  content: ReaderContent;
  prefs: ReaderPrefs;
  onPrefsChange(prefs: ReaderPrefs): void;
  onClose(): void;
}

const THEMES: ReaderTheme[] = ['light', 'sepia', 'dark'];
const WIDTHS: ReaderWidth[] = ['narrow', 'medium', 'wide'];

/**
 * A publish time in the page language, at the wall-clock time the article printed (12:35 in Seoul
 * stays 12:35 for a reader elsewhere); the raw string when it does not parse.
 */
export function formatPublished(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!parts) return iso;
  const [, y, m, d, hh, mm] = parts;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0)));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', dateStyle: 'long', ...(hh !== undefined ? { timeStyle: 'short' } : {}) };
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, options).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

export function ReaderView({ content, prefs, onPrefsChange, onClose }: ReaderViewProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    // A copy, so re-renders (e.g. a theme change) can insert the same sanitized body again.
    bodyRef.current?.replaceChildren(content.body.cloneNode(true));
  }, [content.body]);

  useEffect(() => {
    // Focus goes to the dialog's scrolling box, not to a button: Space, Page Down and the arrow keys then
    // scroll the article as a reader expects (on the Close button, Space closed the reader), and Tab
    // reaches the controls.
    dialogRef.current?.focus({ preventScroll: true });
  }, []);

  const bodyHasLeadImage = !!content.leadImage && Array.from(content.body.querySelectorAll('img')).some((img) => img.getAttribute('src') === content.leadImage);
  const published = formatPublished(content.published, content.lang);
  const set = (patch: Partial<ReaderPrefs>) => onPrefsChange({ ...prefs, ...patch });

  return (
    <div ref={dialogRef} tabIndex={-1} class={`plainly-reader theme-${prefs.theme} font-${prefs.font} width-${prefs.lineWidth}`} style={{ '--reader-font-size': `${prefs.fontSize}px` }} role="dialog" aria-modal="true" aria-label={content.title ?? i18n.t('reader.title')} lang={messagesLanguage()}>
      <div class="toolbar" role="toolbar" aria-label={i18n.t('reader.settings')}>
        <div class="group">
          <button type="button" onClick={() => set({ fontSize: Math.max(READER_FONT_SIZES.min, prefs.fontSize - READER_FONT_SIZES.step) })} aria-disabled={prefs.fontSize <= READER_FONT_SIZES.min} aria-label={i18n.t('reader.smaller')} title={i18n.t('reader.smaller')}>
            A−
          </button>
          <span class="size" aria-live="polite">{prefs.fontSize}</span>
          <button type="button" onClick={() => set({ fontSize: Math.min(READER_FONT_SIZES.max, prefs.fontSize + READER_FONT_SIZES.step) })} aria-disabled={prefs.fontSize >= READER_FONT_SIZES.max} aria-label={i18n.t('reader.larger')} title={i18n.t('reader.larger')}>
            A+
          </button>
        </div>
        <RadioGroup
          class="group"
          label={i18n.t('reader.width')}
          options={WIDTHS.map((width) => ({ value: width, label: i18n.t(`reader.widths.${width}`) }))}
          value={prefs.lineWidth}
          onChange={(lineWidth) => set({ lineWidth })}
        />
        <div class="group">
          <button type="button" role="switch" aria-checked={prefs.font === 'serif'} onClick={() => set({ font: prefs.font === 'serif' ? 'sans' : 'serif' })}>
            {i18n.t('reader.serif')}
          </button>
        </div>
        <RadioGroup
          class="group"
          label={i18n.t('reader.theme')}
          options={THEMES.map((theme) => ({ value: theme, label: i18n.t(`reader.themes.${theme}`), class: `swatch swatch-${theme}` }))}
          value={prefs.theme}
          onChange={(theme) => set({ theme })}
        />
        <button type="button" class="close" onClick={onClose} title={i18n.t('reader.closeHint')}>
          {i18n.t('reader.close')}
        </button>
      </div>
      <article class="page" lang={content.lang ?? undefined}>
        <header>
          {content.siteName && <p class="site">{content.siteName}</p>}
          {content.title && <h1>{content.title}</h1>}
          {content.subtitle && <p class="deck">{content.subtitle}</p>}
          {(content.byline.length > 0 || published) && (
            <p class="meta">
              {content.byline.length > 0 && <span class="byline">{content.byline.join(', ')}</span>}
              {published && (
                <time dateTime={content.published ?? undefined} class="date">
                  {published}
                </time>
              )}
            </p>
          )}
        </header>
        {content.leadImage && !bodyHasLeadImage && (
          <figure class="lead">
            <img src={content.leadImage} alt="" />
          </figure>
        )}
        <div class="body" ref={bodyRef} />
        <footer>
          <a href={content.url} onClick={(event) => { event.preventDefault(); onClose(); }}>
            {i18n.t('reader.backToPage')}
          </a>
        </footer>
      </article>
    </div>
  );
}
