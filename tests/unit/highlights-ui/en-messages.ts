/**
 * Test helper: backs fakeBrowser.i18n.getMessage with the real English messages from locales/en.yml
 * (parsed by @wxt-dev/i18n's own build code), so UI tests see the strings users see.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const root = resolve(new URL('../../..', import.meta.url).pathname);

export function useEnglishMessages(): void {
  const messages = generateChromeMessages(parseMessagesText(readFileSync(resolve(root, 'locales/en.yml'), 'utf8'), 'YAML'));
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    let text = messages[name]?.message ?? '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    subs.forEach((value, i) => (text = text.replaceAll(`$${i + 1}`, value)));
    return text;
  }) as typeof fakeBrowser.i18n.getMessage;
}
