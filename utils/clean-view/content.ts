/**
 * Clean view's registration in the content script: message handlers for the popup (switch, reader
 * button, picker) and the background (keyboard shortcut), all backed by one controller per page.
 * @webext-core/messaging allows one handler per message name per script, one root listener in all.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { siteKey } from '../../core/url';
import { onMessage } from '../messages';
import type { PageContext } from '../page-context';
import { CleanViewController } from './controller';

export function registerCleanView(ctx: ContentScriptContext, page: PageContext): void {
  const controller = new CleanViewController(page, siteKey(page.url));
  const removers = [
    onMessage('getCleanViewState', async () => {
      await controller.ready;
      return controller.state();
    }),
    onMessage('setViewMode', ({ data }) => controller.setViewMode(data.mode)),
    onMessage('toggleCleanView', () => controller.toggle()),
    onMessage('startHidePicker', () => controller.startPicker()),
  ];
  ctx.onInvalidated(() => {
    for (const remove of removers) remove();
    controller.dispose();
  });
}
