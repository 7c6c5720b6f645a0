/**
 * Test helper: backs fakeBrowser.i18n.getMessage with the real messages from locales/<lang>.yml (parsed by
 * @wxt-dev/i18n's own build code), so component tests see the strings users see, in either language.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

// vitest runs from the repository root (import.meta.url is not a file URL under happy-dom).
const root = process.cwd();

export function useMessages(lang: 'en' | 'ko'): void {
  const messages = generateChromeMessages(parseMessagesText(readFileSync(resolve(root, `locales/${lang}.yml`), 'utf8'), 'YAML'));
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    let text = messages[name]?.message ?? '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    subs.forEach((value, i) => (text = text.replaceAll(`$${i + 1}`, value)));
    return text;
  }) as typeof fakeBrowser.i18n.getMessage;
}
