/**
 * Paint values for the highlight palette (names come from core/highlights/model.ts and are used in
 * the `::highlight(plainly-<name>)` CSS names).
 */
import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS, type HighlightColor } from '../../core/highlights/model';

export { HIGHLIGHT_COLORS };
export type HighlightColorName = HighlightColor;

export const DEFAULT_COLOR: HighlightColorName = DEFAULT_HIGHLIGHT_COLOR;

/** Translucent backgrounds: readable over light and dark text alike. */
export const COLOR_VALUES: Record<HighlightColorName, string> = {
  yellow: 'rgba(255, 221, 51, 0.55)',
  green: 'rgba(120, 220, 120, 0.5)',
  blue: 'rgba(110, 180, 255, 0.5)',
  pink: 'rgba(255, 140, 190, 0.5)',
  purple: 'rgba(190, 150, 255, 0.5)',
};

/** Opaque swatch colours for buttons and the library. */
export const SWATCH_VALUES: Record<HighlightColorName, string> = {
  yellow: '#ffd833',
  green: '#6fd36f',
  blue: '#5aa9ff',
  pink: '#ff7fb8',
  purple: '#b48cff',
};

/** Unknown stored colours (from an import or a future palette) paint as the default. */
export function normalizeColor(color: string | null | undefined): HighlightColorName {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(color ?? '') ? (color as HighlightColorName) : DEFAULT_COLOR;
}
