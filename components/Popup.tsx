/**
 * Plainly's popup: what the current article is (headline, site, date, reading time), the clean-view and
 * reader controls, key sentences and key facts that jump to their place in the page, and "Copy as
 * Markdown". It talks to the tab only through a `PopupClient`, so it is tested without a browser.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TextQuoteSelector, TextSpan } from '../core/types';
import type { CleanViewState, PageSummary, ViewMode } from '../utils/messages';
import { summaryToMarkdown } from '../utils/summary/markdown';
import { PageUnavailableError, type PopupClient } from '../utils/summary/popup-client';
import { quoteForSpan } from '../utils/summary/quote';
import { FactsPanel } from './FactsPanel';
import { KeySentences } from './KeySentences';
import { PageHighlights } from './PageHighlights';
import { ViewModeSwitch, hiddenTotal } from './ViewModeSwitch';

export interface PopupProps {
  /** The tab the popup acts on (null: no tab to act on). */
  tabId: number | null;
  client: PopupClient | null;
  /** UI language (BCP 47), for date formatting. */
  uiLang?: string;
}

type PageState =
  | { kind: 'loading'; waiting: boolean }
  | { kind: 'ready'; summary: PageSummary }
  | { kind: 'unavailable' }
  | { kind: 'no-tab' };

/** "2022-12-09T12:35:00+09:00" → "December 9, 2022, 12:35" / "2022년 12월 9일 12:35", in the page's own time. */
export function formatPublished(iso: string | null, uiLang?: string): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return null;
  const [, y, m, d, hh, mm] = match;
  // Formatted as UTC from its own parts: the time as printed on the page, not shifted to the reader's zone.
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  let day: string;
  try {
    day = new Intl.DateTimeFormat(uiLang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    day = `${y}-${m}-${d}`;
  }
  return hh ? `${day} ${hh}:${mm}` : day;
}

function markdownLabels() {
  return {
    keySentences: i18n.t('popup.keySentences'),
    people: i18n.t('popup.who'),
    orgs: i18n.t('popup.orgs'),
    dates: i18n.t('popup.when'),
    places: i18n.t('popup.where'),
    numbers: i18n.t('popup.numbers'),
    quotes: i18n.t('popup.quotes'),
    localTime: i18n.t('popup.localTime'),
    captions: i18n.t('popup.fromCaptions'),
  };
}

