/** One highlight in the library: colour, quote, note (editable in place), date, open and delete. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../core/highlights/model';
import { SWATCH_VALUES, normalizeColor } from '../utils/highlights/colors';
import { t } from '../utils/highlights/i18n';

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
  useEffect(() => {
    if (editing) area.current?.focus();
  }, [editing]);

  const save = async () => {
    try {
      await onSaveNote(highlight.id, draft.trim());
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const color = normalizeColor(highlight.color);
  return (
    <li class="library-item" data-id={highlight.id} style={{ borderLeftColor: SWATCH_VALUES[color] }}>
      <blockquote>{highlight.text}</blockquote>
      {editing ? (
        <div class="note-editor">
          <textarea
            ref={area}
            rows={3}
            value={draft}
            aria-label={t('highlights.note')}
            placeholder={t('highlights.notePlaceholder')}
            onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
              if (event.key === 'Escape') {
                setDraft(highlight.note);
                setEditing(false);
              }
            }}
          />
          <div class="row">
            <button type="button" class="primary" onClick={() => void save()}>
              {t('highlights.save')}
            </button>
            <button
              type="button"
              onClick={() => {
                setDraft(highlight.note);
                setEditing(false);
              }}
            >
              {t('highlights.cancel')}
            </button>
          </div>
          {error && <p class="error" role="alert">{error}</p>}
        </div>
      ) : (
        highlight.note && <p class="note">{highlight.note}</p>
      )}
      <div class="item-foot">
        <span class="meta">
          <span class="swatch" style={{ background: SWATCH_VALUES[color] }} title={t(`highlights.colorName.${color}`)} />
          <time dateTime={highlight.createdAt}>{formatDate(highlight.createdAt, uiLang)}</time>
        </span>
        <span class="actions">
          <button type="button" onClick={() => onOpen(highlight)}>
            {t('highlights.open')}
          </button>
          {!editing && (
            <button
              type="button"
              onClick={() => {
                setDraft(highlight.note);
                setEditing(true);
              }}
            >
              {highlight.note ? t('highlights.editNote') : t('highlights.addNote')}
            </button>
          )}
          <button type="button" class="danger" onClick={() => onDelete(highlight)}>
            {t('highlights.delete')}
          </button>
        </span>
      </div>
    </li>
  );
}
