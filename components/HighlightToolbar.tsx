/**
 * The small toolbar shown next to a text selection (to save a highlight) or next to a clicked
 * highlight (to edit its note, recolour or delete it). Rendered by utils/highlights/toolbar.ts into an
 * open shadow root, so page styles cannot reach it and it cannot restyle the page.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, SWATCH_VALUES, type HighlightColorName } from '../utils/highlights/colors';
import { t } from '../utils/highlights/i18n';

export type ToolbarState =
  | { kind: 'selection'; color: HighlightColorName }
  | { kind: 'note'; id: string; note: string }
  | { kind: 'existing'; id: string; color: HighlightColorName; note: string }
  /** A notice (error, or "deleted" with an Undo for `undoId`). */
  | { kind: 'message'; text: string; undoId?: string };

export interface HighlightToolbarProps {
  state: ToolbarState;
  onHighlight(color: HighlightColorName, withNote: boolean): void;
  onSaveNote(id: string, note: string): void;
  onRecolor(id: string, color: HighlightColorName): void;
  onEditNote(id: string, note: string): void;
  onDelete(id: string): void;
  onUndoDelete?(id: string): void;
  onClose(): void;
}

/**
 * Keys inside the toolbar: Esc closes it (the page's own Esc handler never sees keys from the shadow
 * root), and the arrow keys, Home and End move between its buttons, as in an ARIA toolbar.
 */
function onToolbarKeyDown(event: JSX.TargetedKeyboardEvent<HTMLElement>, close: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
    return;
  }
  const moves: Record<string, (i: number, n: number) => number> = {
    ArrowRight: (i, n) => (i + 1) % n,
    ArrowLeft: (i, n) => (i - 1 + n) % n,
    Home: () => 0,
    End: (_, n) => n - 1,
  };
  const move = moves[event.key];
  const target = event.target as HTMLElement;
  if (!move || target.tagName === 'TEXTAREA') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(target as HTMLButtonElement);
  if (at < 0 || buttons.length === 0) return;
  event.preventDefault();
  buttons[move(at, buttons.length)]?.focus();
}

export function HighlightToolbar(props: HighlightToolbarProps) {
  const { state } = props;
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLElement>) => onToolbarKeyDown(event, props.onClose);
  if (state.kind === 'note') return <NoteEditor {...props} id={state.id} note={state.note} />;
  if (state.kind === 'message') {
    return (
      <div class="bar" role={state.undoId ? 'status' : 'alert'} onKeyDown={onKeyDown}>
        <span class="message">{state.text}</span>
        {state.undoId && props.onUndoDelete && (
          <button type="button" class="primary" onClick={() => props.onUndoDelete!(state.undoId!)}>
            {t('highlights.undo')}
          </button>
        )}
        <button type="button" onClick={props.onClose}>
          {t('highlights.close')}
        </button>
      </div>
    );
  }

  const current = state.color;
  const pick = (color: HighlightColorName) =>
    state.kind === 'selection' ? props.onHighlight(color, false) : props.onRecolor(state.id, color);

  return (
    <div class="bar" role="toolbar" aria-label="Plainly" onKeyDown={onKeyDown}>
      {state.kind === 'selection' ? (
        <button type="button" class="primary" onClick={() => props.onHighlight(current, false)}>
          {t('highlights.highlight')}
        </button>
      ) : (
        state.note && <span class="note-preview" title={state.note}>{state.note}</span>
      )}
      <span class="swatches">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            type="button"
            class={color === current ? 'swatch current' : 'swatch'}
            style={{ background: SWATCH_VALUES[color] }}
            aria-label={t('highlights.colorButton', [t(`highlights.colorName.${color}`)])}
            aria-pressed={color === current}
            title={t(`highlights.colorName.${color}`)}
            onClick={() => pick(color)}
          />
        ))}
      </span>
      {state.kind === 'selection' ? (
        <button type="button" onClick={() => props.onHighlight(current, true)}>
          {t('highlights.addNote')}
        </button>
      ) : (
        <>
          <button type="button" onClick={() => props.onEditNote(state.id, state.note)}>
            {state.note ? t('highlights.editNote') : t('highlights.addNote')}
          </button>
          <button type="button" class="danger" onClick={() => props.onDelete(state.id)}>
            {t('highlights.delete')}
          </button>
        </>
      )}
    </div>
  );
}

function NoteEditor(props: HighlightToolbarProps & { id: string; note: string }) {
  const [text, setText] = useState(props.note);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const save = () => props.onSaveNote(props.id, text.trim());
  return (
    <div class="bar note" role="dialog" aria-label={t('highlights.note')} onKeyDown={(event) => onToolbarKeyDown(event, props.onClose)}>
      <textarea
        ref={area}
        value={text}
        rows={3}
        aria-label={t('highlights.note')}
        placeholder={t('highlights.notePlaceholder')}
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          // Keep page shortcuts (j/k, space…) from firing while typing a note.
          event.stopPropagation();
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
          if (event.key === 'Escape') {
            event.preventDefault();
            props.onClose();
          }
        }}
      />
      <span class="actions">
        <button type="button" class="primary" onClick={save}>
          {t('highlights.save')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('highlights.cancel')}
        </button>
      </span>
    </div>
  );
}

export const TOOLBAR_CSS = `
:host { all: initial; }
.bar { display: flex; align-items: center; gap: 6px; padding: 6px 8px; background: #1f2328; color: #fff;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 13px/1.3 system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; }
.bar.note { flex-direction: column; align-items: stretch; width: 280px; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid rgba(255,255,255,.25);
  border-radius: 6px; padding: 4px 8px; cursor: pointer; }
button:hover { background: rgba(255,255,255,.12); }
button:focus-visible, textarea:focus-visible { outline: 2px solid #ffd833; outline-offset: 2px; }
button.primary { background: #ffd833; color: #1f2328; border-color: #ffd833; font-weight: 600; }
button.danger { border-color: #ff8a80; color: #ffb4ab; }
.swatches { display: inline-flex; gap: 4px; }
.swatch { width: 18px; height: 18px; padding: 0; border-radius: 50%; border: 2px solid transparent; }
.swatch.current { border-color: #fff; }
.message { max-width: 360px; }
.note-preview { max-width: 220px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; opacity: .9; }
textarea { font: inherit; color: #1f2328; background: #fff; border: 0; border-radius: 6px; padding: 6px; resize: vertical; }
.actions { display: flex; gap: 6px; justify-content: flex-end; }
`;