export function Popup({ tabId, client, uiLang }: PopupProps) {
  const [page, setPage] = useState<PageState>(client ? { kind: 'loading', waiting: false } : { kind: 'no-tab' });
  const [view, setView] = useState<CleanViewState | null>(null);
  const [viewBusy, setViewBusy] = useState(false);
  const [viewError, setViewError] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>();
  // Bumped by "Reload page": asks the reloaded tab again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!client) return;
    let live = true;
    client
      .getSummary(() => live && setPage({ kind: 'loading', waiting: true }))
      .then((summary) => live && setPage({ kind: 'ready', summary }))
      .catch((error: unknown) => {
        if (!live) return;
        if (!(error instanceof PageUnavailableError)) console.error('[plainly] summary failed', error);
        setPage({ kind: 'unavailable' });
      });
    client
      .getCleanViewState()
      .then((state) => live && setView(state))
      .catch(() => live && setView(null));
    return () => {
      live = false;
    };
  }, [client, attempt]);

  const reloadPage = client
    ? async () => {
        setPage({ kind: 'loading', waiting: true });
        await client.reloadPage().catch(() => {});
        setAttempt((n) => n + 1);
      }
    : undefined;

  const flashNotice = (text: string) => {
    setNotice(text);
    clearTimeout(noticeTimer.current);
    noticeTimer.current = setTimeout(() => setNotice(null), 2500);
  };

  const changeMode = async (mode: ViewMode) => {
    if (!client) return;
    setViewBusy(true);
    try {
      setView(await client.setViewMode(mode));
      setViewError(false);
    } catch (error) {
      console.error('[plainly] view mode failed', error);
      setViewError(true);
    } finally {
      setViewBusy(false);
    }
  };

  const openSettings = client
    ? () => {
        void client.openSettings().then(() => window.close(), () => {});
      }
    : undefined;

  const hidePicker = async () => {
    if (!client) return;
    try {
      await client.startHidePicker();
      // The picker works in the page: get out of the way.
      window.close();
    } catch {
      setViewError(true);
    }
  };

  if (page.kind !== 'ready') {
    return (
      <main class="popup">
        <Brand onSettings={openSettings} />
        <StateMessage state={page} onReload={reloadPage} />
      </main>
    );
  }

  const { summary } = page;
  const revealQuote = async (quote: TextQuoteSelector | null) => {
    const found = quote && client ? await client.reveal(quote).catch(() => false) : false;
    if (!found) flashNotice(i18n.t('popup.notFound'));
  };
  const reveal = (span: TextSpan) => revealQuote(quoteForSpan(summary.text, span));
  const copy = async () => {
    if (!client) return;
    try {
      await client.copyText(summaryToMarkdown(summary, markdownLabels()));
      flashNotice(i18n.t('popup.copied'));
    } catch {
      flashNotice(i18n.t('popup.copyFailed'));
    }
  };
  const published = formatPublished(summary.published, uiLang);
  const mode = view?.mode ?? 'off';

  return (
    <main class="popup">
      <Brand onSettings={openSettings} />
      {/* The page's words (site name, headline) are in the page's language; the date and the reading
          time are the UI's own words, in the UI language (a screen reader switches voice by lang). */}
      <header class="article-head">
        <p class="meta">
          {[
            summary.siteName ? { text: summary.siteName, lang: summary.lang ?? undefined } : null,
            published ? { text: published } : null,
            summary.isArticle && summary.readingMinutes > 0 ? { text: i18n.t('popup.readingTime', summary.readingMinutes) } : null,
          ]
            .filter((part): part is { text: string; lang?: string } => part !== null)
            .map((part, i) => (
              <span key={i} class="meta-part" lang={part.lang}>
                {part.text}
              </span>
            ))}
        </p>
        {summary.title && (
          <h1 class="headline" lang={summary.lang ?? undefined}>
            {summary.title}
          </h1>
        )}
      </header>
      {summary.isArticle ? (
        <>
          <ViewModeSwitch
            mode={mode}
            hiddenTotal={hiddenTotal(view)}
            busy={viewBusy}
            error={viewError}
            onChange={changeMode}
            onHidePicker={hidePicker}
          />
          {/* The sentences and facts carry the page's language; their headings are UI words. */}
          <div class="article-facts">
            <KeySentences sentences={summary.keySentences} onReveal={reveal} lang={summary.lang ?? undefined} />
            <FactsPanel facts={summary.facts} onReveal={reveal} captionFacts={summary.captionFacts} onRevealQuote={revealQuote} lang={summary.lang ?? undefined} />
          </div>
        </>
      ) : (
        <div class="state">
          {/* Without a page title the verdict is the popup's top heading. */}
          {summary.title ? <p class="state-title">{i18n.t('popup.notArticle')}</p> : <h1 class="state-title">{i18n.t('popup.notArticle')}</h1>}
          <p class="hint">{i18n.t('popup.notArticleHint')}</p>
        </div>
      )}
      <section class="highlights-slot" data-tab={tabId ?? undefined}>
        <PageHighlights tabId={tabId} />
      </section>
      <footer class="popup-foot">
        {summary.isArticle && (
          <button type="button" class="copy-button" onClick={copy}>
            {i18n.t('popup.copyMarkdown')}
          </button>
        )}
        <span class="privacy">{i18n.t('popup.privacy')}</span>
      </footer>
      <div class="notice" role="status" aria-live="polite">
        {notice}
      </div>
    </main>
  );
}

function Brand({ onSettings }: { onSettings?: () => void }) {
  return (
    <div class="brand">
      <span class="brand-mark" aria-hidden="true">
        P
      </span>
      <span class="brand-name">Plainly</span>
      {onSettings && (
        <button type="button" class="icon-button" aria-label={i18n.t('popup.settings')} title={i18n.t('popup.settings')} onClick={onSettings}>
          <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
            <path
              d="M8 10.2a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4Zm5.3-1.2.1-1-.1-1 1.2-1-1.2-2.1-1.5.5a5 5 0 0 0-1.7-1L9.8 1.9H6.2l-.3 1.5a5 5 0 0 0-1.7 1l-1.5-.5L1.5 6l1.2 1-.1 1 .1 1-1.2 1 1.2 2.1 1.5-.5a5 5 0 0 0 1.7 1l.3 1.5h3.6l.3-1.5a5 5 0 0 0 1.7-1l1.5.5 1.2-2.1Z"
              fill="none"
              stroke="currentColor"
              stroke-width="1.1"
              stroke-linejoin="round"
            />
          </svg>
        </button>
      )}
    </div>
  );
}

function StateMessage({ state, onReload }: { state: Exclude<PageState, { kind: 'ready' }>; onReload?: () => void }) {
  if (state.kind === 'loading') {
    return (
      <div class="state" role="status" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        <p class="state-title">{state.waiting ? i18n.t('popup.pageLoading') : i18n.t('popup.loading')}</p>
      </div>
    );
  }
  if (state.kind === 'no-tab') {
    return (
      <div class="state">
        <h1 class="state-title">{i18n.t('popup.noTab')}</h1>
      </div>
    );
  }
  // A final state is the popup's top heading (the loading one is not: it is replaced in a moment).
  return (
    <div class="state">
      <h1 class="state-title">{i18n.t('popup.unavailable')}</h1>
      <p class="hint">{i18n.t('popup.unavailableHint')}</p>
      {onReload && (
        <button type="button" class="state-action" onClick={onReload}>
          {i18n.t('popup.reloadPage')}
        </button>
      )}
    </div>
  );
}
