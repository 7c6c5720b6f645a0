/**
 * String lookup for the highlights UI (content script, popup, library). Keys live in
 * locales/*.yml under `highlights:`; this wrapper takes plain string keys so colour names can be
 * composed, and never throws (a missing message shows its key rather than breaking the page).
 */
import { i18n } from '#i18n';

const translate = i18n.t as unknown as (key: string, substitutions?: string[]) => string;

export function t(key: string, substitutions?: (string | number)[]): string {
  try {
    return translate(key, substitutions?.map(String)) || key;
  } catch {
    return key;
  }
}
