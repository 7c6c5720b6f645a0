/** One highlight in the library: colour, quote, note (editable in place), date, open and delete. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../core/highlights/model';
import { SWATCH_VALUES, normalizeColor } from '../utils/highlights/colors';
import { t } from '../utils/highlights/i18n';
import { scriptLang } from './ui-language';

export interface LibraryItemProps {
  highlight: Highlight;
  uiLang?: string;
  onOpen(highlight: Highlight): void;
  onSaveNote(id: string, note: string): Promise<void>;
  onDelete(highlight: Highlight): void;
}

export function formatDate(iso: string, uiLang?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium' }).format(date);
  } catch {
    return iso.slice(0, 10);
  }
}

export function LibraryItem({ highlight, uiLang, onOpen, onSaveNote, onDelete }: LibraryItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(highlight.note);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  /** Set when the editor closes, so focus goes back to the button that opened it (not to <body>). */
  const refocus = useRef(false);
  useEffect(() => {
    if (editing) area.current?.focus();
    else if (refocus.current) {
      refocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const closeEditor = () => {
    refocus.current = true;
    setEditing(false);
  };
  const cancel = () => {
    setDraft(highlight.note);
    closeEditor();
  };

  const save = async () => {
    try {
      await onSaveNote(highlight.id, draft.trim());
      closeEditor();
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const color = normalizeColor(highlight.color);
  // Every item has the same Open / Edit / Delete buttons: the quote tells a screen reader which one.
  const quoteId = `quote-${highlight.id}`;
  return (
    <li class="library-item" data-id={highlight.id} style={{ borderLeftColor: SWATCH_VALUES[color] }}>
      <blockquote id={quoteId} lang={scriptLang(highlight.text)}>
        {highlight.text}
      </blockquote>
      {editing ? (
        <div
          class="note-editor"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            }
          }}
        >
          <textarea
            ref={area}
            rows={3}
            value={draft}
            aria-label={t('highlights.note')}
            placeholder={t('highlights.notePlaceholder')}
            onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
            }}
          />
          <div class="row">
            <button type="button" class="primary" onClick={() => void save()}>
              {t('highlights.save')}
            </button>
            <button type="button" onClick={cancel}>
              {t('highlights.cancel')}
            </button>
          </div>
          {error && <p class="error" role="alert">{error}</p>}
        </div>
      ) : (
        highlight.note && (
          <p class="note" lang={scriptLang(highlight.note)}>
            {highlight.note}
          </p>
        )
      )}
      <div class="item-foot">
        <span class="meta">
          <span
            class="swatch"
            role="img"
            style={{ background: SWATCH_VALUES[color] }}
            aria-label={t(`highlights.colorName.${color}`)}
            title={t(`highlights.colorName.${color}`)}
          />
          <time dateTime={highlight.createdAt}>{formatDate(highlight.createdAt, uiLang)}</time>
        </span>
        <span class="actions">
          <button type="button" aria-describedby={quoteId} onClick={() => onOpen(highlight)}>
            {t('highlights.open')}
          </button>
          {!editing && (
            <button
              type="button"
              ref={editButton}
              aria-describedby={quoteId}
              onClick={() => {
                setDraft(highlight.note);
                setEditing(true);
              }}
            >
              {highlight.note ? t('highlights.editNote') : t('highlights.addNote')}
            </button>
          )}
          <button type="button" class="danger" aria-describedby={quoteId} onClick={() => onDelete(highlight)}>
            {t('highlights.delete')}
          </button>
        </span>
      </div>
    </li>
  );
}
