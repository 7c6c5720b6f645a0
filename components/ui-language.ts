/**
 * The language the extension's own strings are shown in, for the `lang` attribute of its pages. It is
 * the locale file's `uiLanguage` message, not the browser's UI language: a French browser gets the
 * English strings (the default locale), and a screen reader must read them as English.
 */
import { i18n } from '#i18n';

export function messagesLanguage(fallback = 'en'): string {
  try {
    return i18n.t('uiLanguage') || fallback;
  } catch {
    return fallback;
  }
}

/**
 * 'ko' for text written in Hangul, so a screen reader reads a Korean quote with a Korean voice in the
 * English UI and the page can pick Korean fonts; undefined (the page's language) otherwise. A highlight
 * does not record its page's language, but the script tells it apart.
 */
export function scriptLang(text: string): string | undefined {
  return /[\uac00-\ud7a3]/.test(text) ? 'ko' : undefined;
}
