/**
 * The highlights library (highlights.html): every highlight grouped by article, with search
 * (Korean and English), site and colour filters, note editing, delete with undo, export as Markdown
 * and W3C Web Annotation JSON, and import of that JSON. Works only through `LibraryStore` and
 * `LibraryActions`, so it is tested without a browser.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { toMarkdown, toWebAnnotations } from '../core/highlights/export';
import { HIGHLIGHT_COLORS, type Highlight } from '../core/highlights/model';
import { HighlightStoreError, type HighlightsStore } from '../utils/highlights-store';
import { t } from '../utils/highlights/i18n';
import { exportFileName, filterEntries, groupByPage, sitesOf, type LibraryFilter } from '../utils/highlights/library';
import { LibraryItem, formatDate } from './LibraryItem';
import { scriptLang } from './ui-language';

export type LibraryStore = Pick<HighlightsStore, 'listAll' | 'update' | 'remove' | 'restore' | 'importAnnotations' | 'watch'>;

export interface LibraryActions {
  /** Opens the highlight's page scrolled to it. */
  open(highlight: Highlight): void;
  download(filename: string, content: string, type: string): void;
}

export interface LibraryProps {
  store: LibraryStore;
  actions: LibraryActions;
  uiLang?: string;
  /** How long the "Undo" toast stays (ms). */
  toastMs?: number;
}

interface Toast {
  message: string;
  undo?: () => Promise<void>;
  error?: boolean;
}

/** Why an import failed, in the UI language (the store's own messages are for developers). */
function importFailureReason(error: unknown, fileName: string): string {
  if (error instanceof HighlightStoreError) {
    if (error.code === 'invalid') return t('highlights.noAnnotations', [fileName]);
    if (error.code === 'quota') return t('highlights.storageFull');
  }
  return error instanceof Error ? error.message : String(error);
}

