/**
 * The popup's view controls: the "Clean view" switch (role=switch, the outside contract), the reader
 * button, and — while clean view is on — how much it hid and a way to hide one more thing by hand.
 */
import { i18n } from '#i18n';
import type { CleanViewState, ViewMode } from '../utils/messages';

export interface ViewModeSwitchProps {
  mode: ViewMode;
  hiddenTotal: number | null;
  busy: boolean;
  error: boolean;
  disabled?: boolean;
  onChange(mode: ViewMode): void;
  onHidePicker(): void;
}

export function hiddenTotal(state: CleanViewState | null): number | null {
  if (!state) return null;
  return Object.values(state.hidden).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

export function ViewModeSwitch({ mode, hiddenTotal, busy, error, disabled, onChange, onHidePicker }: ViewModeSwitchProps) {
  const on = mode !== 'off';
  // While a change is on its way the buttons are aria-disabled, not disabled: a disabled button drops
  // keyboard focus to <body>, so pressing Space twice would not turn clean view back off.
  const inactive = busy || disabled;
  const unlessInactive = (action: () => void) => () => {
    if (!inactive) action();
  };
  return (
    <section class="view-controls" aria-busy={busy}>
      <div class="switch-row">
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={on}
          aria-label={i18n.t('popup.cleanView')}
          aria-describedby="clean-view-hint"
          aria-disabled={inactive}
          disabled={disabled}
          onClick={unlessInactive(() => onChange(on ? 'off' : 'clean'))}
        >
          <span class="switch-track" aria-hidden="true">
            <span class="switch-thumb" />
          </span>
          <span class="switch-label" aria-hidden="true">
            {i18n.t('popup.cleanView')}
          </span>
        </button>
        <button
          type="button"
          class="reader-button"
          aria-pressed={mode === 'reader'}
          title={i18n.t('popup.readerHint')}
          aria-disabled={inactive}
          disabled={disabled}
          onClick={unlessInactive(() => onChange(mode === 'reader' ? 'off' : 'reader'))}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M2 3.5h4.5c.8 0 1.5.7 1.5 1.5v8c0-.6-.5-1-1-1H2zM14 3.5H9.5C8.7 3.5 8 4.2 8 5v8c0-.6.5-1 1-1h5z" fill="none" stroke="currentColor" stroke-width="1.2" stroke-linejoin="round" />
          </svg>
          {i18n.t('popup.reader')}
        </button>
      </div>
      <p id="clean-view-hint" class="hint">
        {error
          ? i18n.t('popup.viewError')
          : mode === 'clean' && hiddenTotal !== null
            ? i18n.t('popup.hiddenCount', hiddenTotal)
            : i18n.t('popup.cleanViewHint')}
        {mode === 'clean' && !error && (
          <>
            {' · '}
            <button type="button" class="link-button" onClick={onHidePicker}>
              {i18n.t('popup.hidePicker')}
            </button>
          </>
        )}
      </p>
    </section>
  );
}
