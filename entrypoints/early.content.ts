/** document_start: hide a remembered site's cached clutter before the first paint (no flash). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { applyEarlyRules } from '../utils/clean-view/early';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    void applyEarlyRules(document, location.href).catch(() => undefined);
  },
});