export function Library({ store, actions, uiLang, toastMs = 8000 }: LibraryProps) {
  const [highlights, setHighlights] = useState<Highlight[] | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>({ query: '', site: null, color: null });
  const [toast, setToast] = useState<Toast | null>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout>>();
  // Deleting removes the focused button with its item: focus goes to the toast's Undo, and when the
  // toast goes while it holds focus, to the page heading, never to <body>.
  const undoButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusUndo = useRef(false);
  useEffect(() => {
    if (toast?.undo && focusUndo.current) undoButton.current?.focus();
    focusUndo.current = false;
  }, [toast]);

  useEffect(() => {
    let alive = true;
    const load = () =>
      store
        .listAll()
        .then((all) => alive && setHighlights(all))
        .catch((error: unknown) => alive && showToast({ message: String(error), error: true }));
    void load();
    const unwatch = store.watch(() => void load());
    return () => {
      alive = false;
      unwatch();
    };
  }, [store]);

  useEffect(() => () => clearTimeout(toastTimer.current), []);

  const closeToast = () => {
    const hadFocus = !!undoButton.current && undoButton.current === document.activeElement;
    setToast(null);
    if (hadFocus) heading.current?.focus();
  };

  const showToast = (next: Toast) => {
    clearTimeout(toastTimer.current);
    setToast(next);
    toastTimer.current = setTimeout(closeToast, toastMs);
  };

  const all = highlights ?? [];
  const visible = useMemo(() => filterEntries(all, filter), [all, filter]);
  const groups = useMemo(() => groupByPage(visible), [visible]);
  const sites = useMemo(() => sitesOf(all), [all]);
  const filtering = !!(filter.query || filter.site || filter.color);

  const remove = async (highlight: Highlight) => {
    try {
      const removed = await store.remove(highlight.id);
      setHighlights((list) => list?.filter((h) => h.id !== highlight.id) ?? null);
      if (removed) {
        focusUndo.current = true;
        showToast({
          message: t('highlights.deleted'),
          undo: async () => {
            await store.restore(removed);
            setHighlights((list) => (list && !list.some((h) => h.id === removed.id) ? [...list, removed] : list));
          },
        });
      }
    } catch (error) {
      showToast({ message: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  const saveNote = async (id: string, note: string) => {
    const updated = await store.update(id, { note });
    setHighlights((list) => list?.map((h) => (h.id === id ? updated : h)) ?? null);
  };

  const importFile = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      showToast({ message: t('highlights.importFailed', [t('highlights.notJson', [file.name])]), error: true });
      return;
    }
    try {
      const summary = await store.importAnnotations(json);
      setHighlights(await store.listAll());
      const count = summary.added + summary.updated;
      // What was wrong with each skipped entry is for the developer console; the reader gets the count.
      if (summary.problems.length) console.warn('[plainly] import: entries skipped', summary.problems);
      showToast({ message: summary.problems.length ? t('highlights.importedSkipped', [count, summary.problems.length]) : t('highlights.imported', [count]) });
    } catch (error) {
      console.warn('[plainly] import failed', error);
      showToast({ message: t('highlights.importFailed', [importFailureReason(error, file.name)]), error: true });
    }
  };

  const exportMarkdown = () =>
    actions.download(exportFileName('md'), toMarkdown(visible, { title: t('highlights.libraryTitle') }), 'text/markdown;charset=utf-8');
  const exportJson = () =>
    actions.download(exportFileName('json'), `${JSON.stringify(toWebAnnotations(visible), null, 2)}\n`, 'application/ld+json;charset=utf-8');

  return (
    <main class="library">
      <header class="library-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('highlights.libraryTitle')}
        </h1>
        {/* While a search or filter is on, the count says how many of all are shown (and exported). */}
        <span class="total">{filtering ? t('highlights.countShown', [visible.length, all.length]) : t('highlights.count', [all.length])}</span>
        <div class="tools">
          <button type="button" onClick={exportMarkdown} disabled={visible.length === 0}>
            {t('highlights.exportMarkdown')}
          </button>
          <button type="button" onClick={exportJson} disabled={visible.length === 0}>
            {t('highlights.exportJson')}
          </button>
          <label class="button">
            {t('highlights.importJson')}
            <input
              type="file"
              accept=".json,.jsonld,application/json,application/ld+json"
              class="visually-hidden"
              onChange={(event) => {
                const input = event.target as HTMLInputElement;
                const file = input.files?.[0];
                if (file) void importFile(file);
                input.value = '';
              }}
            />
          </label>
        </div>
      </header>

      <div class="filters" role="search">
        <input
          type="search"
          value={filter.query}
          placeholder={t('highlights.search')}
          aria-label={t('highlights.search')}
          onInput={(event) => setFilter({ ...filter, query: (event.target as HTMLInputElement).value })}
        />
        <select
          aria-label={t('highlights.site')}
          value={filter.site ?? ''}
          onChange={(event) => setFilter({ ...filter, site: (event.target as HTMLSelectElement).value || null })}
        >
          <option value="">{t('highlights.allSites')}</option>
          {sites.map((site) => (
            <option value={site}>{site}</option>
          ))}
        </select>
        <select
          aria-label={t('highlights.color')}
          value={filter.color ?? ''}
          onChange={(event) => setFilter({ ...filter, color: (event.target as HTMLSelectElement).value || null })}
        >
          <option value="">{t('highlights.allColors')}</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option value={color}>{t(`highlights.colorName.${color}`)}</option>
          ))}
        </select>
        {/* Screen readers hear how many highlights a search or filter leaves (not a role=status: the toast is the page's status). */}
        <span class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="match-count">
          {highlights !== null && filtering ? t('highlights.count', [visible.length]) : ''}
        </span>
      </div>

      {highlights === null ? null : all.length === 0 ? (
        <p class="empty">{t('highlights.libraryEmpty')}</p>
      ) : groups.length === 0 ? (
        <div class="empty">
          <p>{t('highlights.noMatches')}</p>
          <button type="button" onClick={() => setFilter({ query: '', site: null, color: null })}>
            {t('highlights.clearFilters')}
          </button>
        </div>
      ) : (
        groups.map((group) => {
          const first = group.entries[0]!;
          return (
            <section class="page-group" key={group.url}>
              <h2 lang={group.title ? scriptLang(group.title) : undefined}>
                <a
                  href={group.url}
                  onClick={(event) => {
                    event.preventDefault();
                    actions.open(first);
                  }}
                >
                  {group.title || t('highlights.untitled')}
                </a>
              </h2>
              <p class="page-meta">
                {[group.site, first.published ? formatDate(first.published, uiLang) : null].filter(Boolean).join(' · ')}
              </p>
              <ul>
                {group.entries.map((highlight) => (
                  <LibraryItem
                    key={highlight.id}
                    highlight={highlight}
                    uiLang={uiLang}
                    onOpen={actions.open}
                    onSaveNote={saveNote}
                    onDelete={(h) => void remove(h)}
                  />
                ))}
              </ul>
            </section>
          );
        })
      )}

      <div class={toast?.error ? 'toast error' : 'toast'} role="status" aria-live="polite">
        {toast && (
          <>
            <span>{toast.message}</span>
            {toast.undo && (
              <button
                type="button"
                ref={undoButton}
                onClick={() => {
                  const undo = toast.undo!;
                  closeToast();
                  undo().catch((error: unknown) => showToast({ message: String(error), error: true }));
                }}
              >
                {t('highlights.undo')}
              </button>
            )}
          </>
        )}
      </div>
    </main>
  );
}
